"""Strict mode against the normal detector: recall, how much text survives, throughput.

Corpora (loaded as bench/pii_eval.py loads them): the generated held-out transcripts of
bench/pii_corpus.py and the hand-labelled passages of tests/core/privacy/labelled.jsonl
(dev and blind parts).

  recall    a labelled span counts as covered when every letter or digit of it lies inside
            a withheld span (any category: strict mode says TERM where the label says
            PERSON); per category, per document language and per script of the span;
  survival  the share of non-space characters left in clear, per document language;
  speed     characters per CPU-second of each method, measured in this run (warm models).

Methods: ``detector`` (Detector.detect, what exports withhold by default), ``strict``
(strict_spans alone) and ``strict+detector`` (strict.combine of both, what a strict export
would withhold).

    PYTHONPATH=desktop python bench/strict_eval.py                # table
    PYTHONPATH=desktop python bench/strict_eval.py --json --errors 20
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "desktop"))

from fieldvault import data  # noqa: E402
from fieldvault.core.privacy import Detector, Suggestion  # noqa: E402
from fieldvault.core.privacy.strict import StrictFilter, combine  # noqa: E402
from fieldvault.core.privacy.text import word_script  # noqa: E402
from pii_corpus import generate  # noqa: E402
from pii_eval import HAND_SET, generated_docs, hand_docs  # noqa: E402

DocRow = tuple[str, str, str, list[tuple[int, int, str]]]
Method = Callable[[str], list[Suggestion]]


@dataclass
class Count:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    def ratio(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Result:
    by_category: dict[str, Count] = field(default_factory=dict)
    by_lang: dict[str, Count] = field(default_factory=dict)
    by_script: dict[str, Count] = field(default_factory=dict)
    kept: dict[str, Count] = field(default_factory=dict)  # survival, in characters
    ideal: dict[str, Count] = field(default_factory=dict)  # survival if only labels went
    collateral: Count = field(default_factory=Count)  # unlabelled characters withheld
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    chars: int = 0
    cpu: float = 0.0

    def recall(self) -> float | None:
        c = Count()
        for v in self.by_category.values():
            c.hit, c.total = c.hit + v.hit, c.total + v.total
        return c.ratio()

    def survival(self, ideal: bool = False) -> float | None:
        c = Count()
        for v in (self.ideal if ideal else self.kept).values():
            c.hit, c.total = c.hit + v.hit, c.total + v.total
        return c.ratio()

    def speed(self) -> float:
        return self.chars / max(self.cpu, 1e-9)


def withheld_mask(text: str, spans: list[Suggestion]) -> bytearray:
    mask = bytearray(len(text))
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def covered(text: str, mask: bytearray, start: int, end: int) -> bool:
    return all(mask[i] for i in range(start, end) if text[i].isalnum())


def span_script(piece: str) -> str:
    script = word_script(piece)
    return "digits" if script == "other" else script


def score(rows: list[DocRow], method: Method) -> Result:
    res = Result()
    for doc_id, lang, text, gold in rows:
        began = time.process_time()
        spans = method(text)
        res.cpu += time.process_time() - began
        res.chars += len(text)
        mask = withheld_mask(text, spans)
        for s, e, cat in gold:
            ok = covered(text, mask, s, e)
            res.by_category.setdefault(cat, Count()).add(ok)
            res.by_lang.setdefault(lang, Count()).add(ok)
            res.by_script.setdefault(span_script(text[s:e]), Count()).add(ok)
            if not ok:
                res.misses.append((doc_id, cat, text[s:e]))
        _survival(res, lang, text, mask, gold)
    return res


def _survival(
    res: Result, lang: str, text: str, mask: bytearray, gold: list[tuple[int, int, str]]
) -> None:
    labelled = withheld_mask(text, [Suggestion(s, e, c, "", "") for s, e, c in gold])
    kept = res.kept.setdefault(lang, Count())
    ideal = res.ideal.setdefault(lang, Count())
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        kept.add(not mask[i])
        ideal.add(not labelled[i])
        if not labelled[i]:
            res.collateral.add(bool(mask[i]))


def demo_docs() -> list[DocRow]:
    """The demo vault's fictional interviews: realistic prose, no labels (survival only)."""
    rows: list[DocRow] = []
    for line in data.path(*data.DEMO_INTERVIEWS).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            lang = "+".join(rec["languages"])
            rows.append((rec["case_code"], lang, rec["transcript"], []))
    return rows


def methods() -> dict[str, Method]:
    detector = Detector()
    strict = StrictFilter()
    detector.detect("warm up Ким 김철수 Kim")
    strict.spans("warm up Ким 김철수 Kim")
    return {
        "detector": detector.detect,
        "strict": strict.spans,
        "strict+detector": lambda t: combine(detector.detect(t), strict.spans(t)),
    }


def _f(x: float | None) -> str:
    return "    - " if x is None else f"{x:6.3f}"


def _getter(table: str, key: str) -> Callable[[Result], float | None]:
    def get(r: Result) -> float | None:
        count: Count | None = getattr(r, table).get(key)
        return count.ratio() if count is not None else None

    return get


def _collateral(r: Result) -> float | None:
    return r.collateral.ratio()


def print_block(title: str, results: dict[str, Result]) -> None:
    names = list(results)
    print(f"\n== {title}")
    print(f"{'':22}" + "".join(f"{n:>17}" for n in names))
    first = results[names[0]]
    rows: list[tuple[str, Callable[[Result], float | None]]] = [("recall ALL", Result.recall)]
    for prefix, table in (("", "by_category"), ("script ", "by_script"), ("lang ", "by_lang")):
        rows += [(f"  {prefix}{k}", _getter(table, k)) for k in sorted(getattr(first, table))]
    rows.append(("survival ALL", Result.survival))
    rows += [(f"  lang {k}", _getter("kept", k)) for k in sorted(first.kept)]
    rows.append(("unlabelled withheld", _collateral))
    for label, get in rows:
        print(f"{label:22}" + "".join(f"{_f(get(results[n])):>17}" for n in names))
    gold = sum(c.total for c in first.by_category.values())
    print(f"{'labelled spans':22}{gold:>17}")
    print(f"{'survival, labels only':22}{_f(first.survival(ideal=True)):>17}")
    print(f"{'chars/CPU-s':22}" + "".join(f"{results[n].speed():>17,.0f}" for n in names))


def as_json(results: dict[str, Result]) -> dict[str, object]:
    return {
        name: {
            "recall": r.recall(),
            "recall_by_category": {k: v.ratio() for k, v in r.by_category.items()},
            "recall_by_script": {k: v.ratio() for k, v in r.by_script.items()},
            "recall_by_lang": {k: v.ratio() for k, v in r.by_lang.items()},
            "survival": r.survival(),
            "survival_by_lang": {k: v.ratio() for k, v in r.kept.items()},
            "survival_if_only_labels_withheld": r.survival(ideal=True),
            "unlabelled_withheld": r.collateral.ratio(),
            "chars_per_cpu_second": round(r.speed()),
        }
        for name, r in results.items()
    }


def main() -> None:
    ap = argparse.ArgumentParser(description="Evaluate strict mode against the detector")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20241)
    ap.add_argument("--split", choices=["tune", "heldout"], default="heldout")
    ap.add_argument("--hand", type=Path, default=HAND_SET)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many strict misses")
    args = ap.parse_args()

    run = methods()
    corpora: dict[str, list[DocRow]] = {
        f"generated ({args.split}, seed {args.seed})": generated_docs(
            generate(args.seed, args.docs, args.split)
        ),
        "hand set (dev)": hand_docs(args.hand, "dev"),
        "hand set (blind)": hand_docs(args.hand, "blind"),
        "demo interviews (no labels)": demo_docs(),
    }
    report = {
        title: {name: score(rows, method) for name, method in run.items()}
        for title, rows in corpora.items()
    }
    if args.json:
        print(json.dumps({t: as_json(r) for t, r in report.items()}, indent=2))
        return
    for title, results in report.items():
        print_block(title, results)
        for miss in results["strict"].misses[: args.errors]:
            print("  strict MISS", *miss)


if __name__ == "__main__":
    main()
