"""Review, exchange, privacy and export shots for scripts/screenshots.py (temporary demo only).

The demo's owner becomes a supervisor, a second (fictional) coder "coder-b" codes the Korean
case again with small differences, a few codings get verdicts, and a second vault is made in
the scratch folder so the Members dialog shows an added member.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from fieldvault.core.vault import Vault
from fieldvault.ui.mainwindow import MainWindow

Wait = Callable[[Callable[[], object]], None]


def save_over(window: MainWindow, dialog: QWidget, out: Path, name: str) -> None:
    """Paint the window, then the dialog over it in a drawn frame with its title (xvfb has
    no window manager to draw one), kept inside the main window's picture."""
    QTest.qWait(200)
    image = window.grab()
    title_height = dialog.fontMetrics().height() + 10
    where = window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0)))
    x = min(max(1, where.x()), max(1, image.width() - dialog.width() - 1))
    y = min(max(title_height + 1, where.y()), max(title_height + 1,
                                                  image.height() - dialog.height() - 1))
    painter = QPainter(image)
    frame = QRect(x - 1, y - title_height - 1, dialog.width() + 1, dialog.height()
                  + title_height + 1)
    painter.fillRect(frame, QColor("#3c4650"))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(frame.adjusted(10, 0, 0, -dialog.height()),
                     Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(x, y), dialog.grab())
    painter.end()
    path = out / f"{name}.png"
    image.save(str(path))
    print(f"wrote {path}")


def second_coder(vault: Vault, code: str) -> None:
    """coder-b codes the case too: most passages a little wider, some left out."""
    text_length = len(vault.transcripts.current(code).text)
    for n, coding in enumerate(c for c in vault.codings.for_case(code) if c.placed):
        if n % 4 == 3:
            continue
        end = min(text_length, coding.end + (12 if n % 2 else 0))
        vault.codings.add(code, coding.theme_id, coding.start, end, coder="coder-b")


def judge(vault: Vault, code: str) -> None:
    comments = ("matches the definition", "too broad: the quota sentence only",
                "", "belongs under surveillance")
    for n, coding in enumerate(vault.codings.for_case(code)[:6]):
        verdict = "invalid" if n % 3 == 1 else "valid"
        vault.review.set_verdict(coding.id, verdict, comments[n % len(comments)])


def shoot_review(window: MainWindow, out: Path, korean: str, scratch: Path,
                 save: Callable[[QWidget, Path, str], object], wait_until: Wait) -> None:
    assert window.session is not None
    vault = window.session.vault
    vault.members.update_self(role="supervisor")
    second_coder(vault, korean)
    judge(vault, korean)
    QTest.qWait(100)
    window.open_case(korean)
    bench = window.workbench
    first = bench.codings[1]
    bench.view.select_range(first.start, first.start)
    bench._select_in_side(first.id)
    save(window, out, "10-review-workbench")

    if vault.cases.get(korean).status == "draft":
        vault.cases.update(korean, status="submitted")
    vault.review.move(korean, "in_review")
    workflow = window.review_actions.workflow(korean)
    assert workflow is not None
    workflow.comment.setPlainText("Please check the quota figures against the second "
                                  "interview.")
    save_over(window, workflow, out, "11-workflow")
    workflow.reject()

    other, _code = Vault.create(scratch / "sam", "demo only, not secret", owner="sam-supervisor",
                                role="supervisor")
    vault.members.add(other.members.me().text, "supervisor")
    other.lock()
    members = window.review_actions.members()
    assert members is not None
    save_over(window, members, out, "12-members")
    members.reject()

    window.review_actions.validity_action.trigger()
    wait_until(lambda: window.review.coders.rowCount() > 0)
    save(window, out, "13-validity")

    page = window.agreement
    window.tabs.setCurrentWidget(page)
    page.unit.setCurrentIndex(page.unit.findData("sentence"))
    page.scope.setText(korean)
    page.compute()
    wait_until(lambda: page.model.rowCount() > 1)
    themes = [page.model.row(r) for r in range(page.model.rowCount() - 1)]
    worst = min(range(len(themes)), key=lambda r: themes[r].percent or 2.0)
    page.table.selectRow(worst)  # recounts the cases for that theme, then shows the first
    wait_until(lambda: page.cases.rowCount() > 0 and "…" not in page.case_note.text())
    page.case_table.selectRow(0)
    save(window, out, "14-agreement")


def shoot_privacy(window: MainWindow, out: Path, russian: str,
                  save: Callable[[QWidget, Path, str], object], wait_until: Wait) -> None:
    page = window.privacy
    window.open_privacy(russian)
    page.scan()
    wait_until(lambda: page.task is None)
    model = page.model
    persons = [r for r in range(model.rowCount()) if model.row(r).category == "PERSON"]
    for row in persons[:2]:
        page.table.selectRow(row)
        page.accept_current()
    phones = [r for r in range(model.rowCount()) if model.row(r).category == "PHONE"]
    if phones:
        page.table.selectRow(phones[0])
        page.accept_current()
    open_rows = [r for r in range(model.rowCount()) if model.row(r).status == "suggested"]
    if open_rows:
        page.table.selectRow(open_rows[0])
    save(window, out, "15-privacy")
    window.tabs.setCurrentWidget(window.people)
    wait_until(lambda: window.people.model.rowCount() > 0)
    save(window, out, "16-people")


def shoot_export(window: MainWindow, out: Path, korean: str, scratch: Path,
                 wait_until: Wait) -> None:
    dialog = window.exports.export_pdf([korean])
    assert dialog is not None
    wait_until(lambda: dialog.cases.count() > 0 and dialog.preview is not None)
    dialog.recipient.setText("Advocates for Workers (법률팀, юристы)")
    dialog.folder.setText("/media/usb-stick/legal-2015-batch")
    save_over(window, dialog, out, "17-export-dialog")
    dialog.reject()
    key = window.exports.show_key()
    assert key is not None
    save_over(window, key, out, "18-export-key")
    key.reject()


SMALL = (1024, 640)  # a small laptop screen: the review-state shots must fit it


def review_one(vault: Vault, code: str) -> None:
    """Scan ``code`` and decide every suggestion, so the Cases table shows "Reviewed"."""
    vault.privacy.scan(code)
    vault.privacy.accept_all(code)
    for view in vault.privacy.for_case(code):
        if view.placed and view.status == "suggested":
            vault.privacy.reject(view.id)


def shoot_privacy_state(window: MainWindow, out: Path, korean: str, russian: str,
                        wait_until: Wait) -> None:
    """Shots 19-21 at 1024 x 640: the Cases table's Privacy column (the Russian case has
    undecided suggestions after shot 15, one English case is reviewed, the rest were never
    scanned), the Privacy page of a case not scanned yet, and the export dialog's preview."""
    assert window.session is not None
    vault, cases = window.session.vault, window.cases
    english = next(s.code for s in vault.cases.summaries() if s.languages == ["en"])
    review_one(vault, english)
    size = window.size()
    window.resize(*SMALL)
    window.tabs.setCurrentWidget(cases)
    wait_until(lambda: (state := cases.model.privacy(english)) is not None
               and state.state == "reviewed")
    cases.select(russian)
    save_window(window, out, "19-cases-privacy")
    window.open_privacy(korean)
    wait_until(lambda: window.privacy.state is not None)
    save_window(window, out, "20-privacy-not-scanned")
    dialog = window.exports.export_pdf([korean, russian, english])
    assert dialog is not None
    wait_until(lambda: russian in dialog.preview_view.toPlainText())  # any language
    dialog.recipient.setText("Advocates for Workers (법률팀, юристы)")
    dialog.folder.setText("/media/usb-stick/legal-2015-batch")
    save_over(window, dialog, out, "21-export-preview")
    dialog.reject()
    window.resize(size)


def save_window(window: MainWindow, out: Path, name: str) -> None:
    QTest.qWait(200)  # let the resize and the table's delegates settle
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
