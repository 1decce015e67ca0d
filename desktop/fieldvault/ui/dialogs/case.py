"""Add or edit a case: title, date, languages, interviewer, place, status, attributes.

The dialog only gathers values; ``submit`` (given by the page) calls the core and raises a
FieldvaultError on bad input, which is shown inside the dialog so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.errors import FieldvaultError, InputError
from fieldvault.core.records.cases import LANGUAGES, STATUSES, CaseSummary
from fieldvault.core.store.models import AttributeDef
from fieldvault.ui.messages import fit_resize
from fieldvault.ui.models.review import status_label


@dataclass
class CaseForm:
    title: str
    interview_date: str | None
    languages: list[str]
    interviewer: str | None
    location: str | None
    status: str
    attributes: dict[str, Any] = field(default_factory=dict)
    code: str | None = None
    transcript: str = ""


LANGUAGE_NAMES = {"en": "English", "ko": "한국어", "ru": "Русский"}


def parse_value(text: str, definition: AttributeDef | None) -> Any:
    """Turn typed text into the attribute's type (or a guessed one for a new attribute)."""
    text = text.strip()
    kind = definition.type if definition else None
    lowered = text.casefold()
    if kind == "boolean" or (kind is None and lowered in ("yes", "no", "true", "false")):
        if lowered in ("yes", "true", "1"):
            return True
        if lowered in ("no", "false", "0"):
            return False
        raise InputError(QCoreApplication.translate(
                "CaseDialog", "Attribute '{name}' takes yes or no.").format(
            name=definition.name if definition else ""))
    if kind in ("integer", None) and text.lstrip("-").isdigit():
        return int(text)
    if kind == "number":
        try:
            return float(text)
        except ValueError as exc:
            raise InputError(QCoreApplication.translate(
                    "CaseDialog", "'{text}' is not a number.").format(
                text=text)) from exc
    return text


class CaseDialog(QDialog):
    def __init__(self, submit: Callable[[CaseForm], None], definitions: list[AttributeDef],
                 case: CaseSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._defs = {d.name: d for d in definitions}
        self.case = case
        self.setObjectName("case-dialog")
        self.setWindowTitle(self.tr("New case") if case is None
                            else self.tr("Edit case {code}").format(code=case.code))
        self.code = QLineEdit(case.code if case else "")
        self.code.setPlaceholderText(self.tr("leave empty for a random code"))
        self.code.setReadOnly(case is not None)
        self.title = QLineEdit(case.title if case else "")
        self.date = QLineEdit(case.interview_date or "" if case else "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.languages = {lang: QCheckBox(f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})")
                          for lang in LANGUAGES}
        for lang, box in self.languages.items():
            box.setChecked(case is not None and lang in case.languages)
        self.interviewer = QLineEdit(case.interviewer or "" if case else "")
        self.interviewer.setReadOnly(case is not None)
        self.location = QLineEdit(case.location or "" if case else "")
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(STATUSES.index(case.status) if case else 0)
        self.status.setEnabled(case is not None)
        self.attributes = self._attribute_table(case.attributes if case else {})
        self.transcript = QPlainTextEdit()
        self.transcript.setVisible(case is None)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("case-dialog-problem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._layout(buttons)
        self._names()
        fit_resize(self, 560, 620 if case is None else 460)

    def _attribute_table(self, values: dict[str, Any]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        for name, value in sorted(values.items()):
            self._add_attribute_row(table, name, value)
        return table

    @staticmethod
    def _add_attribute_row(table: QTableWidget, name: str = "", value: Any = "") -> None:
        row = table.rowCount()
        table.insertRow(row)
        shown = ("yes" if value else "no") if isinstance(value, bool) else str(value)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(shown))

    def _layout(self, buttons: QDialogButtonBox) -> None:
        langs = QHBoxLayout()
        for box in self.languages.values():
            langs.addWidget(box)
        langs.addStretch(1)
        add_row = QPushButton(self.tr("Add &attribute"))
        add_row.clicked.connect(lambda: self._add_attribute_row(self.attributes))
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Languages:"), langs)
        form.addRow(self.tr("&Interviewer:"), self.interviewer)
        form.addRow(self.tr("&Place:"), self.location)
        form.addRow(self.tr("&Status:"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attributes")))
        layout.addWidget(self.attributes, 1)
        layout.addWidget(add_row)
        if self.case is None:
            layout.addWidget(QLabel(self.tr("Transcript")))
            layout.addWidget(self.transcript, 3)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _names(self) -> None:
        for widget, name in ((self.code, self.tr("Case code")), (self.title, self.tr("Title")),
                             (self.date, self.tr("Interview date")),
                             (self.interviewer, self.tr("Interviewer")),
                             (self.location, self.tr("Place")), (self.status, self.tr("Status")),
                             (self.attributes, self.tr("Attributes")),
                             (self.transcript, self.tr("Transcript"))):
            widget.setAccessibleName(name)

    def form(self) -> CaseForm:
        attributes: dict[str, Any] = {}
        for row in range(self.attributes.rowCount()):
            name_item, value_item = self.attributes.item(row, 0), self.attributes.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            value = value_item.text() if value_item else ""
            if name and value.strip():
                attributes[name] = parse_value(value, self._defs.get(name))
        return CaseForm(
            title=self.title.text().strip(), interview_date=self.date.text().strip() or None,
            languages=[lang for lang, box in self.languages.items() if box.isChecked()],
            interviewer=self.interviewer.text().strip() or None,
            location=self.location.text().strip() or None,
            status=str(self.status.currentData()), attributes=attributes,
            code=self.code.text().strip() or None, transcript=self.transcript.toPlainText())

    def accept(self) -> None:
        try:
            self._submit(self.form())
        except FieldvaultError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()
