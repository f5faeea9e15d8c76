"""Quotes of an article: direct, partial and indirect, with their speakers (issue 14).

Offsets and regular expressions only, no parser. Each field is read once: the quoted
stretches (:mod:`consumer.quotes.marks`), then each paragraph's sentences with the
quoted words masked, so that the attribution ("X said", "said X", "X said:") is read
from the words outside the marks within a bounded window around each stretch.

This module is the entry point and the walk over a field's paragraphs; the rules it runs live
in the sibling modules named in ``consumer/quotes/README.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from consumer.bounds import enriched_end
from consumer.events import Article, Entity
from consumer.quotes.carry import (
    absorb,
    answering_person,
    aside_before,
    asked_about,
    described_before,
    last_paragraph,
    named_after_quote,
    reacting_person,
    signed_by,
    writers_paragraphs_between,
)
from consumer.quotes.headline import headline_indirect
from consumer.quotes.indirect import indirect_quote
from consumer.quotes.joins import goes_on_in, only_attribution_between
from consumer.quotes.kinds import complete, quoted_subhead
from consumer.quotes.marks import as_read, find_stretches, paragraphs
from consumer.quotes.model import Quote
from consumer.quotes.records import quote_records
from consumer.quotes.reported import reported_partial
from consumer.quotes.runs import (
    QUOTE_ONLY,
    drop_pull_quotes,
    embed_signature,
    in_quoted_run,
    quoted_words,
    signed_below,
)
from consumer.quotes.said_clause import lone_stretch, said_clause
from consumer.quotes.sentence_quotes import sentence_units
from consumer.quotes.sentences import mask, split_sentences
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_stated import stated_before
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import MASK, normalise
from consumer.quotes.unit import Unit

_LONG_PARTIAL = 5


ENGLISH = frozenset({"en", "und"})


def extract_quotes(article: Article, entities: Sequence[Entity]) -> list[Quote]:
    """The article's quotes in text order (headline first); none for a non-English item."""
    if (article.language or "und").split("-")[0].lower() not in ENGLISH:
        return []
    speakers = Speakers(entities)
    units: list[tuple[str, Unit]] = []
    body = article.body.text[: enriched_end(article.body.text)]
    for fld, text in (("headline", article.headline), ("body", body)):
        if text:
            # the rules read TeX marks as curly ones; the records keep the words as written
            units.extend((text, u) for u in _field_units(fld, as_read(text), speakers))
    _speak_as_in_body(units)
    return quote_records(article.story_id, units)


def _speak_as_in_body(units: Sequence[tuple[str, Unit]]) -> None:
    """A headline quote the body repeats ("'Nobody is above the law': Judge jails ex-mayor", then
    '"Nobody is above the law," Judge Karen Bell said') is the body quote's speaker's: the body
    says who spoke, where the headline's words around the quote may name someone else."""
    body = [(normalise(" ".join(t[a:b] for a, b in u.spans)), u) for t, u in units if u.fld == "body"]
    for text, unit in units:
        if unit.fld != "headline" or unit.kind == "indirect":
            continue
        words = normalise(" ".join(text[a:b] for a, b in unit.spans)).strip(" ,.!?:;")
        same = next((u for key, u in body if u.kind != "indirect" and len(words) > 8 and words in key), None)
        if same is not None:
            unit.speaker = same.speaker


def _field_units(fld: str, text: str, speakers: Speakers) -> list[Unit]:  # noqa: C901 - one linear walk over a field's paragraphs, stretches and sentences
    paras = paragraphs(text)
    stretches = find_stretches(text, paras)
    masked = mask(text, stretches)
    speakers.masked = masked
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(stretches):
        by_para.setdefault(s.paragraph, []).append(i)
    units: list[Unit] = []
    unit_of: dict[int, Unit] = {}
    # the last quote, direct or reported, with a speaker, in an earlier paragraph: an unattributed
    # quote paragraph goes on with whoever spoke last ('X said it was ...' then '"..."'), never
    # with a source cited for a fact ('According to the league, ...')
    last_said: Unit | None = None
    # a partial quote of a few words or more, with a speaker, that ends its paragraph's quotes:
    # an unattributed quote paragraph right after it goes on with that speaker ('Roe's letter
    # called it "an effort to alter the city's character".' then '"This revives old plans."');
    # a shorter one is a label ('called Acme's pricing "predatory"'), after which the last
    # direct speaker goes on
    last_partial: Unit | None = None
    intro: tuple[int, int] | None = None  # a quote-less sentence ending a paragraph with a colon
    unsaid: set[int] = set()  # stretches a sign, a song or the screen says ('"...," the sign read')
    for para in paras:
        ids = by_para.get(para.index, [])
        if embed_signature(text, para.start, para.end) or signed_below(text, paras, para.index):
            ids = []  # an embedded post ("... — Name (@handle) May 3, 2020") quotes nobody itself
        sentences = split_sentences(text, masked, para, [stretches[i] for i in ids])
        floor = paras[max(0, para.index - 2)].start
        speakers.start_paragraph(para.start)
        para_units: list[Unit] = []
        para_first = len(units)
        at = 0  # sentences and stretches are both in text order: one walk over each
        for n_sentence, (s_start, s_end) in enumerate(sentences):
            while at < len(ids) and stretches[ids[at]].start < s_start:
                at += 1
            here: list[int] = []
            while at < len(ids) and stretches[ids[at]].start < s_end:
                here.append(ids[at])
                at += 1
            lead_in = intro if n_sentence == 0 else None
            intro = (s_start, s_end) if not here and masked[s_start:s_end].rstrip().endswith(":") else None
            if not here:
                if fld == "body":
                    unit = indirect_quote(text, masked, fld, s_start, s_end, para.index, speakers, floor)
                elif s_end >= len(text.rstrip()):  # the headline's last sentence holds its source
                    unit = headline_indirect(text, masked, speakers)
                else:
                    unit = None
                if unit is not None:
                    units.append(unit)
                continue
            found = sentence_units(
                text, masked, fld, s_start, s_end, here, stretches, speakers, floor, lead_in, unsaid
            )
            lone = lone_stretch(found, here, unsaid) if fld == "body" else None
            if lone is not None:
                # 'Noting the plan Roe said, "what is needed is ..."' (session 42, Reuters copy)
                said = said_clause(
                    text, masked, fld, s_start, s_end, stretches[lone], lone, para.index, speakers, floor
                )
                found = [said] if said is not None else found
            for unit in found:
                if quoted_subhead(text, para.start, para.end, unit):
                    continue
                first = unit.stretch_ids[0]
                if (
                    first - 1 in unsaid
                    and not unit.attributed
                    and unit.starts
                    and stretches[first - 1].paragraph == para.index
                    and only_attribution_between(masked, stretches[first - 1].end, unit.spans[0][0])
                ):
                    continue  # '"A," the credits declare. "B."': B is the credits' too
                if unit.tail:
                    owner = para_units[-1] if para_units else None
                    if (
                        owner is not None
                        and owner.kind == "direct"
                        and owner.attributed
                        and unit.sent_start == owner.sent_end
                        and complete(text, owner)
                        and goes_on_in(text, masked, owner, unit)
                    ):
                        # '"Lonely is the word," Roe says. "I don't think anyone agreed" who ...': the
                        # quote's next stretch, split by its attribution (session 28, fresh web pages)
                        absorb(owner, unit, unit_of)
                    continue  # else a clause of the writer's sentence, no quote of its own
                prev = stretches[first].continues
                if unit.kind == "direct" and not unit.attributed and fld == "body":
                    named_after = named_after_quote(
                        text, masked, fld, unit.spans[-1][1], para.end, speakers
                    ) or signed_by(text, masked, fld, unit.spans[-1][1], speakers)
                    if named_after is not None:
                        # '"..." That was how Maria Santos described it.': the quote's own speaker
                        unit.speaker, unit.attributed = named_after, True
                if (
                    prev is not None
                    and prev in unit_of
                    and unit.kind == "direct"
                    and (
                        unit.speaker.entity in (None, unit_of[prev].speaker.entity)
                        or not unit_of[prev].attributed
                    )
                ):
                    owner = unit_of[prev]  # a quote running across paragraphs: one quote, more spans
                    if not owner.attributed and unit.attributed:
                        # '"A.' then '"B," Roe said.': the attribution at the end is the whole quote's
                        owner.speaker, owner.verb, owner.attributed = unit.speaker, unit.verb, True
                    absorb(owner, unit, unit_of)
                    if owner.attributed and not para_units:
                        # '"A. ¶ "B," Roe added. "C."': C goes on with the quote that ran into this
                        # paragraph, as in a one-paragraph quote (session 27, fresh web pages)
                        para_units.append(owner)
                    continue
                if (
                    unit.kind == "direct"
                    and not unit.attributed
                    and unit.starts
                    and para_units
                    and para_units[-1].kind == "direct"
                    and para_units[-1].attributed
                    and goes_on_in(text, masked, para_units[-1], unit)
                ):
                    # '"A," Roe said. "B."', and '"A" the plan, Roe said. "B."' whose first stretch
                    # runs on into the writer's words: one quote, the next sentence going on
                    owner = para_units[-1]
                    absorb(owner, unit, unit_of)
                    continue
                if (
                    unit.kind == "direct"
                    and not unit.attributed
                    and not para_units
                    and unit.spans[0][0] <= para.start + 2
                    and units
                    and units[-1].kind == "direct"
                    and units[-1].attributed
                    and complete(text, units[-1])
                    and units[-1].paragraph == para.index - 1
                    and MASK not in masked[units[-1].spans[-1][1] + 1 : para.start]
                    # the paragraph ends with the attribution, not sentences of the writer's after it
                    # ('..." the exec told us. Definitely. Except ...'; session 29, fresh web pages)
                    and only_attribution_between(masked, units[-1].spans[-1][1], paras[para.index - 1].end)
                ):
                    owner = units[-1]  # '"A," she said.' then a paragraph '"B."': one quote, two spans
                    absorb(owner, unit, unit_of)
                    continue
                if (
                    unit.kind == "direct"
                    and not unit.attributed
                    and unit.speaker.entity is None
                    and fld == "body"
                    and not unit.own_subject
                ):
                    near = units[-1] if units and units[-1].paragraph == para.index else None
                    opens = not masked[para.start : unit.spans[0][0]].strip(QUOTE_ONLY)
                    lo = paras[para.index - 1].start if opens and para.index else para.start
                    # 'Adams disagreed.' right before, or closing the paragraph before (session 26)
                    reacting = reacting_person(text, masked, fld, lo, unit.spans[0][0], speakers)
                    if reacting is None:
                        # 'Acme director Ann Roe criticised the old system of payments. "..."': a
                        # named person taking a stand, any length (session 41, BBC stories)
                        reacting = stated_before(text, masked, fld, lo, unit.spans[0][0], speakers)
                    if reacting is None:
                        # 'What did Roe say?' closing this paragraph or the one before: Roe answers
                        reacting = asked_about(masked, fld, lo, unit.spans[0][0], speakers)
                    aside = described = None
                    if reacting is None:
                        # 'The plan, Roe said, was dead.' closing this paragraph or the one before
                        aside = aside_before(text, masked, fld, lo, unit.spans[0][0], speakers, floor)
                    if reacting is None and aside is None:
                        # 'Her deputy was less sure.' right before: that person's reaction (session 30)
                        described = described_before(text, masked, fld, lo, unit.spans[0][0], speakers, floor)
                    if reacting is not None:
                        unit.speaker = Speaker(reacting)  # 'Adams disagreed. "Sometimes we have no choice."'
                    elif aside is not None:
                        unit.speaker = aside  # 'The plan, Roe said, was dead. "We cannot go on."'
                    elif described is not None:
                        unit.speaker = described  # the described person with that role, else null
                    elif near is not None and near.speaker.entity is not None:
                        unit.speaker = near.speaker  # 'X confirmed that ... . "We use ..."'
                    elif near is not None and near.kind == "indirect" and near.verb != "according to":
                        pass  # "Roe's rep told Fox that ... . '...'": that unnamed speaker goes on
                    elif speakers.para_speaker is not None:
                        unit.speaker = Speaker(speakers.para_speaker)  # '"No," he said. "No. ..."'
                    elif last_partial is not None and last_partial.paragraph == para.index - 1:
                        unit.speaker = last_partial.speaker
                    elif (
                        last_said is not None
                        and last_paragraph(last_said) >= para.index - 3
                        and not writers_paragraphs_between(
                            masked, paras, last_paragraph(last_said), para.index, fld, speakers
                        )
                    ):
                        unit.speaker = last_said.speaker
                if (
                    unit.kind == "direct"
                    and not unit.attributed
                    and unit.speaker.entity is None
                    and in_quoted_run(masked, stretches, unit.stretch_ids[0])
                ):
                    continue  # '... fears: "I am no expert." "I cannot write a proposal." "..."'
                answered = answering_person(text, masked, fld, unit, units[-1] if units else None, speakers)
                if answered is not None:
                    # 'A reporter asked Roe, "...?"' then '"...," she replied': Roe, who goes on
                    unit.speaker = Speaker(answered)
                    speakers.remember(unit.speaker, unit.sent_end)
                for sid in unit.stretch_ids:
                    unit_of[sid] = unit
                para_units.append(unit)
                units.append(unit)
        for unit in units[para_first:]:
            cited = unit.kind == "indirect" and unit.verb == "according to"
            if unit.speaker.entity is not None and not cited:
                long_partial = unit.kind == "partial" and (
                    quoted_words(text, unit) >= _LONG_PARTIAL or reported_partial(text, unit)
                )
                last_partial = unit if long_partial else None
                last_said = last_said if unit.kind == "partial" else unit
    return drop_pull_quotes(text, masked, paras, stretches, units) if fld == "body" else units
