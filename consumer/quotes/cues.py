"""Attribution cues: the reporting verbs and the patterns that find "X said" / "said X" / "X said:"
around a quoted stretch, and the small word classes (auxiliaries, subject pronouns, small words)
the rules share.

One place for the verb lists, so that a verb added for one shape of attribution is read by all.
"""

from __future__ import annotations

import re

from consumer.quotes.text import split_words

# "calls", "reports", "claims" after a preposition or determiner are nouns ('had "failed to listen" to
# calls for a truce and therefore "..."', 'amid reports that ...'; session 27, fresh web pages): read
# as the verb, they made an attribution naming no one that the sentence's own ("Roe said") gave way to
_NOUN_GUARD = "".join(
    rf"(?<!\b{w}\s)"
    for w in split_words(
        "to the amid of for with many despite after by its his her their these repeated growing"
    )
)
# "called" and "agreed" of a deed, no words (session 46, fresh web pages): 'have called in to report
# "emergency" incidents', 'It has called a press conference ... to discuss the "outbound tour"', '"thank
# you" calls from two people', 'the perpetrator calls up the police', 'agreed to spend an hour letting
# the vendor offer "free services"': read as the verb of saying, they made a term a partial quote
_NO_CALL = (
    r"(?!\s+(?:in|up|off|from)\b|\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:press\s+conference|news\s+conference|"
    r"conference|meeting|session|strike|vote|election|halt|truce|recess|time-?out)\b)"
)
_NO_AGREEING = r"(?!\s+to\s+(?!(?:the|an?|his|her|their|its|this|that|these|those|my|our|your)\b)[a-z]+\b)"
VERBS = (
    # ', saying only that "..."': the participle right before the mark (not 'saying it was "..."')
    r"saying(?=(?:\s+only)?(?:\s+that)?\s*[:,]?\s*$)|"
    # ', declaring, "..."' (session 40): the same participle's kin, right before the mark only
    r"(?:declaring|proclaiming|exclaiming)(?=\s*[:,]?\s*$)|"
    # ', telling reporters, "..."': the participle and its object right before the mark
    r"telling(?=\s+[^\x00,;:!?\"\u201c\u201d]{1,40}?\s*[:,]\s*$)|"
    r"said|says|say|told|tells|added|adds|adding|noted|notes|noting|warned|warns|warning|stressed|stresses|"
    # plural: '..., Roe and Doe write in their book.', '..., write Roe and Doe.'
    r"write(?=\s*[,.:]?\s*$|\s+(?:in|on|that)\b|\s+(?-i:[A-Z]))|"
    r"explained|explains|continued|continues|argued|argues|wrote|writes|insisted|insists|recalled|recalls|"
    rf"asked|asks|replied|replies|laughed|laughs|agreed{_NO_AGREEING}|agrees{_NO_AGREEING}|declared|declares|announced|announces|claimed|"
    rf"{_NOUN_GUARD}claims|urged|urges|acknowledged|observed|pointed\s+out|emphasized|emphasised|emphasizes|suggested|"
    r"suggests|believes|remarked|commented|admitted|admits|concluded|cautioned|revealed|(?-i:stated|states)|"
    r"posted|tweeted|predicted|sings|sang|apologizes|reads|read|maintained|maintains|denied|denies|confirmed|"
    r"quipped|joked|exclaimed|mused|vowed|promised|complained|conceded|responded|responds|answered|shared|recounted|"
    r"assured|assures|lamented|boasted|countered|retorted|snapped|grumbled|shouted|"
    r"reiterated|asserted|sighed|demanded|fumed|whispered|yelled|pleaded|protested|testified|testifies|"
    r"screamed|cried|muttered|murmured|shouts|"
    # feature copy's present tense and rarer verbs (session 19): '"...," remembers Roe', 'Roe quips'
    r"remembers|remembered|complains|concedes|quips|muses|jokes|recounts|observes|cautions|laments|boasts|"
    r"acknowledges|emails|emailed|texted|reiterates|wonders|wondered|marvels|marveled|marvelled|gushes|"
    r"gushed|enthuses|enthused|confides|confided|predicts|opines|opined|recollects|recollected|"
    # 'she shares with the magazine', 'she shares:'; not the noun ('Acme shares rose'; session 20)
    r"shares(?=\s+with\s|\s*[.:])|"
    r"(?:went|goes)\s+on(?=\s*[,.:])|"  # '"...," she went on.', 'Roe went on: "..."'
    r"respond|reply|explain|shout|"  # after a modal: 'he would reply', 'he'd respond', 'he'd shout'
    # verbs of advice and display in web copy (session 25, fresh web pages): '"...," he advised',
    # '"...," instructed Roe', 'Roe had written, "..."' (the participle only after has/had/have and
    # right before the mark: not 'who had written it, and found ... "..."')
    r"advised|advises|instructed|instructs|reminded|reminds|asserts|beamed|beams|trumpets|trumpeted|"
    # ... and in a tag closing its sentence ('"...," Roe, a fellow at Acme, has written.'; session 43,
    # fresh web pages: unread, the quote and the next stretch had no speaker)
    r"(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))written(?=\s*[,:.]?\s*$)|"
    # a remark joining a talk and a present-tense comment (session 43, fresh web pages): '"...," Roe
    # weighed in', 'Roe chimed in: "..."', '"...," comments Roe of Acme' (never the noun: 'his
    # comments', 'comments from readers'); unread, the quote went to the last speaker or to no one
    r"(?:weighed|weighs|chimed|chimes)\s+in(?=\s*[,.:;!?]|\s+(?:with|on)\b)|"
    rf"{_NOUN_GUARD}comments(?=\s+(?-i:[A-Z])|\s*[,:])|"
    # speech verbs of feature copy (session 26, fresh web pages): '"...," Roe proclaimed', 'she
    # decreed that the union would form the "third pillar"' (only with "that": not 'decreed a holiday')
    r"proclaimed|proclaims|(?:decreed|decrees)(?=\s+that\b)|"
    # present tense of headline and feature copy (session 26): '"...," vows Roe', 'Roe pledges'
    # (not 'promises', 'hailed', 'snaps', also nouns or verbs of other things: 'Roe's promises to
    # "take care"', 'has been hailed as a "breakthrough"', 'snaps on a smile')
    r"vows|pledges|reveals|tweets|retorts|exclaims|fumes|pleads|whispers|yells|screams|sighs|grumbles|"
    r"mutters|murmurs|"
    # the present tense of two verbs read in the past only (session 33, BBC pages): '"...," he
    # remarks', '"...," points out Roe' (never the noun: 'his remarks', 'the remarks')
    rf"{_NOUN_GUARD}remarks|points\s+out|"
    # a retort of debate and feature copy (session 27, fresh web pages): '"...," Roe shot back',
    # 'Roe fired back: "..."', '"...," Roe interjected', '"...," Roe penned.'; unread, the quote
    # joined the last speaker's quote in the paragraph before (the opponent's)
    r"(?:shot|shoots|fired|fires|hit|hits|snapped|snaps)\s+back(?=\s*[,.:;!?]|\s+(?:at|in|with)\s)|"
    r"interjected|interjects|"
    r"penned(?=\s*[,.:])|"
    rf"described|{_NOUN_GUARD}calls{_NO_CALL}|called{_NO_CALL}|reported|{_NOUN_GUARD}reports|according\s+to|"
    # '... as saying' also after where or when the words were quoted ('he is quoted after the final
    # as saying', 'Roe was quoted in the Harbour Post as saying'; session 29, fresh web pages)
    r"(?:was|were|is|(?:has|had|have)\s+been)\s+quoted\s+"
    r"(?:(?:in|on|at|after|during|before|by|from|last|this)\s+[^\x00,;:!?\"\u201c\u201d]{1,50}?\s+)?as\s+saying"
)
INDIRECT_VERBS = (
    r"said|says|told|tells|added|adds|adding|noted|notes|noting|warned|warns|stressed|stresses|explained|"
    r"argued|argues|insisted|insists|announced|announces|claimed|claims|acknowledged|acknowledges|"
    r"revealed|reveals|cautioned|confirmed|confirms|denied|denies|reported|reports|predicted|believes|"
    r"maintained|maintains|(?-i:stated|states)|estimated|estimates|admitted|admits|pointed\s+out|emphasized|"
    r"emphasised|vowed|pledged|expects|forecast|say|(?-i:state)|note|reveal|claim|warn|argue|believe|report|"
    # speech verbs of feature copy (session 25, fresh web pages): 'she proclaimed that ...', only
    # with "that" (not 'declared a state of emergency', 'asserted her right')
    r"(?:proclaimed|proclaims|decreed|decrees|declared|declares|asserted|asserts)(?=\s+that\b)"
)
_STEP_WORDS = (
    r"also|has|had|have|then|later|further|previously|earlier|always|once|still|would|"
    r"(?-i:(?!(?:dai|week|month|quarter)ly\b)[a-z]+ly)"  # "the daily said": a paper, not an adverb
)
STEP = rf"(?:(?:{_STEP_WORDS})\s+){{0,2}}"
# A verb of saying right after a form of "be" is a passive (session 44, fresh web pages: 'the secret
# was revealed years later after ...', 'what has been called the "agency model"', 'she was advised
# by the policy unit to wait until it was "workable"'): its subject is what was said or the one
# told, never the speaker. The progressive ('my father was saying, "..."') is no passive; a tag's
# 'is said to' before quoted words keeps the subject's view ('Roe is said to believe it was a
# "mistake"'), while as an indirect quote ('Roe is said to have left') it reports no clause of Roe's.
_BE_WORDS = ("is", "am", "are", "was", "were", "be", "been", "being")
NOT_PASSIVE = r"(?:(?=[a-z]+ing\b)|" + "".join(rf"(?<!\b{be}\s)" for be in _BE_WORDS) + ")"
_BE_BEFORE = re.compile(rf"\b(?:{'|'.join(_BE_WORDS)})\s+$", re.IGNORECASE)
_ACTIVE_AFTER_BE = re.compile(r"[a-z]+ing\b|said\s+to\s", re.IGNORECASE)


def passive_verb(masked: str, start: int) -> bool:
    """The verb of saying at ``start`` is a passive (see ``NOT_PASSIVE``): a form of "be" right
    before it, read in a window of a few characters."""
    if _ACTIVE_AFTER_BE.match(masked, start, start + 20):
        return False
    return _BE_BEFORE.search(masked[max(0, start - 7) : start]) is not None


# An exclamation mark before a lower-case word ends no sentence: it belongs to a title's name
# ('Kerrang! editor Ann Roe said:', 'Yahoo! spokeswoman Jo Vale said'; session 33, BBC pages)
_BANG = r"!(?=\s+(?-i:[a-z]))"
# A stray comma before the verb ('"...," Ann Roe from the Kinton Growers Union, told the BBC';
# session 33, BBC pages) leaves the subject whole: the apposition after a comma may be empty before
# "told" (not before "said", which may open an inverted tag: '" of the treaty, said Roe.')
WHO = (
    rf"(?P<who>(?:[^\x00,;:!?\"\u201c\u201d]|{_BANG}){{1,80}}?"
    r"(?:,(?:[^\x00;!?\"\u201c\u201d]{1,140}?,?|(?=\s+told\b)))?)"
)
# After a closing mark: ', said X' / ', X said' / ' X said'.
# A full stop inside a name after "said": initials and abbreviated titles ("U.S. Attorney Jane
# Roe", "Dr. Roe", "Jane Roe Jr."), each a fixed-width look-behind.
TITLE_ABBREVIATIONS = (
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "St",
    "Jr",
    "Sr",
    "Prof",
    "Lt",
    "Col",
    "Rev",
    "Fr",
    "Sgt",
    "Capt",
    "Cmdr",
    "Adm",
    "Maj",
    "Supt",
    "Insp",
    "Hon",
    "Msgr",
    "Mme",
)
_ABBREV_STOP = r"(?:(?<=\b[A-Z])\.|" + "|".join(rf"(?<=\b{t})\." for t in TITLE_ABBREVIATIONS) + ")"
# "said Jane Roe, the bank's economist": the verb, the speaker, and an apposition after them.
_VERB_THEN_WHO = (
    rf"(?P<verb1>{VERBS})\s+"
    rf"(?P<who1>(?:[^\x00,;:!?.]|{_ABBREV_STOP}){{1,80}})(?:,\s+(?P<appos>[^\x00,;:!?]{{1,80}}))?"
)
AFTER = re.compile(
    rf"[\s\"'\u201d\u2019]*[,\u2014\u2013-]?\s*(?:{_VERB_THEN_WHO}"
    rf"|{WHO.replace('who', 'who2')}\s+{STEP}(?P<verb2>{VERBS})\b)",
    re.IGNORECASE,
)
PARTICIPLE_AFTER = re.compile(
    r"(?:in|on|at|last|this|by|for|during|since|earlier|before|after)\b", re.IGNORECASE
)
LATER_ATTRIBUTION = re.compile(
    rf"[\s\"'\u201d\u2019]*[^\x00,;:!?.\"\u201c\u201d]{{1,60}},\s+{_VERB_THEN_WHO}", re.IGNORECASE
)
# ... also on a participle or a preposition of its own ('"We are like every other school" trying to
# keep pupils safe, says Roe', '"..." despite the delays, said Roe'): lower-case words that go on
RUNS_ON = re.compile(
    r"[\"'\u201d\u2019]*\s+(?:of|for|to|in|on|with|from|by|at|and|despite|after|before|amid|"
    r"(?-i:[a-z]+ing))\b"
)


def gap_words(masked: str, start: int, end: int) -> bool:
    """Words before the opening mark in the sentence: not only marks, spaces or a list bullet."""
    return bool(masked[start:end].strip(" \"'\u201c\u2018(\n-\u2013\u2014\u2022*"))


# Before an opening mark: 'X said: ' / 'X told reporters, ' / 'X said ' / 'X warned of an '.
BEFORE = re.compile(
    rf"(?P<who>(?:[^\x00;!?\"\u201c\u201d]|{_BANG}){{1,160}})\s+{STEP}"
    # "Tesla's claims were": after a possessive the word is a noun, not the verb
    rf"(?<!['\u2019]s\s)(?P<verb>{VERBS})\b(?P<rest>[^\x00]{{0,80}})$",
    re.IGNORECASE,
)
# A lead-in that names the speaker and ends right at the opening mark: 'As Roe put it, "..."',
# 'As Roe wrote on her blog, "..."', 'According to his aunt, Jane Roe, "..."'.
AS_LEAD = re.compile(
    r"(?:^|(?<=[\s,(\u2014\u2013]))(?:(?P<as>[Aa]s)|[Aa]ccording\s+to)\s+"
    r"(?P<who>[^\x00,;:!?\"\u201c\u201d]{1,60}?(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?"
    # a role in apposition after the name: "According to Dr. Amir Haddad, director of the hospital,"
    # not a clause of the writer's ('According to Acme, this year there were 7 billion phones,
    # "corresponding to ..."'; session 25): a finite verb ends the apposition
    r"(?:,\s+(?!(?!who\b|whose\b|which\b)[^\x00,;:!?\"\u201c\u201d]{0,80}?\b(?:there|is|are|was|were|will|would|has|have|had)\b)"
    r"(?:the\s+|an?\s+)?[a-z][^\x00,;:!?\"\u201c\u201d]{1,80}?)?)"
    r"(?(as)\s+(?P<verb>(?:put|puts)\s+it|said|says|wrote|writes|noted|notes|explained|explains|recalled|recalls|related|"
    r"told\s+[^\x00,;:!?]{1,40}?|tells\s+[^\x00,;:!?]{1,40}?|remarked|remarks|observed|observes|tweeted|posted|"
    r"joked|jokes|quipped|quips)"
    r"(?:\s+[^\x00;:!?\"\u201c\u201d]{1,80}?)?)\s*[,:]\s*$"
)
# An 'According to X,' lead-in opening the sentence, then a clause of the writer's up to the mark's
# comma: X's words, which the quoted words finish; the lead-in opens no quote of its own
ACCORDING_CLAUSE = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?[Aa]ccording\s+to\s+(?P<who>[^\x00,;:!?\"\u201c\u201d]{1,60}?),\s+"
    r"[^\x00;:!?\"\u201c\u201d]{1,200}?,\s*$"
)
# 'In Roe's words, "..."', 'In the words of Dr. Roe: "..."' (session 22, fresh web pages): a
# lead-in with no verb that names whose words follow; unread, the quote had no speaker
WORDS_LEAD = re.compile(
    r"(?:^|(?<=[\s,(\u2014\u2013]))[Ii]n\s+(?:the\s+(?:very\s+)?words\s+of\s+(?P<of>[^\x00,;:!?\"\u201c\u201d]{1,60}?)"
    r"|(?P<own>[^\x00,;:!?\"\u201c\u201d]{1,60}?)['\u2019]s?\s+(?:own\s+)?words)\s*[,:]\s*$"
)
# A medium relaying words: 'the paper quoted Roe as saying' is Roe speaking, not the paper.
_QUOTED_AS = (
    # not a passive's place or time ('was quoted in the Harbour Post as saying' is the subject's)
    r"quot(?:ed|es|ing|e)\s+(?!(?:by|in|on|at|after|during|before|from|last|this)\b)(?P<qwho>[^\x00,;:!?\"\u201c\u201d]{1,80}?)\s+as\s+"
    r"(?:saying|telling\s+[^\x00,;:!?]{1,40}?|writing)"
)
QUOTED_AS_AFTER = re.compile(
    rf"[\s\"'\u201d\u2019]*[,\u2014\u2013-]?\s*(?:[^\x00,;:!?\"\u201c\u201d]{{1,80}}?\s+)?{_QUOTED_AS}\b"
)
QUOTED_AS_BEFORE = re.compile(rf"\b{_QUOTED_AS}\b[^\x00]{{0,40}}?[,:]?\s*$")
AUX = frozenset(
    split_words(
        """
    is are was were be been being am will would can could should may might must have has had do does did
    shall cannot
    """
    )
)
SUBJECTS = frozenset(split_words("i we you they he she it there this that these those"))
SMALL = frozenset(split_words("of the a an and in on to for at by with or from de la"))
# Before the name heading a sentence: title words ("Coach", "Union leader") or a description
# set off by a comma ("Her rival, Paul Evans"), nothing that makes the name an object.
BEFORE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*\s+(?:[a-z][\w-]*\s+)?){0,3}"
    r"|\s*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+,\s+"
)


# A finite auxiliary or modal: words after a verb of saying that hold one read as a clause of their
# own, not the verb's object (`indirect`, `indirect_relative`)
FINITE = re.compile(
    r"\b(?:could|would|will|was|were|is|are|has|have|had|did|does|can|may|might|must|should)\b", re.IGNORECASE
)
