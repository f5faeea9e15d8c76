"""A listed name and the model's words after it, one name of another type: a listed company and
its model words the company's product ("users of Nintendo Corvi"), a listed body's acronym and a
competition's head the event ("the NBA Draft"). Before types are corrected (``retype``); kept
apart from ``extractor`` so the order of stages stays readable there."""

from __future__ import annotations

import re

from consumer.entities import rules
from consumer.entities.attributes import ROLE_WORDS
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.listeners import addressed_span
from consumer.entities.retype.products import maker_product
from consumer.events import TextField
from consumer.lexicon import COMMON_ACRONYMS, MONTH_NAMES, WEEKDAYS

# "users of Nintendo Corvi", "left Facebook Quillchat": a model span of a company the gazetteer
# lists (one word, not in capitals) and one to three capitalised model words after it, which the
# model typed a person or a place, is the company's product, the conventions' whole
# name. None of the model words may be a body's, a division's, a place's or a role's word
# ("Google CEO", "Amazon Web Services", "Apple Park"), a given name, a date word or a common
# acronym ("Facebook IPO"), and the line must not be a heading's title case ("Google Buys ...").
# Growing the list's lone company over the capitalised words after it ("Google" + "Maps") was
# tried in session 30 and left out: it moved a figure's owner from the company to the product
# on the held-out pages.
_NOT_MODEL_AFTER_MAKER = frozenset(
    (
        *(w.lower() for w in ROLE_WORDS if w != "prime"),  # "Prime Minister" ends on a role word
        *word_list("field campus park rainforest forest basin river headquarters building tower plant"),
        *word_list("factory site office offices shop shops team board family brand foundation channel"),
        *word_list("world land resort center centre university school college institute"),
        *word_list("ventures capital studios holdings fund bank"),
    )
)
_ACRONYMS_KEPT = frozenset(("TV", "VR", "OS"))


def _maker_model_word(word: str) -> bool:
    low = word.lower()
    if low in _NOT_MODEL_AFTER_MAKER or word in MONTH_NAMES or word in WEEKDAYS or is_given_name(word):
        return False
    return word not in COMMON_ACRONYMS or word in _ACRONYMS_KEPT


def _maker(text: str, cand: Candidate, gazetteer: Gazetteer) -> str | None:
    """The candidate's first word when it is a company the gazetteer lists, not in capitals."""
    maker = text[cand.start : cand.end].split(" ", 1)[0]
    if not maker[:1].isupper() or maker.isupper():
        return None
    entry = gazetteer.lookup(maker)
    return maker if entry is not None and entry.type == "ORGANIZATION" else None


def _heading_line(text: str, start: int, end: int) -> bool:
    """A line in title case with no full stop ending it: a heading's capitals, no names ("Why
    Google Might Sell ..."); a sentence full of names is in title case too."""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith(".") and rules.is_title_case(line)  # the cheap test first


# "Uber DC", "Acme UK": a company's office or arm named by the place's code right after it, no product
_PLACE_CODES_AFTER_MAKER = frozenset(("UK", "US", "EU"))


def _place_code(word: str, gazetteer: Gazetteer) -> bool:
    return (
        len(word) == 2
        and word.isupper()
        and (word in _PLACE_CODES_AFTER_MAKER or bool(gazetteer.postal_division(word)))
    )


def _model_words(maker: str, words: list[str], gazetteer: Gazetteer) -> bool:
    if words and _place_code(words[0], gazetteer):
        return False
    return all(_maker_model_word(w) for w in words if not w.isdigit()) and maker_product(
        f"{maker} {' '.join(words)}", gazetteer
    )


def maker_product_names(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A model span of a listed company and model words, typed a person, a place or anything but a
    body or a product, retyped the product (in place)."""
    for cand in cands:
        if cand.origin != "ner" or cand.type in ("PRODUCT", "ORGANIZATION"):
            continue  # a model body is the retype's (``maker_product``), which takes a model number too
        text = recased[cand.field]
        surface = text[cand.start : cand.end]
        if " " not in surface:
            continue
        maker = _maker(text, cand, gazetteer)
        if (
            maker is not None
            and _model_words(maker, surface.split()[1:], gazetteer)
            and not _heading_line(text, cand.start, cand.end)
        ):
            if addressed_span(text, cand.start, cand.end):
                cand.type, cand.entry = "ORGANIZATION", None  # "told Sony Quellnet": a body spoken to
            else:
                cand.type, cand.origin, cand.entry = "PRODUCT", "rule", None


# "the ATP Finals", "the NFL Draft", "the NBA All-Star Game": a body's acronym the gazetteer
# lists and the capitalised head of a competition right after it are the event, whole; the list
# reads the body alone and the model often nothing. Not before a further capitalised word (a
# longer name: "the NCAA Tournament Selection Committee").
_BODY_EVENT_HEAD = re.compile(
    r"[ \t]+(?:World[ \t]+Cup|All-Star[ \t]+Game|Grand[ \t]+Prix|Finals?|Draft|Tournament"
    r"|Championships?|Cup|Open|Masters)(?![\w'’-]|[ \t]+[A-Z][a-z])"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_EDITION_YEAR_BEFORE = re.compile(r"(?<![\w,.-])(?:19|20)\d\d[ \t]+$")  # "the 2013 NHL Draft": its edition


def _listed_body(acronym: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(acronym)
    return entry is not None and entry.type == "ORGANIZATION"


def body_events(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A listed body's acronym and a competition's head after it, one event (``_BODY_EVENT_HEAD``),
    with the edition's year before it ("the 2013 NHL Draft"); whatever was found inside is
    dropped. A model name over exactly the acronym and the head (a body, a person) is the event."""
    grown: dict[int, Candidate] = {}  # by the id of the acronym's candidate
    for cand in cands:
        if cand.type == "EVENT" or cand.origin not in ("gazetteer", "ner"):
            continue
        text = recased[cand.field]
        acronym = _ACRONYM.match(text, cand.start, cand.end)
        if acronym is None:
            continue
        year = _EDITION_YEAR_BEFORE.search(text, max(0, cand.start - 8), cand.start)
        start = year.start() if year is not None else cand.start
        if acronym.end() < cand.end:  # the model's name over the whole ("NBA Draft"): retyped
            whole = _BODY_EVENT_HEAD.match(text, acronym.end())
            if whole is not None and whole.end() == cand.end and _listed_body(acronym.group(), gazetteer):
                grown[id(cand)] = Candidate(cand.field, start, cand.end, "EVENT", "rule")
            continue
        head = _BODY_EVENT_HEAD.match(text, cand.end)
        if cand.type == "ORGANIZATION" and head is not None and _listed_body(acronym.group(), gazetteer):
            grown[id(cand)] = Candidate(cand.field, start, head.end(), "EVENT", "rule")
    if not grown:
        return cands
    events = list(grown.values())
    out: list[Candidate] = []
    for cand in cands:
        new = grown.get(id(cand))
        if new is not None:
            out.append(new)
        elif not any(g.field == cand.field and g.start <= cand.start and cand.end <= g.end for g in events):
            out.append(cand)
    return out
