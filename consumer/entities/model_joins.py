"""A product named again by its bare model code ("Corvo K7 jets ... The K7 seats 160"), by its
line after a determiner ("the Zephra would sell") or without its maker ("the Vela Lite") is that
product, grouped under its full name, whatever the model read the bare form as."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.propagation import occurrences
from consumer.events import TextField

# A model code that ends a product's name: letters and digits together ("K7", "GX9", "A321neo").
_MODEL_CODE = re.compile(r"^(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{2,}$")
# A generation's word and its number that end a product's name ("Zorvo Watch Series 3" -> "Series
# 3", "Kelvo R5 Mark II" -> "Mark II"): a story names the product again by them alone.
_GENERATION_TAIL = re.compile(r"^(?:Series|Mark|Mk|Generation|Gen) (?:\d{1,2}|II|III|IV|V|VI|VII)$")
# What a product named by its line alone follows ("the Zephra would sell"); a maker named alone
# takes none ("Orla said", "Orla's chief").
_MODEL_DETERMINER = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|an?|new)\s+)$"
)
# what may not follow a bare model code or line: a word's letter, a hyphen or an apostrophe other
# than a possessive's ("the K7's cabin" names the K7)
_MODEL_END = re.compile(r"[\w-]|['’](?![sS]\b)")
_DETERMINER_WINDOW = 8  # characters looked back over for the determiner: a bounded window


def _model_forms(
    cands: list[Candidate], recased: Mapping[TextField, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The bare forms a story goes on to name its products by: the model code that ends a name
    ("Corvo K7" -> "K7") or its generation ("Zorvo Watch Series 3" -> "Series 3"), and the
    one-word line before a model number ("Zephra 8 Pro" -> "Zephra"), each with the full name it
    stands for; a form two products share is dropped."""
    codes: dict[str, set[str]] = {}
    lines: dict[str, set[str]] = {}
    for cand in cands:
        if cand.type != "PRODUCT" or cand.entry is not None:
            continue
        words = recased[cand.field][cand.start : cand.end].split()
        if len(words) < 2:
            continue
        full = " ".join(words)
        if _MODEL_CODE.match(words[-1]):
            codes.setdefault(words[-1], set()).add(full)
        if len(words) >= 3 and _GENERATION_TAIL.match(tail := " ".join(words[-2:])):
            codes.setdefault(tail, set()).add(full)
        if words[1][:1].isdigit() and words[0][:1].isupper() and words[0].lower() not in STOP_WORDS:
            lines.setdefault(words[0], set()).add(full)
    return (
        {form: next(iter(names)) for form, names in codes.items() if len(names) == 1},
        {form: next(iter(names)) for form, names in lines.items() if len(names) == 1},
    )


def _maker_tails(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> tuple[dict[str, str], frozenset[str], dict[str, GazEntry]]:
    """The model words a story goes on to name a maker's product by ("Quillon Vela Lite" ->
    "Vela Lite", "Orvo Zephyr" -> "Zephyr"), each with the product's full name. The maker is the
    product's first word, a company the gazetteer lists or one the story names alone as a body
    ("Orvo said"). A form two products share, or that the gazetteer knows, is dropped. Also the
    tails of one plain word, which join only where the model saw a name ("the Zephyr" read as a
    body), never every occurrence of the word."""
    makers = {
        recased[c.field][c.start : c.end]
        for c in cands
        if c.type == "ORGANIZATION" and c.entry is None and " " not in recased[c.field][c.start : c.end]
    }
    tails: dict[str, set[str]] = {}
    listed: dict[str, GazEntry] = {}
    for cand in cands:
        if cand.type != "PRODUCT":
            continue
        words = recased[cand.field][cand.start : cand.end].split()
        if len(words) < 2 or len(words) > 5:
            continue
        lead = gazetteer.lookup(words[0])
        if not (lead is not None and lead.type == "ORGANIZATION") and words[0] not in makers:
            continue
        tail = " ".join(words[1:])
        forms = [tail]
        last = words[-1]
        if len(words) >= 3 and _LINE_WORD.match(last) and last.lower() not in _EDITION_WORDS:
            forms.append(last)  # "the Audi e-tron Sportback ... the new Sportback"
        for form in forms:
            if _TAIL_WORD.match(form.split()[0]) and gazetteer.lookup(form) is None:
                tails.setdefault(form, set()).add(" ".join(words))
                if cand.entry is not None:
                    listed[" ".join(words)] = cand.entry
    joined = {form: next(iter(names)) for form, names in tails.items() if len(names) == 1}
    plain = frozenset(f for f in joined if " " not in f and not _MODEL_CODE.match(f))
    return joined, plain, listed


# A product's last word that may name it alone ("Sportback"): a capitalised word of five letters
# or more, no edition's or size's word ("Lite", "Edition", "Series" name no line of their own)
_LINE_WORD = re.compile(r"^[A-Z][a-z]{4,}$")
_EDITION_WORDS = frozenset(
    "edition series ultra super plus mini lite sport limited classic deluxe premium standard special "  # noqa: SIM905
    "collection bundle package console controller version".split()
)
# A model's first word after its maker: capitalised, camel-cased or a lower-case line with a
# hyphen or capitals after ("Vela", "iPad", "e-Nova"); no function word ("Orvo and ...").
_TAIL_WORD = re.compile(r"^(?:[A-Z][\w.+&'’-]*|[a-z]+[-A-Z][\w.+&'’-]*)$")


def _cut_short(
    field_cands: tuple[list[int], list[Candidate]], s: int, e: int, form: str, tails: Mapping[str, str]
) -> Candidate | None:
    """The one model name inside a maker's model words, cut short at their end ("e-tron" +
    "Sportback" read as a body "Sportback"): stretched over the whole words, it is their mention."""
    if form not in tails or " " not in form:
        return None
    starts, ordered = field_cands
    inside = []
    for c in ordered[bisect.bisect_left(starts, s) :]:
        if c.start >= e:
            break
        inside.append(c)
    if len(inside) != 1 or inside[0].end != e or inside[0].origin not in ("ner", "prop") or inside[0].entry:
        return None
    inside[0].start = s
    return inside[0]


def join_models(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """ "Corvo K7 jets ... The K7 seats 160", "the Zephra 8 Pro ... the Zephra would sell": a
    product named again by its bare model code, or by its line after a determiner, is that
    product (grouped under its full name), whatever the model read the bare form as. A form the
    gazetteer knows is left alone ("Airbus A321neo ... Airbus said"). So is a maker's product
    named again without the maker ("the Orvo Vela Lite ... the Vela Lite"): its model words
    join it wherever they stand, one plain word only where the model read a name there."""
    codes, lines = _model_forms(cands, recased)
    codes = {f: n for f, n in codes.items() if gazetteer.lookup(f) is None}
    lines = {f: n for f, n in lines.items() if gazetteer.lookup(f) is None}
    tails, plain, listed = _maker_tails(cands, recased, gazetteer)
    codes.update({f: n for f, n in tails.items() if f not in codes})
    if not codes and not lines:
        return cands
    tagged = {(c.field, c.start, c.end): c for c in cands}
    by_start: dict[TextField, tuple[list[int], list[Candidate]]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        starts, ordered = by_start.setdefault(c.field, ([], []))
        starts.append(c.start)
        ordered.append(c)
    added: list[Candidate] = []
    for field, text in recased.items():
        spans = sorted((c.start, c.end) for c in cands if c.field == field)
        cursor, furthest = 0, -1
        for s, e in occurrences(text, {*codes, *lines}, _MODEL_END):
            form = text[s:e]
            name = codes.get(form)
            if name is None and _MODEL_DETERMINER.search(text[max(0, s - _DETERMINER_WINDOW) : s]):
                name = lines.get(form)
            while cursor < len(spans) and spans[cursor][0] < e:
                furthest = max(furthest, spans[cursor][1])
                cursor += 1
            if name is None:
                continue
            cand = tagged.get((field, s, e)) or _cut_short(by_start.get(field, ([], [])), s, e, form, tails)
            if cand is not None and (cand.entry is None or cand.type == "PRODUCT"):
                if form in plain and (cand.origin == "rule" or cand.type == "NORP"):
                    continue  # a plain word a rule typed or a people's word
                entry = listed.get(name)  # a listed product's model words are that product
                cand.type, cand.entry, cand.group = "PRODUCT", entry, None if entry else name
            elif cand is None and furthest <= s and form not in plain:
                entry = listed.get(name)
                added.append(Candidate(field, s, e, "PRODUCT", "prop", entry, None if entry else name))
    return sorted(cands + added, key=lambda c: (c.field, c.start)) if added else cands
