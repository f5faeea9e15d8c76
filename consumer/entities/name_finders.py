"""The extractor-level name finders: names the model missed, found by rules.

Rules over a field's text (places after "in", products after a maker, paired companies,
news outlets, events, speakers of quotes, the dateline's place) add candidates that the
model's spans lack; they need the gazetteer, so they are methods the extractor inherits.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from mypy_extensions import mypyc_attr
from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import name_tails, retype, rules
from consumer.entities.cand_passes import CandidatePasses
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.kin_names import kin_named_people
from consumer.entities.nickname_sides import nickname_sides
from consumer.entities.retype.acting_firms import acting_names
from consumer.entities.retype.person_names import country_or_division
from consumer.entities.short_forms import spells_name
from consumer.events import TextField
from consumer.gate import gated
from consumer.lexicon import COMMON_ACRONYMS, MONTH_NAMES, WEEKDAYS
from consumer.parse.agencies import is_known_agency

# a single capitalised word after "and"/"or" and a listed company, that no capitalised word follows
# ("Uber or Zorbly,"), or before them after a lower-case word ("like Zorbly and Netflix")
_PAIR_AFTER = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?P<name>[A-Z][a-z][\w-]*)(?:['’]s?)?(?![\w'’-]|[ \t]+[A-Z0-9])"
)
_PAIR_BEFORE = re.compile(r"(?<=[a-z,][ \t])(?P<name>[A-Z][a-z][\w-]*)[ \t]+(?:and|or)[ \t]+$")


# an acronym in brackets right after a name ("the Harbor Pensions Board (HPB)"), and its later
# bare mentions; two to seven capitals, an ampersand among them ("(R&D)" spells nothing found)
_BRACKET_ACRONYM = re.compile(r">?[ \t]?\((?P<acr>[A-Z][A-Z&]{1,6})\)")
# the wire's ticker in angle brackets: "<KVO>", "<KVO.L>", "<BRK.A>"
_TICKER = re.compile(r"<[A-Z]{1,5}(?:\.[A-Z]{1,2})?>")
# a bare mention of a defined acronym: a whole word of its capitals ("HPB", never "HPB-led")
_ACRONYM_WORD = gated(r"(?<![\w&.-])[A-Z][A-Z&]{1,6}(?![\w&-])")  # gated: scans of whole fields
_OPEN_ACRONYM = re.compile(r"[ \t]?\([A-Z][A-Z&]{1,6}\)?$")


# a peer by the title and the surname, as British copy names one after the first mention or
# always ("Lord Harwick said", "Baroness Quill's report"); no capitalised word after the name but
# "of" (the seat: "Lord Harwick of Tarn"), and no office ("Lord Chancellor", "Lord Justice")
_PEER = gated(
    r"(?<![\w-])(?:Lord|Baroness)[ \t]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?=['’]s\b|[^\w'’-])(?![ \t]+(?!of\b)[A-Z])"
)
# a peer's seat, his territorial title ("Lord Falconer of Tarn", "Baroness Quill of Kessel
# Bridge"): part of the person's style, no place or body of the story (session 31); an office's
# "of" names a real place ("the Lord Mayor of London"), see ``peer_seats``
_PEER_SEAT = gated(
    r"(?<![\w-])(?:Lord|Baroness)[ \t]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+of[ \t]+"
    r"(?P<seat>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+)?)(?![\w'’-])"
)
_PEER_OFFICES = frozenset(
    retype.word_list(
        "Chancellor Mayor Justice Justices Chief Advocate Provost Lieutenant President Privy Speaker "
        "Chamberlain High Protector Steward Commissioner Commissioners Rector Warden Bishop Lords Lord "
        "Almighty God Jesus Christ Lieutenant-Governor Great Grand Admiral Judge"
    )
)


# what the model reads a made-up app's, site's or magazine's name as before its kind
_KIND_MISREADINGS = frozenset(("PERSON", "LOCATION", "NORP"))


def _model_misreading(cand: Candidate, start: int, end: int) -> bool:
    """The model's body, person or place no list knows on just the span a made thing's kind
    follows ("the Zentrel processor" read as a firm); never its people ("a new Soviet
    airliner", "the Anglo-Norland drug group")."""
    return (
        (cand.start, cand.end, cand.origin) == (start, end, "ner")
        and cand.entry is None
        and cand.type in _MADE_MISREADINGS
    )


def _designation_piece(cand: Candidate, start: int, end: int) -> bool:
    """The model's body, person or place, or the gazetteer's place, inside a rocket's or a
    missile's name and designation ("Delta" of "the Delta IV rockets"): the designation marks
    the model."""
    return (
        cand.origin in ("ner", "gazetteer")
        and start <= cand.start
        and cand.end <= end
        and cand.type in _MADE_MISREADINGS
    )


def _lower_elsewhere(name: str, text: str) -> bool:
    """One word the text also writes in lower case ("the Settings app ... your settings"): a
    common word, no name."""
    return " " not in name and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


_KIND_AFTER_NAMES = 8  # distinct names a story's "X app" / "X website" / "X magazine" are tried on


def _named_by_kind(name: str, kind: str, text: str) -> bool:
    """A name before a kind of app, site or magazine that the text never writes in lower case
    elsewhere, and, for an app, only ever before "app" ("Zillow announced ... the Zillow app" is
    the company's, whose app it is)."""
    if _lower_elsewhere(name, text):
        return False
    return kind != "PRODUCT" or _only_before(name, " app", text)


def _only_before(name: str, kind: str, text: str) -> bool:
    """Whether every mention of the name stands right before the kind ("the Quillcast app")."""
    return all(
        text.startswith(kind, m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


_MADE_MISREADINGS = frozenset(("PERSON", "LOCATION", "ORGANIZATION"))
_MADE_KIND_NAMES = 6  # distinct names a story's kinds of made things are tried on
_MADE_KIND_MENTIONS = 40  # mentions of those names a story's kinds of made things are tried on
_DETERMINER_OPENING = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")


def _named_before(words: str) -> bool:
    """Whether words a model span holds before a rule's name are a name's ("Kelby" of "Kelby
    Savings Plan"), not only a determiner and lower-case words ("an ", "The ")."""
    return any(ch.isupper() for ch in _DETERMINER_OPENING.sub("", words))


def _nickname_sides(
    text_field: TextField, text: str, here: list[Candidate], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """A side named by its nickname or in a results line, unless the model reads a person of two
    words or more there, or the nickname is such a person's surname (a lone nickname the model
    reads as a person too: "Spurs have won")."""
    people = [c for c in here if c.type == "PERSON" and len(text[c.start : c.end].split()) > 1]
    surnames = {text[c.start : c.end].split()[-1] for c in people}
    for s, e in nickname_sides(text, gazetteer, surnames.__contains__):
        if not any(c.start <= s and e <= c.end for c in people):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")


def _kin_named(text_field: TextField, text: str, here: list[Candidate]) -> Iterator[Candidate]:
    """ "his wife Grace": a relative named by the given name alone, a person (the model's lone
    person there kept), where nothing else reads the word; the one full name of the field that
    opens on that given name is its person ("his wife Grace ... Grace Roe said"), and two such
    names leave it unread (whose is it?)."""
    full: dict[str, set[str]] | None = None
    for s, e in kin_named_people(text):
        if any(
            c.start < e and s < c.end and not (c.type == "PERSON" and s <= c.start and c.end <= e)
            for c in here
        ):
            continue
        if full is None:  # the field's full names by their given name, read once and only when asked
            full = {}
            for c in here:
                words = text[c.start : c.end].split()
                if c.type == "PERSON" and len(words) > 1:
                    full.setdefault(words[0], set()).add(" ".join(words))
        owners = full.get(text[s:e], set())
        if len(owners) <= 1:
            yield Candidate(text_field, s, e, "PERSON", "rule", group=next(iter(owners), None))


# The extractor, which stays interpreted (setup.py), builds on this class.
@mypyc_attr(allow_interpreted_subclasses=True)
class NameFinders(CandidatePasses):
    gazetteer: Gazetteer

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
        found.extend(_nickname_sides(text_field, text, here, gazetteer))
        for s, e in rules.named_parties(text):
            found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
        # a plan or law the model missed, cut before its kind word or read as a body is MISC
        # (a longer model span, "the Congregation for the Doctrine of the Faith", still wins)
        for s, e in rules.named_plans(text):
            if not any(
                c.origin == "ner" and c.start <= s and e <= c.end and e - s < c.end - c.start for c in here
            ):
                found.append(Candidate(text_field, s, e, "MISC", "rule"))
        found.extend(self._owned_plans(text_field, text, here))
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
        # "investors on Wall Street": a street standing for a trade that nothing else found
        for s, e in rules.missed_streets(text):
            if not any(c.start < e and s < c.end for c in here):
                found.append(Candidate(text_field, s, e, "LOCATION", "rule"))
        for s, e in retype.given_name_people(text, gazetteer):
            if not any(c.start < e and s < c.end and c.type != "NORP" for c in here):
                found.append(Candidate(text_field, s, e, "PERSON", "rule"))
        found.extend(_kin_named(text_field, text, here))
        for role, s, e in retype.role_opened_people(text, gazetteer):
            # the model's readings inside the trade and the name give way ("Titmus" read as a
            # people, "Diver Keetan Munsell" as a body)
            if not any(c.start < e and s < c.end and not (role <= c.start and c.end <= e) for c in here):
                found.append(Candidate(text_field, s, e, "PERSON", "rule"))
        return found

    def _is_place(self, word: str) -> bool:
        return retype.is_place(word, self.gazetteer)

    def _is_people(self, word: str) -> bool:
        """A people's word the gazetteer lists ("Australian", "French"): a competition's first."""
        entry = self.gazetteer.lookup(word)
        return entry is not None and entry.type == "NORP"

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
        yield from self._compass_region_cands(text_field, text)
        for s, e in rules.bare_mainland(text):
            yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup("Chinese mainland"))
        for s, e in rules.facilities(text, self._is_place):
            yield Candidate(text_field, s, e, "LOCATION", "rule")
        for s, e in rules.sky_bodies(text):
            # its own record: no town's ("Jupiter", Florida), no link
            yield Candidate(
                text_field, s, e, "LOCATION", "rule", GazEntry(name=text[s:e], type="LOCATION", kind="other")
            )
        for s, e, area in rules.neighbourhoods(text, self._is_place):
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

    def _compass_region_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """ "the South", "the upper Midwest": a region with its own record (no code), the
        gazetteer's where it lists the name ("Midwest"); in a story of a divided country, "the
        North" is the half it names ("North Korea", session 48)."""
        halves: dict[str, str] | None = None
        for s, e in rules.compass_regions(text):
            if text[s:e] in ("North", "South"):
                if halves is None:  # read once a field, where a region is found
                    halves = rules.divided_halves(text, self._is_country)
                half = halves.get(text[s:e])
                if half is not None:
                    yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup(half))
                    continue
            entry = self.gazetteer.lookup(text[s:e])
            if entry is None or entry.type != "LOCATION":
                entry = GazEntry(name=text[s:e], type="LOCATION", kind="region")
            yield Candidate(text_field, s, e, "LOCATION", "rule", entry)

    def _example_place_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Names a plural kind of place lists as examples ("cities such as A and B"), but for a
        name the gazetteer knows as no place, a head word, a corporate suffix or a person's look."""
        for s, e in rules.example_places(text, lambda name: self.gazetteer.lookup(name) is not None):
            entry = self.gazetteer.lookup(text[s:e])
            if (entry is None or entry.type == "LOCATION") and retype.listed_place_name(
                text[s:e], self.gazetteer
            ):
                yield Candidate(text_field, s, e, "LOCATION", "rule", entry)

    def _is_country(self, name: str) -> bool:
        entry = self.gazetteer.lookup(name)
        return entry is not None and entry.type == "LOCATION" and entry.kind == "country"

    def _is_town_of(self, name: str, code: str) -> bool:
        """Whether the name is a place, or a city of the state or province the postal code names."""
        if self._is_place(name):
            return True
        state = self.gazetteer.postal_division(code)
        return state is not None and self.gazetteer.city_in(name, state) is not None

    def _owned_plans(self, text_field: TextField, text: str, here: list[Candidate]) -> Iterator[Candidate]:
        """Plans, laws, bills and prizes named after "a", an owner's word or a possessive ("its
        Harbor Savings Strategy", "the Kelp Farming Bill"), MISC, as ``named_plans``' are: a longer
        model span over one still wins; a title-case headline capitalises every word, so it is not
        read."""
        if text_field == "headline":
            return
        for s, e in rules.owned_plans(text, self._listed):
            # a model span that only takes the determiner in ("an Academy Award") is no longer name
            if not any(
                c.origin == "ner"
                and c.start <= s
                and e <= c.end
                and (c.end > e or _named_before(text[c.start : s]))
                for c in here
            ):
                yield Candidate(text_field, s, e, "MISC", "rule")

    def _listed(self, name: str) -> bool:
        """A name the gazetteer lists (a given name may be a prize's: "won an Oscar")."""
        return self.gazetteer.lookup(name) is not None

    def _looks_like_person(self, name: str) -> bool:
        """A person's look ("Jo Roe"), by the given names and the gazetteer."""
        return retype.looks_like_person(name, self.gazetteer)

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
            rules.model_year_products(text, gaz),
            rules.edition_products(text, gaz, is_person),
            rules.priced_products(text, gaz),
            rules.bound_crafts(text, gaz),
            rules.game_lists(text, gaz),
            rules.listed_games(text, self._listed) if text_field != "headline" else (),
            rules.deal_lines(text, gaz),
            rules.headed_products(text, gaz),
            rules.coded_kind_products(text),
            rules.tailed_products(text, gaz),
            rules.body_style_products(text, gaz),
            rules.hyphen_marked_models(text, gaz),
            rules.marked_models(text, gaz),
            rules.plural_models(text, self._is_maker),
            rules.quoted_products(text),
            rules.compatible_products(text, gaz),
            rules.prefixed_ships(text),
        )
        for s, e in itertools.chain.from_iterable(finders):
            yield Candidate(text_field, s, rules.singular_end(text, s, e), "PRODUCT", "rule")

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

    def _defined_acronyms(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """ "the Harbor Pensions Board (HPB) said ... The HPB added": an acronym in brackets right
        after a name of two words or more that it spells, and its later bare mentions in the
        field, are that name's (the conventions' defined acronyms, aliases of the full name),
        where nothing else found them; the model often takes the bracket into the name and the
        candidate's trim drops it. Never after a person, nor before the name."""
        found: list[Candidate] = []
        done: set[str] = set()
        words: dict[str, list[int]] | None = None  # each acronym-shaped word's starts
        for c in here:
            if c.type in ("PERSON", "NORP") or c.end - c.start < 5:
                continue
            # the model's span may hold the bracket's opening ("… of the Blind (RNIB"): cut there
            inside = _OPEN_ACRONYM.search(text, c.start, c.end)
            stem = inside.start() if inside is not None else c.end
            match = _BRACKET_ACRONYM.match(text, stem)
            if match is None or match.group("acr") in done:
                continue
            acr, name = match.group("acr"), " ".join(text[c.start : stem].split())
            if " " not in name or not spells_name(acr, name, self.gazetteer):
                continue
            done.add(acr)
            c.end = stem
            if words is None:  # one scan of the field for every acronym, not one per acronym
                words = {}
                for m in _ACRONYM_WORD.finditer(text):
                    words.setdefault(m.group(), []).append(m.start())
            at = words[acr]
            # the mentions are whole words: no two acronyms' overlap, so only ``here`` is checked
            for s in at[bisect.bisect_left(at, match.start("acr")) :]:
                e = s + len(acr)
                if not any(o.start < e and s < o.end for o in here):
                    found.append(Candidate(text_field, s, e, c.type, "rule"))
        return found

    def _bracketed_companies(
        self, text_field: TextField, text: str, here: list[Candidate]
    ) -> list[Candidate]:
        """ "<Marlow Gestion> holds 10 pct": a name in the wire's angle brackets is a company, over
        whatever the model read there, in a story that marks a ticker so too ("<KVO.L>") or
        with a corporate suffix ("<Kelvar Oil Co Ltd>"): other copy sets works' titles in angle
        brackets ("<Salt and Iron>"), so never over a title the model or a rule found either.
        Body only: an ALL-CAPS headline's tickers are re-cased ("<KVO>" as "<Kvo>")."""
        if text_field != "body" or "<" not in text:
            return []
        wire = _TICKER.search(text) is not None
        return [
            Candidate(text_field, s, e, "ORGANIZATION", "rule")
            for s, e in rules.bracketed_companies(text)
            if (wire or rules.CORPORATE_SUFFIX_END.search(text, s, e))
            and not any(o.start < e and s < o.end and o.type in ("MISC", "EVENT") for o in here)
        ]

    @staticmethod
    def _without_peer_seats(cands: list[Candidate], text_field: TextField, text: str) -> list[Candidate]:
        """Drop the model's places and bodies that are a peer's seat ("Lord Falconer of Tarn"):
        a territorial title is part of the person's style, no name of the story's."""
        if " of " not in text or ("Lord" not in text and "Baroness" not in text):
            return cands
        seats = [m.span("seat") for m in _PEER_SEAT.finditer(text) if m.group("name") not in _PEER_OFFICES]
        if not seats:
            return cands
        return [
            c
            for c in cands
            if c.field != text_field
            or c.type == "PERSON"
            or not any(s <= c.start and c.end <= e for s, e in seats)
        ]

    def _peers(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """ "Lord Harwick said", "Baroness Quill": a peer's surname after the title is a person
        where nothing else found a name there, or over the model's lone surname read as a body
        (the model misses most of them; ``retype.titled`` keeps its lone person); the surname alone,
        as for "Mr Roe", so that it joins the story's full name. Never an office ("Lord
        Chancellor"), a given name ("Lord Jesus") or a name the gazetteer lists."""
        if "Lord" not in text and "Baroness" not in text:
            return []
        found: list[Candidate] = []
        for m in _PEER.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if name in _PEER_OFFICES or name.lower() in STOP_WORDS or retype.is_given_name(name):
                continue  # "Lord Of The Rings" on a title-case line
            if self.gazetteer.lookup(name) is not None:
                continue
            held = [o for o in here if o.start < e and m.start() < o.end]
            # "prop" as a repeat's, so that the surname joins the story's full name ("Jo Archer")
            if not held:
                found.append(Candidate(text_field, s, e, "PERSON", "prop"))
            elif all((o.start, o.end, o.origin) == (s, e, "ner") and o.type != "PERSON" for o in held):
                for o in held:  # the model's body: "Baroness Quill" read as "Quill" the company
                    if o.entry is None:
                        o.type = "PERSON"
        return found

    def _kind_after_names(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """ "the Foodily app", "the Zillow website", "People magazine": a name a lower-case kind
        of app, site or magazine follows, where nothing else found a name, or over the model's
        person, place or people no list knows on just that name (the filters of lone words would
        drop it); never a date word, a stop word, a given name alone, a person's look or a story
        person's surname ("the Roe website")."""
        found: list[Candidate] = []
        surnames: set[str] | None = None
        # each test below walks the whole text: once per distinct name and kind, for a few names at
        # most (real copy names one or none; a text written with hundreds would cost their square)
        walked: dict[tuple[str, str], bool] = {}
        for s, e, kind in rules.kind_after_names(text):
            name = text[s:e]
            first = name.split()[0].lower()
            if first in STOP_WORDS or first in WEEKDAYS or first in MONTH_NAMES:
                continue
            if retype.is_given_name(name) or retype.looks_like_person(name, self.gazetteer):
                continue
            if surnames is None:
                surnames = {
                    text[c.start : c.end].split()[-1]
                    for c in here
                    if c.type == "PERSON" and " " in text[c.start : c.end]
                }
            if name in surnames:
                continue
            if (name, kind) not in walked:
                walked[(name, kind)] = len(walked) < _KIND_AFTER_NAMES and _named_by_kind(name, kind, text)
            if not walked[(name, kind)]:
                continue
            held = [o for o in here if o.start < e and s < o.end]
            if not held:
                found.append(Candidate(text_field, s, e, kind, "rule"))
            elif all(
                (o.start, o.end, o.origin) == (s, e, "ner")
                and o.entry is None
                and o.type in _KIND_MISREADINGS
                for o in held
            ):
                for o in held:
                    o.type, o.origin = kind, "rule"
        return found

    def _made_kind_names(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """ "the Zentrel processor", "the Quorvo console": a name a lower-case kind of made thing
        follows, a product on all its mentions (origin `rule`), where nothing else found a name, or
        over the model's body, person or place no list knows on just that name. Never a name the
        story writes before a firm's act ("Kelvane said ... the Kelvane drug" is the maker's), a
        listed name, a date word, a stop word, a given name, a person's look or a story person's
        surname."""
        found: list[Candidate] = []
        checked: dict[str, bool] = {}  # one walk of the text per distinct name, a few names at most
        tried = 0  # mentions read, a few dozen at most: each reads the field's candidates
        spans = itertools.chain(
            ((s, e, False) for s, e in rules.made_kind_names(text)),
            ((s, e, True) for s, e in rules.designated_kind_names(text)),
        )
        for s, e, designated in spans:
            name = text[s:e]
            if name not in checked:
                if len(checked) >= _MADE_KIND_NAMES:
                    checked[name] = False
                elif designated:
                    checked[name] = self._designated_name(name, text)
                else:
                    checked[name] = self._made_kind_name(name, text, here)
            if not checked[name] or tried >= _MADE_KIND_MENTIONS:
                continue
            tried += 1
            held = [o for o in here if o.start < e and s < o.end]
            if not held:
                found.append(Candidate(text_field, s, e, "PRODUCT", "rule"))
            elif all(_model_misreading(o, s, e) for o in held):
                for o in held:
                    o.type, o.origin = "PRODUCT", "rule"
            elif designated and all(_designation_piece(o, s, e) for o in held):
                # "Harbor" + "9 rockets": the model's piece, a place's entry perhaps, is the model
                for o in held:
                    o.start, o.end, o.type, o.origin, o.entry = s, e, "PRODUCT", "rule", None
        return found

    def _designated_name(self, name: str, text: str) -> bool:
        """Whether a name and a designation before a rocket or a missile may be the model (see
        `rules.designated_kind_names`): no stop word, day or month first, no listed name but a
        product's, and no name the story writes before a firm's act."""
        first = name.split()[0].lower()
        if first in STOP_WORDS or first in WEEKDAYS or first in MONTH_NAMES:
            return False
        entry = self.gazetteer.lookup(name)
        if entry is not None and entry.type != "PRODUCT":
            return False
        return name.lower() not in acting_names(text)

    def _made_kind_name(self, name: str, text: str, here: list[Candidate]) -> bool:
        """Whether a name before a kind of made thing may be the thing (see `_made_kind_names`)."""
        first = name.split()[0].lower()
        if first in STOP_WORDS or first in WEEKDAYS or first in MONTH_NAMES:
            return False
        if retype.is_given_name(name) or retype.looks_like_person(name, self.gazetteer):
            return False
        entry = self.gazetteer.lookup(name)
        if entry is not None and entry.type != "PRODUCT":
            return False
        if any(c.type == "PERSON" and text[c.start : c.end].split()[1:][-1:] == [name] for c in here):
            return False  # "Jo Tarrant ... the Tarrant chip": the person's
        if any(c.type == "NORP" and text[c.start : c.end] == name for c in here):
            return False  # "a new Soviet rocket": a people's word the model reads so elsewhere
        return not _lower_elsewhere(name, text) and name.lower() not in acting_names(text)

    def _source_outlets(self, text_field: TextField, text: str, here: list[Candidate]) -> list[Candidate]:
        """An outlet or body named as a source ("told Zorbly that") that nothing else found, and
        the model's place no list knows, event or work there ("a columnist for Tessora", "according
        to Harbor Fair", "told The Kelby Gazette at"; session 45): a source is no spot, occasion or
        title. Never a story person's surname, nor a given name or a person's look ("told Roe
        that") but after a capitalised "The" ("told The Sun:", a paper)."""
        found: list[Candidate] = []
        surnames = {text[c.start : c.end].split()[-1] for c in here if c.type == "PERSON" and c.end > c.start}
        gazetteer = self.gazetteer
        for s, e in rules.source_names(text):
            name = text[s:e]
            if name in surnames:
                continue
            # after a capitalised "The" no person is meant: "told The Sun:" is the paper
            titled = text.endswith("The ", max(0, s - 4), s)
            if not titled and (retype.is_given_name(name) or retype.looks_like_person(name, gazetteer)):
                continue
            if name in COMMON_ACRONYMS:
                continue  # "told MPs that": a common abbreviation, no outlet (session 38)
            if retype.head_type(name) not in (None, "ORGANIZATION"):
                continue  # "according to Harbor Street.": a street's, a treaty's, an event's head
            held = [c for c in here if c.start < e and s < c.end]
            if not held:
                found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
            for c in held:
                exact = (c.start, c.end, c.origin) == (s, e, "ner")
                misread = ("LOCATION", "EVENT", "MISC", "PERSON") if titled else ("LOCATION", "EVENT", "MISC")
                if exact and c.type in misread and gazetteer.lookup(name) is None:
                    c.type = "ORGANIZATION"
        return found

    def _publication_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """ "the journal Kelby Astronomy", "gadget magazine Quillo": a publication, a body."""
        for s, e in rules.named_publications(text, self._looks_like_person):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")

    def _rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        for s, e in rules.appositive_orgs(text):
            if not country_or_division(text[s:e], self.gazetteer):
                # "Tarvia, the world's second silver producer,": a country acting stays the place
                yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        for s, e in rules.described_companies(text):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        for s, e in rules.acronym_bodies(text, lambda letters: self.gazetteer.lookup(letters) is not None):
            yield Candidate(text_field, s, e, "ORGANIZATION", "rule")
        yield from self._publication_cands(text_field, text)
        yield from self._place_rule_cands(text_field, text)
        titles = itertools.chain(
            rules.work_titles(text, lambda name: retype.looks_like_person(name, self.gazetteer)),
            rules.kind_then_titles(text, self._person_or_listed),
            rules.made_titles(text, self._person_or_listed) if text_field != "headline" else (),
            rules.owned_titles(text, self._listed) if text_field != "headline" else (),
            rules.listed_works(text, self._person_or_listed) if text_field != "headline" else (),
            rules.acted_titles(text, self._listed, self._looks_like_person)
            if text_field != "headline"
            else (),
            rules.described_titles(text, self._person_or_listed) if text_field != "headline" else (),
        )
        for s, e in titles:
            yield Candidate(text_field, s, e, "PRODUCT" if rules.game_title(text, s) else "MISC", "rule")
        yield from self._product_rule_cands(text_field, text)
        for s, e in rules.party_states(text, self.gazetteer):
            yield Candidate(text_field, s, e, "LOCATION", "rule", self.gazetteer.lookup(text[s:e]))
        for s, e, kind in rules.numbered_events(text):
            yield Candidate(text_field, s, e, kind, "rule")
        for s, e in rules.bracketed_place_zones(text, self._is_place):
            yield Candidate(text_field, s, e, "LOCATION", "rule")
        yield from self._event_rule_cands(text_field, text)
        # diseases by the lexicon; languages beside a cue ("taught in Hindi and Urdu")
        for s, e in itertools.chain(retype.disease_spans(text), rules.named_languages(text, self._listed)):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in retype.holiday_spans(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        yield from self._people_rule_cands(text_field, text)
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

    @staticmethod
    def _people_rule_cands(text_field: TextField, text: str) -> Iterator[Candidate]:
        """People the model misses by their look: a Chinese name where the copy marks a person,
        a given name and a surname around a quoted nickname ("Jo “Ace” Roe")."""
        for s, e in retype.chinese_names(text):
            yield Candidate(text_field, s, e, "PERSON", "rule")
        for s, e in retype.quoted_nicknames(text):
            yield Candidate(text_field, s, e, "PERSON", "rule")

    def _event_rule_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Storms, editions ("Tokyo 2020"), fights and treaties named by their kind, yearly
        addresses; a title-case headline capitalises every word, so fights and treaties are not
        read there."""
        for s, e in rules.named_storms(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.competitions(text, self._is_people):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.city_editions(text, self._is_city):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.named_conflicts(text) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.named_treaties(text) if text_field != "headline" else ():
            yield Candidate(text_field, rules.treaty_opening(text, s), e, "MISC", "rule")
        for s, e in rules.named_schemes(text, self._person_or_listed):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.counted_awards(text):
            yield Candidate(text_field, s, e, "MISC", "rule")
        yield from name_tails.rule_cands(text_field, text)
        for s, e, kind in rules.cued_prizes(text, self._listed):
            yield Candidate(text_field, s, e, kind, "rule")
        for s, e in rules.named_awards(text, self._person_or_listed) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.quoted_schemes(text):
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.kind_named_events(text, self._person_or_listed) if text_field != "headline" else ():
            yield Candidate(text_field, s, e, "EVENT", "rule")
        schemes = rules.lower_kind_schemes(text, self._person_or_listed) if text_field != "headline" else ()
        for s, e in schemes:
            yield Candidate(text_field, s, e, "MISC", "rule")
        for s, e in rules.state_of_addresses(text):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        yield from self._edition_event_cands(text_field, text)

    def _edition_event_cands(self, text_field: TextField, text: str) -> Iterator[Candidate]:
        """Fairs named with their host city in brackets, and numbered events named before a
        lower-case kind ("the 5th Harlow trade fair") or plenary sessions (``rules.lower_editions``)."""
        for s, e in rules.bracketed_place_fairs(text, self._is_place):
            yield Candidate(text_field, s, e, "EVENT", "rule")
        for s, e in rules.lower_kind_editions(text) if text_field != "headline" else ():
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
                        # Two attribution patterns can yield overlapping names over one piece:
                        # drop it from both lists, so the second finds it gone.
                        cands.remove(c)
                        here.remove(c)
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
