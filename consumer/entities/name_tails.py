"""Words after a name that belong to it and that the model or a rule stopped before.

Three shapes of end, each read in a bounded window right after the span (a few characters), so
the cost is one short match per candidate:

* a law's year: "the Data Shield Act 1998", "the Clean Rivers Act of 2019" (the model and the
  plan rule stop at "Act"); the year says which law, as an edition's year says which event;
* a sequel's or a version's number: "Zorba Quest 3", "Halo 2" (a work or a product the model or a
  rule found; the candidate splitter cuts model spans at a bare number, which is right for
  scores, "Kelby 2 Marlow 1", and wrong here); never a count ("won the Kelvo Cup 2 times"), a
  range or a list ("5 and 10"), a decimal or a number running on;
* an award's "of the Year": "European Footballer of the Year", "Whitbread Novel of the Year" (the
  model reads the words before "of" as a person or a body): one to four capitalised words and
  "of the Year", an award, ``MISC``;
* a state university's campus: "the University of Tarvia, Kelby", "Tarvia State University at
  Marlow" (``campus_towns``; the model stops before the comma or "at" and reads the town as a
  place of its own, where the campus is part of the body's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype import is_given_name, word_list
from consumer.events import TextField
from consumer.gate import gated, scan

_WINDOW = 48  # characters read after a span: the longest tail and the word after it

# "Act 1998", "Act of 2019": a year that is no span of years or a date's part ("Act 1998-99")
_LAW_YEAR = re.compile(r"[ \t]+(?:of[ \t]+)?(?:19|20)\d\d(?![\w/–—-]|[ \t]*[–—-][ \t]*\d)")

# a single digit from 2 (a sequel's, a version's), never the start of a longer number, a decimal,
# a share, a fraction, a range or a list ("2.5", "2,000", "2%", "2/3", "2-1", "2 and 3"), nor a
# deal's count ("2 for $50")
_SEQUEL = re.compile(
    r"[ \t]([2-9])(?![\w%°/–—-]|[.,:]\d|[ \t]*[–—-]|[ \t]+(?:and|or|to|of|out|in|x|by)[ \t]+\d|,[ \t]*\d"
    r"|[ \t]+(?:for|at|from)[ \t]+[$£€\d])"
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# what a count counts: the number is a quantity, not a name's ("the Kelvo Cup 2 times")
_COUNTED = frozenset(
    word_list(
        "times time goals goal points point games game wins win years year months month weeks week days "
        "day hours hour minutes minute seconds second million billion bn m per percent copies copy units "
        "unit players player runs sets set matches match titles title rounds round laps lap shots tries "
        "people men women children members seats votes cents pence dollars pounds euros yen shares "
        "places place spots spot holes strokes stroke innings wickets levels level stars star inches feet "
        "miles metres meters kilometres km kg lb lbs tonnes tons pack packs pieces pcs items bottles boxes"
    )
)
# words a number names a part or a rank of, not a sequel ("Article 2", "Phase 3")
_NUMBERED_WORDS = frozenset(
    word_list(
        "Article Chapter Section Part Phase Stage Level Grade Class Category Type Division Round Page "
        "Day Week Year Game Match Act Rule Clause Paragraph Schedule Annex Item Number No Group Pool "
        "Tier Zone Gate Terminal Platform Channel Radio Line Route Block"
    )
)


def _ends_on_letter(text: str, cand: Candidate) -> bool:
    return cand.end > cand.start and text[cand.end - 1].isalpha()


def law_years(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """A law named "... Act" takes the year written right after it ("the Data Shield Act 1998")."""
    for cand in cands:
        if cand.type != "MISC":
            continue
        text = recased[cand.field]
        if not text.endswith("Act", cand.start, cand.end):
            continue
        year = _LAW_YEAR.match(text, cand.end, cand.end + _WINDOW)
        if year is not None:
            cand.end = year.end()


def sequel_numbers(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """A work or a product takes a sequel's or a version's digit written right after it
    ("Zorba Quest 3 is out"), where the digit counts nothing and no capitalised word follows."""
    for i, cand in enumerate(cands):
        if cand.type not in ("PRODUCT", "MISC"):
            continue
        text = recased[cand.field]
        if not _ends_on_letter(text, cand):
            continue
        digit = _SEQUEL.match(text, cand.end, cand.end + _WINDOW)
        if digit is None:
            continue
        last = text[cand.start : cand.end].rsplit(None, 1)[-1]
        if last in _NUMBERED_WORDS:
            continue
        nxt = _NEXT_WORD.match(text, digit.end(), digit.end() + _WINDOW)
        if nxt is not None and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in _COUNTED):
            continue
        later = cands[i + 1] if i + 1 < len(cands) else None
        if later is not None and later.field == cand.field and later.start < digit.end():
            continue  # another name holds the number
        cand.end = digit.end()


_WORD = re.compile(r"\S+")
# one to four capitalised words and "of the Year": an award ("World Player of the Year")
_YEAR_TITLE = gated(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+){1,4})of[ \t]+the[ \t]+Year(?![\w'’-])"
)


def year_titles(text: str) -> Iterator[tuple[int, int]]:
    """Awards named "... of the Year": (start, end), an opening stop word ("The", "But") left out;
    never a plural before "of" ("Best Phones of the Year", a list's heading)."""
    for match in scan(_YEAR_TITLE, text):
        last = match.group("name").split()[-1]
        if last.endswith("s") and not last.endswith("ss"):
            continue  # "the Best Phones of the Year": a heading's plural, no award
        base = match.start("name")
        for word in _WORD.finditer(match.group("name")):
            if word.group().lower() not in STOP_WORDS:
                yield base + word.start(), match.end()
                break


# "the Office of the Deputy Prime Minister", "the Kelby County Office of the Attorney General",
# "the United Nations High Commissioner for Refugees": a body named after an office holder's
# title. The title cutters take the title off, and the model stops at "of the" or reads the body
# as nothing; the whole is one organisation. The title runs on in title case ("of (the)", "for
# (the)" inside it, "the Comptroller of the Currency"; never "and", which joins another body) and
# stops before a listed given name (the holder's name after the title); a place or a level before
# "Office" opens the name.
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*(?<!['’]s))"
_TITLE_RUN = rf"{_NAME_WORD}(?:[ \t](?:(?:of|for)[ \t](?:the[ \t])?)?{_NAME_WORD}){{0,7}}"
_OFFICE_BODY = gated(
    rf"(?<![\w'’.-])(?P<name>(?:{_NAME_WORD}[ \t]){{0,3}}Office[ \t]+(?:of|for)[ \t]+the[ \t]+{_TITLE_RUN}"
    rf"|(?:United[ \t]+Nations|UN|U\.N\.)[ \t]+High[ \t]+Commissioner[ \t]+for[ \t]+{_TITLE_RUN})"
)


def office_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Bodies named "... Office of the <title>" or "UN High Commissioner for <field>": (start,
    end), opening stop words ("The", "A") and a trailing abbreviation's full stop left out."""
    for match in scan(_OFFICE_BODY, text):
        start, end = match.span("name")
        if text[end - 1] == "." and text[end - 3 : end - 2] != ".":
            end -= 1  # "... Minister." ends a sentence; "U.N." keeps its stop
        title = match.group("name").split(" the ", 1)[-1].split(" for ", 1)[-1]
        at = end - len(title)
        for word in _WORD.finditer(text, at, end):
            if word.start() > at and is_given_name(word.group()):
                end = word.start() - 1  # the space before the holder's name
                break
        for word in _WORD.finditer(text, start, end):
            if word.group().lower() not in STOP_WORDS:
                yield word.start(), end
                break


_ARTICLE_OPENING = re.compile(r"(?:An?)[ \t]+(?=[A-Z])")


def article_openings(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "An Importers Association", "An Arvel Group Inc": an indefinite article opening a body's
    span is no part of the name (a sentence's first word the suffix rule or the model took in)."""
    for cand in cands:
        if cand.type != "ORGANIZATION":
            continue
        article = _ARTICLE_OPENING.match(recased[cand.field], cand.start, cand.end)
        if article is not None and article.end() < cand.end:
            cand.start = article.end()


def rule_cands(text_field: TextField, text: str) -> Iterator[Candidate]:
    """The names these shapes find over a field: awards "... of the Year" (never in a headline,
    where every word is capitalised) and bodies named after an office."""
    for s, e in year_titles(text) if text_field != "headline" else ():
        yield Candidate(text_field, s, e, "MISC", "rule")
    for s, e in office_bodies(text):
        yield Candidate(text_field, s, e, "ORGANIZATION", "rule")


# "University of Tarvia" or "Tarvia State University": a state system's name, the state in it
_SYSTEM = re.compile(
    r"(?:The[ \t]+)?University[ \t]+of[ \t]+(?P<a>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)"
    r"|(?P<b>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]+State[ \t]+University"
)
# what joins a campus's town to its system's name: a comma or "at"
_CAMPUS_JOIN = re.compile(r",[ \t]|[ \t]at[ \t]")


def campus_towns(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A state university's name and the town of its campus written right after it, after a
    comma or "at", are one body ("the University of Tarvia, Kelby", "Tarvia State University at
    Marlow"): the town is part of the campus's name, no place of its own. Only where the town is
    a city of the state the name holds (a university's town in another sense, "the University of
    Kelby, Tarvia", a country after a comma, is left alone)."""
    places = {(c.field, c.start): i for i, c in enumerate(cands) if c.type == "LOCATION"}
    drop: set[int] = set()
    for body in cands:
        if body.type != "ORGANIZATION":
            continue
        text = recased[body.field]
        join = _CAMPUS_JOIN.match(text, body.end, body.end + 4)
        at = places.get((body.field, join.end())) if join is not None else None
        if at is None or at in drop:
            continue
        system = _SYSTEM.fullmatch(text, body.start, body.end)
        if system is None:
            continue
        state = gazetteer.lookup(system.group("a") or system.group("b"))
        town = cands[at]
        if state is None or state.kind != "first_level_division":
            continue
        if gazetteer.city_in(text[town.start : town.end], state) is None:
            continue
        body.end = town.end
        drop.add(at)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
