"""The indexed search of withheld values finds exactly what a plain search finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.export import leakcheck

ALPHABET = "abc ёе김철수Ки-"


def plain(text: str, needles: list[leakcheck.Needle]) -> list[int]:
    collapsed = leakcheck.normalise(text)
    squeezed = leakcheck.squeeze(collapsed)
    return [n.number for n in needles if leakcheck._present(n, collapsed, squeezed)]


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.text(ALPHABET, min_size=1, max_size=8), max_size=40),
       text=st.text(ALPHABET, max_size=200))
def test_index_matches_plain_search(values: list[str], text: str) -> None:
    needles, _skipped = leakcheck.prepare_needles(values)
    found = [n.number for n in leakcheck.find_needles(text, needles)]
    assert found == plain(text, needles)


def test_thousands_of_values_on_a_page() -> None:
    values = [f"Name{number:05d} Surname" for number in range(3000)] + ["김철수"]
    needles, _ = leakcheck.prepare_needles(values)
    page = "nothing here " * 200 + " 김 철 수 " + "Name02999  surname"
    assert [n.collapsed for n in leakcheck.find_needles(page, needles)] == [
        "name02999 surname", "김철수"]
