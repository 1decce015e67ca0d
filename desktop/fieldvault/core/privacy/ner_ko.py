"""Korean names, organisations and places: kiwipiepy proper nouns (NNP) classified by rules,
plus the regular shape of Korean person names (one-syllable surname + two syllables).

A surname-initial three-syllable word that the analyser did not tag as a proper noun is
re-analysed in a neutral frame ("X 씨가 말했다."); it is a name when kiwipiepy then reads
it as one proper noun or as an out-of-vocabulary word. Common nouns (노동자, 이야기) fail.

``find_korean(text, None)`` runs the rules alone (used when kiwipiepy cannot load): names
need a title next to them (반장 X, X 동무). Call with a model under its lock (models.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from fieldvault.core.privacy.lexicon import (
    GENERIC_PLACES,
    KNOWN_PLACES,
    KOREAN_SURNAMES_HANGUL,
    KOREAN_SURNAMES_HANGUL_2,
    ORG_SUFFIXES_HANGUL,
    RUSSIAN_FIRST_NAMES_HANGUL,
    RUSSIAN_SURNAME_ENDS_HANGUL,
    THEME_WORDS,
    TITLES_HANGUL,
)
from fieldvault.core.privacy.text import KO_PARTICLES, korean_stems
from fieldvault.core.privacy.types import Suggestion

SOURCE = "ner:kiwi"
RULE_SOURCE = "ner:rules-ko"
VERBAL_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})
# Proper nouns the analyser tags NNP that name countries or bodies, never people.
NOT_NAMES = frozenset({"남조선", "북조선", "조선", "남한", "북한", "로씨야", "러시아", "장마당",
                       "현장장", "주통역", "인편이", "손님들"})
DETERMINERS = ("같은", "한", "그", "이", "저", "우리", "다른", "어느")
EOJEOL = re.compile(r"[가-힣]+")
FOREIGN_PLACE_END = ("스크", "츠크", "토크", "그라드", "카멘")
ADMIN_END = ("시", "군", "구", "도", "항")
ORG_BEFORE = ("주식회사", "(주)", "㈜", "유한회사")
STRONG_ORG_END = ("무역회사", "총회사", "련합기업소", "연합기업소", "주식회사", "무역총회사")
NOUN_TAGS = ("NNP", "NNG", "SL", "SH", "SN", "XSN")
STOP_NOUNS = frozenset(TITLES_HANGUL) | {"씨", "님"}
TITLES = tuple(sorted(TITLES_HANGUL, key=len, reverse=True))
ROLES_BEFORE = ("반장", "지배인", "사장", "과장", "소장", "부장", "대표", "동무", "동지", "비서")
PARTICLE_STARTS = frozenset("은는가를도랑와의에한")
PARTICLE_SYLLABLES = frozenset("은는이가을를도의와과")
PLAIN_PARTICLES = frozenset(("가", "이", "는", "은", "를", "을", "의", "도", "와", "랑", "한테",
                             "에게", "하고", "이가", "이는", "이를", "이의", "이도", "이와",
                             "이랑", "이한테", "이에게", "이하고"))
OOV_GLUED = "에의를을은는와과"  # particles an unknown word may swallow (볼쇼이카멘에)
FRAME = " 씨가 말했다."
LONE_SURNAME = re.compile(
    r"(?<![가-힣])([" + "".join(sorted(KOREAN_SURNAMES_HANGUL)) + r"])\s"
    r"(?:반장|작업반장|동무|동지|씨|사장|지배인|선생|과장|소장|부장)(?![가-힣]{2})"
)
SURNAME_TAGS = frozenset({"NNP", "NNG", "MM", "NR", "XPN"})
PIECE_TAGS = frozenset({"NNP", "NNG", "XSN", "NNB", "NR"})
# Words after a place name: 근처 "near", 마을 "village" stay outside the span; 시장
# "market" and 역 "station" belong to the name, spaced or not (중앙시장, 루고바야 시장).
CUES_OUTSIDE = ("근처", "부근", "인근", "마을")
CUES_INSIDE = ("시장", "역")
CUE_GATE = re.compile(r"(?<![가-힣])(?:근처|부근|인근|마을|시장|역)")
CUE_FIRST = frozenset("근부인마시역")
CUE_TAIL_STARTS = frozenset(["", *"에이였의은는도를을까부로와과앞옆"])
HANGUL_PLACES = frozenset(
    w for group in KNOWN_PLACES.split("|") for w in group.replace(";", " ").split()
    if "가" <= w[0] <= "힣"
)
_frame_cache: dict[str, bool] = {}  # only touched under the kiwi model lock
FRAME_CACHE_MAX = 50_000


@dataclass(frozen=True)
class _Tok:
    form: str
    tag: str
    start: int
    end: int
    oov: bool


def find_korean(text: str, model: Any | None) -> list[Suggestion]:
    """Korean-script entities in ``text``; ``model`` is a kiwipiepy Kiwi or None."""
    toks = _tokenize(text, model) if model is not None else []
    found: list[Suggestion] = []
    for start, end in _nnp_candidates(text, toks):
        category = _classify(text, start, end)
        if category is not None:
            found.append(Suggestion(start, end, category, text[start:end], SOURCE))
    found.extend(_person_words(text, toks, model))
    found.extend(_titled_surnames(text))
    found.extend(_russian_names(text))
    found.extend(_place_words(text))
    found.extend(_org_words(text, toks, model is not None))
    found.extend(_names_before_cues(text, toks))
    found.extend(_given_names_ending_like_particles(text, toks))
    return found


def _tokenize(text: str, model: Any) -> list[_Tok]:
    out: list[_Tok] = []
    for t in model.tokenize(text):
        start = int(t.start)
        out.append(_Tok(str(t.form), str(t.tag), start, start + int(t.len), bool(t.oov)))
    return out


def _nnp_candidates(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Spans from a proper noun to the last noun of its word (릉라도+무역+총회사)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        proper = t.tag == "NNP" or (t.oov and t.tag == "NNG" and t.end - t.start >= 3)
        if not proper or not EOJEOL.search(t.form):
            i += 1
            continue
        start, end, i = t.start, t.end, i + 1
        while i < len(toks) and toks[i].tag in NOUN_TAGS and toks[i].form not in STOP_NOUNS:
            gap = text[end : toks[i].start]
            if gap == "" or (gap == " " and toks[i].tag == "NNP" and _joinable(text, start, end)):
                end = toks[i].end
                i += 1
            else:
                break
        end = _without_particle(text, start, end)
        if end - start == 3 and text[end - 1] == "이" and text[end : end + 1] in PARTICLE_STARTS:
            end -= 1
        if t.oov and text[end - 1] in OOV_GLUED and end - start >= 4:
            end -= 1
        spans.append((start, end))
    return spans


def _without_particle(text: str, start: int, end: int) -> int:
    """Drop a particle the analyser glued to a name (강복광이 → 강복광, 볼쇼이카멘에서)."""
    form = text[start:end]
    for p in KO_PARTICLES:
        if len(p) >= 2 and form.endswith(p) and len(form) - len(p) >= 2:
            return end - len(p)
    if (
        end - start == 4
        and text[end - 1] in "이가은는을를의와과도"
        and _person_shape(text[start : end - 1])
    ):
        return end - 1
    return end


def _joinable(text: str, start: int, end: int) -> bool:
    """A surname written apart (김 철수) or a foreign first name (파벨 셰브첸코)."""
    piece = text[start:end]
    if piece in HANGUL_PLACES:  # 아르툠 is a first name and a town
        return False
    return piece in KOREAN_SURNAMES_HANGUL or piece in RUSSIAN_FIRST_NAMES_HANGUL


def _classify(text: str, start: int, end: int) -> str | None:
    form = text[start:end]
    bare = form.replace(" ", "")
    if form in THEME_WORDS or form in GENERIC_PLACES or form in NOT_NAMES or len(bare) < 2:
        return None
    after = text[end : end + 4]
    before = text[max(0, start - 6) : start].rstrip()
    if bare.endswith(ORG_SUFFIXES_HANGUL) or before.endswith(ORG_BEFORE):
        return "ORG"
    if after.lstrip().startswith(ORG_BEFORE):
        return "ORG"
    if bare.endswith(FOREIGN_PLACE_END) and len(bare) >= 3:
        return "LOCATION"
    if len(bare) >= 3 and bare.endswith(ADMIN_END) and not _person_shape(bare):
        return "LOCATION"
    if _person_shape(bare) or after.startswith(TITLES) or " " in form:
        return "PERSON"
    if len(bare) == 2 and after[:1] == "이" and after[1:2] in PARTICLE_STARTS:
        return "PERSON"  # a given name with the familiar -이 (영철이는)
    return "LOCATION"


def _person_shape(bare: str) -> bool:
    if len(bare) == 3 and bare[0] in KOREAN_SURNAMES_HANGUL:
        return True
    return len(bare) == 4 and bare[:2] in KOREAN_SURNAMES_HANGUL_2


def _person_words(text: str, toks: list[_Tok], model: Any | None) -> list[Suggestion]:
    """Surname + two syllables + particle or title (계란금은, 장학화 동무)."""
    sure: list[int] = []
    unsure: list[int] = []
    role_only: list[int] = []
    for m in EOJEOL.finditer(text):
        word, start = m.group(), m.start()
        if not _name_word(word) or word[:3] in THEME_WORDS or word[:3] in NOT_NAMES:
            continue
        if _whole_known_word(toks, start):
            continue
        if _stacked_particle(word):
            sure.append(start)
        elif _read_as_grammar(toks, start):
            continue
        elif _title_after(text, start, word) or _model_says_name(toks, start):
            sure.append(start)
        elif _role_before(text, start):
            role_only.append(start)
        elif model is not None and not _known_word_start(toks, start, word):
            unsure.append(start)
    if role_only:
        nouns = _noun_particle_words(model, [text[s : s + 3] for s in role_only])
        sure.extend(s for s in role_only if text[s : s + 3] not in nouns)
    if unsure:
        verdicts = _frame_verdicts(model, sorted({text[s : s + 3] for s in unsure}))
        sure.extend(s for s in unsure if verdicts[text[s : s + 3]])
    return [Suggestion(s, s + 3, "PERSON", text[s : s + 3], RULE_SOURCE) for s in sorted(sure)]


def _stacked_particle(word: str) -> bool:
    """A particle after a name whose last syllable looks like one (김은이가, 박다은이): two
    particles never stack that way on a common noun, so the third syllable is the name's."""
    return word[2] in PARTICLE_SYLLABLES and word[3:] in PLAIN_PARTICLES


def _noun_particle_words(model: Any | None, words3: list[str]) -> set[str]:
    """Of three-syllable words after a role (동지 전화가), those that read as a common
    two-syllable noun and a particle (전화+가): not names."""
    out: set[str] = set()
    for word in words3:
        if word[2] in PARTICLE_SYLLABLES and _common_noun(model, word[:2]):
            out.add(word)
    return out


def _common_noun(model: Any | None, stem: str) -> bool:
    """True when the analyser reads ``stem`` on its own as one known common noun."""
    if model is None:
        return False
    key = "noun:" + stem
    if key not in _frame_cache:
        toks = _tokenize(stem + ".", model)
        _frame_cache[key] = bool(
            toks and toks[0].end - toks[0].start == 2 and toks[0].tag == "NNG" and not toks[0].oov
        )
    return _frame_cache[key]


def _read_as_grammar(toks: list[_Tok], start: int) -> bool:
    """In context the first three syllables are a verb with its ending (하지요, 주지요) or a
    common noun with a particle (계약은): no name reads that way."""
    inside = [t for t in toks if start <= t.start < start + 3]
    if any(t.tag.startswith("E") or t.tag in VERBAL_TAGS for t in inside):
        return True
    return (len(inside) >= 2 and inside[0].tag == "NNG" and not inside[0].oov
            and inside[0].end - inside[0].start == 2
            and (inside[-1].tag.startswith("J") or inside[-1].tag == "XSN"))


def _whole_known_word(toks: list[_Tok], start: int) -> bool:
    """The analyser knows the three syllables as one common word (전화가: telephonist)."""
    i = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if i >= len(toks) or toks[i].start != start:
        return False
    t = toks[i]
    return t.end - t.start >= 3 and t.tag == "NNG" and not t.oov


def _titled_surnames(text: str) -> list[Suggestion]:
    """A surname alone before a title: 박 반장, 김 씨."""
    return [
        Suggestion(m.start(), m.start() + 1, "PERSON", m.group(1), RULE_SOURCE)
        for m in LONE_SURNAME.finditer(text)
        if not text[max(0, m.start() - 4):m.start()].rstrip().endswith(DETERMINERS)
    ]


def _name_word(word: str) -> bool:
    if len(word) < 3 or word[0] not in KOREAN_SURNAMES_HANGUL:
        return False
    rest = word[3:]
    return rest == "" or rest in KO_PARTICLES or rest in TITLES_HANGUL or _two_particles(rest)


def _two_particles(rest: str) -> bool:
    return any(rest.startswith(p) and rest[len(p) :] in KO_PARTICLES for p in KO_PARTICLES)


def _title_after(text: str, start: int, word: str) -> bool:
    """A title glued or next to the name (김철수씨가, 장학화 동무)."""
    rest = word[3:]
    if rest.startswith(TITLES):
        return True
    spaced = rest == "" and text[start + 3 : start + 4] == " "
    return spaced and text[start + 4 : start + 10].startswith(TITLES)


def _role_before(text: str, start: int) -> bool:
    """A role right before the word (반장 김철수, 동지 전화가: weaker, see above)."""
    return text[max(0, start - 6) : start].rstrip().endswith(ROLES_BEFORE)


def _known_word_start(toks: list[_Tok], start: int, word: str) -> bool:
    """The analyser reads the word as a known word of two or more syllables at its start
    (계획+분, 신발+이, 이동+을), so it is not a name."""
    i = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if i >= len(toks) or toks[i].start != start:
        return False
    t = toks[i]
    return t.end - t.start >= 2 and not t.oov and t.tag != "NNP"


def _model_says_name(toks: list[_Tok], start: int) -> bool:
    i = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if i >= len(toks) or toks[i].start != start:
        return False
    t = toks[i]
    return t.end - t.start == 3 and (t.tag == "NNP" or t.oov)


def _frame_verdicts(model: Any, stems: list[str]) -> dict[str, bool]:
    """Re-analyse each stem in a neutral sentence; cached across calls."""
    todo = [s for s in stems if s not in _frame_cache]
    if todo:
        if len(_frame_cache) > FRAME_CACHE_MAX:
            _frame_cache.clear()
        starts: dict[int, str] = {}
        pos = 0
        for s in todo:
            starts[pos] = s
            pos += len(s) + len(FRAME) + 1
        pieces: dict[str, list[_Tok]] = {s: [] for s in todo}
        current: str | None = None
        base = 0
        for t in _tokenize("\n".join(s + FRAME for s in todo), model):
            if t.start in starts:
                current, base = starts[t.start], t.start
            if current is not None and t.start < base + len(current):
                pieces[current].append(t)
        for s in todo:
            _frame_cache[s] = _reads(pieces[s])
    return {s: _frame_cache[s] for s in stems}


def _reads(toks: list[_Tok]) -> bool:
    """One proper noun or unknown word, or a surname syllable followed by noun pieces."""
    if not toks:
        return False
    first, start = toks[0], toks[0].start
    if first.end - first.start == 3:
        return first.tag == "NNP" or first.oov
    if first.end - first.start != 1 or first.tag not in SURNAME_TAGS:
        return False
    return toks[-1].end == start + 3 and all(
        t.tag in PIECE_TAGS and t.end - t.start <= 2 for t in toks[1:]
    )


def _russian_names(text: str) -> list[Suggestion]:
    """A Russian first name in Hangul and the word after it (파벨 셰브첸코와)."""
    out: list[Suggestion] = []
    words = list(EOJEOL.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        if a.group() not in RUSSIAN_FIRST_NAMES_HANGUL or text[a.end() : b.start()] != " ":
            continue
        surname = min([b.group(), *korean_stems(b.group())], key=len)
        if not surname.endswith(RUSSIAN_SURNAME_ENDS_HANGUL) or len(surname) < 2:
            continue
        end = b.start() + len(surname)
        out.append(Suggestion(a.start(), end, "PERSON", text[a.start() : end], RULE_SOURCE))
    return out


def _place_words(text: str) -> list[Suggestion]:
    """Transliterated Russian towns glued to a particle (파르티잔스크에)."""
    out: list[Suggestion] = []
    for m in EOJEOL.finditer(text):
        for stem in [m.group(), *korean_stems(m.group())]:
            if len(stem) >= 4 and stem.endswith(FOREIGN_PLACE_END):
                s = m.start()
                out.append(Suggestion(s, s + len(stem), "LOCATION", stem, RULE_SOURCE))
                break
    return out


def _org_words(text: str, toks: list[_Tok], have_model: bool) -> list[Suggestion]:
    """Words ending in a company suffix whose head is a name (락원무역총회사에서)."""
    out: list[Suggestion] = []
    for m in EOJEOL.finditer(text):
        stem = _org_stem(m.group())
        if stem is None:
            continue
        start = m.start()
        suffix = max((x for x in ORG_SUFFIXES_HANGUL if stem.endswith(x)), key=len)
        head_end = start + len(stem) - len(suffix)
        named = len(stem) - len(suffix) >= 4 and stem.endswith(STRONG_ORG_END)
        if have_model and not named and not _unknown_head(toks, start, head_end):
            continue
        if not have_model and not stem.endswith(STRONG_ORG_END):
            continue
        out.append(Suggestion(start, start + len(stem), "ORG", stem, RULE_SOURCE))
    return out


def _org_stem(word: str) -> str | None:
    for stem in sorted({word, *korean_stems(word)}, key=len, reverse=True):
        for suffix in ORG_SUFFIXES_HANGUL:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                return stem
    return None


def _unknown_head(toks: list[_Tok], start: int, end: int) -> bool:
    """True when the analyser reads the head as a proper noun, unknown word or fragments."""
    i = bisect.bisect_left(toks, start, key=lambda t: t.start)
    inside: list[_Tok] = []
    while i < len(toks) and toks[i].start < end:
        inside.append(toks[i])
        i += 1
    if not inside:
        return False
    return any(t.tag == "NNP" or t.oov for t in inside) or all(t.end - t.start == 1 for t in inside)


def _names_before_cues(text: str, toks: list[_Tok]) -> list[Suggestion]:
    """Unknown or proper-noun words right before 근처/마을/시장/역 (스포르티브나야 가반
    근처, 루고바야 시장에서): a place the lists do not know. Needs the analyser."""
    if not toks:
        return []
    if CUE_GATE.search(text) is None:
        return []
    words = list(EOJEOL.finditer(text))
    out: list[Suggestion] = []
    for i, w in enumerate(words):
        if w.group()[:1] not in CUE_FIRST:
            continue
        cue = next((c for c in (*CUES_OUTSIDE, *CUES_INSIDE) if _is_word(w.group(), c)), None)
        if cue is None:
            continue
        names = []
        j = i - 1
        while j >= 0 and i - j <= 3 and text[words[j].end() : words[j + 1].start()] == " ":
            if not _bare_name(words[j].group(), toks, words[j].start(), words[j].end()):
                break
            names.append(words[j])
            j -= 1
        if names:
            start = names[-1].start()
            end = w.start() + len(cue) if cue in CUES_INSIDE else names[0].end()
            out.append(Suggestion(start, end, "LOCATION", text[start:end], RULE_SOURCE))
    return out


def _is_word(word: str, cue: str) -> bool:
    """The cue on its own or with a particle or copula (근처에서, 근처였고; not 역할)."""
    return word.startswith(cue) and word[len(cue) : len(cue) + 1] in CUE_TAIL_STARTS


def _bare_name(word: str, toks: list[_Tok], start: int, end: int) -> bool:
    """A word read as proper nouns or unknown words only, no particle, not a known place."""
    if word in HANGUL_PLACES or word in GENERIC_PLACES or word in THEME_WORDS:
        return False
    i = bisect.bisect_left(toks, start, key=lambda t: t.start)
    inside: list[_Tok] = []
    while i < len(toks) and toks[i].start < end:
        inside.append(toks[i])
        i += 1
    return bool(inside) and all(t.tag == "NNP" or t.oov for t in inside)


def _given_names_ending_like_particles(text: str, toks: list[_Tok]) -> list[Suggestion]:
    """정민은 (Jong Min-un): the analyser reads a proper noun 정민 and a particle 은. A
    surname-initial two-syllable proper noun with 은/이 closing the word is taken with that
    syllable, so the name is covered whether it is 정민 or 정민은."""
    out: list[Suggestion] = []
    for t in toks:
        start, end = t.start, t.end
        if t.tag != "NNP" or end - start != 2 or text[start] not in KOREAN_SURNAMES_HANGUL:
            continue
        form = text[start:end]
        if form in HANGUL_PLACES or form in GENERIC_PLACES or form in NOT_NAMES:
            continue
        if form in THEME_WORDS or (start > 0 and "가" <= text[start - 1] <= "힣"):
            continue
        if text[end : end + 1] in ("은", "이") and not "가" <= text[end + 1 : end + 2] <= "힣":
            out.append(Suggestion(start, end + 1, "PERSON", text[start : end + 1], RULE_SOURCE))
    return out
