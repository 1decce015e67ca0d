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
