"""Line breaking and pagination."""

from __future__ import annotations

from fieldvault.core.export import FontSet
from fieldvault.core.export.layout import (
    BODY_BOTTOM,
    BODY_TOP,
    BODY_WIDTH,
    NewPage,
    Para,
    Piece,
    PlacedLine,
    Style,
    Table,
    paginate,
    wrap,
)

KOREAN = "노동자들은 매일 열두 시간씩 일했고 반장은 할당량을 채우지 못하면 임금을 깎았습니다. "
RUSSIAN = "Бригадир забирал паспорта и выдавал их только перед проверкой миграционной службы. "


def _width(line: list[object]) -> float:
    return sum(getattr(frag, "width", 0.0) for frag in line)


def test_lines_fit_and_keep_every_character(fonts: FontSet) -> None:
    text = (KOREAN + RUSSIAN) * 6
    pieces = [Piece(text, Style(10.0))]
    lines = wrap(pieces, 300.0, fonts)
    assert len(lines) > 10
    assert all(_width(line) <= 300.0 + 1e-6 for line in lines)  # type: ignore[arg-type]
    rebuilt = " ".join("".join(frag.text for frag in line) for line in lines)
    assert " ".join(rebuilt.split()) == " ".join(text.split())


def test_overlong_word_is_broken_by_character(fonts: FontSet) -> None:
    word = "가" * 200
    lines = wrap([Piece(word, Style(10.0))], 100.0, fonts)
    assert len(lines) > 5
    assert "".join(frag.text for line in lines for frag in line) == word
    assert all(_width(line) <= 100.0 + 1e-6 for line in lines)  # type: ignore[arg-type]


def test_tokens_are_never_split(fonts: FontSet) -> None:
    token = Piece("[R12 · PERSON W-017]", Style(10.0, True), nobreak=True)
    filler = Piece("word " * 7, Style(10.0))
    for repeat in range(1, 12):
        lines = wrap([Piece("x " * repeat), filler, token, filler], 150.0, fonts)
        texts = ["".join(frag.text for frag in line) for line in lines]
        assert sum("[R12 · PERSON W-017]" in text for text in texts) == 1


def test_pages_stay_inside_the_body_and_anchors_point_right(fonts: FontSet) -> None:
    blocks = [NewPage("A", "first")]
    blocks += [Para([Piece(KOREAN * 3)]) for _ in range(60)]
    blocks.append(NewPage("B", "second"))
    rows = [[[Piece(f"R{n}")], [Piece(RUSSIAN * 2)]] for n in range(80)]
    blocks.append(Table([0.2, 0.8], [[Piece("No.")], [Piece("Reason")]], rows))
    pages, anchors = paginate(blocks, fonts)
    assert anchors["first"] == 1 and 1 < anchors["second"] < len(pages)
    assert pages[anchors["second"] - 1].label == "B" and pages[0].label == "A"
    for page in pages:
        for item in page.items:
            if isinstance(item, PlacedLine):
                assert BODY_BOTTOM - 1e-6 <= item.top - item.line.leading
                assert item.top <= BODY_TOP + 1e-6
                assert all(run.x + run.width <= BODY_WIDTH + 1e-6 for run in item.line.runs)
    table_pages = pages[anchors["second"] - 1 :]
    assert len(table_pages) > 1
    for page in table_pages[1:]:
        first = next(item for item in page.items if isinstance(item, PlacedLine))
        assert first.line.runs[0].text == "No."  # header repeated on every page
