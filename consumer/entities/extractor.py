"""The entity stage: article in, grouped, typed, linked entities out.

All text fields of all articles in a call go through one ``nlp.pipe`` so that the
model sees full batches; everything after the model is plain Python over offsets.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from consumer.bounds import MAX_ENRICHED_CHARS, MAX_SENTENCE_CHARS, cut_span, enriched_end, mask_long_runs
from consumer.entities import (
    attributes,
    body_edges,
    boundaries,
    candidates,
    company_owners,
    consolidate,
    dateline_dash,
    listed_joins,
    model_joins,
    name_tails,
    opening_words,
    people_joins,
    person_edges,
    propagation,
    retype,
    rules,
    span_splits,
)
from consumer.entities.bare_acronyms import add_bare_acronyms
from consumer.entities.bare_products import bare_word_product
from consumer.entities.borrowed_peoples import drop_borrowed_peoples
from consumer.entities.cand_joins import (
    event_years,
    join_and_names,
    join_and_plural_tail,
    join_cabinet_titles,
    join_field_pairs,
    join_plural_and,
    join_trade_pairs,
    retyped_product_tails,
)
from consumer.entities.cand_passes import POSTAL_CODE, CandidatePasses
from consumer.entities.candidates import Candidate
from consumer.entities.captions import caption_mentions_of, caption_place, in_captions, with_captions
from consumer.entities.duplicates import join_duplicates
from consumer.entities.event_adjectives import event_adjective
from consumer.entities.gazetteer import (
    GazEntry,
    Gazetteer,
    load_gazetteer,
)
from consumer.entities.group_keys import group_key
from consumer.entities.headings import LowerWords, heading_guess
from consumer.entities.home_bodies import unqualified_home_bodies
from consumer.entities.links import links_for
from consumer.entities.lone_speakers import lone_speakers
from consumer.entities.mentions import (
    agency_key,
    entity_id,
    entity_within,
    first_offset,
    new_mention,
    without_slug,
)
from consumer.entities.name_finders import NameFinders
from consumer.entities.place_bodies import place_body_cands
from consumer.entities.place_forms import join_place_forms
from consumer.entities.place_kinds import lower_kind_places
from consumer.entities.product_short_forms import join_product_plurals, join_product_short_forms
from consumer.entities.product_siblings import family_siblings
from consumer.entities.records import FIELD_ORDER, CandidateGroup, PreparedArticle
from consumer.entities.role_bodies import role_slot_bodies
from consumer.entities.role_owners import names_no_body
from consumer.entities.salience import normalise, raw_weight
from consumer.entities.short_forms import (
    TRADE_WORDS,
    join_acronyms,
    join_bare_facilities,
    join_club_cities,
    join_editions,
    join_maker_products,
    join_nicknames,
    join_part_numbers,
    join_short_forms,
)
from consumer.entities.span_filters import (
    BYLINE_NAME,
    NOT_IN_BYLINE_NAMES,
    calendar_word,
    common_phrase_people,
    headline_guess,
    legal_form_alone,
    lone_kind_word,
    lone_word_person,
    named_thing_people,
    no_people,
    settle_unplaced_words,
    spelt_out_acronym,
)
from consumer.entities.suffix_forms import join_sky_namesakes, join_suffixed_forms
from consumer.entities.team_sheets import team_sheets
from consumer.events import Article, Entity, EntityAttributes, Mention, TextField
from consumer.parse.agencies import is_known_agency
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


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


def _fields(article: Article) -> dict[TextField, str]:
    out: dict[TextField, str] = {}
    if article.headline:
        out["headline"] = article.headline[: MAX_CHARS["headline"]]
    if article.dateline is not None and article.dateline.raw:
        out["dateline"] = article.dateline.raw[: MAX_CHARS["dateline"]]
    if article.body.text:
        out["body"] = article.body.text[: enriched_end(article.body.text)]
    return out


def _model_text(prepared: PreparedArticle, text_field: TextField) -> str:
    """What the model reads of a field: the re-cased text, the body's dateline dash an em dash
    (``dateline_dash``; one character for one, so offsets hold)."""
    text = prepared.recased[text_field]
    return dateline_dash.for_model(text) if text_field == "body" else text


class EntityExtractor(NameFinders, CandidatePasses):
    """One per process: holds the loaded pipeline and the gazetteer (read-only)."""

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.gazetteer: Gazetteer = load_gazetteer()

    def extract(self, articles: Sequence[Article]) -> list[list[Entity]]:
        prepared_articles = [self._prepare(a) for a in articles]
        slots = [(p, text_field) for p in prepared_articles for text_field in p.recased]
        for (p, text_field), doc in zip(
            slots, self._pipe([_model_text(p, text_field) for p, text_field in slots]), strict=True
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

    def _prepare(self, article: Article) -> PreparedArticle:
        fields = _fields(article)
        caption_starts = with_captions(fields, article.captions)
        original = {text_field: _bounded(_clean(t)) for text_field, t in fields.items()}
        cases = rules.case_map(original.values())
        recased: dict[TextField, str] = {
            text_field: rules.recase(t, cases, self.gazetteer) for text_field, t in original.items()
        }
        prepared = PreparedArticle(
            original=fields, recased=recased, cases=cases, caption_starts=caption_starts
        )
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

    def _entities(self, article: Article, prepared: PreparedArticle) -> list[Entity]:
        gazetteer, recased = self.gazetteer, prepared.recased
        cands: list[Candidate] = []
        # a one-word body opening a sentence on the first word of a longer name the story writes is
        # the name's short form, never an ordinary word (``opening_words.name_heads``)
        name_heads = opening_words.name_heads(recased.get("body", ""))  # a title-case headline heads no name
        for text_field, doc in prepared.docs.items():
            cands.extend(
                self._product_tail(c, recased[text_field])
                for c in candidates.from_doc(doc, text_field, gazetteer, recased[text_field])
                if not self._common_word(c, recased, prepared.cases)
                and not self._title_word(c, recased)
                and not self._opening_word(c, recased, prepared.cases, name_heads)
            )
            cands.extend(self._rule_cands(text_field, recased[text_field]))
            cands.extend(self._speakers(text_field, recased[text_field], cands))
            cands.extend(lone_speakers(text_field, recased[text_field], cands, gazetteer, prepared.cases))
            # "Acme Corp" where the model saw no organisation, or only its last words: the
            # corporate suffix says it is one
            model_orgs = [
                c for c in cands if c.field == text_field and c.origin == "ner" and c.type == "ORGANIZATION"
            ]
            text = recased[text_field]
            for s, e in itertools.chain(rules.companies(text), rules.comma_partnerships(text)):
                # "Japan's Tarvo Corp": a place's or a person's possessive is no part of the name
                s, owner = company_owners.owner_cut(text, s, e, cands, gazetteer)
                if owner is not None:
                    cands.append(Candidate(text_field, owner[0], owner[1], "LOCATION", "gazetteer", owner[2]))
                held = (org for org in model_orgs if org.start < e and s < org.end)
                if company_owners.possessive_partnership(text, s, e) or all(
                    rules.company_reaches_back(text, s, e, o.start, o.end)
                    or rules.company_runs_on(text, s, e, o.start, o.end)
                    for o in held
                ):
                    cands.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
            here = [c for c in cands if c.field == text_field]
            cands.extend(self._named_by_rules(text_field, recased[text_field], here))
            cands.extend(self._source_outlets(text_field, recased[text_field], here))
            cands.extend(self._paired_companies(text_field, recased[text_field], here))
            cands.extend(self._defined_acronyms(text_field, recased[text_field], here))
            cands.extend(self._peers(text_field, recased[text_field], here))
            cands = self._without_peer_seats(cands, text_field, recased[text_field])
            cands.extend(self._bracketed_companies(text_field, recased[text_field], here))
            if text_field == "body":
                cands.extend(self._kind_after_names(text_field, recased[text_field], here))
                cands.extend(self._made_kind_names(text_field, recased[text_field], here))
                cands.extend(
                    Candidate(text_field, s, e, "LOCATION", "rule")
                    for s, e in lower_kind_places(recased[text_field])
                )
            cands.extend(place_body_cands(text_field, recased[text_field], here, self._is_place))
        cands = boundaries.suffix_sentence_ends(cands, recased)
        cands = person_edges.given_name_openings(cands, recased, gazetteer)
        cands = body_edges.numbered_groups(body_edges.place_opened_bodies(cands, recased), recased)
        body_edges.nation_portfolios(cands, recased, gazetteer)
        cands = span_splits.split_kind_pairs(join_cabinet_titles(cands, recased), recased)
        cands = without_slug(cands, rules.headline_slug_end(recased.get("headline", "")))
        cands = join_plural_and(
            join_trade_pairs(join_and_names(candidates.resolve(cands), recased), recased), recased
        )
        cands = join_field_pairs(join_and_plural_tail(cands, recased), recased)
        cands = retype.tidy(cands, recased, gazetteer)
        span_splits.cut_stage_groups(cands, recased)
        cands = boundaries.couple_foundations(span_splits.split_and_bodies(cands, recased), recased)
        cands = span_splits.split_deal_pairs(cands, recased)
        cands = boundaries.office_holder_openings(cands, recased)
        boundaries.grand_prix(cands, recased)
        cands = span_splits.split_comma_places(
            span_splits.cut_in_places(cands, recased, gazetteer), recased, gazetteer
        )
        cands = boundaries.part_of_openings(cands, recased, gazetteer)
        cands = boundaries.possessive_place_names(cands, recased, gazetteer)
        cands = boundaries.possessive_company_names(cands, recased)
        listed_joins.maker_product_names(cands, recased, gazetteer)
        cands = listed_joins.body_events(cands, recased, gazetteer)
        boundaries.describing_openers(cands, recased, gazetteer)
        boundaries.dotted_initials_common_word(cands, recased, prepared.cases, gazetteer)
        boundaries.headline_run_ons(cands, recased, prepared.original.get("headline", ""))
        retype.retype(cands, recased, gazetteer, prepared.cases)
        retype.reported_people(cands, recased, gazetteer)
        retype.titled_speakers(cands, recased, gazetteer)
        for role_field in ("headline", "body"):
            if role_field in recased:
                cands.extend(role_slot_bodies(cands, role_field, recased[role_field], gazetteer))
        retyped_product_tails(cands, recased)
        family_siblings(cands, recased, gazetteer)
        event_years(cands, recased)
        name_tails.law_years(cands, recased)
        name_tails.sequel_numbers(cands, recased)
        name_tails.article_openings(cands, recased)
        cands = name_tails.campus_towns(cands, recased, gazetteer)
        retype.people_in_lists(cands, recased, gazetteer)
        retype.places_in_lists(cands, recased, gazetteer)
        retype.bodies_in_lists(cands, recased, gazetteer, rules.example_bodies)
        team_sheets(cands, recased, gazetteer)
        self._sports_teams(cands, recased)
        self._states(cands, recased)
        cands.extend(self._towns_before_states(cands, recased))
        self._namesakes(cands, recased)
        cands = boundaries.generational_suffixes(cands, recased)
        consolidate.vote_types(cands, recased)
        parts = people_joins.join_people(cands, recased, gazetteer)
        cands = propagation.propagate(cands, recased, parts)
        cands = model_joins.join_models(cands, recased, gazetteer)
        groups = self._group(cands, recased)
        headline = prepared.original.get("headline", "")
        title_headline = rules.is_title_case(headline)
        if title_headline:
            groups = [g for g in groups if not headline_guess(g)]
        groups = [
            g
            for g in groups
            if not lone_word_person(g, recased)
            and not calendar_word(g)
            and not legal_form_alone(g)
            and not event_adjective(g, recased)
            and not no_people(g)
            and not named_thing_people(g, recased)
            and not lone_kind_word(g)
            and not bare_word_product(g, recased, gazetteer)
            and not spelt_out_acronym(g, recased)
        ]
        groups = settle_unplaced_words(groups, recased, gazetteer)
        groups = drop_borrowed_peoples(groups, recased, gazetteer)
        groups = common_phrase_people(groups, recased, gazetteer)
        body = prepared.original.get("body", "")
        lower = LowerWords(body)
        groups = [
            g
            for g in groups
            if not heading_guess(g, body, title_headline, lower, headline, gazetteer)
            and not caption_place(g, prepared)
        ]
        # a web page's byline and source are its metadata, no text of the article: an agency or
        # a person only they name ("Photo by The Associated Press") is no entity of the story
        if article.input_format != "html":
            self._add_agency(article, groups, prepared)
            self._add_byline_people(article, groups, prepared)
        return self._build(groups, prepared)

    def _group(self, cands: list[Candidate], recased: dict[TextField, str]) -> list[CandidateGroup]:
        groups: dict[tuple[str, ...], CandidateGroup] = {}
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
            key = group_key(cand, surface)
            group = groups.setdefault(key, CandidateGroup(cand.type, [], None))
            group.cands.append(cand)
            if cand.entry is not None and cand.entry.type == cand.type:
                group.entry = cand.entry
        for group in groups.values():
            group.name = self._canonical(group, recased)
        joined = join_short_forms(join_acronyms(list(groups.values()), recased, self.gazetteer), recased)
        add_bare_acronyms(joined, recased, self.gazetteer)  # "the FT said" of the Financial Times
        joined = join_sky_namesakes(join_suffixed_forms(joined, recased), recased)
        joined = join_bare_facilities(joined, recased)
        joined = join_club_cities(joined, recased)
        joined = join_editions(joined, recased)
        joined = join_maker_products(joined, self.gazetteer)
        joined = join_part_numbers(joined)
        joined = join_product_short_forms(join_nicknames(joined))  # "the powerful Comets"
        joined = join_product_plurals(joined, recased)  # "the Zentrobook ... older Zentrobooks"
        joined = join_duplicates(join_place_forms(joined), self.gazetteer)
        unqualified_home_bodies(joined, recased, self.gazetteer)  # India's bare "Congress"
        return joined

    def _named_state(self, surface: str, linked: Mapping[str, GazEntry | None]) -> GazEntry | None:
        """ "South Dakota ... SD lawmakers": a place read as two capitals is the state or
        province of that postal code when the story names it in full; with no full name it stays
        as read ("IN", "OR", "ME" are words, "SD" a card)."""
        if len(surface) != 2 or not POSTAL_CODE.fullmatch(surface):
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
            if len(words) == 1 or words[-1] not in TRADE_WORDS:
                return None
            words.pop()
        return None

    @staticmethod
    def _canonical(group: CandidateGroup, recased: dict[TextField, str]) -> str:
        if group.entry is not None:
            return group.entry.name
        forms = [" ".join(recased[c.field][c.start : c.end].split()) for c in group.cands]
        forms += [c.group for c in group.cands if c.group]
        name = max(forms, key=lambda s: (len(s), not s.isupper(), -forms.index(s)))
        if group.type == "PERSON" and any(q in name for q in "\"“‘'"):
            # "Dario “Big D” Marsh" is Dario Marsh; the mention keeps the nickname
            name = retype.without_nickname(name)
        return name

    def _add_agency(self, article: Article, groups: list[CandidateGroup], prepared: PreparedArticle) -> None:
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
            if not named and agency_key(agency) not in {agency_key(n) for n in names}:
                prepared.original["source"] = agency
                found.append(Candidate("source", 0, len(agency), "ORGANIZATION", "rule"))
                names.append(agency)
        for cand, name in zip(found, names, strict=True):
            group = self._agency_group(name, groups, prepared)
            if group is None:
                entry = self.gazetteer.lookup(name)
                org = entry if entry is not None and entry.type == "ORGANIZATION" else None
                group = CandidateGroup("ORGANIZATION", [], org, org.name if org else name)
                groups.append(group)
            group.cands.append(cand)

    def _add_byline_people(
        self, article: Article, groups: list[CandidateGroup], prepared: PreparedArticle
    ) -> None:
        """The reporters a byline names are people of the item (the conventions count a byline
        the item's own text carries: a scraped page's "By Jane Roe", an envelope's byline field).
        An HTML page's byline comes from page furniture and metadata, not the story, and is left
        out by the caller. A reporter the story also names is the same person."""
        byline = (article.byline or "")[: MAX_CHARS["byline"]]
        for match in BYLINE_NAME.finditer(byline):
            name = match.group(0)
            if is_known_agency(name) or self.gazetteer.lookup(name) is not None:
                continue
            if any(word.lower() in NOT_IN_BYLINE_NAMES for word in name.split()):
                continue  # "Staff Writer", "Updated March", "Jane Roe For The": no reporter's name
            prepared.original["byline"] = byline
            cand = Candidate("byline", match.start(), match.end(), "PERSON", "rule")
            same = next((g for g in groups if g.type == "PERSON" and g.name == name), None)
            if same is None:
                same = CandidateGroup("PERSON", [], None, name)
                groups.append(same)
            same.cands.append(cand)

    @staticmethod
    def _agency_group(
        name: str, groups: list[CandidateGroup], prepared: PreparedArticle
    ) -> CandidateGroup | None:
        """The group that is this agency (made an organisation), matching canonical agency names.

        Several groups can be the one agency ("(Xinhua)" from the dateline rule, "Xinhua" the
        model tagged in the body, "Xinhua News Agency"): they are merged into the first.
        """
        key = agency_key(name)
        found: CandidateGroup | None = None
        for group in list(groups):
            forms = {group.name} | {prepared.original[c.field][c.start : c.end] for c in group.cands}
            if group.entry is not None:
                forms.add(group.entry.name)
            if key not in {agency_key(form) for form in forms}:
                continue
            if found is None:
                found = group
                found.type = "ORGANIZATION"
                continue
            found.cands.extend(group.cands)
            found.entry = found.entry or group.entry
            groups.remove(group)
        return found

    def _build(self, groups: list[CandidateGroup], prepared: PreparedArticle) -> list[Entity]:
        built: list[tuple[float, int, Entity]] = []
        raws: list[float] = []
        drafts: list[tuple[CandidateGroup, list[Mention]]] = []
        for group in groups:
            if not group.cands:  # an entity with no mention is never published
                continue
            # built from the stage's own offsets and field names, so not validated again: a
            # validated Mention per mention cost about 1.5 ms an item in the benchmark profile
            mentions = [
                new_mention(prepared.original[c.field][c.start : c.end], c.field, c.start, c.end)
                for c in sorted(group.cands, key=lambda c: (FIELD_ORDER.index(c.field), c.start))
            ]
            drafts.append((group, mentions))
            raws.append(raw_weight(mentions, prepared.dateline_in_body))
        names = {id(g): g.name for g, _ in drafts}
        seen_ids: set[str] = set()
        for (group, mentions), salience in zip(drafts, normalise(raws), strict=True):
            ent_id = entity_id(group.type, group.name, seen_ids)
            built.append(
                (
                    salience,
                    first_offset(mentions),
                    Entity(
                        id=ent_id,
                        type=group.type,
                        name=group.name,
                        mentions=[m for m in mentions if not in_captions(m, prepared)],
                        caption_mentions=caption_mentions_of(mentions, prepared),
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
        group: CandidateGroup,
        prepared: PreparedArticle,
        drafts: list[tuple[CandidateGroup, list[Mention]]],
        names: dict[int, str],
    ) -> EntityAttributes | None:
        if group.type not in ("PERSON", "ORGANIZATION"):
            return None
        for cand in sorted(group.cands, key=lambda c: (c.field != "body", c.start)):
            text = prepared.original[cand.field]
            if group.type == "PERSON":
                found = attributes.person_role(text, cand.start, cand.end)
                if found:
                    role, org, span = found
                    inside = entity_within(drafts, cand.field, span, {"ORGANIZATION"})
                    if (
                        inside is None
                        and org is not None
                        and names_no_body(drafts, text, cand.field, span, org)
                    ):
                        org = None  # "Libyan leader", "a spokesman for the Arlo family": no body
                    return EntityAttributes(role=role, organization=names[id(inside)] if inside else org)
            else:
                desc = attributes.org_description(text, cand.end)
                if desc:
                    description, span = desc
                    place = entity_within(drafts, cand.field, span, {"LOCATION"}, last=True)
                    return EntityAttributes(
                        description=description, location=names[id(place)] if place else None
                    )
        return None
