"""Build the offline common-word lists used by strict mode (run once, output committed).

Writes desktop/fieldvault/data/wordlists/{common_en,common_ru,common_ko,names_en}.txt, one
word per line, most frequent first. Needs wordfreq (CC BY-SA 4.0 data inside its wheel) and
Faker (MIT) in a throw-away environment; neither is a dependency of Fieldvault:

    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordfreq==3.1.1 faker==40.63.0
    /tmp/wl/bin/python scripts/make_wordlists.py

names_en.txt lists the common English words that are also given names or surnames (Faker's
en_US and en_GB lists): strict mode keeps "rose" but withholds a sentence-initial "Rose".
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "desktop" / "fieldvault" / "data" / "wordlists"
SIZES = {"en": 40000, "ru": 30000, "ko": 30000}
SHAPE = {
    "en": re.compile(r"[a-z]+(?:['’][a-z]+)?"),
    "ru": re.compile(r"[а-яё]+(?:-[а-яё]+)?"),
    "ko": re.compile(r"[가-힣]+"),
}


def common(lang: str) -> list[str]:
    from wordfreq import top_n_list

    words = top_n_list(lang, SIZES[lang], wordlist="best")
    return [w for w in words if SHAPE[lang].fullmatch(w)]


def english_names() -> set[str]:
    from faker.providers.person import en_GB, en_US

    names: set[str] = set()
    for mod in (en_US, en_GB):
        p = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            names.update(n.lower() for n in getattr(p, attr, ()))
    return names


def write(name: str, words: list[str]) -> None:
    path = OUT / name
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)} words, {path.stat().st_size / 1024:.0f} KiB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lists = {lang: common(lang) for lang in SIZES}
    for lang, words in lists.items():
        write(f"common_{lang}.txt", words)
    names = english_names()
    write("names_en.txt", [w for w in lists["en"] if w in names])


if __name__ == "__main__":
    main()
