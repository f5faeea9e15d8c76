"""Works the model reads as bodies or places, told by the kind of work right before the name: "cult TV show
Harbor Nights", "the BBC comedy Quell Street", "his latest album Salt Roads", "the opera La
Kelvane" are titles (MISC by the conventions), whatever the model read.

The kind must stand right before the name in lower case ("TV" may stand before it; "show" and
"film", verbs too, want a determiner or a word of the trade before them), and the name must be
nothing the gazetteer lists but a place, nor a body by its head word ("the series Acme Studios
made"). Only the 40 characters before the name are read. A scheme named with its own head word,
"... Program(me)", is a programme too (``programme_name``).
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.gate import gated

# The kind of work, perhaps after "TV"/"television"/"radio"; verbs that are also nouns ("play",
# "track", "single") are left out: "to play Marlow", "to track Quorvex". "show" and "film" are
# verbs too ("figures show Tarvo Motors ...", "to film Kelby"): only after a determiner, a
# possessive, a broadcaster's capitals or a word of the trade ("the show", "BBC show", "cult show")
_KIND_BEFORE = gated(
    r"(?<![\w-])(?:(?:TV|television|radio)[ \t]+)?"
    r"(?:series|sitcom|soap|comedy|drama|album|movie|musical|opera|documentary|novel|cartoon|"
    r"song|ballad|anthem|duet)[ \t]+(?:The[ \t]+)?$"
    r"|(?<![\w-])(?:[Tt]he|a|an|his|her|its|their|this|that|new|latest|hit|cult|classic|popular|chat|talk|quiz|"
    r"reality|comedy|game|TV|television|radio|[A-Z]{2,5}|[A-Z][\w.&-]*['\u2019]s)[ \t]+(?:show|film)[ \t]+"
    r"(?:The[ \t]+)?$"
    # a song by its kind: "single", "track" and "hit" are verbs too ("to track Quorvex", "prices hit
    # Tarvo"), so only after a determiner, a possessive, a word of the charts or the artist's name
    # (then "single" alone: "the Formula One track Silverstone" is a circuit)
    r"|(?<![\w-])(?:[Tt]he|a|his|her|its|their|new|latest|recent|debut|first|second|third|next|last|smash|"
    r"biggest|big|number[ \t]+one|chart-topping|\d{4}s|[A-Z][\w.&-]*['\u2019]s)"
    r"[ \t]+(?:hit[ \t]+)?(?:single|track|hit)[ \t]+(?:The[ \t]+)?$"
    r"|(?<![\w-])[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+single[ \t]+$"
)
_KIND_REACH = 40
# A song's kind after a possessive that is no artist's: a day's, a month's (not one that is a given
# name too, "April", "May", "June", "August"), a storm's, a market's or a team's ("Monday's hit
# Tarvo", "The storm's first hit Kelby Bay", "the team's first hit"): "hit" is the verb or a blow
_NO_ARTIST_BEFORE = gated(
    r"(?<![\w-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|"
    r"September|October|November|December|[Tt]oday|[Yy]esterday|[Tt]onight|day|night|morning|week|weekend|"
    r"month|year|season|(?:rain|snow|thunder|wind|sand|dust|ice)?storm|hurricane|typhoon|cyclone|tornado|"
    r"quake|earthquake|flood|blast|missile|strike|attack|virus|market|economy|team|club|side)['\u2019]s"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:single|track|hit)[ \t]+(?:The[ \t]+)?$"
)
# A capitalised word after the name, or a small word and one, runs a longer title the model cut
# ("the series Harbor Town Live", "the film Sailors of the Kelp Sea"): left alone
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:(?:of|the|and|in|on|at|to|for|a)[ \t]+)*[A-Z]")


def titled_by_kind(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body or place with no record, right after a lower-case kind of work: the work's
    title."""
    if cand.entry is not None or head_type(surface) is not None:
        return False
    listed = gazetteer.lookup(surface)
    if listed is not None and listed.type != "LOCATION":
        return False  # a body or a product the list knows: "the film Netflix made"; a town's
        # name may title a work ("the soap Riverbank")
    if _CAPITAL_AFTER.match(text, cand.end) is not None:
        return False
    before = max(0, cand.start - _KIND_REACH)
    if _KIND_BEFORE.search(text, before, cand.start) is None:
        return False
    return _NO_ARTIST_BEFORE.search(text, before, cand.start) is None


# "the Export Enhancement Program", "the Harbor Schools Programme": a scheme named with its own
# capitalised head word is a programme (MISC by the conventions) where the model read a body. The
# agencies named so ("the World Food Programme", "the United Nations Development Programme") open
# on a word of the world's or the nations' bodies, and one that acts ("the Harbor Programme said")
# is a body too.
_PROGRAMME_HEADS = frozenset(("Program", "Programme"))
_AGENCY_OPENERS = frozenset(("World", "United", "UN", "U.N.", "International", "Joint", "Global"))
_ACTS_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:said|says|told|announced|warned|estimates?|estimated|"
    r"spokes(?:man|woman|person)|director|chief|head|officials?|staff|workers)\b"
)


def programme_name(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of two words or more with no record, ending on "Program"/"Programme", that
    opens on no agency's word and does not act: the programme's name."""
    words = surface.split()
    return (
        len(words) >= 2
        and words[-1] in _PROGRAMME_HEADS
        and words[0] not in _AGENCY_OPENERS
        and cand.entry is None
        and gazetteer.lookup(surface) is None
        and _ACTS_AFTER.match(text, cand.end) is None
    )
