"""Passes over the candidates before grouping: teams, states, towns and namesakes.

A city name can be a club, a state, a town in a state or a namesake of a bigger place;
these passes read a bounded window around each candidate and the gazetteer to settle
which, and drop title words and common words read as names.
"""

from __future__ import annotations

import bisect
import itertools
import re

from mypy_extensions import mypyc_attr
from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import attributes, consolidate, retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.gazetteer.lists import market_index_names
from consumer.entities.opening_words import opening_common_word
from consumer.entities.retype.name_edges import INTERJECTIONS
from consumer.entities.span_filters import (
    GENERIC_BODIES,
    STATE_AFTER,
    bare_number,
    grade_label,
    is_amount,
    is_side,
    mark_teams,
    programme_label,
    singular_nickname,
)
from consumer.entities.team_cues import cued_teams
from consumer.events import TextField
from consumer.lexicon import COMMON_ACRONYMS, HONORIFICS, PEOPLE_NOUNS, TITLE_ABBREVIATIONS

_GAP = re.compile(r",?[ \t]+")
# What a place before a state may be linked to and still be a namesake there ("Hidalgo, Texas"
# is no Mexican state); a country before one ("Ohio, Michigan and Indiana": a list) never is.
_NAMESAKE_KINDS = ("city", "first_level_division")
# One to three capitalised words, then the comma and space before a state's name.
_TOWN_BEFORE_COMMA = re.compile(r"(?<![\w.'’-])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),[ \t]+$")


def _town_before_comma(text: str, low: int, high: int) -> re.Match[str] | None:
    """``_TOWN_BEFORE_COMMA.search(text, low, high)``, skipped where the window does not end on a
    comma and spaces (or on them and a line break, before which "$" matches too): the pattern is
    tried at each position of the window, and most states follow "in" ("in Texas"), no town.
    Issue 11 bounds the cost beyond NER."""
    window = text[low:high]
    if window[-1:] == "\n":
        window = window[:-1]
    if window[-1:] not in (" ", "\t") or not window.rstrip(" \t").endswith(","):
        return None
    return _TOWN_BEFORE_COMMA.search(text, low, high)


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|near|outside)[ \t]+$")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join((*TITLE_ABBREVIATIONS, *HONORIFICS))})\.?[ \t]+$", re.IGNORECASE)
_TITLE_REACH = 12  # characters before the town: one title and its full stop
_TOWN_REACH = 60  # characters before the state: three words of a town's name and the comma
POSTAL_CODE = re.compile(r"[A-Z]{2}(?![\w'’-])")


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


def _read_town(held: list[Candidate], start: int, end: int) -> bool:
    """Whether the one candidate over a town's words is a place read over exactly them by the
    gazetteer or the model (no rule's)."""
    return (
        len(held) == 1
        and (held[0].start, held[0].end) == (start, end)
        and held[0].origin in ("gazetteer", "ner")
        and held[0].type == "LOCATION"
    )


def _us_state(place: GazEntry) -> bool:
    return place.kind == "first_level_division" and place.country == "US"


# The extractor, which stays interpreted (setup.py), builds on this class.
@mypyc_attr(allow_interpreted_subclasses=True)
class CandidatePasses:
    gazetteer: Gazetteer

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
        a writer's interjection ('Okay', 'Sadly', 'Hmph'),
        a common-noun abbreviation ('AI', 'CEO'), a plural noun of people read as a body or a
        person, as the model does where one opens a sentence ('Attendees included ...'), the
        portfolio word of a title ('Secretary of State Jane Roe'), the capitalised "State" of
        'State-owned', a listing's lead-in verb in capitals ('SPEND a day ...'), the "Group"
        of a competition's stage ('in Group D'), or a number read as a body ('5th', '58.4 cu.ft')."""
        if cand.origin != "ner":
            return False
        text = recased[cand.field]
        surface = text[cand.start : cand.end]
        if (cand.type == "ORGANIZATION" and bare_number(surface)) or is_amount(surface):
            return True
        if programme_label(text, cand.start, cand.end, cand.type):
            return True
        if cand.type in ("ORGANIZATION", "PERSON", "LOCATION") and grade_label(text, cand.start, cand.end):
            return True
        if cand.type == "ORGANIZATION" and rules.portfolio_before_office(text, cand.start, cand.end):
            return True
        if " " in surface:
            return False
        low = surface.lower()
        if cases.get(low) == low or low in STOP_WORDS or surface in COMMON_ACRONYMS or low in INTERJECTIONS:
            return True
        if cand.type in ("ORGANIZATION", "PERSON") and low.endswith("s") and low in PEOPLE_NOUNS:
            return True
        # the context rules last: they read the text around the word, the tests above do not
        return cand.type == "ORGANIZATION" and (
            low in GENERIC_BODIES
            or rules.portfolio_word(text, cand.start, cand.end)
            or rules.state_compound(text, cand.start, cand.end)
            or rules.caps_lead_in(text, cand.start, cand.end)
            or rules.stage_group(text, cand.start, cand.end)
        )

    def _opening_word(
        self,
        cand: Candidate,
        recased: dict[TextField, str],
        cases: dict[str, str],
        name_heads: frozenset[str],
    ) -> bool:
        """A model body of one ordinary word opening a sentence of the body ("Altogether, the
        ...", "House prices fell"): see ``opening_words``. Never the first word of a longer name
        the model read in the story ("Continental plans to raise ..." after "Continental
        Airlines Inc said ...": the firm's short name)."""
        if cand.origin != "ner" or cand.type != "ORGANIZATION" or cand.field != "body":
            return False
        text = recased[cand.field]
        surface = text[cand.start : cand.end]
        if " " in surface or surface.lower() in name_heads:
            return False
        listed = self.gazetteer.lookup(surface) is not None or retype.is_given_name(surface)
        return opening_common_word(text, cand.start, cand.end, cases, listed)

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
            countries = [c for c, e in ((left, left_entry), (right, right_entry)) if is_side(c, e)]
            if countries and rules.result_between(text, left.end, right.start, right.end):
                teams.update(consolidate.key_of(text[c.start : c.end]) for c in countries)
        for cand, entry in sides:
            text = recased[cand.field]
            if is_side(cand, entry) and rules.won_over(text, cand.start, cand.end):
                teams.add(consolidate.key_of(text[cand.start : cand.end]))
        teams |= cued_teams(sides, recased)
        mark_teams(sides, teams, recased)

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
            or not (words[-1] in ("City", "Town") or singular_nickname(words[-1]))
            or self.gazetteer.lookup(" ".join(words)) is not None
        ):
            return False
        city = self.gazetteer.lookup(" ".join(words[:-1]))
        if city is None or city.kind not in ("city", "first_level_division"):
            return False
        if retype.place_context(text, cand.start) or STATE_AFTER.match(text, cand.end):
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
            elif _read_town(held, start, end):
                # the gazetteer or the model read the town: the state is still the proof, so
                # its reading types the name's bare mentions the model read as a body
                # ("Youngstown, Ohio ... the plants around Youngstown")
                held[0].origin = "rule"
        return found

    def _unlisted_town(self, ordered: list[Candidate], text: str, state_start: int) -> None:
        """'police in Kessel Hill, Texas': a town too small for the bundled cities that the model
        read as a person, right after "in", "near" or "outside" and before its state, is a place
        with no record (never a surname of the story's person or a titled name)."""
        match = _town_before_comma(text, max(0, state_start - _TOWN_REACH), state_start)
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
        match = _town_before_comma(text, window_start, state_start)
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
        code = POSTAL_CODE.match(text, gap.end()) if "," in gap.group() else None
        return self.gazetteer.postal_division(code.group()) if code else None
