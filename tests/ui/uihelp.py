"""Builders and window finders shared by the UI tests (import as ``ui.uihelp``)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)

KO_TEXT = ("질문: 계획분은 언제 냅니까?\n답: 매달 이십오일에 냅니다. "
           "국가 계획분은 이백사십 달러인데, 실제로는 숙소비와 식당비까지 훨씬 더 많이 "
           "냅니다.\n질문: 토요일 총화는?\n"
           "답: 반장이 명단을 읽습니다. 못 낸 사람 이름은 두 번 읽습니다.")
RU_TEXT = ("Вопрос: Как вы попали в Уссурийск?\nОтвет: Нас привезли из Артёма на автобусе. "
           "Паспорта забрал начальник, в общежитии жили по двенадцать человек.\n"
           "Вопрос: А зарплата?\nОтвет: Зарплату задерживали три месяца подряд.")
EN_TEXT = ("Q: When is the plan due?\nA: On the twenty-fifth. The state part is two hundred "
           "and forty dollars, but we hand over far more.\nQ: Who keeps the passports?\n"
           "A: The deputy manager keeps them in his safe.")


def record(code: str, title: str, text: str, languages: list[str],
           **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"case_code": code, "title": title, "languages": languages,
                            "interview_date": "2015-03-10", "interviewer": "Tester",
                            "attributes": {"sector": "construction", "city": "Artyom"},
                            "transcript": text}
    data.update(extra)
    return data


def three_records() -> list[dict[str, Any]]:
    quota_at = EN_TEXT.index("two hundred")
    return [
        record("T-001", "Plan and passports", EN_TEXT, ["en"],
               codings=[{"theme": "quota.planned", "start": quota_at, "end": quota_at + 33}],
               memos=["First test memo."]),
        record("T-002", "계획분과 총화", KO_TEXT, ["ko"],
               attributes={"sector": "restaurant", "city": "Vladivostok"}),
        record("T-003", "Уссурийск: паспорта и зарплата", RU_TEXT, ["ru"]),
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


def shown(kind: type[W]) -> list[W]:
    """Visible windows (dialogs, message boxes, popups) of one class."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def message_texts() -> list[str]:
    return [box.text() for box in shown(QMessageBox)]


def close_messages() -> None:
    for box in shown(QMessageBox):
        box.done(0)


def activate(qtbot: Any, window: QWidget) -> None:
    """Offscreen Qt does not hand activation back when a dialog closes; shortcuts need it."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_committed(widget: QWidget, text: str) -> None:
    """Type Hangul or Cyrillic the way an input method delivers it: one committed string.

    (QTest.keyClicks handles Latin-1 only and aborts on other characters.)
    """
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def introduce(*vaults: Any) -> None:
    """Every vault adds every other owner from their identity text, with their own role."""
    texts = {v.me.name: v.members.me().text for v in vaults}
    for vault in vaults:
        for name, text in texts.items():
            if name != vault.me.name:
                vault.members.add(text)


def new_case(vault: Any, code: str, text: str = EN_TEXT, title: str = "Interview") -> str:
    from fieldvault.core.records.cases import CaseInput

    vault.cases.create(CaseInput(title=title, transcript=text, languages=["en"],
                                 interview_date="2016-03-01", interviewer=vault.me.name,
                                 code=code))
    return code


def wait_message(qtbot: Any, timeout: int = 20_000) -> str:
    """The text of the one message box that appears next."""
    qtbot.waitUntil(lambda: bool(message_texts()), timeout=timeout)
    (text,) = message_texts()
    return text


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs and item views under ``root`` without an accessible name (inner parts, such as
    headers and the line edit inside a combo box, are named by their owner)."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox)

    def inner(widget: QWidget) -> bool:
        parent = widget.parent()
        owner = parent.parent() if parent is not None else None
        return (isinstance(widget, QHeaderView)
                or isinstance(parent, (QComboBox, QAbstractSpinBox))
                or isinstance(owner, QComboBox))

    return [f"{type(w).__name__} in {type(w.parent()).__name__}"
            for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and not w.accessibleName() and not inner(w)]


def reachable(root: object, target: object) -> bool:
    """Whether ``target`` can be reached from ``root`` through attributes, containers,
    bound methods and closures (not through classes, modules or a module's globals)."""
    seen, todo = {id(root)}, [root]
    while todo:
        here = todo.pop()
        if here is target:
            return True
        for ref in gc.get_referents(here):
            if id(ref) in seen or isinstance(ref, (type, ModuleType)) or (
                    isinstance(ref, dict) and "__builtins__" in ref):
                continue
            seen.add(id(ref))
            todo.append(ref)
    return False
