"""The quotes of one sentence: each quoted stretch with its own or the sentence's attribution,
and its kind (direct, partial, none).

This is the one walk over a sentence's stretches; the cues it reads come from
:mod:`consumer.quotes.cues`, :mod:`consumer.quotes.unsaid`, :mod:`consumer.quotes.leadins`,
:mod:`consumer.quotes.attribution`, :mod:`consumer.quotes.kinds` and :mod:`consumer.quotes.clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.apposed import apposed_subject, runs_on_past_apposition
from consumer.quotes.attribution import (
    addressees_answer,
    answers_question,
    aside_speaker,
    clause_before,
    inverted_subject,
    lead_verb,
    owners_only,
    relayed_speaker,
    second_speaker,
    subject_phrase,
)
from consumer.quotes.clauses import RELATIVES, colon_fragment, headline_cased, is_clause, is_title
from consumer.quotes.cues import (
    ACCORDING_CLAUSE,
    AFTER,
    AS_LEAD,
    AUX,
    BEFORE,
    LATER_ATTRIBUTION,
    PARTICIPLE_AFTER,
    QUOTED_AS_AFTER,
    QUOTED_AS_BEFORE,
    RUNS_ON,
    VERBS,
    WORDS_LEAD,
    gap_words,
    passive_verb,
)
from consumer.quotes.far_tag import far_before
from consumer.quotes.headline import headline_tail_speaker
from consumer.quotes.joins import joins_stretches, sentence_subject, statement_after
from consumer.quotes.kinds import (
    after_article,
    complete_words,
    coordinated_with_fragment,
    extraposed_it,
    fragment_after_comma,
    listed_after,
    modifier_slot,
    naming_lead,
    participle_after_coordinator,
    predicate_after_comma,
    predicate_slot,
    sentence_inside,
    sentence_quoted,
    that_fragment,
    writers_clause_goes_on,
)
from consumer.quotes.leadins import (
    AND_PREDICATE,
    CONJUNCTION,
    colon_speaker,
    last_clause,
    lead_in_attribution,
    past_intro,
    predicate_head,
    pronoun_predicate_head,
    unnamed_subject,
)
from consumer.quotes.marks import Stretch
from consumer.quotes.model import QuoteKind
from consumer.quotes.participles import participle_clause
from consumer.quotes.speaker_index import NOBODY, Speaker
from consumer.quotes.speaker_relative import relative_tag
from consumer.quotes.speaker_tags import lead_in_over_tag
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import last_char, split_words, trim, verb_text
from consumer.quotes.unit import Unit
from consumer.quotes.unsaid import (
    BY_AFTER,
    CITED_BEFORE,
    CITED_REACH,
    CODE_AFTER,
    CODE_GAP,
    CROSS_REFERENCE,
    HYPOTHETICAL,
    INSCRIBED,
    NAMED_AS,
    NAMED_BEFORE,
    NAMED_BY_BEFORE,
    NAMED_BY_REACH,
    NOT_QUOTE_BEFORE,
    PRONOUN_READS,
    PUBLISHED_TITLE,
    SAMPLE_SPEECH,
    SELF_TALK,
    SELF_TALK_AFTER,
    SIGN_AFTER,
    SIGN_LEAD,
    SIGN_NAMED,
    SIGN_REACH,
    SIGN_READS,
    SIGN_WORDS,
    SIGN_WORDS_REACH,
    THOUGHT_AFTER,
    WORK_AFTER,
    WORK_NOUNS,
    code_text,
    numbered_heading,
)

_NAME_WORDS = 3  # a name or term given in quotation marks is one to three words (the conventions)
_TERM_OPENS_NONE = 3  # words: 'not guilty', 'module'; longer quoted words may hold a clause


def sentence_units(  # noqa: C901 - one pass over a sentence's stretches, each with its own or the sentence's attribution
    text: str,
    masked: str,
    fld: str,
    s_start: int,
    s_end: int,
    ids: list[int],
    stretches: Sequence[Stretch],
    speakers: Speakers,
    floor: int,
    lead_in: tuple[int, int] | None = None,
    unsaid: set[int] | None = None,
) -> list[Unit]:
    """The quotes of one sentence: each stretch with its own or the sentence's attribution.

    ``lead_in`` is the previous paragraph's last sentence when it ends with a colon and holds no
    quote ('In a statement, Roe said:' then a paragraph '"We are ready."'): its attribution
    serves a quote that opens this paragraph."""
    found: list[Unit] = []
    attributions: list[tuple[Speaker, str | None] | None] = []
    befores: list[re.Match[str] | None] = []
    gaps_before: list[tuple[int, int]] = []
    led = [False] * len(ids)  # the stretch follows a lead-in that names its speaker ('As Roe put it,')
    trailing = [False] * len(ids)  # an attribution follows the closing mark ('"...," Roe said')
    second = [False] * len(ids)  # a new subject says the stretch ('"A," Roe said, and Doe added, "B."')
    for n, i in enumerate(ids):
        s = stretches[i]
        gap_start = stretches[ids[n - 1]].end + 1 if n else s_start
        gap_end = max(gap_start, s.start - 1)
        gaps_before.append((gap_start, gap_end))
        after_end = stretches[ids[n + 1]].start - 1 if n + 1 < len(ids) else s_end
        after = masked[s.end : max(s.end, after_end)] if s.closed else ""
        attribution: tuple[Speaker, str | None] | None = None
        relayed = QUOTED_AS_AFTER.match(after)
        if relayed is not None:
            who_start, who_end = s.end + relayed.start("qwho"), s.end + relayed.end("qwho")
            attribution = (
                relayed_speaker(text, fld, who_start, who_end, speakers, floor),
                "quoted as saying",
            )
        m = AFTER.match(after) if attribution is None else None
        if m and m.group("verb1") and PARTICIPLE_AFTER.match(m.group("who1")):
            # '"... the little deal" announced in October, said X': the participle belongs to the
            # quoted words; the attribution comes later in the sentence
            m = LATER_ATTRIBUTION.match(after)
        if (
            m is None
            and attribution is None
            and n == 0
            and RUNS_ON.match(after)
            and not gap_words(masked, s_start, s.start)
        ):
            # '"We remain committed to the implementation" of the accords, said Roe.': a quote
            # opening its sentence that runs on to the attribution at the sentence's end
            m = LATER_ATTRIBUTION.match(after)
        if m and n + 1 < len(ids) and answers_question(text[s.start : s.end], m):
            # 'asked Roe, "...?" the singer answered, "..."': the answer's attribution, not the question's
            m = None
            second[n + 1] = True
        if m and not m.group("verb1") and m.group("who2").strip().lower() in _RELATIVE_SUBJECTS:
            # '"... in the room" who shared the owner's view': a relative clause of the writer's
            # sentence, no attribution (session 28; it named no one and kept the quote apart)
            m = None
        if m and not m.group("verb1") and CONJUNCTION.fullmatch(m.group("who2").strip() + " "):
            # 'the secretary said "..." but added that ...': the same subject goes on; the
            # attribution is the one before the mark
            m = None
        if m and not m.group("verb1") and n + 1 < len(ids) and CONJUNCTION.match(m.group("who2").strip()):
            # 'X described it as "...", but Y said it was "..."': the next clause's own subject
            # speaks the next stretch, not this one
            m = None
        if (
            m
            and not m.group("verb1")
            and n == 0
            and _PREPOSITION_OPENING.match(m.group("who2"))
            and gap_words(masked, s_start, s.start)
            and BEFORE.match(masked, past_intro(masked, gap_start, gap_end), gap_end) is not None
        ):
            # 'Roe said in a statement, "We are glad it is over" after the vote, adding that the crew
            # had urged ...' (session 43, fresh web pages): words after the mark that open on a
            # preposition go on with the writer's clause, whose own verb comes later; the
            # attribution is the one before the mark (the later verb's subject had taken it); with no
            # tag before the mark the later one stays
            m = None
        if m:
            if m.group("verb1"):
                who_start, who_end, verb = s.end + m.start("who1"), s.end + m.end("who1"), m.group("verb1")
                clause = _CLAUSE_AFTER_SPEAKER.search(text, who_start, who_end)
                if clause is not None:
                    who_end = clause.start()  # 'said Roe after beating Jane Doe': Doe is no speaker
            else:
                who_start, who_end, verb = s.end + m.start("who2"), s.end + m.end("who2"), m.group("verb2")
            speaker = speakers.resolve(text, fld, who_start, who_end, floor)
            if (
                m.group("verb1")
                and m.group("appos")
                and (
                    speaker.entity is None or owners_only(text, speakers.mentions_in(fld, who_start, who_end))
                )
            ):
                # 'said the head of the unit, Assistant Commissioner Neil Basu': the name in
                # apposition is who the description means, before any earlier holder of the title
                named = speakers.titled_person(text, fld, s.end + m.start("appos"), s.end + m.end("appos"))
                speaker = named if named.entity is not None else speaker
            attribution = (speaker, verb_text(verb))
        trailing[n] = attribution is not None
        tag_who = (m.group("who1") or m.group("who2") or "") if m else ""
        relayed = (
            # also after an earlier stretch ('called it "outrageous" ..., which quoted him as saying
            # "..."'): the gap between the two holds the relay
            QUOTED_AS_BEFORE.search(masked, max(gap_start, gap_end - 160), gap_end)
            if attribution is None
            else None
        )
        if relayed is not None:
            who_start, who_end = relayed.start("qwho"), relayed.end("qwho")
            attribution = (
                relayed_speaker(text, fld, who_start, who_end, speakers, floor),
                "quoted as saying",
            )
        before = BEFORE.match(masked, past_intro(masked, gap_start, gap_end), gap_end) if n == 0 else None
        if n == 0 and before is None and attribution is None and s.closed:
            # 'Roe explained that fares need to be checked and verified by the board, and notices
            # cannot be "made casually."': the verb's reported clause runs on past BEFORE's reach
            before = far_before(
                masked,
                past_intro(masked, gap_start, gap_end),
                gap_end,
                text[s.start : s.end].split(),
                s.end,
                s_end,
            )
        if n and attribution is None and (joined := _NEW_CLAUSE_GAP.match(masked, gap_start, gap_end)):
            before = BEFORE.match(masked, joined.end(), gap_end)  # '..., but Y said it was "..."'
        if n and attribution is None and before is None and second[n]:
            before = BEFORE.match(masked, gap_start, gap_end)  # the answer after a question
            second[n] = before is not None
        elif n and attribution is None and before is None:
            before = second_speaker(masked, gap_start, gap_end)
            second[n] = before is not None
            if before is not None and before.group("who").strip().lower() == "they":
                # '"A," Roe told the crew, and they replied, "B."': the people addressed (see
                # addressees_answer), not the last organisation
                attribution, before = (NOBODY, verb_text(before.group("verb"))), None
        if n and attribution is None and before is None:
            goes_on = _SUBJECT_SAYS_ON.match(masked, gap_start, gap_end) or _SUBJECT_ADDS_ON.match(
                masked, gap_start, gap_end
            )
            subject = (
                sentence_subject(text, fld, s_start, stretches[ids[0]].start, speakers) if goes_on else None
            )
            if goes_on is not None and subject is not None:
                attribution = (
                    subject,
                    verb_text(goes_on.group("verb")),
                )  # '... "fantasy" and told reporters:'
        if (
            before is not None
            and not subject_phrase(before.group("who"), 14)
            and _and_predicate_head(text, masked, fld, before, speakers, s, floor) is None
            and not apposed_subject(text, masked, fld, before.start("who"), before.end("who"), speakers)
        ):
            before = None
        if n == 0:
            # '<reported clause>, said one farmer: "..."': the attribution nearest the mark wins
            first = _VERB_FIRST_END.search(masked, max(gap_start, gap_end - 120), gap_end)
            if first is not None and inverted_subject(first.group("who")):
                before = first
        if n == 0 and before is None:
            inverted = _VERB_FIRST_START.match(masked, gap_start, gap_end)
            if inverted is not None and inverted_subject(inverted.group("who")):
                before = inverted  # 'Replied Roe, with some delicacy, "..."'
        if before is None and n == 0:
            before = clause_before(text, masked, fld, gap_start, gap_end, speakers, floor)
        lead = AS_LEAD.search(masked, max(gap_start, gap_end - 200), gap_end) if n == 0 else None
        if attribution is None and lead is not None and lead.group("as") is not None:
            # 'As Roe of Acme Media notes, "...": the lead-in names Roe first; read as a clause
            # before the mark, its subject ran to the employer
            before = None
        if attribution is None and before is None and lead is not None:
            attribution = (
                speakers.resolve(text, fld, lead.start("who"), lead.end("who"), floor),
                "according to" if lead.group("as") is None else lead_verb(lead.group("verb")),
            )
            led[n] = True
        elif attribution is None and before is None and n == 0:
            worded = WORDS_LEAD.search(masked, max(gap_start, gap_end - 120), gap_end)
            if worded is not None:
                group = "of" if worded.group("of") is not None else "own"
                who = speakers.resolve(text, fld, worded.start(group), worded.end(group), floor)
                if who.entity is not None:  # 'In the words of the old song,': lyrics, as before
                    attribution, led[n] = (who, None), True
            else:
                # 'According to Roe, there were 7,000 floods, "corresponding to ...".': the lead-in
                # attributes the writer's clause, whose end the quoted words finish (session 25)
                claused = ACCORDING_CLAUSE.match(masked, gap_start, gap_end)
                if claused is not None:
                    who = speakers.resolve(text, fld, claused.start("who"), claused.end("who"), floor)
                    if who.entity is not None:
                        attribution = (who, "according to")
        if n == 0 and fld == "body" and (attribution is None or before is not None):
            owned = _OWNED_REPLY.search(masked, max(gap_start, gap_end - 80), gap_end)
            near = speakers.mentions_in(fld, owned.start() - 60, owned.start()) if owned is not None else []
            owner = [r for r in near if r[2].type == "PERSON"]
            if owned is not None and owner and owner[-1][1] == owned.start("poss"):
                # 'She remembers Roe's reply: "..."' (session 25, fresh web pages): the words are
                # the reply's owner's, not the clause subject's who remembers them
                attribution, before = (Speaker(owner[-1][2]), None), None
        if (
            len(ids) == 1  # not when the tag goes on to another stretch ('only to be told "Yes!"')
            and trailing[n]
            and attribution is not None
            and (attribution[0] == NOBODY or attribution[1] == "according to")
            and before is not None
            and _SAYS_AT_MARK.fullmatch(before.group("rest"))
        ):
            # 'Roe said, "...," according to a transcript of the debate.', 'Roe said "..." only to
            # be told ...' (session 29, fresh web pages): a tag after the mark that names no one, or
            # the source that relays the words ('according to the Harbour Post'), gives way to the
            # attribution right before the mark that names someone; it had left the quote with no
            # speaker or given it to the paper
            named = speakers.resolve(text, fld, before.start("who"), before.end("who"), floor)
            if named.entity is not None:
                attribution = (named, verb_text(before.group("verb")))
        if (
            n == 0
            and tag_who
            and before is not None
            and lead_in_over_tag(before.group("rest"), before.group("who"), tag_who, text[s.start : s.end])
        ):
            # 'Roe said: "A," he said.', 'Roe said: "A." Lee agreed.' (session 35, BBC stories): the
            # lead-in's subject, or null when it names someone no entity holds
            named = speakers.resolve(text, fld, before.start("who"), before.end("who"), floor)
            attribution = (named, verb_text(before.group("verb")))
        if attribution is None and before is not None and addressees_answer(*before.group("who", "verb")):
            # '..., and they replied, "..."' before the first mark: the people addressed, unnamed
            attribution, before = (NOBODY, verb_text(before.group("verb"))), None
        if attribution is None and before is not None and passive_verb(masked, before.start("verb")):
            # 'In a briefing note she was warned that "..."', 'Roe was advised by the unit to wait
            # until it was "workable"' (session 44, fresh web pages): a passive's subject is the one
            # told, not the speaker; the quote stays, its speaker null unless an agent is named
            attribution, before = (NOBODY, verb_text(before.group("verb"))), None
        befores.append(before)
        if attribution is None and before is not None:
            who_start, who_end = before.start("who"), before.end("who")
            participle = before.group("verb").lower() in _PARTICIPLES
            head = (
                colon_speaker(masked, fld, who_start, who_end, speakers, text, floor, participle=True)
                if participle and masked[who_start:who_end].rstrip()[-1:] == ","
                else None
            )  # 'Roe spoke about her friends Doe and Poe, saying, "..."': the sentence's subject says it
            speaker = head if head is not None else speakers.resolve(text, fld, who_start, who_end, floor)
            if speaker.entity is None:
                speaker = _and_predicate_head(text, masked, fld, before, speakers, s, floor) or speaker
            predicate = None if speaker.entity else _SECOND_PREDICATE.search(masked, who_start, who_end)
            if predicate is not None:
                # 'Describing the visit, he admits placing his hand there, but adds: "..."' (session
                # 27, fresh web pages): the verb is the second predicate of the clause's subject, read
                # as in 'he said'; read as one subject phrase, the clause named no one
                head = colon_speaker(
                    masked, fld, who_start, predicate.start(), speakers, text, floor, participle=True
                )
                speaker = head if head is not None and head.entity is not None else speaker
            if speaker.entity is None:
                speaker = aside_speaker(text, masked, fld, before, speakers, floor) or speaker
            attribution = (speaker, verb_text(before.group("verb")))
        if (
            n == 0
            and not trailing[n]
            and (rel := relative_tag(masked, gap_start, gap_end)) is not None
            and (antecedent := speakers.relative_subject(text, fld, rel[0], rel[1], floor)) is not None
        ):
            # 'shared their views with the president, who later noted that "..."' (session 40)
            attribution = (antecedent, verb_text(rel[2]))
        attributions.append(attribution)
    sentence_attr = next((a for a in attributions if a is not None), None)
    headline_speaker = headline_tail_speaker(text, masked, speakers) if fld == "headline" else None
    for n, i in enumerate(ids):
        s = stretches[i]
        content = text[s.start : s.end]
        words = content.split()
        if not words:
            continue
        gap_start, gap_end = gaps_before[n]
        gap = masked[gap_start:gap_end]
        before = befores[n]
        runs_on = (
            s.closed
            and not complete_words(content)
            and (
                masked[s.end + 1 : s.end + 3].strip()[:1].isalpha()
                # '"The next Pele" - Tom Vance - is joining' (session 36)
                or runs_on_past_apposition(masked, s.end, words)
            )
        )
        # inside a reported sentence that goes on past the closing mark, after a comma that leaves
        # the sentence's subject outside ('X said the motive of the sellers, "whoever they are, is
        # key" in a tight market'): a fragment of that sentence, unless what goes on is a new
        # predicate of the same subject ('... "..." but added'). A whole clause after "and" or a
        # verb ('expects ... and "it will be a positive number" for the year') stays direct, as
        # the conventions have it; counting those partial too read better on check (0.946) but
        # contradicts the dev annotation and the written convention, so it was not kept.
        embedded = (
            runs_on
            and (gap.rstrip(" \"'\u201c\u2018(").endswith(",") or not (gap.strip() or trailing[n]))
            and _SAME_SUBJECT_GOES_ON.match(masked, s.end + 1, s.end + 40) is None
        )
        relative = (
            words[0] in RELATIVES
            and gap.rstrip(" \"'\u201c\u2018(").endswith(",")
            and last_char(content) != "?"
        )
        # after an earlier stretch of the sentence ('... the "framed" case included: "the FBI, ..."'),
        # the reporting verb is the first stretch's and the writer's clause is the gap since
        reported = before if before is not None else (befores[0] if n else None)
        rest = before.group("rest") if before is not None else gap
        opens_none = relative or (reported is not None and colon_fragment(rest, gap, words))
        opens = not opens_none and (
            # '"The people aren't buying" impeachment, he said': the sentence goes on past the mark
            # ('who "bragged ...," "made no secret ..."': a list item in lower case opens none)
            (not runs_on and not gap.strip(" \"'\u201c\u2018(") and not listed_after(text, stretches, ids, n))
            or (n == 0 and not runs_on and len(words) > 3 and _DISCOURSE_OPENING.fullmatch(gap) is not None)
            or gap.rstrip().endswith(":")
            # 'The crowd chanted, "We want Roe."': a whole sentence after a comma opens a quote,
            # whatever the verb before it
            or (
                gap.rstrip().endswith(",")
                and sentence_quoted(content, words)
                and _ENDS_SENTENCE_AFTER.match(masked, s.end + 1) is not None
                and _TITLE_NOUN_BEFORE.search(masked, max(gap_start, gap_end - 40), gap_end) is None
            )
            # 'X said, "..."' opens one; 'X said the motive of the sellers, "whoever they are, is
            # key" in a tight market' runs on past the mark inside the reported clause: partial
            or (
                before is not None
                and before.group("rest").rstrip().endswith((":", ","))
                and not embedded
                and not naming_lead(before)
            )
            or led[n]
        )
        predicate_only = (opens or n == 0) and (
            predicate_after_comma(gap, content, words) or fragment_after_comma(gap, words)  # session 35
        )
        if predicate_only:
            # 'said that critics who call it a waste, "do not understand how the river works."':
            # the writer's subject before the comma, the quoted words its predicate (session 25)
            opens = False
        if opens and runs_on and len(words) <= _TERM_OPENS_NONE:
            # 'gave the verdict: "not guilty" on all counts', "AttributeError: 'module' object has":
            # a few words that stop mid-sentence, the writer's words running on after the mark,
            # are a term the colon or the attribution hands over, not a quote they open
            opens = False
        alone = attributions[n] is None and complete_words(content)
        if (
            n
            and found
            and gap.strip()
            and joins_stretches(gap, attributions[n - 1], alone, lower=words[0][:1].islower())
            and not second[n]
            and not (found[-1].kind == "partial" and statement_after(gap, content, words))
        ):
            found[-1].spans.append(trim(text, s.start, s.end))
            found[-1].stretch_ids.append(i)
            continue
        if NOT_QUOTE_BEFORE.search(masked, max(s_start, gap_end - 40), gap_end):
            continue
        if len(words) <= _NAME_WORDS and NAMED_AS.search(masked, max(s_start, gap_end - 100), gap_end):
            continue  # 'Roe had dubbed the mayor's role as "the Vell problem."': a name given, not said
        if len(words) <= _NAME_WORDS and numbered_heading(masked, gap_end, s.end):
            continue  # '6. "The Vell problem"' on a line of its own: a list's heading, not a quote
        if n == 0 and CITED_BEFORE.search(masked, max(0, gap_end - CITED_REACH), gap_end):
            continue  # 'Re. "Prop. 13 costs us," Page A8', 'Roe, A. (2017-06-08). "Ports, provably".'
        if n == 0 and (
            (attributions[n] is None and CROSS_REFERENCE.fullmatch(gap))
            or PUBLISHED_TITLE.search(masked, max(s_start, gap_end - 80), gap_end)
        ):
            continue  # '(See: "Why Ports Lose Money.")', 'released a new study, "...": a title (session 30)
        if SIGN_READS.search(masked, max(s_start, gap_end - 80), gap_end) or SIGN_LEAD.search(
            masked, max(s_start, gap_end - 80), gap_end
        ):
            continue  # 'A sign on the door read "Closed until further notice"': written, not said
        own = attributions[n]  # this stretch's own, not the last one the loop above read
        if own is None and (
            HYPOTHETICAL.search(masked, max(s_start, gap_end - 60), gap_end)
            or (s.closed and THOUGHT_AFTER.match(masked, s.end, min(s_end, s.end + 60)))
        ):
            continue  # 'readers may wonder, "What is the deal?"', '"...," Roe thought': not said
        if SELF_TALK.search(masked, max(s_start, gap_end - 60), gap_end) or (
            s.closed and SELF_TALK_AFTER.match(masked, s.end, min(s_end, s.end + 60))
        ):
            continue  # 'said to herself, "..."', '"...," she told herself': heard by no one (session 29)
        if (own is None or own[0].entity is None) and SAMPLE_SPEECH.search(
            masked, max(s_start, gap_end - 60), gap_end
        ):
            continue  # 'You can say, "You look great."', 'phrases like, "Turn off the lights."'
        if SIGN_WORDS.search(masked, max(s_start, gap_end - SIGN_WORDS_REACH), gap_end):
            continue  # 'a T-shirt showing his face and the words: "..."': printed, not said
        if INSCRIBED.search(masked, max(s_start, gap_end - 80), gap_end):
            continue  # 'a watch bearing the inscription: "..."': cut on a thing, not said (session 29)
        if s.closed and (
            SIGN_AFTER.match(masked, s.end, min(s_end, s.end + 80))
            or WORK_AFTER.match(masked, s.end, min(s_end, s.end + 80))  # '"...?" the song asks'
        ):
            if unsaid is not None:
                unsaid.add(i)  # what a sign, a song or the screen says: its next sentence is too
            continue
        reads = PRONOUN_READS.search(masked, max(s_start, gap_end - 30), gap_end)
        if reads is not None and SIGN_NAMED.search(masked, max(0, reads.start() - SIGN_REACH), reads.start()):
            continue
        if NAMED_BEFORE.search(masked, max(s_start, gap_end - 60), gap_end) and not BY_AFTER.match(
            masked, s.end + 1
        ):
            continue  # 'it is called "pigeon breeder's lung"'; not 'was called "a betrayal" by Roe'
        attribution = attributions[n] or sentence_attr
        by = NAMED_BY_BEFORE.search(masked, max(s_start, gap_end - NAMED_BY_REACH), gap_end)
        if (attribution is None or attribution[0].entity is None) and by is not None:
            # 'the Mac mini, described by Roe as "...": Roe's description, though the sentence's
            # subject (the thing described) read as the attribution's (session 31)
            who = speakers.resolve(text, fld, by.start("who"), by.end("who"), floor)
            if who.entity is not None or attribution is None:
                attribution = (who, verb_text(by.group("verb")))
        own_subject = False
        tail = _LONG_PARTICIPLE.search(gap) if attribution is None and n == 0 else None
        if tail is not None:
            # 'Kell asked her about a photo from the screening of her new movie in which ..., saying,
            # "..."' (session 26, fresh web pages): a clause too long for the attribution before a
            # participle still has its subject at its head; it had named no one
            head = colon_speaker(
                masked, fld, gap_start, gap_start + tail.start(), speakers, text, floor, participle=True
            )
            if head is not None and head.entity is not None:
                attribution = (head, tail.group("verb").lower())
        participled = False
        if attribution is None and n == 0 and tail is None and s.closed and words[0][:1].islower():
            # 'rejected the charge, saying the deal was "no more than ..."' (session 40)
            attribution = participle_clause(text, masked, fld, gap_start, gap_end, s.end, speakers, floor)
            participled = attribution is not None
        if attribution is None and n == 0 and gap.rstrip().endswith(":"):
            colon = colon_speaker(masked, fld, gap_start, gap_end, speakers, text, floor)
            if colon is not None:
                attribution = (colon, "")  # 'Buckley, who phoned in, had a similar experience: "..."'
            else:
                own_subject = unnamed_subject(masked, last_clause(masked, gap_start, gap_end), gap_end)
        if attribution is None and n == 0 and lead_in is not None and not gap.strip(" \"'\u201c\u2018("):
            attribution = lead_in_attribution(text, masked, fld, lead_in, speakers, floor)
        if (
            attribution is None
            and n == 0
            and gap.rstrip().endswith(":")
            and words[0][:1].islower()
            and not is_clause(words)
        ):
            # 'a substance few can live without: "pizza delivered hot to your door."': no one's
            # words after a colon that names no speaker, a fragment in lower case
            continue
        if fld == "headline" and attribution is None and headline_speaker is not None:
            attribution = (headline_speaker, "")
        if is_title(words):
            own = attributions[n]
            if own is not None:
                speakers.remember(own[0], s_end if fld == "body" else None)  # '"No," he said.'
            continue
        # '"Learning Features from Audio with Deep Networks" (PDF).': a cited title (not in a
        # headline, whose own title case is no sign)
        if fld == "body" and attribution is None and headline_cased(words):
            continue
        if (
            not opens
            and content.rstrip()[-1:].isalnum()
            # after an article, a quoted clause names its thing whatever its length ('the "I want to
            # live somewhere else" heading'; session 29)
            and modifier_slot(masked, gap, s.end, 0 if after_article(gap) else len(words))
        ):
            continue  # 'his "tough on China" stance': a quoted term modifying a noun
        if not opens and last_char(content) in ("?", "!", ".") and modifier_slot(masked, gap, s.end, 0):
            # 'one of those "What will you be when you grow up?" forms': the thing's name; so is a
            # slogan closed by its own stop ('the "Drive slow. Live long." campaign'; session 43)
            continue
        if (
            len(words) <= 3
            and attribution is None
            and not complete_words(content)
            and (CODE_AFTER.match(masked, s.end + 1) is not None or (n and CODE_GAP.fullmatch(gap)))
        ):
            continue  # '"avatar": "man1.png",', "'rank' => 'Novice'": keys and values, not words said
        if attribution is None and code_text(text, masked, stretches, ids, n, gap):
            continue  # '"note": "bought on the way home",', a docstring: written, not said
        if len(words) <= 3 and (fld == "headline" or not opens):
            if attribution is None or fld == "headline":
                continue  # a term or a name in quotation marks, not a quote
            kind: QuoteKind = "partial"
        elif (
            opens
            or (
                _SUBJECT_AFTER_THAT.search(gap, max(0, len(gap) - _THAT_REACH)) is None
                and (
                    (
                        not embedded
                        and not predicate_only  # 'The storm, Roe said, "broke the ..."' (session 30)
                        and not after_article(gap)  # 'called them the "Lego for ..."' (session 29)
                        and is_clause(words, after_that=re.search(r"\bthat\s*$", gap) is not None)
                        and not predicate_slot(gap, words[0], words)
                        and not writers_clause_goes_on(
                            gap, words[0], said_after=trailing[n], following=words[1:5]
                        )
                        and not that_fragment(gap, words)  # 'an arrangement "that is ..."' (session 35)
                        and not participle_after_coordinator(gap, words)  # 'and "going ..."' (session 43)
                        and not (s.closed and extraposed_it(content, masked, s.end))
                        and by is None  # 'described by Roe as "BYO display ..."': a description
                        and not (
                            s.closed
                            and coordinated_with_fragment(
                                masked,
                                s.end,
                                text[stretches[ids[n + 1]].start : stretches[ids[n + 1]].end]
                                if n + 1 < len(ids)
                                else None,
                            )
                        )
                    )
                    or (sentence_inside(content) and words[0].lower() not in AUX)
                )
            )
        ):
            kind = "direct"
        else:
            if attribution is None and not speakers.people:
                continue
            kind = "partial"
        if participled and not opens:
            kind = "partial"  # 'saying Britain would vote "some time in 2006, I don't know"': a fragment
        writer_ends = (
            attribution is None
            and n == 0
            and runs_on
            and not gap.strip(" \"'\u201c\u2018(")
            and fld == "body"
            and is_clause(words)
        )
        if writer_ends:
            # '"Lonely is the word," Roe says. "I don't think there was another soul in the room"
            # who shared ...': a quoted clause the writer's words finish, with no attribution of its
            # own; the walk keeps it only as the next stretch of the quote before it (session 28)
            kind = "direct"
        elif attribution is None and (kind == "partial" or not opens):
            continue
        speaker, verb = attribution if attribution else (NOBODY, "")
        if s.continues is None and attribution is None and not opens and not writer_ends:
            continue
        found.append(
            Unit(
                fld=fld,
                spans=[trim(text, s.start, s.end)],
                kind=kind,
                speaker=speaker,
                verb=verb or None,
                sent_start=s_start,
                sent_end=s_end,
                paragraph=s.paragraph,
                attributed=attribution is not None,
                stretch_ids=[i],
                starts=not gap.strip(" \"'\u201c\u2018("),
                own_subject=own_subject,
                tail=writer_ends,
            )
        )
        if attribution is not None:
            speakers.remember(speaker, s_end if fld == "body" else None)
    return found


_RELATIVE_SUBJECTS = frozenset(split_words("who which that"))
# The words after a closing mark opening on a preposition ('" after the vote, adding that ...'):
# the writer's clause going on, no subject of a tag
_PREPOSITION_OPENING = re.compile(
    r"\s*(?:at|for|in|on|of|to|from|with|over|about|into|by|after|before|during|until|amid|despite|"
    r"against|among|across|under|upon|within|without|toward|towards)\s",
    re.ASCII,
)
# What may follow the verb of an attribution ending at the opening mark: its comma or colon, or an
# addressee before it ('Roe told a reporter, "...', 'Roe remarked to his deputy, "...'); not the
# writer's clause going on ('said he took "solace"', 'continues to "make it ..."')
_SAYS_AT_MARK = re.compile(
    r"\s+(?:to\s+)?(?:a|an|the|his|her|their|its|my|our)\s[^\x00,;:.!?\"\u201c\u201d]{1,40}?[,:]\s*"
    r"|\s+(?:to\s+)?(?:reporters|journalists|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*[,:]?\s*"
    r"|\s*[,:]?\s*"
)


# Between two stretches: a conjunction opening a clause with a subject of its own
_NEW_CLAUSE_GAP = re.compile(r"[\"'\u201d\u2019]?\s*,?\s*(?:but|while|whereas|yet)\s+(?=\w)")


# A sentence adverb before the opening mark leaves the quote opening the sentence:
# 'Nevertheless, "a new treatment may help," the centre said' quotes a whole clause.
_DISCOURSE_OPENING = re.compile(
    r"\s*(?:However|Nevertheless|Nonetheless|Still|Meanwhile|Instead|Indeed|Moreover|Furthermore|Besides|"
    r"Yet|But|And|Also|Again|Now|Then|So|Thus|Hence|Otherwise|Finally|Today|Yesterday|Later|Earlier|"
    r"(?-i:[A-Z][a-z]+ly)),\s*[\"'\u201c\u2018]?\s*"
)


# A clause of its own after the speaker of 'said X ...': the people in it are not the speaker.
_CLAUSE_AFTER_SPEAKER = re.compile(
    r"(?<=\w)\s+(?:after|before|while|when|following|despite|because|although)\s",
    re.IGNORECASE,
)
# 'Prices fell, said one farmer: "..."': a verb-first attribution ending at a colon before the mark.
_VERB_FIRST_END = re.compile(
    r",\s+(?P<verb>said|says|added|adds|wrote|writes|declared|explained|recalled|noted|insisted|complained)\s+"
    r"(?P<who>[^\x00,;:!?\"\u201c\u201d]{1,60}?)\s*(?P<rest>:)\s*$",
    re.IGNORECASE,
)


# A verb opening the sentence before its subject and the mark (session 25, fresh web pages):
# 'Replied Roe, with some delicacy, "..."', 'Asked one farmer: "..."', 'Added Roe: "..."'.
_VERB_FIRST_START = re.compile(
    r"[\s\-\u2013\u2014\u2022*]*(?-i:(?P<verb>Replied|Asked|Added|Said|Wrote|Explained|Responded|Answered|"
    r"Countered|Recalled|Noted|Insisted|Quipped|Continued|Retorted|Observed))\s+"
    r"(?P<who>[^\x00,;:!?\"\u201c\u201d]{1,60}?)(?:,[^\x00,;:!?\"\u201c\u201d]{1,60}?)?\s*(?P<rest>[,:])\s*"
    r"[\"'\u201c\u2018]?\s*$"
)


# A participle and its comma or colon right before the mark, after a clause of the writer's
_LONG_PARTICIPLE = re.compile(
    r",\s*(?P<verb>saying|adding|noting)\s*[:,]\s*[\"'\u201c\u2018]?\s*$", re.IGNORECASE
)
# A person's reply named as the object right before the colon: 'She remembers Roe's reply:'
_OWNED_REPLY = re.compile(
    r"(?P<poss>['\u2019]s)\s+(?:reply|response|answer|retort|rejoinder|comeback)"
    r"(?:\s+[a-z][^\x00:;.!?\"\u201c\u201d]{0,30})?\s*:\s*[\"'\u201c\u2018]?\s*$"
)


# 'tweeted that the state's epidemic "needs to be ..."': the reported clause's subject stands
# outside the marks, so the quoted words are its predicate, a fragment (a pronoun opening the
# quote starts a clause of its own: 'said that if elected "we will ...").
_THAT_REACH = 160  # "that", a determiner and at most 60 characters more: the rest of the gap is never read
_SUBJECT_AFTER_THAT = re.compile(
    r"\b(?-i:that)\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those)\s+(?=\w)|(?-i:[A-Z])[\w'\u2019.-]*\s+)"
    rf"(?:(?!\b(?:{VERBS})\b)[^\x00\"\u201c\u201d,;:.!?]){{0,60}}[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)


_SAME_SUBJECT_GOES_ON = re.compile(
    rf"[\s,]*(?:but|and|then)\s+(?:also\s+|then\s+)?(?:{VERBS})\b", re.IGNORECASE
)


# After the closing mark the sentence is over: a new one or the paragraph's end follows, not
# the rest of a sentence the quote sits in ('Her memoir, "Why not me?", sold ...').
_ENDS_SENTENCE_AFTER = re.compile(r"[\"'\u201d\u2019]?[ \t]*(?:$|\n|[A-Z\"\u201c])")
# A title, sign or written text named right before the comma: its words are no one's speech.
_TITLE_NOUN_BEFORE = re.compile(
    rf"\b(?:{WORK_NOUNS}|memoir|hit|single|motto|question|message|headline|sign|banner|placard|poster|"
    r"title|caption|paper|page|tweet|post|email|letter|note|text|motion|bill|chant)s?,\s*[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)


# Between a quoted fragment and a quoted sentence, the same subject goes on to speak: '... as
# "fantasy" and told reporters: "..."', '... the "hunger" of his players before saying: "..."'.
# A participle after a comma, right before the mark ('..., adding: "', '..., telling reporters,
# "'): the sentence's subject says it, whatever quoted words came before in the sentence
_PARTICIPLES = frozenset(split_words("saying adding telling noting"))
_SUBJECT_ADDS_ON = re.compile(
    r"[\"'\u201d\u2019]?[^\x00:;.!?\"\u201c]{0,120}?,\s*(?P<verb>adding|saying|noting|telling)"
    r"(?:\s+[^\x00,:;.!?\"\u201c\u201d]{1,40}?)?\s*[:,]\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
_SUBJECT_SAYS_ON = re.compile(
    r"[\"'\u201d\u2019]?(?:[^\x00:;.!?\"\u201c]{0,60}?\s)?,?\s*(?:and|before|then)\s+(?:then\s+|also\s+|later\s+)?"
    rf"(?P<verb>{VERBS}|saying|adding)\b[^\x00:;.!?\"\u201c]{{0,60}}:\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)


# A fragment read after a second predicate has at most this many words: a longer quoted stretch
# there, a whole sentence, is left to ``said_clause`` and its guards (session 42). One that opens in
# lower case finishes the writer's reported clause whatever its length (session 49, wire copy: 'She
# declined to name other bidders but said the offer "is all cash, and it is for all of the company."'
# had been left with no speaker, a longer one dropped), up to a bound
_AND_FRAGMENT_WORDS = 5
_AND_LOWER_FRAGMENT_WORDS = 30
# ... but not a clause quoted whole after "that" ('told reporters that "the team will go ..."'), a
# reported clause of its own that session 42 leaves alone
_THAT_BEFORE_MARK = re.compile(r"\bthat\s*[\"'\u201c\u2018]{1,2}$", re.IGNORECASE)


def _and_predicate_head(
    text: str, masked: str, fld: str, before: re.Match[str], speakers: Speakers, s: Stretch, floor: int
) -> Speaker | None:
    """The subject heading the clause of the writer's that a bare "and" joins the verb of saying
    to, before a short quoted fragment ('Roe met the board and said Doe was "unfit"'; session 48):
    see ``leadins.predicate_head``."""
    quoted = text[s.start : s.end]
    opens_clause = _THAT_BEFORE_MARK.search(masked, max(0, s.start - 12), s.start) is not None
    most = _AND_LOWER_FRAGMENT_WORDS if quoted[:1].islower() and not opens_clause else _AND_FRAGMENT_WORDS
    if len(quoted.split(maxsplit=most)) > most:
        return None
    who_start, who_end = before.start("who"), before.end("who")
    joined = AND_PREDICATE.search(masked, who_start, who_end)
    if joined is None:
        return None
    head = predicate_head(masked, fld, who_start, joined.start(), speakers)
    if head is None and (pronoun := pronoun_predicate_head(masked, who_start, joined.start())) is not None:
        found = speakers.resolve(text, fld, pronoun[0], pronoun[1], floor)
        head = found if found.entity is not None else None
    return head


# A full stop that ends a sentence: not after an initial or an abbreviated title.
# The end of a clause before a second predicate of its subject: '..., but adds:', '..., and then said,'
_SECOND_PREDICATE = re.compile(r",\s+(?:but|and)(?:\s+(?:then|also|later))?\s*$", re.IGNORECASE)
