"""The entity stage: article in, grouped, typed, linked entities out.

All text fields of all articles in a call go through one ``nlp.pipe`` so that the
model sees full batches; everything after the model is plain Python over offsets.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from consumer.bounds import MAX_ENRICHED_CHARS, MAX_SENTENCE_CHARS, cut_span, enriched_end, mask_long_runs
from consumer.entities import attributes, boundaries, candidates, consolidate, retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import (
    GazEntry,
    Gazetteer,
    group_words,
    load_gazetteer,
    market_index_names,
    namesake_key,
)
from consumer.entities.links import links_for
from consumer.entities.place_forms import join_place_forms
from consumer.entities.salience import normalise, raw_weight
from consumer.events import Article, CaptionMention, Entity, EntityAttributes, EntityType, Mention, TextField
from consumer.lexicon import (
    COMMON_ACRONYMS,
    HONORIFICS,
    MONTH_NAMES,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from consumer.parse.agencies import canonical_agency, is_known_agency
from consumer.sentences import sentence_spans

log = logging.getLogger(__name__)

# Cut-offs that bound the cost of pathological input; real fields are far shorter.
MAX_CHARS: dict[TextField, int] = {
    "headline": 1_000,
    "dateline": 500,
    "body": MAX_ENRICHED_CHARS,  # and at most MAX_ENRICHED_TOKENS tokens: see enriched_end
    "source": 200,
    "byline": 500,
}
FIELD_ORDER: tuple[TextField, ...] = ("headline", "dateline", "body", "byline", "source")
_GAP = re.compile(r",?[ \t]+")
# What a place before a state may be linked to and still be a namesake there ("Hidalgo, Texas"
# is no Mexican state); a country before one ("Ohio, Michigan and Indiana": a list) never is.
_NAMESAKE_KINDS = ("city", "first_level_division")
# One to three capitalised words, then the comma and space before a state's name.
_TOWN_BEFORE_COMMA = re.compile(r"(?<![\w.'’-])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),[ \t]+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|near|outside)[ \t]+$")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join((*TITLE_ABBREVIATIONS, *HONORIFICS))})\.?[ \t]+$", re.IGNORECASE)
_TITLE_REACH = 12  # characters before the town: one title and its full stop
_TOWN_REACH = 60  # characters before the state: three words of a town's name and the comma
_POSTAL_CODE = re.compile(r"[A-Z]{2}(?![\w'’-])")
_WORD_EDGES = ".,;:!?\"'()[]{}“”‘’…*"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _lies_in(place: GazEntry, within: GazEntry) -> bool:
    """Whether ``place`` is inside the country or division ``within`` (or is it)."""
    if within.kind == "country":
        return place.country == within.iso3166
    if place.iso3166 == within.iso3166 or place.division == within.iso3166:
        return True
    # the data gives the division of US and Chinese cities only: elsewhere the country must do
    return place.kind == "city" and place.division is None and place.country == within.country


def _overlapping(ordered: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The candidates of one field (ordered by start) over any of start..end; a name is short,
    so those that start before ``end`` are looked at from the last one that starts before
    ``start`` on (the candidates of a field seldom nest more than one deep)."""
    right = bisect.bisect_left(ordered, end, key=lambda c: c.start)
    left = max(0, bisect.bisect_left(ordered, start, key=lambda c: c.start) - 2)
    return [c for c in ordered[left:right] if start < c.end]


def _mistyped_town(held: list[Candidate], start: int, end: int) -> bool:
    """Whether the one candidate over a town's words is the model's reading of exactly them as
    something else than a place (a place it read keeps its own record until _namesakes)."""
    return (
        len(held) == 1
        and (held[0].start, held[0].end) == (start, end)
        and held[0].origin == "ner"
        and held[0].type != "LOCATION"
    )


def _us_state(place: GazEntry) -> bool:
    return place.kind == "first_level_division" and place.country == "US"


def _clean(text: str) -> str:
    """Same length as the input, so offsets stay valid; control and bidi marks become spaces."""
    return _CONTROL.sub(" ", text)


def _bounded(text: str) -> str:
    """What NER and the rules read, same length as ``text`` (see consumer.bounds): runs of
    non-space characters masked past MAX_TOKEN_CHARS, over-long sentences cut into pieces by a
    line break in place of the space each piece ends with (no name spans a line break)."""
    text = mask_long_runs(text)
    out: list[str] = []
    done = 0
    for start, end in sentence_spans(text):
        if end - start <= MAX_SENTENCE_CHARS:
            continue
        for _, cut in cut_span(text, start, end)[:-1]:
            if text[cut - 1] == " ":
                out.append(text[done : cut - 1])
                out.append("\n")
                done = cut
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


@dataclass
class _Prepared:
    original: dict[TextField, str]
    recased: dict[TextField, str]
    cases: dict[str, str]
    docs: dict[TextField, Doc] = field(default_factory=dict)
    dateline_in_body: tuple[int, int] | None = None  # where body.text repeats the dateline
    # where the article's captions start in the text read as "body": the entity stage reads
    # them after the story (see _with_captions), but publishes their mentions apart
    caption_starts: list[int] = field(default_factory=list)


@dataclass
class _Group:
    type: EntityType
    cands: list[Candidate]
    entry: GazEntry | None
    name: str = ""


def _fields(article: Article) -> dict[TextField, str]:
    out: dict[TextField, str] = {}
    if article.headline:
        out["headline"] = article.headline[: MAX_CHARS["headline"]]
    if article.dateline is not None and article.dateline.raw:
        out["dateline"] = article.dateline.raw[: MAX_CHARS["dateline"]]
    if article.body.text:
        out["body"] = article.body.text[: enriched_end(article.body.text)]
    return out


# a single capitalised word after "and"/"or" and a listed company, that no capitalised word follows
# ("Uber or Zorbly,"), or before them after a lower-case word ("like Zorbly and Netflix")
_PAIR_AFTER = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?P<name>[A-Z][a-z][\w-]*)(?:['’]s?)?(?![\w'’-]|[ \t]+[A-Z0-9])"
)
_PAIR_BEFORE = re.compile(r"(?<=[a-z,][ \t])(?P<name>[A-Z][a-z][\w-]*)[ \t]+(?:and|or)[ \t]+$")


class EntityExtractor:
    """One per process: holds the loaded pipeline and the gazetteer (read-only)."""

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.gazetteer: Gazetteer = load_gazetteer()

    def extract(self, articles: Sequence[Article]) -> list[list[Entity]]:
        prepared_articles = [self._prepare(a) for a in articles]
        slots = [(p, text_field) for p in prepared_articles for text_field in p.recased]
        for (p, text_field), doc in zip(
            slots, self._pipe([p.recased[text_field] for p, text_field in slots]), strict=True
        ):
            if doc is not None:
                p.docs[text_field] = doc
        out: list[list[Entity]] = []
        for article, prepared in zip(articles, prepared_articles, strict=True):
            try:
                out.append(self._entities(article, prepared))
            except Exception:  # never fail an item over enrichment: fewer entities instead
                log.exception("entity extraction failed for article %s", article.id)
                out.append([])
        return out

    def _prepare(self, article: Article) -> _Prepared:
        fields = _fields(article)
        caption_starts = _with_captions(fields, article.captions)
        original = {text_field: _bounded(_clean(t)) for text_field, t in fields.items()}
        cases = rules.case_map(original.values())
        recased: dict[TextField, str] = {
            text_field: rules.recase(t, cases, self.gazetteer) for text_field, t in original.items()
        }
        prepared = _Prepared(original=fields, recased=recased, cases=cases, caption_starts=caption_starts)
        raw, body = prepared.original.get("dateline"), prepared.original.get("body")
        if raw and body:
            at = body.find(raw)
            if at >= 0:
                prepared.dateline_in_body = (at, at + len(raw))
        return prepared

    def _pipe(self, texts: list[str]) -> Iterator[Doc | None]:
        try:
            yield from self.nlp.pipe(texts, batch_size=self.batch_size)
        except Exception:
            log.exception("batch NER failed; retrying texts one by one")
        else:
            return
        for text in texts:
            try:
                yield self.nlp(text)
            except Exception:
                log.exception("NER failed on one text of %d chars", len(text))
                yield None

    def _named_by_rules(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """Names the model missed or misread that a rule finds by shape (clubs, school sides,
        parties, plans, people by a given name or a trade); ``here`` is what the field had before
        them, so none of them sees another."""
        gazetteer = self.gazetteer
        found: list[Candidate] = []
        # a club by its city and nickname, unless the model reads the pair as a person
        # ("Clay Travis": a town's name is a given name too)
        for s, e in rules.city_clubs(text, gazetteer):
            if not any(
                c.origin == "ner" and c.type == "PERSON" and c.start <= s and e <= c.end for c in here
            ):
                found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
        for s, e in rules.school_sides(text, gazetteer):
            found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
        for s, e in rules.named_parties(text):
            found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
        # a plan or law the model missed, cut before its kind word or read as a body is MISC
        # (a longer model span, "the Congregation for the Doctrine of the Faith", still wins)
        for s, e in rules.named_plans(text):
            if not any(
                c.origin == "ner" and c.start <= s and e <= c.end and e - s < c.end - c.start for c in here
            ):
                found.append(Candidate(text_field, s, e, "MISC", "rule"))
        # a mountain, lake or river named by its kind first, where the model read a people, a
        # person (never for "Lake": a given name too), a piece of it as a place, or nothing, and
        # for "the River ..." a body too; another body's or a work's reading, or one running past
        # it, is the model's ("Mount Sinai Hospital", "Mount Sinai" as the hospital)
        for s, e in rules.kind_first_features(text):
            over = [c for c in here if c.start < e and s < c.end]
            river = text[s] == "R"
            if all(
                s <= c.start
                and c.end <= e
                and (
                    c.type in ("NORP", "LOCATION")
                    or (c.type == "PERSON" and text[s] != "L")
                    or (c.type == "ORGANIZATION" and river)
                )
                and not (c.type == "LOCATION" and (c.start, c.end) == (s, e))
                for c in over
            ):
                found.append(Candidate(text_field, s, e, "LOCATION", "rule", gazetteer.lookup(text[s:e])))
        for s, e in retype.given_name_people(text, gazetteer):
            if not any(c.start < e and s < c.end and c.type != "NORP" for c in here):
                found.append(Candidate(text_field, s, e, "PERSON", "rule"))
        for role, s, e in retype.role_opened_people(text, gazetteer):
            # the model's readings inside the trade and the name give way ("Titmus" read as a
            # people, "Diver Keetan Munsell" as a body)
            if not any(c.start < e and s < c.end and not (role <= c.start and c.end <= e) for c in here):
                found.append(Candidate(text_field, s, e, "PERSON", "rule"))
        return found

    def _entities(self, article: Article, prepared: _Prepared) -> list[Entity]:
        gazetteer, recased = self.gazetteer, prepared.recased
        cands: list[Candidate] = []
        for text_field, doc in prepared.docs.items():
            cands.extend(
                self._product_tail(c, recased[text_field])
                for c in candidates.from_doc(doc, text_field, gazetteer, recased[text_field])
                if not self._common_word(c, recased, prepared.cases) and not self._title_word(c, recased)
            )
            cands.extend(self._rule_cands(text_field, recased[text_field]))
            cands.extend(self._speakers(text_field, recased[text_field], cands))
            # "Acme Corp" where the model saw no organisation, or only its last words: the
            # corporate suffix says it is one
            model_orgs = [
                c for c in cands if c.field == text_field and c.origin == "ner" and c.type == "ORGANIZATION"
            ]
            for s, e in rules.companies(recased[text_field]):
                held = (org for org in model_orgs if org.start < e and s < org.end)
                if all(rules.company_reaches_back(recased[text_field], s, e, o.start, o.end) for o in held):
                    cands.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
            here = [c for c in cands if c.field == text_field]
            cands.extend(self._named_by_rules(text_field, recased[text_field], here))
            cands.extend(self._source_outlets(text_field, recased[text_field], here))
            cands.extend(self._paired_companies(text_field, recased[text_field], here))
        cands = boundaries.split_kind_pairs(_cabinet_titles(cands, recased), recased)
        cands = _without_slug(cands, rules.headline_slug_end(recased.get("headline", "")))
        cands = _join_plural_and(_join_and_names(candidates.resolve(cands), recased), recased)
        cands = _join_and_plural_tail(cands, recased)
        cands = retype.tidy(cands, recased, gazetteer)
        boundaries.cut_stage_groups(cands, recased)
        cands = boundaries.split_and_bodies(cands, recased)
        cands = boundaries.split_deal_pairs(cands, recased)
        cands = boundaries.office_holder_openings(cands, recased)
        boundaries.grand_prix(cands, recased)
        cands = boundaries.cut_in_places(cands, recased, gazetteer)
        cands = boundaries.part_of_openings(cands, recased, gazetteer)
        cands = boundaries.possessive_place_names(cands, recased, gazetteer)
        retype.retype(cands, recased, gazetteer, prepared.cases)
        retype.reported_people(cands, recased, gazetteer)
        retype.titled_speakers(cands, recased, gazetteer)
        _retyped_product_tails(cands, recased)
        _event_years(cands, recased)
        retype.people_in_lists(cands, recased, gazetteer)
        retype.places_in_lists(cands, recased, gazetteer)
        retype.bodies_in_lists(cands, recased, gazetteer, rules.example_bodies)
        self._sports_teams(cands, recased)
        self._states(cands, recased)
        cands.extend(self._towns_before_states(cands, recased))
        self._namesakes(cands, recased)
        consolidate.vote_types(cands, recased)
        parts = consolidate.join_people(cands, recased, gazetteer)
        cands = consolidate.propagate(cands, recased, parts)
        cands = consolidate.join_models(cands, recased, gazetteer)
        groups = self._group(cands, recased)
        headline = prepared.original.get("headline", "")
        title_headline = rules.is_title_case(headline)
        if title_headline:
            groups = [g for g in groups if not _headline_guess(g)]
        groups = [
            g
            for g in groups
            if not _lone_word_person(g, recased)
            and not _calendar_word(g)
            and not _no_people(g)
            and not _lone_kind_word(g)
        ]
        groups = _settle_unplaced_words(groups, recased, gazetteer)
        groups = _common_phrase_people(groups, recased)
        body = prepared.original.get("body", "")
        lower = _LowerWords(body)
        groups = [
            g
            for g in groups
            if not _heading_guess(g, body, title_headline, lower) and not _caption_place(g, prepared)
        ]
        # a web page's byline and source are its metadata, no text of the article: an agency or
        # a person only they name ("Photo by The Associated Press") is no entity of the story
        if article.input_format != "html":
            self._add_agency(article, groups, prepared)
            self._add_byline_people(article, groups, prepared)
        return self._build(groups, prepared)

    def _is_place(self, word: str) -> bool:
        return retype.is_place(word, self.gazetteer)

    def _is_city(self, name: str) -> bool:
        """A city of 100,000 or more the gazetteer lists: a host of games or an expo (a small
        town's name is a word of some language as often: "Mai 2019" is a German date)."""
        entry = self.gazetteer.lookup(name)
        return entry is not None and entry.kind == "city" and entry.population >= 100_000

    def _is_maker(self, word: str) -> bool:
        """A company the gazetteer lists (a maker may stand before a model number)."""
        entry = self.gazetteer.lookup(word)
        return entry is not None and entry.type == "ORGANIZATION" and not is_known_agency(word)

    def _place_rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        for s, e in rules.lower_ended_regions(text):
            yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup(text[s:e]))
        for s, e in rules.bare_mainland(text):
            yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup("Chinese mainland"))
        for s, e in rules.facilities(text, self._is_place):
            yield Candidate(text_field, s, e, "LOCATION", "rule")
        for s, e in rules.sky_bodies(text):
            # its own record: no town's ("Jupiter", Florida), no link
            yield Candidate(
                text_field, s, e, "LOCATION", "rule", GazEntry(name=text[s:e], type="LOCATION", kind="other")
            )
        for s, e, area in rules.neighbourhoods(text):
            entry = self.gazetteer.lookup(text[s:e])
            if entry is not None and entry.type != "LOCATION":
                continue  # "the Kurdish area": a people's
            if entry is not None and entry.kind == "city" and not area:
                entry = None  # "the Montrose neighborhood": a part of some town, not Montrose
            yield Candidate(text_field, s, e, "LOCATION", "rule", entry)
        for s, e, code in rules.listing_places(text):
            entry = self.gazetteer.postal_division(text[s:e]) if code else self.gazetteer.lookup(text[s:e])
            if code and entry is None:
                continue  # "Dublin, IE @ ...": no division that code names here
            yield Candidate(text_field, s, e, "LOCATION", "rule", entry)
        for s, e in rules.plural_kind_places(text):
            entry = self.gazetteer.lookup(text[s:e])
            if entry is None or entry.type == "LOCATION":  # "Republican and Democratic districts": groups
                yield Candidate(text_field, s, e, "LOCATION", "rule", entry)
        yield from self._example_place_cands(text_field, text)
        for s, e in rules.town_state_codes(text, self._is_town_of):
            state = self.gazetteer.postal_division(text[s:e])
            if state is not None:
                yield Candidate(text_field, s, e, "LOCATION", "rule", state)

    def _example_place_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Names a plural kind of place lists as examples ("cities such as A and B"), but for a
        name the gazetteer knows as no place, a head word, a corporate suffix or a person's look."""
        for s, e in rules.example_places(text, lambda name: self.gazetteer.lookup(name) is not None):
            entry = self.gazetteer.lookup(text[s:e])
            if (entry is None or entry.type == "LOCATION") and retype.listed_place_name(
                text[s:e], self.gazetteer
            ):
                yield Candidate(text_field, s, e, "LOCATION", "rule", entry)

    def _is_town_of(self, name: str, code: str) -> bool:
        """Whether the name is a place, or a city of the state or province the postal code names."""
        if self._is_place(name):
            return True
        state = self.gazetteer.postal_division(code)
        return state is not None and self.gazetteer.city_in(name, state) is not None

    def _person_or_listed(self, name: str) -> bool:
        """A person's look or a name the gazetteer lists: no bare title of a work."""
        return retype.looks_like_person(name, self.gazetteer) or self.gazetteer.lookup(name) is not None

    def _product_rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Products named with a model ("Galaxy S10"), framed by a kind ("its Blue Moon lander")
        or set off by an appositive that says what they are ("Morvatil, a drug made by ..."), or
        with a trim in capitals near a spec ("the Velo XLE ... 203 horsepower")."""
        gaz = self.gazetteer
        is_person = lambda name: retype.looks_like_person(name, gaz)  # noqa: E731
        finders = (
            rules.products(text, self._is_place, self._is_maker),
            rules.named_products(text, gaz),
            rules.maker_models(text, gaz),
            rules.appositive_products(text, gaz),
            rules.kind_named_products(text, gaz, is_person),
            rules.trimmed_products(text, gaz),
            rules.hyphen_models(text),
            rules.bound_crafts(text, gaz),
            rules.game_lists(text, gaz),
            rules.deal_lines(text, gaz),
            rules.quoted_products(text),
            rules.compatible_products(text, gaz),
        )
        for s, e in itertools.chain.from_iterable(finders):
            yield Candidate(text_field, s, e, "PRODUCT", "rule")

    def _paired_companies(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """ "Uber and Zorbly", "Zorbly or Netflix": one capitalised word no list knows, joined by
        "and" or "or" to a company the gazetteer lists, is a company too (news pairs rivals) where
        nothing else found it; never a given name, a day or a stop word."""
        found: list[Candidate] = []
        for c in here:
            if c.type != "ORGANIZATION" or c.entry is None or c.entry.type != "ORGANIZATION":
                continue
            for match in (
                _PAIR_AFTER.match(text, c.end),
                _PAIR_BEFORE.search(text, max(0, c.start - 40), c.start),
            ):
                if match is None:
                    continue
                s, e = match.span("name")
                word = match.group("name")
                if word.lower() in STOP_WORDS or word.lower() in WEEKDAYS or word.lower() in MONTH_NAMES:
                    continue
                if retype.is_given_name(word) or self.gazetteer.lookup(word) is not None:
                    continue
                if not any(o.start < e and s < o.end for o in here):
                    found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
        return found

    def _source_outlets(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """An outlet or body named as a source ("told Zorbly that") that nothing else found, and
        the model's place no list knows or event there ("a columnist for Tessora", "according to
        Harbor Fair"): a source is no spot nor an occasion. Never a story person's surname, a given
        name or a person's look ("told Roe that")."""
        found: list[Candidate] = []
        surnames = {text[c.start : c.end].split()[-1] for c in here if c.type == "PERSON" and c.end > c.start}
        gazetteer = self.gazetteer
        for s, e in rules.source_names(text):
            name = text[s:e]
            if name in surnames or retype.is_given_name(name) or retype.looks_like_person(name, gazetteer):
                continue
            if retype.head_type(name) not in (None, "ORGANIZATION"):
                continue  # "according to Harbor Street.": a street's, a treaty's, an event's head
            held = [c for c in here if c.start < e and s < c.end]
            if not held:
                found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
            for c in held:
                exact = (c.start, c.end, c.origin) == (s, e, "ner")
                if exact and c.type in ("LOCATION", "EVENT") and gazetteer.lookup(name) is None:
                    c.type = "ORGANIZATION"
        return found

    def _rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        for s, e in rules.appositive_orgs(text):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        for s, e in rules.described_companies(text):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        for s, e in rules.acronym_bodies(text, lambda letters: self.gazetteer.lookup(letters) is not None):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        yield from self._place_rule_cands(text_field, text)
        titles = itertools.chain(
            rules.work_titles(text, lambda name: retype.looks_like_person(name, self.gazetteer)),
            rules.kind_then_titles(text, self._person_or_listed),
            rules.made_titles(text, self._person_or_listed) if text_field != "headline" else (),
            rules.listed_works(text, self._person_or_listed) if text_field != "headline" else (),
        )
        for s, e in titles:
            yield Candidate(text_field, s, e, "PRODUCT" if rules.game_title(text, s) else "MISC", "rule")
        yield from self._product_rule_cands(text_field, text)
        for s, e in rules.party_states(text, self.gazetteer):
            yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup(text[s:e]))
        for s, e, kind in rules.numbered_events(text):
            yield Candidate(text_field, s, e, kind, "rule")
        yield from self._event_rule_cands(text_field, text)
        for s, e in retype.disease_spans(text):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in retype.holiday_spans(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in retype.chinese_names(text):
            yield Candidate(text_field, s, e, "PERSON", "rule")
        for s, e, kind in rules.photo_credits(text):
            yield Candidate(text_field, s, e, kind, "rule")
        for s, e, name in rules.benchmarks(text):
            yield Candidate(text_field, s, e, "PRODUCT", "rule", GazEntry(name=name, type="PRODUCT"))
        for s, e in rules.market_indices(text):
            # a listed index keeps its record ("Stoxx Europe 600 Index" is the Stoxx Europe 600)
            entry = self.gazetteer.lookup(text[s:e]) or self.gazetteer.lookup(text[s:e].rsplit(None, 1)[0])
            listed = entry if entry is not None and entry.type == "PRODUCT" else None
            yield Candidate(text_field, s, e, "PRODUCT", "rule", listed)
        if text_field == "dateline":
            yield from self._dateline_cands(text)

    def _event_rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Storms, editions ("Tokyo 2020"), fights and treaties named by their kind, yearly
        addresses; a title-case headline capitalises every word, so fights and treaties are not
        read there."""
        for s, e in rules.named_storms(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.city_editions(text, self._is_city):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.named_conflicts(text) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.named_treaties(text) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.named_schemes(text, self._person_or_listed):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.counted_awards(text):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.named_awards(text, self._person_or_listed) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.quoted_schemes(text):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.kind_named_events(text, self._person_or_listed) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.state_of_addresses(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")

    def _dateline_cands(self, text: str) -> Iterator[Candidate]:
        """ "BEIJING, April 20 (Xinhua) --": the place and the agency of a dateline."""
        place = rules.dateline_place(text)
        if place is not None:
            entry = self.gazetteer.lookup(text[place[0] : place[1]])
            if entry is None or entry.type == "LOCATION":
                yield Candidate("dateline", place[0], place[1], "LOCATION", "rule", entry)
        agency = rules.dateline_agency(text)
        if agency is not None:
            entry = self.gazetteer.lookup(text[agency[0] : agency[1]])
            yield Candidate("dateline", agency[0], agency[1], "ORGANIZATION", "rule", entry)

    def _speakers(self, text_field: TextField, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Names in a quote's attribution the model missed, or read as a thing that cannot speak
        (a work, a product, an event): people. An organisation or a place the model saw there
        keeps its type ("Acme said", "China said")."""
        here = [c for c in cands if c.field == text_field]
        found: list[Candidate] = []
        for s, e in retype.speaker_names(text, self.gazetteer):
            overlapping = [c for c in here if c.start < e and s < c.end]
            if overlapping and all(s <= c.start and c.end <= e for c in overlapping):
                # '," said forecaster Lixion Avila': a piece of the speaker's name read alone
                for c in overlapping:
                    if (c.start, c.end) != (s, e):
                        cands.remove(c)
                overlapping = [c for c in overlapping if (c.start, c.end) == (s, e)]
            if not overlapping:
                found.append(Candidate(text_field, s, e, "PERSON", "rule"))
            for c in overlapping:
                if (c.start, c.end) != (s, e):
                    continue
                # "Olaf Scholz said": a given name and a surname no list knows, which the model
                # read as a body, speak as a person ("Morgan Stanley said" is in the gazetteer)
                misread = c.type == "ORGANIZATION" and c.origin == "ner" and c.entry is None
                if c.type in ("MISC", "PRODUCT", "EVENT", "LOCATION") or (
                    misread and retype.looks_like_person(text[s:e], self.gazetteer)
                ):
                    c.type, c.entry = "PERSON", None
        return found

    @staticmethod
    def _title_word(cand: Candidate, recased: dict[TextField, str]) -> bool:
        """A one-word gazetteer town that is a job title: 'Chief Financial Officer Amy Wong'."""
        if cand.origin != "gazetteer" or cand.entry is None or cand.entry.kind != "city":
            return False
        surface = recased[cand.field][cand.start : cand.end]
        return " " not in surface and surface.lower() in attributes.ROLE_WORDS

    @staticmethod
    def _product_tail(cand: Candidate, text: str) -> Candidate:
        """A listed product followed by its model or edition ("PS4 Pro", "AirPods 2", "Switch
        Lite", "Xbox One Controller"): the whole is the product the text names, its own entity."""
        if cand.origin != "gazetteer" or cand.type != "PRODUCT" or cand.entry is None:
            return cand
        if cand.entry.name in market_index_names():
            return cand  # "Nikkei 225 futures": an index keeps its name
        end = rules.product_tail_end(text, cand.end)
        if end == cand.end:
            return cand
        return Candidate(cand.field, cand.start, end, "PRODUCT", "gazetteer")

    @staticmethod
    def _common_word(cand: Candidate, recased: dict[TextField, str], cases: dict[str, str]) -> bool:
        """A one-word model entity the article itself writes in lower case ('MEN'S' in a caps line),
        a common-noun abbreviation ('AI', 'CEO'), a plural noun of people read as a body or a
        person, as the model does where one opens a sentence ('Attendees included ...'), the
        portfolio word of a title ('Secretary of State Jane Roe'), the capitalised "State" of
        'State-owned', a listing's lead-in verb in capitals ('SPEND a day ...'), the "Group"
        of a competition's stage ('in Group D'), or a number read as a body ('5th', '58.4 cu.ft')."""
        if cand.origin != "ner":
            return False
        surface = recased[cand.field][cand.start : cand.end]
        low = surface.lower()
        people = cand.type in ("ORGANIZATION", "PERSON") and low.endswith("s") and low in PEOPLE_NOUNS
        portfolio = cand.type == "ORGANIZATION" and (
            rules.portfolio_word(recased[cand.field], cand.start, cand.end)
            or rules.state_compound(recased[cand.field], cand.start, cand.end)
            or rules.caps_lead_in(recased[cand.field], cand.start, cand.end)
            or rules.stage_group(recased[cand.field], cand.start, cand.end)
        )
        generic = cand.type == "ORGANIZATION" and low in _GENERIC_BODIES
        if (cand.type == "ORGANIZATION" and _bare_number(surface)) or _amount(surface):
            return True
        if _programme_label(recased[cand.field], cand.start, cand.end, cand.type):
            return True
        return " " not in surface and (
            cases.get(low) == low
            or low in STOP_WORDS
            or surface in COMMON_ACRONYMS
            or people
            or portfolio
            or generic
        )

    def _sports_teams(self, cands: list[Candidate], recased: dict[TextField, str]) -> None:
        """In a results line a place name followed by a score is the club, not the place; a
        country named as a side of a result ("Spain beat Russia", "a 2-1 win over Russia") is
        its national team, wherever the story names it."""
        sides: list[tuple[Candidate, GazEntry | None]] = []
        for cand in cands:
            if cand.origin == "rule" or cand.type not in ("LOCATION", "PERSON", "ORGANIZATION"):
                sides.append((cand, None))
                continue
            text = recased[cand.field]
            entry = cand.entry or self.gazetteer.lookup(text[cand.start : cand.end])
            sides.append((cand, entry if entry is not None and entry.type == "LOCATION" else None))
            if (
                entry is not None
                and entry.type == "LOCATION"
                and cand.type != "ORGANIZATION"
                and entry.kind not in ("country", "continent", "region")
                and rules.followed_by_score(text, cand.end)
            ) or (entry is None and self._city_club(cand, text)):
                cand.type, cand.entry, cand.origin = "ORGANIZATION", None, "rule"
        teams: set[str] = set()
        for (left, left_entry), (right, right_entry) in itertools.pairwise(sides):
            if left.field != right.field:
                continue
            text = recased[left.field]
            countries = [c for c, e in ((left, left_entry), (right, right_entry)) if _side(c, e)]
            if countries and rules.result_between(text, left.end, right.start, right.end):
                teams.update(consolidate.key_of(text[c.start : c.end]) for c in countries)
        for cand, entry in sides:
            text = recased[cand.field]
            if _side(cand, entry) and rules.won_over(text, cand.start, cand.end):
                teams.add(consolidate.key_of(text[cand.start : cand.end]))
        _mark_teams(sides, teams, recased)

    def _city_club(self, cand: Candidate, text: str) -> bool:
        """ "Manchester City", "Ipswich Town" read as places in a story about a game: a city's
        name and "City" or "Town" that the gazetteer does not know as a place is the club; so is
        a city's name and a singular nickname ("Harlow Glory", "Kessel Roar"; no venue, land or
        building word: "Melbourne Park", "Tokyo Dome", "Sydney Harbour" stay places)."""
        words = text[cand.start : cand.end].split()
        if (
            cand.type != "LOCATION"
            or cand.origin != "ner"
            or not 2 <= len(words) <= 3
            or not (words[-1] in ("City", "Town") or _singular_nickname(words[-1]))
            or self.gazetteer.lookup(" ".join(words)) is not None
        ):
            return False
        city = self.gazetteer.lookup(" ".join(words[:-1]))
        if city is None or city.kind not in ("city", "first_level_division"):
            return False
        if retype.place_context(text, cand.start) or _STATE_AFTER.match(text, cand.end):
            return False  # "at Riveredge in Chesapeake City, MD": a town of that name
        return rules.sport_near(text, cand.start, cand.end)

    def _states(self, cands: list[Candidate], recased: dict[TextField, str]) -> None:
        """'Washington' is the capital unless the text marks the state ('Washington state')."""
        for cand in cands:
            entry = cand.entry
            if cand.type != "LOCATION" or entry is None or entry.kind != "city" or entry.country != "US":
                continue
            surface = recased[cand.field][cand.start : cand.end]
            state = self.gazetteer.lookup(f"State of {surface}")
            if state is None or state.kind != "first_level_division":
                continue
            if rules.state_context(recased[cand.field], cand.start, cand.end, self.gazetteer):
                cand.entry = state

    def _towns_before_states(self, cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
        """'Selma, Alabama', 'Columbus, Ohio': one to three capitalised words right before a comma
        and a state (or another first-level division) are a town there when the bundled cities
        have one of that name in it, whatever the model read (a body, a person, nothing). The
        state is the proof, so the finding is a rule's and types the name's other mentions too.
        A name that is a person's surname in the story ("Warren, Michigan" beside Elizabeth
        Warren) and one a rule or the gazetteer typed otherwise are left alone. Returns the
        towns no candidate held; those the model mistyped are retyped in place."""
        found: list[Candidate] = []
        people = {
            word
            for c in cands
            if c.type == "PERSON"
            for word in recased[c.field][c.start : c.end].split()[1:]
        }
        by_field: dict[TextField, list[Candidate]] = {}
        for cand in sorted(cands, key=lambda c: c.start):
            by_field.setdefault(cand.field, []).append(cand)
        for after in cands:
            entry = after.entry
            if after.type != "LOCATION" or entry is None or entry.kind != "first_level_division":
                continue
            text = recased[after.field]
            if _POSSESSIVE_AFTER.match(text, after.end):
                continue  # "Lincoln, Nebraska's senator": a person and the state he serves
            town = self._town_before(text, after.start, entry, people)
            if town is None:
                self._unlisted_town(by_field[after.field], text, after.start)
                continue
            (start, end), city = town
            held = _overlapping(by_field[after.field], start, end)
            if not held:
                found.append(Candidate(after.field, start, end, "LOCATION", "rule", city))
            elif _mistyped_town(held, start, end):
                held[0].type, held[0].entry, held[0].origin = "LOCATION", city, "rule"
        return found

    def _unlisted_town(self, ordered: list[Candidate], text: str, state_start: int) -> None:
        """'police in Kessel Hill, Texas': a town too small for the bundled cities that the model
        read as a person, right after "in", "near" or "outside" and before its state, is a place
        with no record (never a surname of the story's person or a titled name)."""
        match = _TOWN_BEFORE_COMMA.search(text, max(0, state_start - _TOWN_REACH), state_start)
        if (
            match is None
            or _PLACE_PREPOSITION.search(text, max(0, match.start(1) - 8), match.start(1)) is None
        ):
            return
        start, end = match.span(1)
        held = _overlapping(ordered, start, end)
        if (
            _mistyped_town(held, start, end)
            and held[0].type == "PERSON"
            and " " in text[start:end]
            and not any(
                word in text[c.start : c.end].split()
                for c in ordered
                if c.type == "PERSON" and c is not held[0]
                for word in text[start:end].split()
            )
        ):
            held[0].type, held[0].entry, held[0].origin = "LOCATION", None, "rule"

    def _town_before(
        self, text: str, state_start: int, state: GazEntry, people: set[str]
    ) -> tuple[tuple[int, int], GazEntry] | None:
        """The longest run of the capitalised words before ", <state>" that names a city of that
        state (the run may open with a sentence's first word: "In Selma, Alabama")."""
        window_start = max(0, state_start - _TOWN_REACH)
        match = _TOWN_BEFORE_COMMA.search(text, window_start, state_start)
        if match is None:
            return None
        for first in re.finditer(r"\S+", match.group(1)):
            start = match.start(1) + first.start()
            surface = text[start : match.end(1)]
            if _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start):
                return None  # "Mr. Lincoln, Nebraska ...": a titled person
            if surface in people:
                return None  # a surname of the story's person
            city = self.gazetteer.city_in(surface, state)
            if city is not None:
                return (start, match.end(1)), city
        return None

    def _namesakes(self, cands: list[Candidate], recased: dict[TextField, str]) -> None:
        """'Greenville, South Carolina', 'Salem, Ore.', 'Petersburg, VA': a place followed by a
        state or country it does not lie in is the namesake there, not the biggest place of that
        name, and so is every other mention of that name in the story. A city abroad before a US
        state with no namesake of ours in it (a town too small for the data) loses its link
        rather than keep a foreign one. A place that lies in what follows keeps its record
        ("Quebec, Canada" stays the province), and so does one before a place it has no
        namesake in (a list: "Chicago, Texas and Ohio")."""
        chosen: dict[str, GazEntry | None] = {}
        by_field: dict[TextField, list[Candidate]] = {}
        for cand in cands:
            if cand.type == "LOCATION":
                by_field.setdefault(cand.field, []).append(cand)
        for text_field, places in by_field.items():
            text = recased[text_field]
            places.sort(key=lambda c: c.start)
            for cand, after in itertools.zip_longest(places, places[1:]):
                within = self._place_after(text, cand.end, after)
                entry = cand.entry
                if within is None or (
                    entry is not None and (entry.kind not in _NAMESAKE_KINDS or _lies_in(entry, within))
                ):
                    continue
                surface = " ".join(text[cand.start : cand.end].split()).lower()
                city = self.gazetteer.city_in(surface, within)
                if city is not None:
                    chosen[surface] = city
                elif (
                    entry is not None and entry.kind == "city" and entry.country != "US" and _us_state(within)
                ):
                    chosen.setdefault(surface, None)
        if not chosen:
            return
        for cand in cands:
            surface = " ".join(recased[cand.field][cand.start : cand.end].split()).lower()
            if cand.type == "LOCATION" and surface in chosen:
                cand.entry = chosen[surface]

    def _place_after(self, text: str, end: int, after: Candidate | None) -> GazEntry | None:
        """The state or country named right after a place, behind its comma or a space: the next
        place candidate, or after a comma a two-letter postal code ("Petersburg, VA")."""
        gap = _GAP.match(text, end)
        if gap is None:
            return None
        if after is not None and after.start == gap.end():  # "Salem, Oregon"; "Anchorage Alaska"
            entry = after.entry
            if entry is not None and entry.kind in ("first_level_division", "country"):
                return entry
        code = _POSTAL_CODE.match(text, gap.end()) if "," in gap.group() else None
        return self.gazetteer.postal_division(code.group()) if code else None

    def _group(self, cands: list[Candidate], recased: dict[TextField, str]) -> list[_Group]:
        groups: dict[tuple[str, ...], _Group] = {}
        linked = {
            " ".join(recased[c.field][c.start : c.end].split()).lower(): c.entry
            for c in cands
            if c.type == "LOCATION" and c.entry is not None and c.entry.type == "LOCATION"
        }
        # "Typhoon Kajiki ... Kajiki weakened": the storm's bare name, whatever the model read
        storms = {
            rules.STORM_KIND.sub("", recased[c.field][c.start : c.end]).lower()
            for c in cands
            if c.type == "EVENT" and rules.STORM_KIND.match(recased[c.field], c.start)
        }
        for cand in cands:
            surface = " ".join(recased[cand.field][cand.start : cand.end].split())
            if surface.lower() in storms:
                cand.type, cand.entry = "EVENT", None
            if cand.type == "PRODUCT" and cand.entry is None:
                benchmark = rules.BENCHMARKS.get(surface.lower().removeprefix("u.s. "))
                if benchmark is not None:  # a repeat of "Brent" the vote made a product
                    cand.entry = GazEntry(name=benchmark, type="PRODUCT")
            if cand.type == "ORGANIZATION" and cand.entry is None:
                # "Tesla Inc ... Tesla shares": the company the gazetteer knows by its name
                # without the suffix, so both forms are one entity
                cand.entry = self._company_without_suffix(surface)
            if cand.type == "LOCATION" and cand.entry is None:
                # a model span the vote made a place ("LYON, May 2 -" read as a person in the body
                # while the dateline rule linked it): the same name elsewhere linked is that place
                cand.entry = linked.get(surface.lower()) or self._named_state(surface, linked)
            if cand.type == "NORP" and cand.entry is None and surface.endswith("ic"):
                cand.entry = self._members_of(surface)
            key = _group_key(cand, surface)
            group = groups.setdefault(key, _Group(cand.type, [], None))
            group.cands.append(cand)
            if cand.entry is not None and cand.entry.type == cand.type:
                group.entry = cand.entry
        for group in groups.values():
            group.name = self._canonical(group, recased)
        joined = _join_short_forms(_join_acronyms(list(groups.values()), recased, self.gazetteer), recased)
        joined = _join_bare_facilities(joined, recased)
        joined = _join_club_cities(joined, recased)
        joined = _join_editions(joined, recased)
        joined = _join_maker_products(joined, self.gazetteer)
        joined = _join_part_numbers(joined)
        return join_place_forms(_join_nicknames(joined))

    def _named_state(self, surface: str, linked: Mapping[str, GazEntry | None]) -> GazEntry | None:
        """ "South Dakota ... SD lawmakers": a place read as two capitals is the state or
        province of that postal code when the story names it in full; with no full name it stays
        as read ("IN", "OR", "ME" are words, "SD" a card)."""
        if len(surface) != 2 or not _POSTAL_CODE.fullmatch(surface):
            return None
        state = self.gazetteer.postal_division(surface)
        if state is None or not state.iso3166:
            return None
        return next((e for e in linked.values() if e is not None and e.iso3166 == state.iso3166), None)

    def _members_of(self, adjective: str) -> GazEntry | None:
        """ "Democratic leaders ... the Democrats": a party's adjective in "-ic" is the party's
        members the gazetteer knows by the noun ("Democrat"); one lookup, asked only of a
        group of people no list knows."""
        entry = self.gazetteer.lookup(adjective[:-2])
        return entry if entry is not None and entry.type == "NORP" else None

    def _company_without_suffix(self, surface: str) -> GazEntry | None:
        """ "Toyota Motor Corp" -> Toyota, "HSBC Holdings Plc" -> HSBC: the suffixes and then the
        trade words after the name cut off, the company the gazetteer knows by what is left.
        Nothing else is cut: "Apple Records Ltd" is not Apple."""
        base = surface
        while (shorter := rules.CORPORATE_SUFFIX_END.sub("", base)) != base:
            base = shorter
        if base == surface:
            return None
        words = base.split()
        while words:
            entry = self.gazetteer.lookup(" ".join(words))
            if entry is not None:
                return entry if entry.type == "ORGANIZATION" else None
            if len(words) == 1 or words[-1] not in _TRADE_WORDS:
                return None
            words.pop()
        return None

    @staticmethod
    def _canonical(group: _Group, recased: dict[TextField, str]) -> str:
        if group.entry is not None:
            return group.entry.name
        forms = [" ".join(recased[c.field][c.start : c.end].split()) for c in group.cands]
        forms += [c.group for c in group.cands if c.group]
        return max(forms, key=lambda s: (len(s), not s.isupper(), -forms.index(s)))

    def _add_agency(self, article: Article, groups: list[_Group], prepared: _Prepared) -> None:
        """News agencies the byline or source line names join the article's entities.

        A byline naming a known agency ("Jane Roe, Xinhua") adds a ``byline`` mention.
        ``source.agency`` comes from the dateline, the source line or byline, or the feed; when
        neither the dateline nor the byline names it, the source line (or feed) did, and it gets
        a ``source`` mention with offsets into ``source.agency``. An agency the text names
        elsewhere is the same entity ("Xinhua reported" and "(Xinhua)").
        """
        found: list[Candidate] = []
        byline = (article.byline or "")[: MAX_CHARS["byline"]]
        names: list[str] = []
        for start, end, name in rules.agency_mentions(byline):
            found.append(Candidate("byline", start, end, "ORGANIZATION", "rule"))
            names.append(name)
        if found:
            prepared.original["byline"] = byline
        agency = (article.source.agency or "").strip()[: MAX_CHARS["source"]]
        if agency:
            group = self._agency_group(agency, groups, prepared)
            named = group is not None and any(c.field in ("dateline", "byline") for c in group.cands)
            if not named and _agency_key(agency) not in {_agency_key(n) for n in names}:
                prepared.original["source"] = agency
                found.append(Candidate("source", 0, len(agency), "ORGANIZATION", "rule"))
                names.append(agency)
        for cand, name in zip(found, names, strict=True):
            group = self._agency_group(name, groups, prepared)
            if group is None:
                entry = self.gazetteer.lookup(name)
                org = entry if entry is not None and entry.type == "ORGANIZATION" else None
                group = _Group("ORGANIZATION", [], org, org.name if org else name)
                groups.append(group)
            group.cands.append(cand)

    def _add_byline_people(self, article: Article, groups: list[_Group], prepared: _Prepared) -> None:
        """The reporters a byline names are people of the item (the conventions count a byline
        the item's own text carries: a scraped page's "By Jane Roe", an envelope's byline field).
        An HTML page's byline comes from page furniture and metadata, not the story, and is left
        out by the caller. A reporter the story also names is the same person."""
        byline = (article.byline or "")[: MAX_CHARS["byline"]]
        for match in _BYLINE_NAME.finditer(byline):
            name = match.group(0)
            if is_known_agency(name) or self.gazetteer.lookup(name) is not None:
                continue
            if any(word.lower() in _NOT_IN_BYLINE_NAMES for word in name.split()):
                continue  # "Staff Writer", "Updated March", "Jane Roe For The": no reporter's name
            prepared.original["byline"] = byline
            cand = Candidate("byline", match.start(), match.end(), "PERSON", "rule")
            same = next((g for g in groups if g.type == "PERSON" and g.name == name), None)
            if same is None:
                same = _Group("PERSON", [], None, name)
                groups.append(same)
            same.cands.append(cand)

    @staticmethod
    def _agency_group(name: str, groups: list[_Group], prepared: _Prepared) -> _Group | None:
        """The group that is this agency (made an organisation), matching canonical agency names.

        Several groups can be the one agency ("(Xinhua)" from the dateline rule, "Xinhua" the
        model tagged in the body, "Xinhua News Agency"): they are merged into the first.
        """
        key = _agency_key(name)
        found: _Group | None = None
        for group in list(groups):
            forms = {group.name} | {prepared.original[c.field][c.start : c.end] for c in group.cands}
            if group.entry is not None:
                forms.add(group.entry.name)
            if key not in {_agency_key(form) for form in forms}:
                continue
            if found is None:
                found = group
                found.type = "ORGANIZATION"
                continue
            found.cands.extend(group.cands)
            found.entry = found.entry or group.entry
            groups.remove(group)
        return found

    def _build(self, groups: list[_Group], prepared: _Prepared) -> list[Entity]:
        built: list[tuple[float, int, Entity]] = []
        raws: list[float] = []
        drafts: list[tuple[_Group, list[Mention]]] = []
        for group in groups:
            if not group.cands:  # an entity with no mention is never published
                continue
            # built from the stage's own offsets and field names, so not validated again: a
            # validated Mention per mention cost about 1.5 ms an item in the benchmark profile
            mentions = [
                _mention(prepared.original[c.field][c.start : c.end], c.field, c.start, c.end)
                for c in sorted(group.cands, key=lambda c: (FIELD_ORDER.index(c.field), c.start))
            ]
            drafts.append((group, mentions))
            raws.append(raw_weight(mentions, prepared.dateline_in_body))
        names = {id(g): g.name for g, _ in drafts}
        seen_ids: set[str] = set()
        for (group, mentions), salience in zip(drafts, normalise(raws), strict=True):
            ent_id = _entity_id(group.type, group.name, seen_ids)
            built.append(
                (
                    salience,
                    _first_offset(mentions),
                    Entity(
                        id=ent_id,
                        type=group.type,
                        name=group.name,
                        mentions=[m for m in mentions if not _in_captions(m, prepared)],
                        caption_mentions=_caption_mentions(mentions, prepared),
                        salience=salience,
                        links=links_for(group.entry) if group.type == "LOCATION" else None,
                        attributes=self._attributes(group, prepared, drafts, names),
                    ),
                )
            )
        built.sort(key=lambda t: (-t[0], t[1], t[2].name))
        return [e for _, _, e in built]

    @staticmethod
    def _attributes(
        group: _Group, prepared: _Prepared, drafts: list[tuple[_Group, list[Mention]]], names: dict[int, str]
    ) -> EntityAttributes | None:
        if group.type not in ("PERSON", "ORGANIZATION"):
            return None
        for cand in sorted(group.cands, key=lambda c: (c.field != "body", c.start)):
            text = prepared.original[cand.field]
            if group.type == "PERSON":
                found = attributes.person_role(text, cand.start, cand.end)
                if found:
                    role, org, span = found
                    inside = _entity_within(drafts, cand.field, span, {"ORGANIZATION"})
                    return EntityAttributes(role=role, organization=names[id(inside)] if inside else org)
            else:
                desc = attributes.org_description(text, cand.end)
                if desc:
                    description, span = desc
                    place = _entity_within(drafts, cand.field, span, {"LOCATION"}, last=True)
                    return EntityAttributes(
                        description=description, location=names[id(place)] if place else None
                    )
        return None


def _lone_word_person(group: _Group, recased: dict[TextField, str]) -> bool:
    """A one-word "person" that no full name in the story carries and that never speaks.

    News copy names a person in full before it shortens the name, so a lone given name or
    surname is a misread ("Flash", "Melvin", a team or a product) or a surname several people
    share; on hand-annotated real copy about 1 in 17 of them was a person. A lone name in an
    attribution ("Hale said") stays: a quote needs its speaker."""
    if group.type != "PERSON" or " " in group.name or any(c.group and " " in c.group for c in group.cands):
        return False
    if any(c.origin == "rule" for c in group.cands):
        return False  # a rule saw a person there: a photo credit ("Photo by Marwan/Xinhua"), a speaker
    return not _speaks_or_titled(group, recased)


# A known place next to a name in a list: "in Athens, Clanton and Falkville" places them all
_PLACE_LIST_ITEM = r"[A-Z][\w.'\u2019-]*"
_PLACE_LIST_GLUE = r"(?:,|,?[ \t]+(?:and|or))[ \t]+"
_PLACES_LISTED_BEFORE = re.compile(rf"(?:{_PLACE_LIST_ITEM}{_PLACE_LIST_GLUE})+$")
_PLACES_LISTED_AFTER = re.compile(rf"(?:{_PLACE_LIST_GLUE}{_PLACE_LIST_ITEM})+")
_PLACE_LIST_WORDS = re.compile(_PLACE_LIST_ITEM)
_PLACE_LIST_REACH = 80
_OWNER_AFTER = re.compile(r"['\u2019]s?\b")
# Words after a name that only a place's name stands before: "Falkville police", "Tovall residents"
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:residents|mayor|police|sheriff|townspeople|villagers)\b")
# Words of direction a place follows, besides retype.placed_by_context's prepositions and
# _TRAVEL_BEFORE's words of travel ("flew to", "around", "visited")
_HEADING_BEFORE = re.compile(r"\b(?:towards?|into)[ \t]+(?:the[ \t]+)?$")


# What a body's one-word name stands in that no place's does: "brought to you by Dashlane",
# "Jefferies analyst Jo Roe", "Acme offers a free version". Not "the X": on fresh pages that
# was a device, a region or a people as often as a body ("the Echo", "the Kashmir issue").
_BODY_BEFORE = re.compile(r"(?<![\w-])by[ \t]+$")
_BODY_AFTER = re.compile(
    r"[ \t]+(?:analysts?|offers|offered|shares|stock|CEO|executives?|spokes(?:man|woman|person))(?![\w-])"
)


def _settle_unplaced_words(
    groups: list[_Group], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[_Group]:
    """The one-word model places nothing places (see _unplaced_unknown_place): a body where its
    words say one ("by Dashlane", "Jefferies analyst"), so a figure it owns keeps its owner; else none."""
    out: list[_Group] = []
    for g in groups:
        if not _unplaced_unknown_place(g, recased, gazetteer):
            out.append(g)
        elif any(
            _BODY_BEFORE.search(recased[c.field], max(0, c.start - 4), c.start)
            or _BODY_AFTER.match(recased[c.field], c.end)
            for c in g.cands
        ):
            g.type = "ORGANIZATION"
            out.append(g)
    return out


def _unplaced_unknown_place(group: _Group, recased: dict[TextField, str], gazetteer: Gazetteer) -> bool:
    """A one-word model "place" that no list knows and that nothing in the text places.

    The small model reads an unknown capitalised word as a place by default: a company
    ("Verizon has", "Nielsen's estimate"), a surname ("Rowling's world"), an assistant or a
    device ("Siri", "Echo"), an agency ("F.B.I.'s office"). A real place the gazetteer lacks (a
    small town, a suburb) is written where a place stands: after "in", "near", "from" or "to",
    before its state ("Cresskill, New Jersey"), or in a list with a known place; one of its
    mentions so placed keeps the whole group. Rules' and the gazetteer's places are never
    judged here; longer names ("Liberty Street") neither."""
    name = group.name.strip()
    if group.type != "LOCATION" or group.entry is not None or " " in name or name.isupper():
        return False  # "LA", "NYC": a place's short form, no guess
    if any(c.origin not in ("ner", "prop") or c.entry is not None for c in group.cands):
        return False
    if name in rules.SKY_NAMES or gazetteer.lookup(name) is not None:
        return False
    if gazetteer.cities.get(namesake_key(name)):
        return False
    for c in group.cands:
        text = recased[c.field]
        # a preposition before an owner governs what it owns, not the owner: "the context of
        # Nielsen's estimate", "benefit from Telvana's expertise", "money poured into Telvana's
        # fund" (but "the town of X's")
        owned = _OWNER_AFTER.match(text, c.end) is not None and not retype.kind_of_place_before(text, c.start)
        if retype.placed_by_context(text, c.start, c.end) and not owned:
            return False
        window = max(0, c.start - _PLACE_LIST_REACH)
        if not owned and (
            _TRAVEL_BEFORE.search(text, window, c.start) or _HEADING_BEFORE.search(text, window, c.start)
        ):
            return False
        if _PLACE_NOUN_AFTER.match(text, c.end):
            return False
        before = _PLACES_LISTED_BEFORE.search(text, window, c.start)
        after = _PLACES_LISTED_AFTER.match(text, c.end, c.end + _PLACE_LIST_REACH)
        listed = " ".join(m.group(0) for m in (before, after) if m is not None)
        if any(retype.is_place(w.group(0), gazetteer) for w in _PLACE_LIST_WORDS.finditer(listed)):
            return False
    return True


def _speaks_or_titled(group: _Group, recased: dict[TextField, str]) -> bool:
    """Whether a mention of the group is attributed speech or carries a title: the evidence that
    keeps a doubtful model "person" a person."""
    return any(
        retype.attributed(recased[c.field], c.start, c.end) or retype.titled(recased[c.field], c.start)
        for c in group.cands
    )


def _common_phrase_people(groups: list[_Group], recased: dict[TextField, str]) -> list[_Group]:
    """Without the model "people" made of capitalised common words: a heading, a dish or a label
    ("Photo Gallery", "Sweet Potato", "Swim Results", "Dark Web Monitoring"). Every word of one
    is a word the story also writes in lower case, and its first word is no given name (so
    "Mark Price" or "Rose Byrne" stays). Only model guesses with no rule behind them, which never
    speak and carry no title: "Sweet Potato said" keeps its speaker."""
    suspects = [g for g in groups if _common_phrase_suspect(g)]
    if not suspects:
        return groups
    # A word the story writes in lower case is somewhere in its text as it stands: a suspect
    # with a word found nowhere (C-speed substring test) keeps its place without the split.
    texts = list(recased.values())
    suspects = [g for g in suspects if all(any(w.lower() in t for t in texts) for w in g.name.split())]
    if not suspects:
        return groups
    # the story's lower-case words, read once and only when a suspect needs them
    lower = {w.strip(_WORD_EDGES) for text in texts for w in text.split() if w[:1].islower()}
    dropped = {
        id(g)
        for g in suspects
        if all(w.lower() in lower for w in g.name.split()) and not _speaks_or_titled(g, recased)
    }
    return [g for g in groups if id(g) not in dropped]


def _common_phrase_suspect(group: _Group) -> bool:
    words = group.name.split()
    return (
        group.type == "PERSON"
        and len(words) >= 2
        and all(w.isalpha() for w in words)
        and not retype.is_given_name(words[0])
        and all(c.origin == "ner" for c in group.cands)
    )


# The kind of body alone, capitalised as much copy writes it when it means the country's or the
# firm's own ("the Government said", "Cabinet met", "the Company reported"): a common noun, no
# name; the body's name, when the story gives it, is a longer form ("the Government of Jamaica").
_GENERIC_BODIES = frozenset(
    retype.word_list(
        "government cabinet territory company administration ministry department committee "
        "commission authority agency board bureau office"
    )
)


# Kinds of body a story capitalises alone when it means one it names in full ("the Foundation
# began", "the University said", "at the University level"): the full name takes such a mention
# in; alone, the word names no body.
_KIND_WORDS = frozenset(
    retype.word_list(
        "foundation university institute institution association society college academy federation "
        "corporation organization organisation museum"
    )
)


def _lone_kind_word(group: _Group) -> bool:
    """A model organisation that is a kind of body alone and that no full name took in."""
    return (
        group.type == "ORGANIZATION"
        and group.entry is None
        and group.name.lower() in _KIND_WORDS
        and all(c.origin in ("ner", "prop") for c in group.cands)
    )


# A race named by its strokes after its distance ("the 200 yard Individual Medley", "the 100-meter
# Backstroke"): an event of a meet's programme, which the model reads as a body or an event; a
# firm's name with such a word ("Butterfly Labs", "Medley Inc.") has another word and no distance
# (a year is none: "In 2019 Butterfly opened ...")
_STROKE_WORDS = frozenset(
    retype.word_list("individual medley freestyle backstroke breaststroke butterfly relay fly free im")
)
_DISTANCE_BEFORE = re.compile(r"(?:\b\d{2,4}[ -]?(?:yards?|yd|meters?|metres?|m)|\bthe[ \t]+\d{2,4})[ -]$")
# A fact-check's rating after its verdict's verb ("We rate the statement Mostly True", "our
# rating: Half True"): a label of the site's scale, no name
_RATINGS = frozenset(("mostly true", "half true", "mostly false", "pants on fire", "half flip", "full flop"))
_RATING_BEFORE = re.compile(r"\b(?:rated?|rates|rating|ruling|verdict)\b[^.\n]{0,30}$", re.IGNORECASE)
# Capitals before a word of imaging ("a CT scan", "PET scans"): the kind of scan, no body
_SCAN_AFTER = re.compile(r"[ \t]+(?:scans?|scanners?|scanning|imaging)\b")
_LABEL_REACH = 40
# a word with its plural marked in parentheses ("Artist(s)", "Record Label(s)"): a label, no name
_PLURAL_MARK = "(s)"


def _programme_label(text: str, start: int, end: int, kind: str) -> bool:
    """A label with its plural in parentheses, a race's event after its distance, a fact-check's
    rating after its verdict's verb or the capitals of a kind of scan, read by the model as a
    name (each looks at a bounded window)."""
    surface = text[start:end]
    if _PLURAL_MARK in text[start : end + len(_PLURAL_MARK)]:
        return True  # a form's or a listing's label: "Awarded to Artist(s)/Producer(s)"
    low = surface.lower()
    if all(w in _STROKE_WORDS for w in low.split()):
        return _DISTANCE_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None
    if low in _RATINGS:
        return _RATING_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None
    return kind == "ORGANIZATION" and surface.isupper() and _SCAN_AFTER.match(text, end) is not None


def _amount(surface: str) -> bool:
    """An amount alone or before a lower-case word ("S$16.6", "S$75.8 million")."""
    first, _, rest = surface.partition(" ")
    return _AMOUNT.fullmatch(first) is not None and not rest[:1].isupper()


_CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAYS))
# A number or an ordinal alone ("58.4" before a unit the model does not know, "5th" before
# "ranked"): the model reads it as a body; a name with a letter ("3M", "7-Eleven") is no match
_BARE_NUMBER = re.compile(r"\d[\d.,]*(?:st|nd|rd|th)?")
# An amount with its currency's sign ("S$16.6", "HK$2.5", "£40"), which the model reads as a body
# or an event where the sign has a letter: never a name, whatever its type
_AMOUNT = re.compile(r"(?:[A-Z]{0,3}\$|[£€¥₹])\d[\d.,]*")


def _bare_number(surface: str) -> bool:
    """A number alone or before a lower-case word ("58.4 cu.ft", "5th ranked Hawks"): the name
    is later cut at the lower-case word, which leaves the number; "7th Fleet" stays a name."""
    first, _, rest = surface.partition(" ")
    return _BARE_NUMBER.fullmatch(first) is not None and not rest[:1].isupper()


# Words that open a time phrase at a sentence's start: "In December,", "Since January", "Last May"
_TIME_LEADS = frozenset(
    retype.word_list("in on since by until from during after before last next this early late")
)


def _calendar_word(group: _Group) -> bool:
    """ "June" read as an organisation in a list of tour dates: a month or a weekday alone is
    never a thing's name (a person "May" is a surname, left to the person rules); nor is one
    after the capitalised preposition of a sentence's opening ("In December, the firm bid")."""
    words = group.name.lower().split()
    if len(words) == 2 and words[0] in _TIME_LEADS:
        words = words[1:]
    return group.type != "PERSON" and group.entry is None and len(words) == 1 and words[0] in _CALENDAR_WORDS


# How a people's word ends: a nationality ("Kenyan", "Texans", "Maltese", "Danish", "Dutch",
# "Iraqi", "Yemenis", "Nordic", "Quakers", "Muscovites", "Marxists", "Scots", "Aussies",
# "Evangelicals", "Western", "Sherpas", "Mormons", "Tatars", "Marines", "Brits", "Jesuits"); the
# list of group words (nationalities.txt) holds the rest.
_PEOPLE_ENDING = re.compile(r"(?:an|sh|ch|i|ic|er|ite|ist|it|ot|ie|al|ern|a|on|ar|e)s?$")
# Group words no list holds and no ending tells ("Soviet-era", "LGBTQ people", "Black voters",
# "Labour MPs", "Indigenous leaders").
_MORE_PEOPLE_WORDS = frozenset(
    (
        *retype.word_list("soviet soviets lgbt lgbtq black blacks white whites"),
        *retype.word_list("labour labor green greens indigenous"),
    )
)


def _no_people(group: _Group) -> bool:
    """A model "people" of one word that is no group word and does not end as one: a body, a
    moon, a bar or a diet the model took for a nationality ("NYPD", "Axmoor's", "the Narvo
    diet"). A people's name is a closed class, the list's or one with a nationality's ending; a
    word with an apostrophe is none unless the list has it, nor is an acronym. On fresh news
    pages such guesses were bodies, places or common words, never a people. A longer model name
    ("Bay Area residents") is left as it is; a compound is judged by its last part ("pro-Moscow"
    is none)."""
    words = group.name.split()
    if group.type != "NORP" or group.entry is not None or len(words) != 1:
        return False
    if any(c.origin != "ner" for c in group.cands):
        return False
    word = words[0].split("-")[-1]  # a compound's last part is the people's: "African-American"
    known = group_words()
    if words[0] in known or word in known or word.title() in known:
        return False  # "Shi'ite", "Eritrean", "ERITREAN" (an all-caps headline)
    if word in _PEOPLES or word.lower() in _MORE_PEOPLE_WORDS:
        return False
    return not word.isalpha() or _PEOPLE_ENDING.search(word.lower()) is None


# Words after a city's name that make a place of it, not a club: venues, land and water, parts
# of a town, compass words (with the head words of _HEAD_TYPES and the streets' heads)
_NOT_CLUB_NICKNAMES = frozenset(
    retype.word_list(
        "dome park garden gardens ground grounds field oval court hall bowl speedway raceway circuit "
        "velodrome common commons centre center harbour harbor beach station marina plaza mall bridge "
        "loop metro area region heath hill heights downs marsh creek point cove bend crossing gate "
        "north south east west central downtown uptown midtown city town proper metropolitan"
    )
)


def _singular_nickname(word: str) -> bool:
    """A capitalised word that may close a club's name after its city ("Glory", "Roar"): not
    plural (``rules.city_clubs`` finds those), nor a place's, a body's or a street's head word."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and not low.endswith("s")
        and low not in _NOT_CLUB_NICKNAMES
        and not retype.is_head_word(low)
        and not retype.is_street_head(low)
    )


_STATE_AFTER = re.compile(r",\s+(?:[A-Z]{2}|[A-Z][a-z]{1,3}\.)(?![\w])")  # "Chesapeake City, MD"


def _mark_teams(
    sides: list[tuple[Candidate, GazEntry | None]], teams: set[str], recased: dict[TextField, str]
) -> None:
    """The sides found teams on all their mentions. A country's team is named by its form
    ("Holland", not the gazetteer's Netherlands), and its forms that are teams are one entity
    whatever a longer model name ("AUSTRALIA AHEAD") holds of them."""
    if not teams:
        return  # most stories name no match: no key to build for each candidate
    for cand, entry in sides:
        surface = " ".join(recased[cand.field][cand.start : cand.end].split())
        if consolidate.key_of(surface) not in teams:
            continue
        cand.type, cand.origin = "ORGANIZATION", "rule"
        country = entry is not None and entry.kind == "country"
        cand.entry = GazEntry(name=surface, type="ORGANIZATION") if country else None


def _side(cand: Candidate, entry: GazEntry | None) -> bool:
    """A name that can be a side of a result: a country (its national team), or a name the model
    read as a place that the gazetteer does not know as one ("Aston Villa", "Golden State
    Warriors": a club named for its place)."""
    if entry is not None:
        return entry.kind == "country"
    return cand.type == "LOCATION" and cand.origin == "ner"


def _headline_guess(group: _Group) -> bool:
    """A model name found only in a title-case (or all-caps) headline: there the capitals mark
    every word, so the model guesses, and a name that matters is repeated in the body. A
    gazetteer hit or a rule keeps its name."""
    return group.entry is None and all(c.field == "headline" and c.origin == "ner" for c in group.cands)


_HEADING_WORDS = 10
_CAPS_HEADING_WORDS = 24
_HEADING_REACH = 200
_ACRONYM_LETTERS = 4
_HEADING_END = (".", "!", "?", ":", ",", ";", '"', "\u201d", ")")


# A reporter's name in a byline: two to four capitalised words ("Shi Fang", "Emily Holder"),
# none of them a role, a date word or a desk ("Staff Writer", "Updated March", "For The").
_NOT_IN_BYLINE_NAMES = frozenset(
    (
        *ROLE_WORDS,
        *ROLE_NOUNS,
        *MONTH_NAMES,
        *WEEKDAYS,
        *retype.word_list("for the and staff updated posted published news press agency desk team bureau"),
        *retype.word_list("online wire service services contributor contributors editors writers reporters"),
    )
)
_BYLINE_NAME = re.compile(
    r"(?<![\w'’-])(?!By\b)[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+){1,3}(?![\w'’-])"
)


# China's autonomous areas are named for their peoples ("Qiandongnan Miao and Dong Autonomous
# Prefecture", "Chuxiong Yi Autonomous Prefecture"); the model splits a name of two peoples at
# its "and" and reads the first part as a person.
_AUTONOMOUS_KINDS = frozenset(retype.word_list("Prefecture County Region Banner"))
_PEOPLES = frozenset(
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
        and all(w in _PEOPLES for w in second[:-2])
        and len(first) >= 2
        and first[-1] in _PEOPLES
    )


def _cabinet_titles(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
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


def _join_and_names(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
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
            opens = len(first) == 3 and first[0] in boundaries.BODY_HEADS and first[1] == "of"
            headless = not any(w in boundaries.BODY_HEADS for w in first)
            closes = len(first) >= 2 and second[-1] in boundaries.BODY_HEADS and headless
            people = "PERSON" in (prev.type, cand.type)
            if text[prev.end : cand.start] == " and " and (opens or closes) and not people:
                out[-1] = Candidate(prev.field, prev.start, cand.end, "ORGANIZATION", prev.origin)
                continue
            if text[prev.end : cand.start] in (" and ", ", ") and _autonomous_area(first, second):
                out[-1] = Candidate(prev.field, prev.start, cand.end, "LOCATION", "rule")
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


def _join_plural_and(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
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


def _join_and_plural_tail(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body of two words or more ending on a capitalised plural, followed by "and" and one
    capitalised plural that ends the name, runs on to that plural."""
    out: list[Candidate] = []
    skip: Candidate | None = None
    for i, cand in enumerate(cands):
        if cand is skip:
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) and cands[i + 1].field == cand.field else None
        end = _plural_tail_end(cand, recased[cand.field], nxt)
        if end is not None:
            skip = nxt if nxt is not None and nxt.start < end else None
            cand = Candidate(cand.field, cand.start, end, "ORGANIZATION", cand.origin, None, None, cand.weak)
        out.append(cand)
    return out


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


def _heading_line(text: str, start: int) -> bool:
    """A short line of the body in capitals with no sentence end: a section heading
    ("CLOSEOUT SEQUENCE"), where capitals mark every word. Title-case lines are left alone:
    in listings they are the names themselves (on real copy, dropping their model names cost
    more right names than wrong ones)."""
    newline = text.rfind("\n", max(0, start - _HEADING_REACH), start)
    if newline < 0 and start > _HEADING_REACH:
        return False  # no line start within reach: a long line, no heading (and a bounded look)
    line_end = text.find("\n", start, start + _HEADING_REACH)
    line = text[newline + 1 : line_end if line_end >= 0 else start + _HEADING_REACH].strip()
    if line and (_title_case_heading(line) or _preposition_heading(line)):
        return True
    if not line or line.endswith(_HEADING_END):
        return False
    words = len(line.split())
    if words > _HEADING_WORDS:
        # a longer line in capitals that ends in the text with no sentence end: a promoted
        # headline of another story ("DUNMORE IS CLOSELY WATCHING HARBOR TEST, AIDE SAYS"),
        # furniture; a paragraph of shouted copy ends on a full stop
        whole = line_end >= 0 or start + _HEADING_REACH >= len(text)
        return whole and words <= _CAPS_HEADING_WORDS and rules.is_caps_line(line)
    return rules.is_caps_line(line) or _sentence_case_heading(line)


_SENTENCE_HEADING_WORDS = 4


def _sentence_case_heading(line: str) -> bool:
    """ "Orbital characteristics", "Research & exploration": a short line in sentence case, a
    capitalised first word and lower-case words after it, is a section heading; the model's
    name of its first word is a common word (a name would recur in prose)."""
    words = line.split()
    return (
        2 <= len(words) <= _SENTENCE_HEADING_WORDS
        and words[0][:1].isupper()
        and all(w == "&" or w.islower() for w in words[1:])
    )


# Small words that prose and most names write in lower case inside a line: capitalised inside a
# title-case line ("Streaming Quality Seems To Be Mostly Excellent", "Early Reviews For X"),
# they show a heading written in title case, where capitals mark every word.
_HEADING_SMALL_WORDS = frozenset(retype.word_list("To Be For Of And Is Are With In On At From By As Was"))


_TITLE_HEADING_WORDS = 16

# A heading of a feature's section opens on a capitalised preposition ("Into the Wilderness",
# "Beyond the Harbor", "Inside Kelby Labs"): a line of title-case words, no sentence; a name only
# such a heading holds is the section's theme, named again in prose when it matters
_HEADING_OPENERS = frozenset(
    retype.word_list("Into Inside Beyond Behind Toward Towards Through Across Among Within Without Around")
)
_HEADING_SMALL = frozenset(retype.word_list("the a an of and to in on for at"))
_PREPOSITION_HEADING_WORDS = 6


def _preposition_heading(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= _PREPOSITION_HEADING_WORDS
        and words[0] in _HEADING_OPENERS
        and not line.endswith(_HEADING_END)
        and all(w[:1].isupper() or w in _HEADING_SMALL for w in words[1:])
    )


def _title_case_heading(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= _TITLE_HEADING_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and ":" not in line  # "Best Director: Ana Roe For Night Harbor" lists a name
        and rules.is_title_case(line)
        and any(w in _HEADING_SMALL_WORDS for w in words[1:-1])
    )


def _heading_guess(
    group: _Group, body: str, title_headline: bool = False, lower: _LowerWords | None = None
) -> bool:
    """A model name found only in the body's section headings, like one only in a title-case
    headline: a gazetteer hit or a rule keeps its name, and a name that matters recurs in prose.
    A title-case headline counts as one more heading: a web page repeats its title as the body's
    first line, and a run the model made of it ("Early Reviews For Acme") is in both, or in one
    and copied to the other. A model body of common words that is a line of its own or a line's
    label before a colon ("Past Issues", "New Price Drop: ..."): a menu entry or a list label."""
    if group.entry is not None:
        return False
    if len(group.name) <= _ACRONYM_LETTERS and group.name.isupper():
        return False  # an acronym is written in capitals anywhere ("CNBC")
    words = lower if group.type == "ORGANIZATION" else None

    def heading(c: Candidate) -> bool:
        if c.origin not in ("ner", "prop"):  # the model's guess, or a copy of it
            return False
        if c.field == "headline":
            return title_headline
        return c.field == "body" and (
            _heading_line(body, c.start)
            # the story's lower-case words are read only for a label line
            or (
                words is not None
                and _label_mention(body, c.start, c.end)
                and _common_words(group.name, words)
            )
        )

    return all(heading(c) for c in group.cands)


class _LowerWords:
    """The words a text writes in lower case, read once and only when a name asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(w.strip(_WORD_EDGES) for w in self.text.split() if w[:1].islower())
        return word in self._words


_LABEL_JOINERS = frozenset("&+/-")


def _common_words(name: str, lower: _LowerWords) -> bool:
    """Every word of the name one the story also writes in lower case ("Price Drop" with "a
    price drop"): a label of common words, no coined name ("Acme Robotics")."""
    words = [w for w in name.split() if w not in _LABEL_JOINERS]
    return bool(words) and all(w.isalpha() and w.lower() in lower for w in words)


# a line's lead before a label: spaces, a bullet or a list number ("5. ", "- ")
_LABEL_LEAD = re.compile(r"[ \t]*(?:[-*\u2022\u2013]\s*|\d{1,2}[.)]\s*)?")
_LABEL_LEAD_CHARS = 8


def _label_mention(body: str, start: int, end: int) -> bool:
    """The mention is a line of its own, or the label that opens a line before a colon."""
    before = body[max(0, start - _LABEL_LEAD_CHARS) : start]
    newline = before.rfind("\n")
    if newline < 0 and start > _LABEL_LEAD_CHARS:
        return False
    if not _LABEL_LEAD.fullmatch(before[newline + 1 :]):
        return False
    after = body[end : end + _LABEL_LEAD_CHARS].lstrip(" \t")
    return after[:1] in ("", "\n") or (after[:1] == ":" and after[1:2] in ("", " ", "\n"))


def _spells(short: str, name: str, gazetteer: Gazetteer) -> bool:
    """ "CSL" spells "Chinese Super League", "AGE" (with an ampersand: "A&E") spells "Atlantic
    Gas & Electric Co." without its corporate suffix, and "PSB" spells "Northland Public
    Safety Board" without the place that leads it (wire copy drops the place in short forms)."""
    letters = short.replace("&", "")
    words = rules.CORPORATE_SUFFIX_END.sub("", name).split()
    if retype.initials(" ".join(words)) in (short, letters):
        return True
    for lead in (1, 2):
        rest = words[lead:]
        if len(letters) >= 3 and len(rest) >= 2 and retype.initials(" ".join(rest)) == letters:
            entry = gazetteer.lookup(" ".join(words[:lead]))
            if entry is not None and entry.type == "LOCATION":
                return True
    return False


def _join_acronyms(groups: list[_Group], recased: dict[TextField, str], gazetteer: Gazetteer) -> list[_Group]:
    """An acronym joins the one name it abbreviates: defined in parentheses right after the
    name ("Chinese Super League (CSL)"), or after a place that ends the name and that the model
    left out ("Rally for Democracy in Norland (RDN)"), or spelling its capitals ("CSL")."""
    acronyms = [(g, form) for g in groups if g.type != "PERSON" and (form := _acronym_form(g, recased))]
    if not acronyms:
        return groups
    full = [g for g in groups if g.type != "PERSON" and " " in g.name]
    merged: set[int] = set()
    for short, form in acronyms:
        defined = [
            g
            for g in full
            if g is not short and any(_defines(recased[c.field], c.end, form) for c in g.cands)
        ]
        if short.name != form:
            # a gazetteer expansion ("ICC" as the cricket council) yields to the story's own
            # definition ("International Criminal Court (ICC)"), and to nothing else: a name of
            # its type that starts with its letter ("LOS ANGELES (AP)" is a dateline)
            defined = [g for g in defined if g.type == short.type and g.name[:1].upper() == form[0]]
            if len(defined) == 1:
                defined[0].cands.extend(short.cands)
                merged.add(id(short))
            continue
        spelled = [g for g in full if _spells(short.name, g.name, gazetteer)]
        targets = defined or spelled
        if len(targets) == 1:
            target = targets[0]
            target.cands.extend(short.cands)
            merged.add(id(short))
        elif _unknown_short_acronym(short, recased):
            merged.add(id(short))  # "DL", "CB": table column heads, not organisations
    return [g for g in groups if id(g) not in merged]


def _acronym_form(group: _Group, recased: dict[TextField, str]) -> str | None:
    """The acronym a group is named by, or that all its mentions spell ("ICC" expanded by the
    gazetteer); None for any other name."""
    if _ACRONYM_RE.fullmatch(group.name):
        return group.name
    forms = {recased[c.field][c.start : c.end] for c in group.cands}
    form = forms.pop() if len(forms) == 1 else ""
    return form if _ACRONYM_RE.fullmatch(form) else None


_ACRONYM = r"[A-Z][A-Z&]{1,6}"
_ACRONYM_RE = re.compile(_ACRONYM)


def _join_short_forms(groups: list[_Group], recased: dict[TextField, str]) -> list[_Group]:
    """ "Yale University ... Yale", "Ulta Beauty ... Ulta": an organisation named later by the
    first words of exactly one longer organisation name in the story is that organisation;
    so is one named by the head noun of exactly one ("the Party", "the Ministry").
    A gazetteer entry of its own keeps the short form apart ("Morgan Stanley" is a bank),
    except a town's: "Alden Global Capital ... Alden" is the fund when nothing says a place
    ("in Alden", "Alden-based", "Alden, N.Y.")."""
    orgs = [g for g in groups if g.type == "ORGANIZATION"]
    # the model often reads the bare short form as a person ("Harwick said"): a one-word
    # "person" that no full name in the story carries is a short form too
    lone = [
        g for g in groups if g.type == "PERSON" and " " not in g.name and not any(c.group for c in g.cands)
    ]
    towns = [g for g in groups if _town_in_name(g, recased)]
    town_ids = {id(g) for g in towns}
    merged: set[int] = set()
    by_head: dict[str, list[_Group]] = {}
    for g in orgs:
        by_head.setdefault(_head_noun(g.name), []).append(g)
    for short in orgs + lone + towns:
        if (short.entry is not None and id(short) not in town_ids) or len(short.name.split()) > 2:
            continue
        prefix = short.name.casefold() + " "
        targets = [g for g in orgs if g is not short and g.name.casefold().startswith(prefix)]
        if not targets and _bare_head(short, recased):
            # "the Workers' Party of Norland ... the Party said": the head noun of exactly one
            # longer name in the story, used alone with its capital, is that organisation
            targets = [g for g in by_head.get(short.name.casefold(), []) if g is not short]
        if id(short) in town_ids:
            # a town names a fund or firm ("Alden Global Capital"), never a team ("Buffalo Bills")
            targets = [g for g in targets if g.name.split()[-1] in _FIRM_HEADS]
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


# Buildings a story names in full and then by their kind alone ("the Ohio Statehouse ... the
# Statehouse lawn"); kinds that also name a body alone ("the County said", "the Airport") are none
_BARE_FACILITIES = frozenset(
    retype.word_list(
        "statehouse courthouse cathedral monument stadium arena coliseum colosseum amphitheatre "
        "amphitheater pavilion abbey basilica"
    )
)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s+$")  # "the Statehouse steps", "in a Statehouse hallway"


def _join_bare_facilities(groups: list[_Group], recased: dict[TextField, str]) -> list[_Group]:
    """ "the Ohio Statehouse ... the Statehouse": a building's kind alone, capitalised after "the"
    (or "a": "a Statehouse hallway") on every mention and never speaking, is the one place the
    story names with that head word (the model reads the bare word as a body or a place)."""
    by_head: dict[str, list[_Group]] = {}
    for g in groups:
        words = g.name.split()
        if g.type == "LOCATION" and len(words) >= 2 and words[-1].casefold() in _BARE_FACILITIES:
            by_head.setdefault(words[-1].casefold(), []).append(g)
    if not by_head:
        return groups  # most stories name no building by its kind
    merged: set[int] = set()
    for short in groups:
        if short.type not in ("ORGANIZATION", "LOCATION") or short.entry is not None or " " in short.name:
            continue
        targets = by_head.get(short.name.casefold(), [])
        if len(targets) != 1 or not all(
            _THE_BEFORE.search(recased[c.field], max(0, c.start - 5), c.start)
            and not retype.attributed(recased[c.field], c.start, c.end)
            for c in short.cands
        ):
            continue
        targets[0].cands.extend(short.cands)
        merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


_AWAY_BEFORE = re.compile(r"\b(?:[Aa]t|[Ff]rom)\s+$")


def _join_club_cities(groups: list[_Group], recased: dict[TextField, str]) -> list[_Group]:
    """ "the Cleveland Hawks ... Cleveland really needs a pass rusher", "Shanghai vs. Perth" beside
    "Shanghai Shenhua FC": sports copy names a club by its city. A town named alone is the one
    club of the story whose name opens with it (a plural nickname or a club suffix after it) on
    each mention in a report of a game where nothing marks a place: "in", "at" or "from" before
    it, its state after it, a trip to it ("the game in Cleveland" stays the city's mention)."""
    clubs = [g for g in groups if g.type == "ORGANIZATION" and _club_group(g)]
    if not clubs:
        return groups  # most stories name no club
    merged: set[int] = set()
    for short in groups:
        if (
            short.type != "LOCATION"
            or len(short.name.split()) > 2
            or (short.entry is not None and short.entry.kind != "city")
        ):
            continue
        prefix = short.name.casefold() + " "
        targets = [g for g in clubs if g.name.casefold().startswith(prefix)]
        if len(targets) != 1 or (short.entry is None and not rules.club_shaped(targets[0].name)):
            continue  # a singular nickname only after a town the gazetteer knows ("Harlow Glory")
        sides = [c for c in short.cands if _club_side(c, recased[c.field])]
        targets[0].cands.extend(sides)
        short.cands = [c for c in short.cands if c not in sides]
        if not short.cands:
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _club_group(group: _Group) -> bool:
    """A club's name: a plural nickname or a club suffix last, or a singular nickname a rule
    found after a city ("Harlow Glory", see ``_city_club``)."""
    words = group.name.split()
    return rules.club_shaped(group.name) or (
        len(words) >= 2 and _singular_nickname(words[-1]) and any(c.origin == "rule" for c in group.cands)
    )


def _club_side(cand: Candidate, text: str) -> bool:
    """A town's mention that may stand for its club: in a report of a game, with nothing before or
    after it that makes it the place."""
    before = max(0, cand.start - 30)
    return (
        rules.about_a_game(text, cand.start, cand.end)
        and not retype.place_context(text, cand.start)
        and _AWAY_BEFORE.search(text, before, cand.start) is None
        and _TRAVEL_BEFORE.search(text, before, cand.start) is None
        and _PLACE_AFTER.match(text, cand.end) is None
    )


def _join_editions(groups: list[_Group], recased: dict[TextField, str]) -> list[_Group]:
    """ "the Beijing 2022 Olympic Winter Games ... Beijing 2022 organizers": an event named by a
    host city and a year alone is the one event of the story whose name opens with them."""
    events = [g for g in groups if g.type == "EVENT"]
    if len(events) < 2:
        return groups
    surfaces = {id(g): {" ".join(recased[c.field][c.start : c.end].split()) for c in g.cands} for g in events}
    merged: set[int] = set()
    for short in events:
        forms = surfaces[id(short)]
        if len(forms) != 1 or not rules.EDITION_YEAR_SUFFIX.search(next(iter(forms))):
            continue
        prefix = next(iter(forms)) + " "
        targets = [g for g in events if g is not short and any(f.startswith(prefix) for f in surfaces[id(g)])]
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _retyped_product_tails(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "Quillon AirPods Pro", "Acme Nova Lite": a model body retyped as a product takes its
    model words or edition after it, as a listed product does (``_product_tail``); the model
    stops its span before them as often as not."""
    for cand in cands:
        if cand.type == "PRODUCT" and cand.origin == "ner" and cand.entry is None:
            cand.end = rules.product_tail_end(recased[cand.field], cand.end)


def _event_years(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "the Harbor Open 2020": an event takes its edition's year after it (see
    ``rules.event_year_end``); "the 2020 Harbor Open" already has it in front."""
    for cand in cands:
        if cand.type == "EVENT":
            cand.end = rules.event_year_end(recased[cand.field], cand.end)


def _group_key(cand: Candidate, surface: str) -> tuple[str, ...]:
    """What one entity's mentions share: a person's full name, a list's entry, or the name
    without the words that vary between its mentions (a suffix, an edition, a plural)."""
    if cand.type == "PERSON":
        return ("PERSON", (cand.group or surface).lower())
    if cand.entry is not None and cand.entry.type == cand.type:
        e = cand.entry
        return ("E", cand.type, e.iso3166 or str(e.geonames_id or "") or e.name)
    if cand.type == "PRODUCT" and cand.group:  # "Corvo K7 ... the K7": one product
        return (cand.type, consolidate.key_of(cand.group))
    if cand.type == "ORGANIZATION":  # "Acme Corp" and "Acme" are one company
        return (cand.type, _body_key(consolidate.key_of(rules.CORPORATE_SUFFIX_END.sub("", surface))))
    if cand.type == "NORP":  # "Victorian" and "Victorians" are one group of people
        return (cand.type, _people_key(consolidate.key_of(surface)))
    if cand.type == "EVENT":  # "the 3rd Harbour Expo" and "the Harbour Expo" are one event
        bare = rules.STORM_KIND.sub("", rules.EDITION_PREFIX.sub("", surface))
        bare = rules.CITY_EDITION_PREFIX.sub("", bare)  # "Beijing 2022 Olympic Winter Games"
        bare = rules.EDITION_YEAR_SUFFIX.sub("", bare)  # "the Harbor Open 2020 ... the Open"
        return (cand.type, consolidate.key_of(bare))
    if cand.type == "MISC":  # "two Harp Awards ... the Harp Award": one prize
        bare = rules.PLAN_FIELD_END.sub("", surface)  # a plan with its field and without
        return (cand.type, _LEADING_THE.sub("", consolidate.key_of(rules.PRIZE_PLURAL.sub("", bare))))
    # "The Quiet Shore" and "Quiet Shore" are one work
    return (cand.type, _LEADING_THE.sub("", consolidate.key_of(surface)))


_LEADING_THE = re.compile(r"^the (?=\S)")
# "Policing" in a force's name is how British forces style the body ("Counter Terrorism
# Policing"); the story's "Counter Terrorism Police" is the same body
_POLICING_END = re.compile(r"\bpolicing$")


def _body_key(key: str) -> str:
    """An organisation's grouping key: without a leading "the" ("The Tribune" is "Tribune") and
    with a force's "Policing" read as "Police"."""
    return _POLICING_END.sub("police", _LEADING_THE.sub("", key))


def _people_key(key: str) -> str:
    """A group of people's grouping key: the singular of a plural last word ("Victorians",
    "African Americans", "Democrats"); "Swiss" keeps its double s."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 3 else key


_PART_NUMBER = re.compile(r"-[A-Za-z0-9]{1,8}")


def _join_part_numbers(groups: list[_Group]) -> list[_Group]:
    """ "the Core i5-9300H ... a Core i5", "COVID-19 ... COVID": a product or a named thing
    named with its part number or variant code after a hyphen, and the same name without it,
    are one thing when exactly one coded form of the name is in the story ("i5-9300H" and
    "i5-8250U" beside "i5" join neither)."""
    by_base: dict[tuple[str, str], list[_Group]] = {}
    for g in groups:
        if g.type in ("PRODUCT", "MISC") and "-" in g.name:
            base, dash, code = g.name.rpartition("-")
            if base and _PART_NUMBER.fullmatch(dash + code) and any(ch.isdigit() for ch in code):
                by_base.setdefault((g.type, base.casefold()), []).append(g)
    if not by_base:
        return groups  # most stories name nothing by a part number
    merged: set[int] = set()
    for short in groups:
        targets = by_base.get((short.type, short.name.casefold()), [])
        if len(targets) == 1 and targets[0] is not short:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _join_maker_products(groups: list[_Group], gazetteer: Gazetteer) -> list[_Group]:
    """ "Quillon AirPods ... the first AirPods": a product named later without its maker's name
    (a company the gazetteer knows) is the one product the story named with it; it takes the
    maker's form as its name. Two products of that name ("Acme Nova", "Zed Nova") join neither."""
    by_model: dict[str, list[_Group]] = {}
    for g in groups:
        words = g.name.split()
        if g.type == "PRODUCT" and len(words) >= 2:
            lead = gazetteer.lookup(words[0])
            if lead is not None and lead.type == "ORGANIZATION":
                by_model.setdefault(" ".join(words[1:]).casefold(), []).append(g)
    merged: set[int] = set()
    for short in groups:
        targets = by_model.get(short.name.casefold(), []) if short.type == "PRODUCT" else []
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


# Bodies a story names alone for another of their kind than the one it names in full: "the Army"
# in an IRA story is the British Army, "Parliament" next to the European Parliament is a
# national one, "Police" in Paris are not the Metropolitan Police.
_NATIONAL_HEADS = frozenset(
    retype.word_list(
        "army navy police parliament court government assembly senate congress cabinet house legislature"
    )
)
_PLACE_QUALIFIER = re.compile(r"\s+(?:in|of|at|for)\s+(?:the\s+)?[A-Z]")
_PLACE_BEFORE = re.compile(r"\b(?:In|in|At|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,?\s+(?:the\s+)?$")


def _join_nicknames(groups: list[_Group]) -> list[_Group]:
    """ "Aston Villa ... Villa", "the Phoenix Suns ... the Suns": a club, like a person, goes by
    its last word. A one-word place or organisation the gazetteer does not know, that ends
    exactly one longer organisation's name in the story, is that organisation when the word is
    a plural ("Suns") or the longer name played a side of a result ("a win over Aston Villa");
    "the moon Europa" is no club of "Europa"."""
    by_last: dict[str, list[_Group]] = {}
    for g in groups:
        if g.type == "ORGANIZATION" and " " in g.name:
            by_last.setdefault(g.name.casefold().rsplit(" ", 1)[1], []).append(g)
    merged: set[int] = set()
    for short in groups:
        if (
            short.type not in ("LOCATION", "ORGANIZATION")
            or short.entry is not None
            or not _nickname(short.name)
        ):
            continue
        plural = short.name.endswith("s")
        targets = [
            g
            for g in by_last.get(short.name.casefold(), [])
            if id(g) not in merged and (plural or any(c.origin == "rule" for c in g.cands))
        ]
        if len(targets) == 1:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _nickname(name: str) -> bool:
    """A one-word name that may be the last word of a longer organisation's name used alone: not
    a head noun of bodies ("Bank", "Party", "Group" are found by ``_bare_head``), nor a stop
    word."""
    low = name.casefold()
    return " " not in name and low not in STOP_WORDS and not retype.is_head_word(low)


def _bare_head(short: _Group, recased: dict[TextField, str]) -> bool:
    """A one-word organisation that may be the head noun of a longer name: not a national
    institution, and never qualified by a place ("the Court in Oslo", "In London, Parliament")."""
    if short.type != "ORGANIZATION" or " " in short.name or short.name.casefold() in _NATIONAL_HEADS:
        return False
    for c in short.cands:
        text = recased[c.field]
        if _PLACE_QUALIFIER.match(text, c.end) or _PLACE_BEFORE.search(text, max(0, c.start - 40), c.start):
            return False
    return True


# "(CSL)" right after a name, or after a place that ends it ("... Democracy in Norland (RDN)")
_DEFINITION_AFTER = re.compile(
    r"(?:\s+(?:in|of|for|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+\(([^()\s]{1,16})\)"
)


def _defines(text: str, end: int, form: str) -> bool:
    found = _DEFINITION_AFTER.match(text, end, end + 80)
    return found is not None and found.group(1) == form


# Words between a company's name and its legal suffix that say its trade, not who it is
_TRADE_WORDS = frozenset(
    retype.word_list(
        "Motor Motors Holding Holdings Group Industries Industrial International Electronics Electric "
        "Enterprises Technologies Technology Systems Communications Petroleum Pharmaceuticals"
    )
)


def _head_noun(name: str) -> str:
    """ "Communist Party of China" -> "party", "Ministry of Commerce" -> "ministry"; a one-word
    name has no head of its own ("")."""
    words = name.casefold().split(" of ", 1)[0].split()
    return words[-1] if len(words) >= 2 or " of " in name.casefold() else ""


_TRAVEL_BEFORE = re.compile(
    r"\b(?:been|went|go|going|moved|move|trip|travel(?:l)?ed|drove|flew|returned|back)\s+to\s+$|"
    r"\b(?:visit(?:ed|ing)?|across|around|throughout|downtown|(?:north|south|east|west)\s+of)\s+$"
)
_SMALL_TOWN_RANK = 5  # gazetteer rank: population in hundreds of thousands
_FIRM_HEADS = frozenset(
    retype.word_list(
        "Capital Partners Group Holdings Investments Management Advisors Advisers Associates Ventures Media "
        "Bank Bancorp Securities Insurance Industries Enterprises Company Corp Corporation Inc"
    )
)
_PLACE_AFTER = re.compile(r"-based\b|,\s+[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?(?=[,.;)\s])")


def _town_in_name(group: _Group, recased: dict[TextField, str]) -> bool:
    """A one-word town (or unknown place) nothing in its mentions marks as a place."""
    if group.type != "LOCATION" or " " in group.name:
        return False
    if group.entry is not None and (group.entry.kind != "city" or group.entry.rank >= _SMALL_TOWN_RANK):
        return False  # a city of half a million or more is the city ("Guilin" stays Guilin)
    for c in group.cands:
        text = recased[c.field]
        if retype.place_context(text, c.start) or _PLACE_AFTER.match(text, c.end):
            return False
        if _TRAVEL_BEFORE.search(text, max(0, c.start - 30), c.start):
            return False  # "we've been to Boulder"
    return True


def _unknown_short_acronym(group: _Group, recased: dict[TextField, str]) -> bool:
    """Two or three capitals that only the model tagged, that no gazetteer entry knows, no name in
    the story spells out, and that only ever start a line or fill a table's cell alone ("| DL |"):
    table heads and positions ("DL", "CB"), not names."""
    return (
        len(group.name) <= 3
        and group.entry is None
        and all(c.origin in ("ner", "prop") for c in group.cands)
        and all(_line_start_or_cell(recased[c.field], c.start, c.end) for c in group.cands)
    )


def _line_start_or_cell(text: str, start: int, end: int) -> bool:
    return (
        start == 0
        or text[start - 1] == "\n"
        or (text[start - 2 : start] == "| " and text[end : end + 2] == " |")
    )


def _without_slug(cands: list[Candidate], slug_end: int) -> list[Candidate]:
    """Cut a headline's desk slug off names: "Soccer-Arsenal beat Chelsea" names Arsenal."""
    if slug_end == 0:
        return cands
    kept: list[Candidate] = []
    for cand in cands:
        if cand.field == "headline" and cand.start < slug_end:
            if cand.end <= slug_end:
                continue
            cand.start = slug_end
        kept.append(cand)
    return kept


def _entity_within(
    drafts: list[tuple[_Group, list[Mention]]],
    text_field: TextField,
    span: tuple[int, int],
    types: set[str],
    last: bool = False,
) -> _Group | None:
    hits: list[tuple[int, _Group]] = []
    for group, mentions in drafts:
        if group.type not in types:
            continue
        hits.extend(
            (m.start, group)
            for m in mentions
            if m.field == text_field and span[0] <= m.start and m.end <= span[1]
        )
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    return hits[-1][1] if last else hits[0][1]


_MAX_CAPTION_CHARS = 2_000  # a few lead photos' captions; more is no caption


def _with_captions(fields: dict[TextField, str], captions: list[str]) -> list[int]:
    """Append the story's own lead photo captions to the body the entity stage reads.

    The conventions count them as article text, so the people, places and agencies they name
    are the story's entities; read after the story (a paragraph each), they share its context
    for the model and the rules without moving any offset of the body. Returns where each
    caption starts in that text (empty when there are none or no body)."""
    if not captions or "body" not in fields:
        return []
    text, starts, budget = fields["body"], [], _MAX_CAPTION_CHARS
    for caption in captions:
        if len(caption) > budget:
            break
        text += "\n\n"
        starts.append(len(text))
        text += caption
        budget -= len(caption)
    fields["body"] = text
    return starts


def _caption_place(group: _Group, prepared: _Prepared) -> bool:
    """A place only the captions name: the photo's spot, a finer or looser form of the story's
    place ("a port in ..., south China's ... Region") more often than a place of the story (on
    the dev set as many misses as hits). The people, agencies and photographers stay."""
    starts = prepared.caption_starts
    return (
        bool(starts)
        and group.type == "LOCATION"
        and all(c.field == "body" and c.start >= starts[0] for c in group.cands)
    )


def _in_captions(mention: Mention, prepared: _Prepared) -> bool:
    starts = prepared.caption_starts
    return bool(starts) and mention.field == "body" and mention.start >= starts[0]


def _caption_mentions(mentions: list[Mention], prepared: _Prepared) -> list[CaptionMention]:
    """The mentions read in the captions, with offsets into their own caption."""
    out: list[CaptionMention] = []
    for m in mentions:
        if _in_captions(m, prepared):
            index = bisect.bisect_right(prepared.caption_starts, m.start) - 1
            at = prepared.caption_starts[index]
            out.append(CaptionMention(text=m.text, caption=index, start=m.start - at, end=m.end - at))
    return out


_new_object = object.__new__
_set_attribute = object.__setattr__


def _mention(text: str, field: TextField, start: int, end: int) -> Mention:
    """``Mention.model_construct(text=..., field=..., start=..., end=...)``: the same instance state
    (fields in declaration order, all four set, no extra or private values), without its loop over
    the model's fields and aliases, at about a third of its cost; an item has tens of mentions."""
    mention: Mention = _new_object(Mention)
    _set_attribute(mention, "__dict__", {"text": text, "field": field, "start": start, "end": end})
    _set_attribute(mention, "__pydantic_fields_set__", {"text", "field", "start", "end"})
    _set_attribute(mention, "__pydantic_extra__", None)
    _set_attribute(mention, "__pydantic_private__", None)
    return mention


def _first_offset(mentions: list[Mention]) -> int:
    return min((FIELD_ORDER.index(m.field) * 1_000_000 + m.start for m in mentions), default=10_000_000)


_AGENCY_WORDS = re.compile(r"\s+(?:news\s+agency|news\s+service|news|agency)$", re.IGNORECASE)


def _agency_key(name: str) -> str:
    """'Yonhap News Agency', '(XINHUA)' and 'Xinhua' compare as their agency; others by case-folding."""
    for form in (name, _AGENCY_WORDS.sub("", name.strip())):
        if is_known_agency(form):
            return (canonical_agency(form) or form).casefold()
    return " ".join(name.split()).casefold()


def _entity_id(kind: EntityType, name: str, seen: set[str]) -> str:
    """Stable across re-runs and versions of a story: derived from type and canonical name."""
    digest = hashlib.blake2b(f"{kind}|{name}".encode(), digest_size=6).hexdigest()
    ent_id = f"ent_{digest}"
    n = 2
    while ent_id in seen:
        ent_id = f"ent_{digest}_{n}"
        n += 1
    seen.add(ent_id)
    return ent_id
