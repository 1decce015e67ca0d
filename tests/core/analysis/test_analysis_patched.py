"""Views patched after writes equal views computed afresh, whatever the writes were.

``vault.analysis`` keeps running sums per case and, after a write, re-reads only the cases
the analysis_changes log names (migration 15). Each test makes seeded random writes through
the public services and, after every write, compares every kept view with the same view
from a new service (which reads every case); a spy checks that most of them were patches.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldvault.core.analysis import service as analysis_service
from fieldvault.core.analysis.service import AnalysisService, Filters
from fieldvault.core.errors import FieldvaultError
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.store import schema
from fieldvault.core.vault import Passphrase, Vault
from patternhelp import small
from vaulthelp import PASSPHRASE

MakeVault = Callable[[str, str], Any]
FIXTURE = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"
FILTERED = Filters(verdicts=("valid", "unreviewed"), statuses=("draft", "approved"))

VIEWS: list[tuple[str, Callable[[Any], object]]] = [
    ("matrix", lambda a: a.matrix()),
    ("matrix, top level, filtered", lambda a: a.matrix(FILTERED, top_level=True)),
    ("sector", lambda a: a.table("sector")),
    ("sector, no subthemes", lambda a: a.table("sector", subthemes=False)),
    ("sector, coder c1, where", lambda a: a.table("sector", Filters(
        coders=("c1",), where=(("year_of_arrival", "2013"),)))),
    ("interviewer", lambda a: a.table("interviewer")),
    ("year", lambda a: a.table("date:year", FILTERED)),
    ("cooccur overlap", lambda a: a.cooccur()),
    ("cooccur near 7, top level", lambda a: a.cooccur(mode="near", distance=7,
                                                      top_level=True)),
    ("cooccur paragraph, filtered", lambda a: a.cooccur(FILTERED, mode="paragraph")),
    ("near work/surveillance", lambda a: a.near("work", "surveillance", distance=5)),
    ("near, filtered", lambda a: a.near("surveillance", "work", FILTERED, mode="paragraph")),
    ("near, no subthemes", lambda a: a.near("work", "work.arrears", mode="overlap",
                                            subthemes=False)),
    ("cell", lambda a: a.cell_passages("sector", "work", "construction")),
]


def patched_calls(monkeypatch: pytest.MonkeyPatch, kept: AnalysisService) -> list[bool]:
    """For each table, co-occurrence or near query ``kept`` computes: True when it patched
    kept sums."""
    seen: list[bool] = []
    for name in ("_table", "_cooccur", "_near"):
        real = getattr(AnalysisService, name)

        def spy(self: Any, *args: Any, _real: Any = real) -> Any:
            if self is kept:
                seen.append(args[-2] is not None)  # (..., sums, changed)
            return _real(self, *args)

        monkeypatch.setattr(AnalysisService, name, spy)
    return seen


def check(vault: Vault, step: str) -> None:
    """Every view from the vault's own (patched) service equals one computed afresh."""
    fresh = AnalysisService(vault)
    for name, view in VIEWS:
        assert view(vault.analysis) == view(fresh), f"{name} after {step}"


def attributes(rng: random.Random) -> dict[str, object]:
    attrs: dict[str, object] = {"sector": rng.choice(["construction", "logging", "fishing"])}
    if rng.random() < 0.7:
        attrs["year_of_arrival"] = rng.choice([2013, 2014])
    return attrs


def text_for(rng: random.Random) -> str:
    return "\n".join("w" * rng.randint(6, 30) for _ in range(rng.randint(1, 4)))


def new_case(vault: Vault, rng: random.Random, code: str) -> None:
    vault.cases.create(CaseInput(title=code, transcript=text_for(rng), languages=["en"],
                                 interview_date=rng.choice([None, "2014-03-02", "2016-07-08"]),
                                 interviewer=rng.choice(["Seo", "Park"]),
                                 attributes=attributes(rng), code=code))


def themes_of(vault: Vault) -> list[str]:
    return [n.theme.id for n in vault.codebook.tree()
            if n.theme.id.split(".")[0] in ("work", "surveillance", "flight")]


def placed(vault: Vault) -> list[tuple[str, str]]:
    """(case code, coding id) of every coding on a current transcript."""
    return [(s.code, c.id) for s in vault.cases.summaries()
            for c in vault.codings.for_case(s.code, include_unplaced=False)]


def code_one(vault: Vault, rng: random.Random) -> None:
    codes = [s.code for s in vault.cases.summaries()]
    code = rng.choice(codes)
    length = len(vault.transcripts.current(code).text)
    start = rng.randrange(length - 1)
    vault.codings.add(code, rng.choice(themes_of(vault)), start,
                      rng.randint(start + 1, min(length, start + 12)),
                      coder=rng.choice(["c1", "c2"]))


ACTIONS = ["code", "code", "uncode", "recode", "verdict", "unverdict", "status", "attribute",
           "version", "delete", "create", "import", "merge", "move", "delete many",
           "other program", "rename theme", "nothing"]


def random_write(vault: Vault, rng: random.Random, action: str, number: int,
                 folder: Path) -> str:
    """One write of the kind ``action`` on random cases and codings; returns the kind
    done (a coding is made first when there is none to change, a case when too few)."""
    codings = placed(vault)
    codes = [s.code for s in vault.cases.summaries()]
    if action in ("uncode", "recode", "verdict", "unverdict") and not codings:
        action = "code"
    if action in ("delete", "delete many") and len(codes) < 3:
        action = "create"
    if action == "code":
        code_one(vault, rng)
    elif action == "uncode":
        vault.codings.remove(rng.choice(codings)[1])
    elif action == "recode":
        vault.codings.retheme(rng.choice(codings)[1], rng.choice(themes_of(vault)))
    elif action in ("verdict", "unverdict"):
        coding = rng.choice(codings)[1]
        vault.review.set_verdict(coding, "invalid" if action == "unverdict" else "valid")
    elif action == "status":
        vault.cases.update(rng.choice(codes), status=rng.choice(["draft", "approved",
                                                                  "submitted"]))
    elif action == "attribute":
        vault.cases.set_attribute(rng.choice(codes), "sector", rng.choice(["logging", 2015]))
    elif action == "version":
        code = rng.choice(codes)
        text = vault.transcripts.current(code).text
        vault.transcripts.save_version(code, rng.choice(["x\n", ""]) + text + " more")
    elif action == "delete":
        vault.cases.delete(rng.choice(codes))
    elif action == "delete many":
        vault.cases.delete_many(rng.sample(codes, 2))
    elif action == "create":
        new_case(vault, rng, f"N-{number:03d}")
    elif action == "import":
        records = folder / f"import-{number}.jsonl"
        lines = []
        for line in range(2):
            body = text_for(rng)
            lines.append(json.dumps({
                "title": f"Imported {number}-{line}", "languages": ["en"],
                "interviewer": "Seo", "attributes": attributes(rng), "transcript": body,
                "codings": [{"theme": rng.choice(themes_of(vault)), "start": 0,
                             "end": min(len(body), 9), "coder": "c2"}]}))
        records.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_jsonl(vault, records)
    elif action == "merge":
        themes = themes_of(vault)
        leaves = [t for t in themes if not any(o.startswith(t + ".") for o in themes)]
        source, survivor = rng.sample(leaves, 2)
        vault.codebook.merge(source, survivor)
    elif action == "move":
        leaf = rng.choice([t for t in themes_of(vault) if "." in t])
        vault.codebook.move(leaf, rng.choice(["work", "surveillance"]))
    elif action == "rename theme":  # labels change, no count does
        vault.codebook.rename(rng.choice(themes_of(vault)), en=f"Theme {number}")
    elif action == "other program":
        with Vault.open(vault.path, Passphrase(PASSPHRASE)) as other:
            code_one(other, rng)
    else:
        vault.cases.update(rng.choice(codes), title=f"Renamed {number}")  # no analysed data
    return action


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_patched_views_equal_fresh_ones_after_random_writes(
        make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        seed: int) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    rng = random.Random(seed)
    for number in range(4):
        new_case(vault, rng, f"R-{number:03d}")
    check(vault, "the start")
    patches = patched_calls(monkeypatch, vault.analysis)
    plan = ACTIONS * 2
    rng.shuffle(plan)
    done = []
    for number, action in enumerate(plan):
        try:
            done.append(random_write(vault, rng, action, number, tmp_path))
        except FieldvaultError:  # a refused write (e.g. a theme moved under itself)
            continue
        check(vault, f"write {number} ({done[-1]})")
    assert len(set(done)) >= len(set(ACTIONS)) - 2
    assert patches.count(True) > patches.count(False)  # most views were patched


def test_a_blind_coder_sees_reveals_and_their_own_codings_patched(
        make_vault: MakeVault) -> None:
    vault = make_vault("c1", "coder")
    small(vault)
    check(vault, "the start")
    vault.codings.add("A-002", "work.wages", 1, 6, coder="c2")
    check(vault, "another coder's coding")
    vault.codings.add("A-002", "work.wages", 2, 9, coder="c1")
    check(vault, "an own coding")
    assert vault.analysis.table("case").total.codings == 5


def test_purge_and_bundle_merge_are_patched(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    for one, other in ((ira, sam), (sam, ira)):
        other.members.add(one.members.me().text)
    small(sam)
    rng = random.Random(5)
    for number in range(3):
        new_case(ira, rng, f"F-{number:03d}")
        code_one(ira, rng)
        code_one(ira, rng)
    check(ira, "the start")
    check(sam, "the start")
    codes = ["F-000", "F-001"]
    for code in codes:
        ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], codes, tmp_path / "first.fvbundle")
    sam.bundles.import_file(tmp_path / "first.fvbundle")
    check(sam, "a bundle merge")
    ira.bundles.purge(codes)
    check(ira, "a purge")
    assert [s.code for s in ira.cases.summaries()] == ["F-002"]
    sam.codings.add("F-001", themes_of(sam)[0], 0, 5, coder="c1")
    check(sam, "a coding on a merged case")


def test_views_after_migrating_an_old_vault(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """An existing vault gains the change log empty; its views start from every case and
    are patched from the first write on."""
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        rng = random.Random(3)
        for theme in ("work", "surveillance", "flight"):
            vault.codebook.add(theme, theme.title())
            vault.codebook.add(f"{theme}.one", "One", parent=theme)
        vault.codebook.add("work.arrears", "Arrears", parent="work")
        new_case(vault, rng, "M-001")
        code_one(vault, rng)
        check(vault, "the migration")
        patches = patched_calls(monkeypatch, vault.analysis)
        code_one(vault, rng)
        check(vault, "a coding after the migration")
        assert patches and all(patches)


def test_writes_beyond_the_log_are_computed_afresh(make_vault: MakeVault,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """When the log no longer reaches back to a kept view, the view reads every case."""
    vault = make_vault("sup", "supervisor")
    small(vault)
    before = vault.analysis.matrix()
    monkeypatch.setattr(analysis_service, "ANALYSIS_CHANGES_KEPT", 2)
    patches = patched_calls(monkeypatch, vault.analysis)
    vault.codings.add("A-003", "work.arrears", 0, 7, coder="c2")
    vault.codings.add("A-003", "work.wages", 0, 3, coder="c2")
    after = vault.analysis.matrix()
    assert patches == [False]
    assert after.cell("work", "A-003").codings == 2 and before.cell("work", "A-003").codings == 0
    check(vault, "two writes")


def test_the_log_names_the_cases_a_write_changed(make_vault: MakeVault) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)

    def logged() -> set[str]:
        with vault.engine.connect() as conn:
            gen = conn.exec_driver_sql("SELECT max(seq) FROM audit").scalar_one()
            rows = conn.exec_driver_sql("SELECT c.code, l.case_id FROM analysis_changes l "
                                        "LEFT JOIN cases c ON c.id = l.case_id WHERE l.gen = ?",
                                        (gen,)).all()
        return {code or ("every case" if case_id == "" else "gone") for code, case_id in rows}

    coding = vault.codings.add("A-002", "work.wages", 1, 6, coder="c2")
    assert logged() == {"A-002"}
    vault.review.set_verdict(coding.id, "valid")
    assert logged() == {"A-002"}
    vault.cases.set_attribute("A-003", "sector", "logging")
    assert logged() == {"A-003"}
    vault.cases.update("A-001", title="Only the title")
    assert logged() == {"A-001"}
    vault.cases.delete("A-002")
    assert logged() == {"gone"}
    vault.codebook.add("work.extra", "Extra", parent="work")
    assert logged() == {"every case"}
    vault.memos.add("case", "A-001", "a memo changes no view")
    assert logged() == set()
