"""The legal PDF in English, Korean and Russian: the demo cases exported in each language and
read back. The cover and headings are in the chosen language, the cover's counts match the
redaction log, no withheld value can be extracted, tokens stay canonical, and the folder
verifies (``fieldvault verify``, ``sha256sum -c``, ``minisign -V``) whatever the language."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from clihelp import run
from core.export_service.conftest import RECIPIENT, DemoVault
from core.export_service.demohelp import fold, squeeze
from fieldvault.core.errors import InputError
from fieldvault.core.export import content_digest, verify_dir
from fieldvault.core.export.compose import CoverFacts
from fieldvault.core.export.leakcheck import pypdf_pages
from fieldvault.core.export.profiles import ALL_CATEGORIES
from fieldvault.core.export.service import VaultExportResult
from fieldvault.core.export.wording import wording
from fieldvault.core.export.writer import build_pdf
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

LANGUAGES = ("en", "ko", "ru")
MINISIGN = shutil.which("minisign")
SHA256SUM = shutil.which("sha256sum")

# What a reader of each language sees; written out, not taken from the catalogue.
COVER = {
    "en": ("Fieldvault export", "How to verify", "What this export withholds", "Contents"),
    "ko": ("Fieldvault 내보내기 문서", "검증 방법", "이 내보내기에서 비공개로 처리한 내용", "목차"),
    "ru": ("Экспорт Fieldvault", "Как проверить", "Что скрыто в этом экспорте", "Содержание"),
}
HEADINGS = {
    "en": ("Case PK-001", "Transcript", "Appendix A — Redaction log",
           "Appendix B — Chain of custody", "No. Case Category Reason Decided by When"),
    "ko": ("사례 PK-001", "녹취록", "부록 A — 가림 처리 기록", "부록 B — 보관 경위",
           "번호 사례 범주 사유 결정자 시각"),
    "ru": ("Кейс PK-001", "Транскрипт", "Приложение А — Журнал скрытия",
           "Приложение Б — Цепочка хранения", "№ Кейс Категория Основание Кто решил Когда"),
}
ENGLISH_ONLY = ("How to verify", "Withheld after review", "Transcript", "Redaction log",
                "Chain of custody", "by default", "interview recorded", "Review status")


@dataclass
class Exported:
    language: str
    result: VaultExportResult
    pages: list[str]


@pytest.fixture(scope="session")
def language_exports(demo_template: DemoVault,
                     tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Every demo case exported with the legal profile in each language, from one vault in
    which one case was scanned again (its new findings are withheld by default)."""
    folder = tmp_path_factory.mktemp("languages")
    shutil.copytree(demo_template.path, folder / "v.fieldvault")
    out: dict[str, Exported] = {}
    with Vault.open(folder / "v.fieldvault", Passphrase(PASSPHRASE)) as vault:
        codes = sorted(demo_template.spans)
        vault.privacy.scan(codes[0])
        assert vault.privacy.state(codes[0]).undecided > 0
        for language in LANGUAGES:
            result = vault.exports.export(codes=codes, profile="legal", recipient=RECIPIENT,
                                          out_dir=folder / language, language=language)
            out[language] = Exported(language, result,
                                     list(pypdf_pages(result.pdf.read_bytes())))
    return out


def cover_counts(language: str, pages: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Per category, the cover's counts after review and by default, parsed with the
    sentence of that language."""
    sentence = squeeze(wording(language).say("counts", reviewed="\x00", by_default="\x01"))
    counted = r"(\d+)(?:\(([^)]*)\))?"
    pattern = re.escape(sentence).replace("\x00", counted).replace("\x01", counted)
    match = re.search(pattern, squeeze(pages[0]))
    assert match, f"{language}: the cover states both counts"

    def parsed(total: str, part: str | None) -> Counter[str]:
        counts = Counter({name: int(n) for name, n in re.findall(r"([A-Z]+)(\d+)", part or "")})
        assert sum(counts.values()) == int(total)
        return counts

    return parsed(match[1], match[2]), parsed(match[3], match[4])


def log_rows(language: str, pages: list[str]) -> tuple[Counter[str], int, list[int]]:
    """Appendix A read back: rows per category, rows marked 'by default', row numbers."""
    w = wording(language)
    note = squeeze(w.say("log_note"))[:30]
    start = next(i for i, page in enumerate(pages) if note in squeeze(page))
    text = squeeze(" ".join(pages[start:]))
    text = text[:text.index(squeeze(w.say("appendix_b")))]
    if language == "en":
        categories = re.findall(r"R\d+PK-\d{3}([A-Z]+)", text)
    else:  # the category cell is "인물 (PERSON)", "лицо (PERSON)"
        names = "|".join(re.escape(squeeze(w.category(c))) for c in sorted(ALL_CATEGORIES))
        categories = re.findall(rf"R\d+PK-\d{{3}}(?:{names})\(([A-Z]+)\)", text)
    numbers = [int(n) for n in re.findall(r"R(\d+)PK-\d{3}", text)]
    marks = text.count(squeeze(w.say("by_default"))) - 1  # the introduction names it once
    return Counter(categories), marks, numbers


@pytest.mark.parametrize("language", LANGUAGES)
def test_cover_and_headings_are_in_the_chosen_language(
        language_exports: dict[str, Exported], language: str) -> None:
    exported = language_exports[language]
    cover = exported.pages[0]
    for phrase in COVER[language]:  # the contents of 14 cases may start on page 2
        assert phrase in cover + exported.pages[1], f"{language}: {phrase!r} not on the cover"
    everything = "\n".join(exported.pages)
    for phrase in HEADINGS[language]:  # a table header cell may wrap
        assert squeeze(phrase) in squeeze(everything), f"{language}: {phrase!r} not in the PDF"
    if language != "en":
        for phrase in ENGLISH_ONLY:
            assert phrase not in everything, f"{language}: English {phrase!r} left"
        legend = squeeze(wording(language).legend(["PERSON"]))
        assert legend in squeeze(cover)  # "PERSON — 인물": the token's category explained


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cover_counts_match_the_redaction_log(language_exports: dict[str, Exported],
                                                  language: str) -> None:
    exported = language_exports[language]
    reviewed, by_default = cover_counts(language, exported.pages)
    rows, marks, numbers = log_rows(language, exported.pages)
    manifest = json.loads(exported.result.manifest.read_text(encoding="utf-8"))
    assert numbers == list(range(1, manifest["redactions"] + 1))
    assert reviewed + by_default == rows
    assert sum(by_default.values()) == marks > 0
    assert reviewed == Counter(exported.result.withheld_after_review)
    assert by_default == Counter(exported.result.withheld_by_default)


def test_every_language_withholds_the_same_spans_with_the_same_canonical_tokens(
        language_exports: dict[str, Exported]) -> None:
    tokens = {language: re.findall(r"\[R\d+ · [A-Z]+(?: [A-Z]+-\d+)?\]", "\n".join(e.pages))
              for language, e in language_exports.items()}
    assert tokens["en"] and tokens["ko"] == tokens["en"] and tokens["ru"] == tokens["en"]
    ko = "\n".join(language_exports["ko"].pages)
    assert "이(가)" in ko and "은(는)" in ko  # particles after tokens stay neutral


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_name_or_withheld_value_can_be_extracted(
        demo_template: DemoVault, language_exports: dict[str, Exported],
        language: str) -> None:
    exported = language_exports[language]
    text = fold(" ".join(exported.pages))
    poppler = subprocess.run(["pdftotext", str(exported.result.pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    other = fold(poppler)
    for name, _code in demo_template.names:
        assert fold(name) not in text and fold(name) not in other, f"{language}: a name"
    for code, spans in demo_template.spans.items():
        for span in spans:
            value = fold(demo_template.texts[code][span.start:span.end])
            assert value not in text and value not in other, f"{language}: {code} value"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_folder_verifies_in_every_language(language_exports: dict[str, Exported],
                                               language: str) -> None:
    result = language_exports[language].result
    assert verify_dir(result.directory, result.public_key).ok
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["language"] == language
    assert manifest["content_sha256"] == result.content_sha256
    if SHA256SUM is not None:
        subprocess.run([SHA256SUM, "--quiet", "-c", "SHA256SUMS"], cwd=result.directory,
                       check=True)
    if MINISIGN is not None:
        for name in (result.pdf.name, "manifest.json"):
            subprocess.run([MINISIGN, "-Vqm", name, "-P", result.public_key],
                           cwd=result.directory, check=True)


@pytest.mark.parametrize("strict", [False, True])
def test_the_cover_takes_no_more_pages_in_korean_or_russian_than_in_english(
        demo: tuple[Vault, DemoVault], strict: bool) -> None:
    """The fixed part of the cover (up to the identity statement) is on page 1 in every
    language, for the longest cover (legal, strict too); the contents follow it."""
    vault, template = demo
    codes = sorted(template.spans)[:3]
    cover_pages = {}
    for language in LANGUAGES:
        prepared = vault.exports.build(codes=codes, profile="legal", recipient=RECIPIENT,
                                       language=language, strict=strict)
        # a fixed, wide signing key: the vault's own is random and wraps differently
        facts = CoverFacts(content_digest(prepared.document), "0123456789ABCDEF",
                           "RW" + "W" * 54, "fieldvault-export-EX-20260101-ABCDEF.pdf")
        data, _ = build_pdf(prepared.document, prepared.profile, facts, vault.exports.fonts())
        pages = [squeeze(page) for page in pypdf_pages(data)]
        w = wording(language)
        for key in ("digest_note", "verify_step2", "counts", "token_note", "identity_held"):
            text = squeeze(w.say(key, reviewed="\x00", by_default="\x00", role="\x00"))
            for part in text.split("\x00")[-2:]:
                assert part[-12:] in pages[0], f"{language}: {key} is not complete on page 1"
        assert not strict or squeeze(w.say("strict")) in pages[0]
        first_case = re.escape(squeeze(w.say("case", code=codes[0])))
        listed = re.search(rf"{first_case}(\d+)", pages[0] + pages[1])
        assert listed, f"{language}: the contents list the first case"
        cover_pages[language] = int(listed[1]) - 1  # pages before the first case
        assert squeeze(w.say("transcript")) in pages[cover_pages[language]]
    assert max(cover_pages["ko"], cover_pages["ru"]) <= cover_pages["en"] <= 2, cover_pages


def test_the_language_is_part_of_the_content_digest(demo: tuple[Vault, DemoVault]) -> None:
    vault, template = demo
    prepared = vault.exports.build(codes=sorted(template.spans)[:1], profile="legal",
                                   recipient=RECIPIENT, language="ru")
    doc = prepared.document
    assert doc.language == "ru"
    assert doc.cases[0].metadata[0][0] == "Дата интервью"  # legal: no title
    assert content_digest(doc) != content_digest(replace(doc, language="en"))


def test_an_unknown_language_is_refused_in_one_sentence(demo: tuple[Vault, DemoVault],
                                                         tmp_path: Path) -> None:
    vault, template = demo
    with pytest.raises(InputError, match=r"^PDF language 'de' is not one of en, ko, ru\.$"):
        vault.exports.export(codes=sorted(template.spans)[:1], profile="legal",
                             recipient=RECIPIENT, out_dir=tmp_path / "out", language="de")
    assert not (tmp_path / "out").exists()


def test_cli_exports_in_korean_and_verify_passes(capsys: pytest.CaptureFixture[str],
                                                 demo_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "for-seoul"
    code, out, _ = run(capsys, "export", str(demo_path), "--case", "PK-001", "PK-002",
                       "--profile", "legal", "--recipient", "법률팀", "--out", str(folder),
                       "--language", "ko", "--json")
    assert code == 0, out
    pdf = Path(json.loads(out)["pdf"])
    pages = list(pypdf_pages(pdf.read_bytes()))
    assert "검증 방법" in pages[0] and "사례 PK-002" in "\n".join(pages)
    monkeypatch.delenv("FIELDVAULT_PASSPHRASE")
    code, out, _ = run(capsys, "verify", str(folder))
    assert code == 0 and out.startswith("The export folder checks out.")
    with pytest.raises(SystemExit) as exited:
        run(capsys, "export", str(demo_path), "--case", "PK-001", "--profile", "legal",
            "--recipient", "x", "--out", str(tmp_path / "no"), "--language", "de")
    assert exited.value.code == 2 and "--language" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()
