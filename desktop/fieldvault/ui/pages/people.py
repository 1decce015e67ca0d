"""The People page: pseudonym codes and roles; real names only on request; "Not a person"
for a wrongly registered one; crypto-shred.

The list loads on a worker. Names are unsealed and kept in the model only while "Show real
names" is ticked (and only while the identity key exists); unticking or locking drops them.
Destroying the identity key asks first, naming exactly how many identities and sealed
transcript versions go, then runs on a worker (the core also scrubs the files). "Not a
person" asks first, saying what happens to the mentions and the name, then runs
``vault.privacy.not_a_person`` on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.privacy.not_a_person import NotAPersonResult
from fieldvault.core.records.people import PersonView
from fieldvault.core.vault import Change, Vault
from fieldvault.ui.messages import ask, busy, inform, show_error
from fieldvault.ui.models.privacy import PeopleModel
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.tables import record_table


@dataclass(frozen=True)
class ShredScope:
    """What destroying the identity key takes away."""

    identities: int
    people: int
    sealed_versions: int
    cases: int


def shred_scope(vault: Vault) -> ShredScope:
    """Count sealed identities and sealed (blanked) transcript versions (any thread)."""
    people = vault.people.list()
    sealed = cases = 0
    for summary in vault.cases.summaries():
        blank = sum(1 for t in vault.transcripts.versions(summary.code) if t.text == "")
        sealed += blank
        cases += 1 if blank else 0
    return ShredScope(sum(1 for p in people if p.identity is not None), len(people), sealed,
                      cases)


class PeoplePage(QWidget):
    loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people-page")
        self.runner = runner
        self.session: VaultSession | None = None
        self.has_key = False
        self._request = 0
        self.model = PeopleModel(self)
        self.table = record_table(self.model, self.tr("People"), "people-table", stretch=None,
                                  single=False)
        self.show_names = QCheckBox(self.tr("Show real &names"))
        self.show_names.setToolTip(self.tr("Unseal and show the names behind the codes; they "
                                           "are hidden again when you untick this or lock."))
        self.show_names.toggled.connect(self.reload)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.not_person_button = QPushButton(self.tr("N&ot a person…"))
        self.not_person_button.setObjectName("not-a-person")
        self.not_person_button.setToolTip(self.tr("The selected code was registered by "
                                                  "mistake (a word, not a person): undo it."))
        self.not_person_button.clicked.connect(self.not_a_person)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.shred_button = QPushButton(self.tr("&Destroy the identity key…"))
        self.shred_button.clicked.connect(self.shred)
        row = QHBoxLayout()
        row.addWidget(self.show_names)
        row.addWidget(self.state, 1)
        row.addWidget(self.not_person_button)
        row.addWidget(self.shred_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Everyone the interviews mention appears under a "
                                        "random code; the link to a real identity is sealed "
                                        "with the vault's identity key.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._selection_changed()

    def attach(self, session: VaultSession) -> None:
        self.session = session
        session.changed.connect(self._changed)
        self.reload()

    def detach(self) -> None:
        self.session = None
        self.show_names.blockSignals(True)
        self.show_names.setChecked(False)
        self.show_names.blockSignals(False)
        self.model.clear()
        self.state.clear()
        self._selection_changed()

    def _changed(self, change: Change) -> None:
        if change.action.startswith(("person.", "identity.", "redaction.", "gazetteer.",
                                     "privacy.", "bundle.", "people.")):
            self.reload()

    def reload(self) -> None:
        if self.session is None:
            return
        people, names = self.session.vault.people, self.show_names.isChecked()
        self._request += 1
        request = self._request

        def job(_p: object, _c: object) -> tuple[list[PersonView], bool]:
            rows = people.list()
            if not names:  # identities never reach the UI thread unless asked for
                rows = [PersonView(p.code, p.role, None) for p in rows]
            return rows, people.has_identity_key()

        self.runner.run(job, lambda result: self._show(result, request),
                        lambda exc: show_error(self, exc))

    def _show(self, result: tuple[list[PersonView], bool], request: int) -> None:
        if self.session is None or request != self._request:
            return
        rows, self.has_key = result
        self.model.set_rows(rows)
        self._selection_changed()
        self.show_names.setEnabled(self.has_key)
        self.shred_button.setEnabled(self.has_key)
        self.state.setText(self.tr("%n person(s). The identity key exists.", "", len(rows))
                           if self.has_key else
                           self.tr("%n person(s). The identity key is destroyed or was never "
                                   "made: codes cannot be linked to anyone.", "", len(rows)))
        self.loaded.emit()

    # --- not a person ---------------------------------------------------------------------

    def selected_code(self) -> str | None:
        """The code of the one selected person (None when none or several are selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).code if len(rows) == 1 else None

    def _selection_changed(self, *_args: object) -> None:
        self.not_person_button.setEnabled(self.session is not None
                                          and self.selected_code() is not None)

    def not_a_person_text(self, code: str) -> str:
        return self.tr(
            "{code} is not a person? Then Fieldvault will:\n"
            "• put the original words back wherever {code} replaced them, in a new transcript "
            "version, and turn its accepted mentions back into undecided suggestions;\n"
            "• forget its name and spellings, so later scans no longer find them as a "
            "person;\n"
            "• remove {code} from the people list and record this in the audit log.\n\n"
            "Codings and memos stay. Undecided suggestions are still withheld from exports "
            "until someone rejects them.").format(code=code)

    def not_a_person(self) -> None:
        code = self.selected_code()
        if self.session is None or code is None:
            return
        ask(self, self.tr("Not a person"), self.not_a_person_text(code),
            [self.tr("{code} is not a person").format(code=code)],
            lambda answer: self._not_a_person(code) if answer == 0 else None)

    def _not_a_person(self, code: str) -> None:
        if self.session is None:
            return
        privacy = self.session.vault.privacy
        progress = busy(self, self.tr("Not a person"),
                        self.tr("Undoing {code}…").format(code=code))

        def done(result: NotAPersonResult) -> None:
            progress.close()
            inform(self, self.tr("Not a person"), self.not_a_person_done(code, result))

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self, exc)

        self.runner.run(lambda _p, _c: privacy.not_a_person(code), done, failed)

    def not_a_person_done(self, code: str, result: NotAPersonResult) -> str:
        return self.tr(
            "{code} is no longer a person. In {cases}: {restored} mentions have their words "
            "back and {undecided} are undecided suggestions again (withheld from exports "
            "until someone rejects them). {forgotten} spellings are forgotten.").format(
            code=code, cases=", ".join(result.cases) or "–", restored=result.restored,
            undecided=result.undecided, forgotten=result.forgotten)

    # --- crypto-shred ---------------------------------------------------------------------

    def shred(self) -> None:
        if self.session is None or not self.has_key:
            return
        vault = self.session.vault
        self.shred_button.setEnabled(False)
        self.runner.run(lambda _p, _c: shred_scope(vault), self._confirm,
                        lambda exc: show_error(self, exc))

    def shred_text(self, scope: ShredScope) -> str:
        return self.tr(
            "Destroying the identity key permanently erases, in this vault:\n"
            "• the real identities of {ids} people (names, spellings in every script, "
            "contacts, notes);\n"
            "• the sealed text of {versions} earlier transcript versions in {cases} cases "
            "(the versions that still held real names).\n\n"
            "The {people} pseudonym codes, the current pseudonymised transcripts, codings and "
            "memos stay. Afterwards nobody can tell from this vault who a code stands for, no "
            "new person can be named, and names can no longer be replaced by codes. Backups "
            "made before still hold the key. This cannot be undone.").format(
            ids=scope.identities, versions=scope.sealed_versions, cases=scope.cases,
            people=scope.people)

    def _confirm(self, scope: ShredScope) -> None:
        if self.session is None:
            return
        self.shred_button.setEnabled(True)
        ask(self, self.tr("Destroy the identity key"), self.shred_text(scope),
            [self.tr("Destroy the key and %n identity(ies)", "", scope.identities)],
            lambda answer: self._shred() if answer == 0 else None)

    def _shred(self) -> None:
        if self.session is None:
            return
        people = self.session.vault.people
        progress = busy(self, self.tr("Destroy the identity key"),
                        self.tr("Erasing the key and scrubbing the files…"))

        def done(count: int) -> None:
            progress.close()
            self.show_names.setChecked(False)
            inform(self, self.tr("Identity key destroyed"), self.tr(
                "The identity key and %n sealed identity(ies) are gone.", "", count))

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self, exc)

        self.runner.run(lambda _p, _c: people.shred(), done, failed)
