"""Plain helpers for the REFI-QDA tests (importable: conftest puts this folder on sys.path)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from fieldvault.core.refi import xmlio
from fieldvault.core.vault import Vault

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = ("cases", "transcripts", "codings", "themes", "memos", "members", "refi_ids",
          "attribute_defs", "case_attributes", "codebook_changes", "audit", "meta", "people")

EN_TEXT = ("Interviewer: What was the plan?\n"
           "Worker W-017: We had to earn 800 dollars a month for the state.\n"
           "Worker W-017: A review meeting every Saturday; the security man watched.\n")
KO_TEXT = ("질문: 여권은 누가 가지고 있었습니까?\n"
           "답: 회사 대표가 여권을 모두 걷어 갔습니다.\n")
RU_TEXT = "Вопрос: Как платили?\nОтвет: Зарплату отправляли домой через посредника.\n"


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def zip_folder(folder: Path, target: Path) -> Path:
    """Pack a fixture folder into a .qdpx, keeping every byte of every file."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def fixture_qdpx(name: str, tmp_path: Path) -> Path:
    return zip_folder(FIXTURES / name, tmp_path / f"{name}.qdpx")


def counts(vault: Vault) -> dict[str, int]:
    """Row counts of every table an import could touch."""
    with vault.engine.connect() as conn:
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one())
                for t in TABLES}


def valid_but_for_our_ids(root: ET.Element, namespace: str) -> bool:
    """The file follows the standard's XSD once Fieldvault's one extension attribute (fv:id
    on <Code>, in its own namespace) is taken off, and nothing else of ours is in it."""
    ours = xmlio.take_ours(root)
    codes = [e for e in ours if xmlio.local_name(e.tag) == "Code"]
    assert len(codes) == len(ours), "fv: attributes only on <Code>"
    assert all(set(values) == {xmlio.OUR_ID} for values in ours.values())
    return xmlio.errors_of(root, namespace) == []


BOOKKEEPING = ("audit", "refi_ids")  # the import's own audit entry; GUIDs remembered for it


def vault_rows(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (search index and bookkeeping aside), sorted: the whole vault
    as data, so a comparison before and after shows any change at all."""
    with vault.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_%'")]
        rows = {t: sorted(tuple(row) for row in conn.exec_driver_sql(f'SELECT * FROM "{t}"'))
                for t in tables if t not in BOOKKEEPING}
    rows["meta"] = [row for row in rows["meta"] if row[0] != "audit_head"]  # the audit's end
    return rows


def vault_view(vault: Vault) -> dict[str, object]:
    """The same, read the way a person would compare it: codings by coded text and theme
    path, memos by what they are on, users by name."""
    themes = {n.theme.id: n.theme for n in vault.codebook.tree()}

    def path(theme_id: str) -> str:
        theme = themes[theme_id]
        return (path(theme.parent_id) + " / " if theme.parent_id else "") + theme.name_en

    cases = {c.code: (c.title, c.interview_date, c.location, tuple(c.languages),
                      tuple(sorted(c.attributes.items())), vault.transcripts.current(c.code).text)
             for c in vault.cases.summaries()}
    codings = sorted((c.case_code, c.text, path(c.theme_id), c.coder or "")
                     for code in cases for c in vault.codings.for_case(code))
    memos = sorted((kind, target, m.text) for kind, targets in (
        ("case", list(cases)), ("theme", list(themes)),
        ("coding", [c.id for code in cases for c in vault.codings.for_case(code)]))
        for target in targets for m in vault.memos.for_target(kind, target))
    with vault.engine.connect() as conn:
        users = sorted(tuple(r) for r in conn.exec_driver_sql("SELECT name, role FROM members"))
    return {"cases": cases, "codings": codings, "memos": memos, "users": users,
            "themes": sorted(path(t) for t in themes)}
