"""Joins of adjacent candidates into one name before grouping.

The model often splits a name at "and" or a possessive ("Procter and Gamble", cabinet
titles, "Smiths and Wessons"); these passes mend such splits on candidates, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import retype, rules, span_splits
from consumer.entities.candidates import Candidate
from consumer.events import TextField

# China's autonomous areas are named for their peoples ("Qiandongnan Miao and Dong Autonomous
# Prefecture", "Chuxiong Yi Autonomous Prefecture"); the model splits a name of two peoples at
# its "and" and reads the first part as a person.
_AUTONOMOUS_KINDS = frozenset(retype.word_list("Prefecture County Region Banner"))
PEOPLES = frozenset(
    retype.word_list(
        "Miao Dong Dai Yi Hui Zhuang Bai Hani Li Tujia Buyei Bouyei Tibetan Mongolian Korean Qiang Lisu "
        "Naxi Yao She Kazak Kirgiz Uygur Salar Tu Dongxiang Jingpo Lahu Wa Va Nu Pumi Jino Mulam Maonan "
        "Gelao Sui Shui Blang Achang Deang Ewenki Oroqen Daur Manchu Xibe Tajik Yugur"
    )
)


def _autonomous_area(first: list[str], second: list[str]) -> bool:
    """Whether two names are the halves of one autonomous area's name split at its peoples."""
    return (
        len(second) >= 3
        and second[-2] == "Autonomous"
        and second[-1] in _AUTONOMOUS_KINDS
        and all(w in PEOPLES for w in second[:-2])
        and len(first) >= 2
        and first[-1] in PEOPLES
    )


def join_cabinet_titles(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A cabinet title's portfolio is no body ("Minister of Industry, Investment and Commerce":
    no "Industry", no "Investment and Commerce"), and the name after it is its holder, a person,
    whatever the model ran into it ("Planning Rosa Kettle"). A ministry named with a list of
    fields is one body, which the model splits at its comma."""
    runs: list[tuple[TextField, int, int]] = []
    added: list[Candidate] = []
    for text_field, text in recased.items():
        for ministry, start, run_start, run_end, holder in rules.cabinet_titles(text):
            if ministry:
                if "," in text[run_start:run_end]:
                    added.append(Candidate(text_field, start, run_end, "ORGANIZATION", "rule"))
                continue
            runs.append((text_field, run_start, run_end))
            if holder is not None:
                added.append(Candidate(text_field, holder[0], holder[1], "PERSON", "rule"))
    if not runs and not added:
        return cands
    kept = [
        c
        for c in cands
        if c.origin == "rule" or not any(f == c.field and s <= c.start and c.end <= e for f, s, e in runs)
    ]
    return kept + added


def join_and_names(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """ "Beijing Gardening" and "Greening Bureau", "Department of High" and "New Technology": one
    government body's name that the model split at its "and" (Chinese bodies are named so).
    Joined only when the body's head word opens the first part ("Department of ...") or closes
    the second while the first part, of two words or more, has none ("Apple and Acme Bank" stays
    two names). An autonomous area split at its peoples is joined as a place."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.field == cand.field and prev.entry is None and cand.entry is None:
            text = recased[cand.field]
            first, second = text[prev.start : prev.end].split(), text[cand.start : cand.end].split()
            # "Department of High" + "New Technology": a three-word opening, never a person after it
            opens = len(first) == 3 and first[0] in span_splits.BODY_HEADS and first[1] == "of"
            headless = not any(w in span_splits.BODY_HEADS for w in first)
            closes = len(first) >= 2 and second[-1] in span_splits.BODY_HEADS and headless
            people = "PERSON" in (prev.type, cand.type)
            if text[prev.end : cand.start] == " and " and (opens or closes) and not people:
                out[-1] = Candidate(prev.field, prev.start, cand.end, "ORGANIZATION", prev.origin)
                continue
            if text[prev.end : cand.start] in (" and ", ", ") and _autonomous_area(first, second):
                out[-1] = Candidate(prev.field, prev.start, cand.end, "LOCATION", "rule")
                continue
        out.append(cand)
    return out


# "Goodyear Tire and Rubber Co", "Rochester Gas and Electric Co", "American Telephone and Telegraph
# Co": a company named for two trades joined by "and". The model reads the first part as a
# facility, a place or a body and the second as a firm of its own ("Rubber Co"). Joined only when
# the trade words stand on both sides of the "and" and the second part ends on a company's
# suffix, so two firms listed ("Ford Motor and Acme Rubber Co", "Kelby Gas and Tarvia Oil Co")
# stay two: the second part of those opens on a name, not on a trade.
_TRADES = frozenset(
    retype.word_list(
        "Tire Rubber Gas Electric Light Power Telephone Telegraph Mining Manufacturing Savings Loan "
        "Chemical Chemicals Steel Iron Coal Oil Refining Cable Radio Television Trust Banking "
        "Insurance Marine Shipping Railway Railroad Engineering Construction Machine Paper Pulp "
        "Lumber Timber Textile Realty Research Development Supply Equipment Instruments Aircraft "
        "Aviation Motor Energy Exploration Production Pipeline Fuel Foods Grain Sugar Tobacco "
        "Brewing Drug Land Cattle Water Electronics Mills"
    )
)


def join_trade_pairs(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A firm named for two trades that the model split at its "and": one ORGANIZATION (see
    ``_TRADES``); the first part is two words or more, no person and no listed name."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and cand.type == "ORGANIZATION"
            and prev.type != "PERSON"
            and prev.entry is None
            and prev.field == cand.field
        ):
            text = recased[cand.field]
            first, second = text[prev.start : prev.end].split(), text[cand.start : cand.end].split()
            if (
                text[prev.end : cand.start] == " and "
                and len(first) >= 2
                and len(second) >= 2
                and first[-1] in _TRADES
                and second[0] in _TRADES
                and rules.CORPORATE_SUFFIX_END.search(text, cand.start, cand.end) is not None
            ):
                out[-1] = Candidate(prev.field, prev.start, cand.end, "ORGANIZATION", "rule")
                continue
        out.append(cand)
    return out


# "the Parents and Teachers Association", "the Boys and Girls Club", "the Arts and Letters
# Foundation": a body named for two kinds of people or things joined by "and", of which the model
# kept only the second with the head word ("Girls Club"), reading the first as nothing or as a
# body of its own ("Arts"). The first is a plural common noun in capitals; a company's or a
# person's name there stays apart ("Hachette and Acme Publishing", "Bayern and Dortmund Club").
_PLURAL_AND = re.compile(r"(?<![\w'’&.-])([A-Z][a-z]+s)[ \t]+and[ \t]+$")
_PLURAL_AND_REACH = 24  # characters looked back over: the word and "and"
_OPENING_MARKS = (".", ":", ";", "!", "?", ",", "(", '"', "“")


# "Aisha's Salon and Spa", "Leonardo's Kimbo Cafe": a shop or a firm named for its owner's given
# name, of which the model kept only the words after the possessive. A given name is asked for, so
# that a body's or a place's possessive ("Harvard's", "Trump's") and a surname never join.
_POSSESSIVE_OWNER = re.compile(r"(?<![\w'’&.-])([A-Z][a-z]+)['’]s[ \t]+$")


def join_plural_and(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body with an organisation's head word, after a capitalised plural noun and "and"
    that nothing else holds (or that the model read as a body alone), opens on that noun; so does
    a model body after a given name's possessive."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out and out[-1].field == cand.field else None
        text = recased[cand.field]
        start = _plural_and_start(cand, text, prev)
        if start is None:
            start = _possessive_start(cand, text, prev)
        if start is not None:
            if prev is not None and prev.start == start:
                out.pop()  # "Arts" read as a body of its own joins the name
            cand = Candidate(cand.field, start, cand.end, "ORGANIZATION", cand.origin, None, None, cand.weak)
        out.append(cand)
    return out


# "Harwell Hotels and Resorts", "Acme Foods and Beverages": a body named for two kinds of things
# joined by "and", of which the model kept only the first, reading the second plural as nothing or
# as a person alone. The first part ends on a plural too; a second plural the model read as a
# body of its own ("the Knicks and Nets") stays apart.
_AND_PLURAL = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+s)(?![\w'’&.-]|[ \t]+[A-Z])")
_PLURAL_END = re.compile(r"[ \t][A-Z][a-z]+s")
_AND_PLURAL_REACH = 64  # characters looked on over: "and", the plural and what follows it


def join_and_plural_tail(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body of two words or more ending on a capitalised plural, followed by "and" and one
    capitalised plural that ends the name, runs on to that plural."""
    return _run_on(cands, recased, _plural_tail_end)


# "the Kelby Institute of Allergy and Infectious Diseases", "the Center for Missing and Exploited
# Children": a body named for a pair of fields after "of" or "for", which the model cut at the
# pair's "and" (reading the second field as nothing or as a body of its own). The first field is one
# word; the second, one to three capitalised words, ends the name. A name a list or the gazetteer
# knows there, or a person or place the model read, stays apart ("the Ministry of Finance and
# Google"), and so does a second name with a capitalised run or "of" after it.
_ONE_FIELD_END = re.compile(r"[ \t](?:of|for)[ \t]+[A-Z][a-z][\w'’-]*")
_AND_FIELD = re.compile(
    r"[ \t]+and[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})"
    r"(?![\w'’&-]|[ \t]+(?:[A-Z0-9]|of\b|for\b|&|and[ \t]+[A-Z]))"
)
_AND_FIELD_REACH = 80  # characters looked on over: "and" and the second field's words


def join_field_pairs(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body ending on "of" or "for" and one capitalised word runs on over "and" and the
    capitalised words after it that end the name."""
    return _run_on(cands, recased, _field_pair_end)


def _field_pair_end(cand: Candidate, text: str, nxt: Candidate | None) -> int | None:
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return None
    last = max(text.rfind(" of ", cand.start, cand.end), text.rfind(" for ", cand.start, cand.end))
    if last < 0 or _ONE_FIELD_END.fullmatch(text, last, cand.end) is None:
        return None
    if " and " in text[cand.start : cand.end]:
        return None
    match = _AND_FIELD.match(text, cand.end, cand.end + _AND_FIELD_REACH)
    if match is None:
        return None
    start, end = match.span(1)
    if retype.head_type(match.group(1)) is not None:
        return None  # "... of Technology and Quillon Labs": a second body by its head word
    if nxt is not None and nxt.start < end:
        lone = nxt.start == start and nxt.end <= end and nxt.origin == "ner" and nxt.entry is None
        if not lone or nxt.type in ("PERSON", "LOCATION"):
            return None  # a name a list knows there ("Google"), a person or a place, stays apart
    return end


def _plural_tail_end(cand: Candidate, text: str, nxt: Candidate | None) -> int | None:
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return None
    if _PLURAL_END.fullmatch(text, max(cand.start, text.rfind(" ", cand.start, cand.end)), cand.end) is None:
        return None
    match = _AND_PLURAL.match(text, cand.end, cand.end + _AND_PLURAL_REACH)
    if match is None:
        return None
    start, end = match.span(1)
    if nxt is not None and nxt.start < end:
        lone = (nxt.start, nxt.end, nxt.origin) == (start, end, "ner") and nxt.entry is None
        if not lone or nxt.type == "ORGANIZATION":
            return None  # a body the model or a list found there ("Nets") stays apart
    return end


def _plural_and_start(cand: Candidate, text: str, prev: Candidate | None) -> int | None:
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return None
    if not retype.is_head_word(text[cand.start : cand.end].split()[-1].lower()):
        return None
    match = _PLURAL_AND.search(text, max(0, cand.start - _PLURAL_AND_REACH), cand.start)
    if match is None or match.group(1).lower() in STOP_WORDS:
        return None
    return match.start(1) if _free_opening(text, *match.span(1), prev) else None


def _possessive_start(cand: Candidate, text: str, prev: Candidate | None) -> int | None:
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return None
    match = _POSSESSIVE_OWNER.search(text, max(0, cand.start - _PLURAL_AND_REACH), cand.start)
    if match is None or not retype.is_given_name(match.group(1)):
        return None
    start, end = match.span(1)
    if prev is not None and (prev.start, prev.end, prev.origin, prev.entry) == (start, end, "ner", None):
        prev = None  # the given name alone, read as a person or a place: the owner's, in the name
    return start if _free_opening(text, start, end, prev) else None


def _free_opening(text: str, start: int, end: int, prev: Candidate | None) -> bool:
    """Whether the word at [start, end) may open the body after it: nothing holds it but a model
    body of that word alone, and no capitalised word runs on before it."""
    if prev is not None and prev.end > start:
        lone_body = (prev.start, prev.end, prev.type, prev.origin) == (start, end, "ORGANIZATION", "ner")
        if not lone_body or prev.entry is not None:
            return False  # a name the model or a list found there ("Bayern") stays apart
    before = text[max(0, start - _PLURAL_AND_REACH) : start].split()
    word = before[-1] if before else ""
    # a longer capitalised run: the model's cut is not this one
    return not (word[:1].isupper() and word != "The" and not word.endswith(_OPENING_MARKS))


def retyped_product_tails(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "Quillon AirPods Pro", "Acme Nova Lite": a model body retyped as a product takes its
    model words or edition after it, as a listed product does (``_product_tail``); the model
    stops its span before them as often as not."""
    for cand in cands:
        if cand.type == "PRODUCT" and cand.origin == "ner" and cand.entry is None:
            cand.end = rules.product_tail_end(recased[cand.field], cand.end)


def event_years(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "the Harbor Open 2020": an event takes its edition's year after it (see
    ``rules.event_year_end``); "the 2020 Harbor Open" already has it in front."""
    for cand in cands:
        if cand.type == "EVENT":
            cand.end = rules.event_year_end(recased[cand.field], cand.end)


def _run_on(
    cands: list[Candidate],
    recased: dict[TextField, str],
    end_of: Callable[[Candidate, str, Candidate | None], int | None],
) -> list[Candidate]:
    """Runs each body on to the end ``end_of`` finds for it (given its field's text and the next
    candidate), dropping that next candidate when the run swallows its start."""
    out: list[Candidate] = []
    skip: Candidate | None = None
    for i, cand in enumerate(cands):
        if cand is skip:
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) and cands[i + 1].field == cand.field else None
        end = end_of(cand, recased[cand.field], nxt)
        if end is not None:
            skip = nxt if nxt is not None and nxt.start < end else None
            cand = Candidate(cand.field, cand.start, end, "ORGANIZATION", cand.origin, None, None, cand.weak)
        out.append(cand)
    return out
