"""Quoted words nobody says: what a sign, banner or motto reads, titles of works, imagined,
thought and sample words, cited titles and code keys and values.

The patterns are kept together because they all answer one question before any speaker is
sought: is this stretch a quote at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.marks import Stretch

# Nouns naming a work or a written text: a quote right after them is its title, not speech.
WORK_NOUNS = "slogan|hashtag|song|film|movie|book|album|series|show|novel"
NOT_QUOTE_BEFORE = re.compile(
    r"\b(so-called|dubbed|nicknamed|known\s+as|titled|entitled|named|called\s+it|the\s+words?|term|phrase|"
    rf"{WORK_NOUNS}|play|campaign|operation|program|programme|"
    # more works brought in by their title (session 25): 'In her essay "We never listened," Roe argues
    # that ...' is the essay's title, not a quote the verb after it attributes
    r"essay|column|article|op-ed|poem|documentary|podcast|episode|exhibition|memoir|biography|"
    r"project|initiative|wonder(?:s|ed|ing)?\s*:|"
    # a naming word set off by a comma or colon ('a piece entitled, "..."'); the author of a work
    r"(?:so-called|dubbed|nicknamed|known\s+as|titled|entitled)\s*[,:]|(?:co-?)?author\s+of|"
    # a thing brought in by the name it goes by ('a Facebook group called "We back Roe"', 'another
    # called "Roe Fans"'): its name, no one's words
    r"(?:an?|another)\s+(?:[\w'\u2019-]+\s+){0,3}?called|"
    # the same after a work and a clause about it ('a great post I once read called "Be brave or go
    # home"'; session 30): a work noun first, so 'a man in the crowd called "Stop!"' still speaks
    rf"(?:an?|another|the)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{WORK_NOUNS}|post|blog|article|essay|app|site|"
    r"website|page|group|video|game|talk|paper|study|report)\s+(?:[\w'\u2019-]+\s+){1,4}?called|"
    # quoted search terms (session 30, fresh web pages): 'searches for "best tablet apps" rose',
    # 'somebody searched on "...", 'users who type in "...", 'the keyword "..."': typed, not said
    r"search(?:es|ed|ing)?\s+(?:for|on)|(?-i:googl(?:e|es|ed|ing))|typ(?:e|es|ed|ing)\s+in(?:to\s+\w+)?|"
    r"key\s*words?|search\s+quer(?:y|ies))\s*[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
# After the mark, a work or a text of no one's as the subject: '"...?" the song asks', '"...,"
# declares the film's opening credits sequence' (lyrics and screen text, not speech)
WORK_AFTER = re.compile(
    r"[\"'\u201d\u2019]*\s*[,?!]?\s*(?:[a-z]+\s+)?(?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:song|lyrics?|chorus|verse|poem|film|movie|trailer|credits|sequence|caption|headline|advert|commercial)"
    r"(?=\s*(?:[,.;:!?\u2014\u2013]|$)|\s+(?:asks|asked|says|said|goes|went|declares|declared|reads|read|begins|"
    r"began|opens|opened|proclaims|proclaimed|promises|promised|warns|warned|for|on|in|of)\b)",
    re.IGNORECASE,
)
# What a sign, plaque or banner reads is no one's speech (the conventions leave banners and
# placards out); "the statement read" stays its issuer's.
_SIGN_NOUNS = (
    r"signs?|banners?|placards?|plaques?|posters?|graffiti|inscriptions?|stickers?|billboards?|"
    r"notices?|t-shirts?|shirts?|slogans?|mottos?|mottoes|taglines?"
)
SIGN_READS = re.compile(
    # the noun is the verb's subject: no comma of an opening phrase between ('Asked about the
    # motto, Roe said:' is Roe speaking)
    rf"\b(?:{_SIGN_NOUNS})\b[^\x00\"\u201c.!?,]{{0,50}}?\b(?:read|reads|reading|said|says|saying)"
    r"\s*:?\s*[\"'\u201c\u2018]?$"
    # session 31 (BBC pages): a slogan or motto the copula names ('Labour's slogan would be "Britain
    # is working ..."', 'The club's motto is "..."'): words written for a campaign, said by no one
    r"|\b(?:slogans?|mottos?|mottoes|taglines?)\s+(?:is|was|will\s+be|would\s+be|became|becomes|remains)"
    r"\s*:?\s*[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
# The same after the mark: '"No new taxes," proclaimed one banner', '"...," read a placard held
# by ...', '"...," the sign on the gate said'; the sign noun ends the subject (not 'the sign
# painter', not 'a man holding a banner').
SIGN_AFTER = re.compile(
    r"[\"'\u201d\u2019]*\s*,?\s*(?:[a-z]+\s+)?(?:the|a|an|one|another|its|their|his|her|some)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_SIGN_NOUNS})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:on|at|in|outside|near|above|over|along|by|held|carried|hanging|draped|"
    r"read|reads|said|says|proclaimed|declared|announced|warned)\b)"
)
# 'Villagers waved placards. They read: "..."', 'Banners hung from the bridge. One read: "..."':
# a pronoun reading out what a sign named just before says
PRONOUN_READS = re.compile(
    r"\b(?:it|they|one|another|some|others)\s+(?:read|reads)\s*:?\s*[\"'\u201c\u2018]?$", re.IGNORECASE
)
SIGN_NAMED = re.compile(rf"\b(?:{_SIGN_NOUNS})\b", re.IGNORECASE)
# 'As the paper's tagline puts it, "..."', 'As the old slogan goes, "..."': a lead-in whose
# subject is a sign, a motto or a work, not a person
SIGN_LEAD = re.compile(
    r"\b[Aa]s\s+[^\x00,;:!?\"\u201c\u201d]{0,40}?\b"
    # also a saying of no one's ('As the old saying goes, "..."', 'As the adage puts it,'; session 29)
    rf"(?:{_SIGN_NOUNS}|{WORK_NOUNS}|headline|caption|saying|adage|proverb|maxim|clich[e\u00e9])\s+"
    r"(?:put|puts|says|said|reads|read|goes|went)(?:\s+it)?\s*,\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
SIGN_REACH = 200
# Words no one said, only imagined: 'as if to say, "..."', 'you may be thinking, "..."', 'users
# might wonder, "..."', 'namely, "..."' (the writer's own question); words someone wanted, longed
# or was unable to say ('What we wanted to say: "..."', 'He was unable, deep down, to say, "..."';
# session 23); words only thought ('woke up thinking, "..."', 'thought to herself, "..."', 'I remember
# thinking: "..."'; session 24). Not 'went on to say,'.
HYPOTHETICAL = re.compile(
    r"\b(?:as\s+if\s+to\s+(?:say|ask)|(?:may|might)\s+(?:well\s+)?(?:be\s+)?(?:wonder(?:ing)?|think(?:ing)?|"
    r"ask(?:ing)?)|namely|thinking|thought|"
    r"(?:thinks?|thought)\s+to\s+(?:him|her|my|your|them|our|one)sel(?:f|ves)|"
    r"(?:want(?:s|ed)?|wish(?:es|ed)?|long(?:s|ed)|itching|tempted|dying|unable|afraid)"
    r"(?:\s*,[^,\x00]{1,30},)?\s+to\s+(?:say|ask|shout|scream|yell|reply|tell\s+\w+))"
    r"\s*[,:]\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# Words offered as examples, said by no one of the story (session 25, fresh web pages): advice to
# the reader ('You can say, "..."', 'you don't have to say, "..."', 'Why not say, "..."') and words
# given as a sample ('phrases like, "..."', 'something along the lines of, "..."'). Only when the
# lead-in names no one: 'Roe said something like, "..."' stays Roe's quote.
SAMPLE_SPEECH = re.compile(
    r"(?:\byou\s+(?:can|could|should|might|may|would|will|must|(?:need|want|have)\s+to|"
    r"(?:don['\u2019]t|do\s+not)\s+(?:have|need)\s+to)\s+(?:also\s+|just\s+|simply\s+|instead\s+)?"
    r"(?:say|ask|tell\s+(?:them|her|him|people|someone))"
    r"|\bwhy\s+not\s+(?:just\s+)?say"
    # words put in the mouth of no one in particular ('one might say, "..."', 'some would say "..."';
    # session 30): a hypothetical saying, not a quote of the story's
    r"|\b(?:one\s+(?:can|could|might|may|would|must)|(?:some|many|others)\s+(?:could|might|may|would))"
    r"\s+(?:well\s+|even\s+|also\s+)?(?:say|argue|ask)"
    r"|\b(?:something|things|phrases|words|stuff|lines|lyrics|sayings|claims|clich[e\u00e9]s)\s+"
    r"(?:like|such\s+as|along\s+the\s+lines\s+of)"
    # 'spouting such claims as "..."', 'lyrics such as: "..."' (session 29, fresh web pages)
    r"|\bsuch\s+(?:[\w-]+\s+)?(?:things|phrases|words|lines|lyrics|sayings|claims|clich[e\u00e9]s|comments|remarks"
    r"|statements|questions)\s+as"
    # 'the margin (as in: "Roe leads Lee by five points")': an example the writer makes up
    r"|\bas\s+in(?=\s*:))"
    r"\s*[,:]?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# Words said to oneself (session 29, fresh web pages): 'said to herself, "..."', 'asked herself,
# "...?"', 'I told myself "..."', 'I tell myself that "..."', and after the mark '"...," she told
# herself': self-talk, heard by no one, as 'thought to herself' is; they were direct quotes.
_REFLEXIVE = r"(?:my|your|him|her|them|our|one|it)sel(?:f|ves)"
_SELF_VERBS = r"(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|remind(?:s|ed|ing)?)"
SELF_TALK = re.compile(
    rf"\b{_SELF_VERBS}\s+(?:to\s+)?{_REFLEXIVE}(?:\s+(?:again|quietly|silently|once\s+more))?"
    r"\s*(?:[,:]|\s+that)?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
SELF_TALK_AFTER = re.compile(
    rf"[\"'\u201d\u2019]*\s*[,?!]?\s*(?:[\w.'\u2019-]+\s+){{1,3}}?{_SELF_VERBS}\s+(?:to\s+)?{_REFLEXIVE}\b",
    re.IGNORECASE,
)
# The same after the mark: '"...," Roe thought as the boats came back.'
THOUGHT_AFTER = re.compile(
    r"[\"'\u201d\u2019]*\s*[,?!]?\s*(?:[\w.'\u2019-]+\s+){1,3}?(?:thought|thinks)\b(?!\s+(?:that|of|about)\b)",
    re.IGNORECASE,
)
# 'a T-shirt showing his face and the words: "..."', 'placards bearing the slogan "..."': the
# words a sign or garment named earlier in the sentence carries, right before the mark
SIGN_WORDS_REACH = 160
SIGN_WORDS = re.compile(
    rf"\b(?:{_SIGN_NOUNS})\b[^\x00\"\u201c.!?;]{{0,{SIGN_WORDS_REACH}}}?"
    r"\b(?:the\s+words?|the\s+message|the\s+slogan|bearing|emblazoned\s+with|printed\s+with)\s*:?\s*"
    r"[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
# Words cut, printed or sewn on a thing (session 29, fresh pages): 'a watch bearing the inscription:
# "..."', 'The bench is inscribed: "..."', 'a stone carved into its face: "..."'. Like a sign's words,
# no one's speech; a person who 'carved out a career' or 'carried the news' still speaks.
INSCRIBED = re.compile(
    r"\b(?:(?:bearing|bears|bore|carrying|carries|with)\s+(?:the|an?|this|its)\s+(?:[\w-]+\s+)?"
    r"(?:inscriptions?|engravings?|legend|epitaph)"
    r"|(?:engraved|inscribed|etched|emblazoned|embroidered|embossed|carved|tattooed)"
    r"(?:\s+(?:on|onto|in|into|with|across|inside|along)\b[^\x00\"\u201c\u201d.!?;:]{0,40}?)?)"
    r"\s*[,:]?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# A title cited by a letter or a reference list, whatever its case (session 24): after a letter's
# 'Re.' / 'Re:' ('Re. "Prop. 13 costs us," Page A8, Jan. 13:') or a reference's date in
# parentheses ('Roe, Ann (2017-06-08). "Clustering ports, provably".'). Read across the sentence
# start those full stops make, in a bounded window.
CITED_REACH = 24
CITED_BEFORE = re.compile(
    r"(?:(?<![\w.])(?-i:Re|RE)\s*[.:]|\((?:\d{4}(?:-\d{2}){0,2}|\d{4},?\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)\)\.)"
    r"\s*[\"'\u201c\u2018]?\s*$"
)
# Session 30 (fresh web pages): a title the writer points to, not words said. A cross-reference
# opening its sentence or parenthesis ('(See: "Why the Port Keeps Losing Money.")', 'Also see:',
# 'Related:', 'Read more:', 'Link: acme.com: "..."'), and a work the sentence says was put out, its
# title after the comma ('released a new study, "The Business of Farming: What works."', 'published
# an essay, "..."'); with a colon the words may be the work's own ('wrote a post: "We are closing."').
# Read as a quoted sentence, they were direct with no speaker.
CROSS_REFERENCE = re.compile(
    r"\s*\(?\s*(?:see(?:\s+also)?|also\s+see|related|read\s+more|read\s+also|further\s+reading|previously|"
    r"link|more\s+on\s+this)\s*:\s*(?:[\w-]+(?:\.[\w-]+)+/?\s*:\s*)?[\"'\u201c\u2018]?\s*",
    re.IGNORECASE,
)
PUBLISHED_TITLE = re.compile(
    r"\b(?:released|releases|published|publishes|issued|issues|launched|launches|unveiled|unveils|posted|"
    r"posts|authored|wrote|writes|produced|produces)\s+(?:(?:a|an|the|its|their|his|her|our|my)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:study|survey|report|paper|white\s*paper|e-?book|guide|book|essay|article|"
    r"post|analysis|brief|memo|column|op-ed)\s*,\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# 'it is called "pigeon breeder's lung"': a passive naming gives a term, not a quote, unless
# the one who called it so follows ('was called "a betrayal" by the union').
NAMED_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|often\s+|also\s+|now\s+|sometimes\s+)?"
    # also with an article before the name ('what has been called the "agency model"'; session 44)
    r"(?:called|termed|labell?ed|referred\s+to\s+as)(?:\s+(?:the|an?))?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# Session 43 (found on an unseen fresh page): a name given with a naming verb and its object before
# "as" ('Roe had dubbed the mayor's role in the harbor plan as "the Vell problem."', 'what staff
# refer to as "the annex"'): a short quoted name or term, not words anyone said; a describing verb
# ('described the plan as "certainly absurd."') quotes an opinion and stays a partial.
NAMED_AS = re.compile(
    r"\b(?:dubb(?:s|ed|ing)|nicknam(?:es|ed|ing)|christen(?:s|ed|ing)|refer(?:s|red|ring)?\s+to)\s+"
    r"(?:[^\x00\"\u201c\u201d.;!?]{1,70}?\s+)?as\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
# A list's numbered heading in quotation marks on a line of its own ('6. "The Vell problem"'): the
# title of the section below, said by no one (session 43, a "key moments" page).
_NUMBERED_LINE_START = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$")
_LINE_REST = re.compile(r"[\"'\u201d\u2019]?[ \t]*(?:\n|$)")


def numbered_heading(text: str, mark: int, close: int) -> bool:
    """Whether the stretch whose opening mark stands at ``mark`` and closing mark at ``close``
    fills its line after a list number: read in the ten characters before the mark and at the
    closing mark only."""
    return (
        _NUMBERED_LINE_START.search(text, max(0, mark - 10), mark) is not None
        and _LINE_REST.match(text, close) is not None
    )


# Session 31 (BBC stories): a passive verb of describing with its agent before the mark ('the
# Mac mini, described by Ann Roe as "...'): the quoted words are the agent's description, a partial
# quote of the person "by" names; it had no attribution and so no speaker.
NAMED_BY_REACH = 90
NAMED_BY_BEFORE = re.compile(
    r"\b(?P<verb>described|called|dubbed|labell?ed|branded|hailed|termed|characteri[sz]ed)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^\x00,;:.!?\"\u201c\u201d]{0,60}?)\s+as\s*[\"'\u201c\u2018]?\s*$"
)
BY_AFTER = re.compile(r"[\"'\u201d\u2019]?\s*,?\s*by\b", re.IGNORECASE)
# After a short unattributed stretch that does not end as a sentence: code punctuation (a key's
# colon, '=>', '=', a comma, a bracket) rather than words or the paragraph's end.
CODE_AFTER = re.compile(
    r"[ \t]*(?::(?=\s*[\"'\u201c\u2018{\[\d$-])|=>?|,|\)|\]|\}|;|\+|\.\s*['\"$(]"
    r"|:[ \t]*[A-Za-z_][\w.]*[ \t]*,?[ \t]*(?:\n|$))"  # '"title": title,': a key and a variable
)
CODE_GAP = re.compile(r"[\"'\u201d\u2019]?\s*(?::|=>?)\s*[\"'\u201c\u2018]?\s*")  # '"key": "value"'
_KEY_WORDS = 3
# After a key's value, the end of the entry: a comma, a closing bracket or the line's end.
_VALUE_END = re.compile(r"[ \t]*(?:,|\}|\])?[ \t]*(?:\n|$)")
_TRIPLE_MARKS = ('"""', "'''")


def code_text(
    text: str, masked: str, stretches: Sequence[Stretch], ids: Sequence[int], n: int, gap: str
) -> bool:
    """Quoted words that are code whatever their length: a docstring between three marks on
    each side (a Python docstring), or the value of a short quoted key that ends its line
    ('"Comment": "bought on the way home from work",'); a written entry, not words said."""
    s = stretches[ids[n]]
    if text[max(0, s.start - 3) : s.start] in _TRIPLE_MARKS:
        return True
    if not n or not s.closed or CODE_GAP.fullmatch(gap) is None:
        return False
    key = stretches[ids[n - 1]]
    return (
        len(text[key.start : key.end].split()) <= _KEY_WORDS
        and _VALUE_END.match(masked, s.end + 1) is not None
    )
