"""Direction and basis of a movement, read from the words next to the figure.

Wire copy puts the movement verb right before the amount ("rose 2.4 percent", "was up 9.4
per cent", "expanding 2.4 percent") or a comparative right after it ("34.4% higher", "a 4.2
percent drop"). A figure after "to" or "from" is a level, not the movement: "rose 60% to 3.9
million headsets" moves by 60% and ends at 3.9 million.
"""

from __future__ import annotations

import re

from consumer.events import Change, Comparison
from consumer.gate import gated, lowered, may_end_with

# "up" as a phrasal particle is no movement: "taking up 53 percent", "made up 40 percent"; nor
# after a verb of paying or getting that takes it: "anted up $129", "coughed up $2 million",
# "snapped up 12 percent of the shares", "racked up $40 million in sales" (one fixed-width
# look-behind per verb: Python's look-behinds cannot vary in width)
_PARTICLE_VERBS = (
    *"take takes took taking taken make makes made making sums summed".split(),  # noqa: SIM905
    *"ante antes anted cough coughs coughed pony ponies ponied snap snaps snapped".split(),  # noqa: SIM905
    *"scoop scoops scooped buy buys bought rack racks racked ring rings rang".split(),  # noqa: SIM905
)
_NOT_AFTER_PARTICLE_VERB = "".join(rf"(?<!\b{verb}\s)" for verb in _PARTICLE_VERBS)
_UP = (
    rf"r[io]se[ns]?|rising|{_NOT_AFTER_PARTICLE_VERB}up|"
    r"increas(?:e|ed|es|ing)|gr[eo]w[ns]?|growing|grown|gain(?:ed|s|ing)?|"
    r"climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|advanc(?:e|ed|es|ing)|"
    r"expand(?:ed|s|ing)?|added|boost(?:ed|s|ing)?|rebound(?:ed|s|ing)?|accelerat(?:e|ed|es|ing)|"
    r"spik(?:e|ed|es|ing)|rall(?:y|ied|ies|ying)|higher|picked up|edged up|went up|went higher|"
    # wire market reports' stronger verbs (session 49: "leaped $2, to $18.375", "rocketed 9 1/2")
    r"(?:sky)?rocket(?:ed|s|ing)|leap(?:t|ed|s|ing)?|vault(?:ed|s|ing)|zoom(?:ed|s|ing)"
)
_DOWN = (
    r"f[ae]ll(?:s|ing|en)?|drop(?:ped|s|ping)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
    r"dip(?:ped|s|ping)?|slid(?:e|es|ing)?|slipp?(?:ed|s|ing)?|lost|los(?:e|es|ing)|shed(?:s|ding)?|"
    r"tumbl(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|s[au]nk|sinks?|sinking|"
    r"slump(?:ed|s|ing)?|contract(?:ed|s|ing)?|shr[iau]nk|shrinks|shrinking|down|lower|eas(?:e|ed|es|ing)|"
    r"cut(?:s|ting)?|sl[au]sh(?:ed|es|ing)?|retreat(?:ed|s|ing)?|skid(?:ded|s)?|crash(?:ed|es|ing)?|"
    r"reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)|trimm?(?:ed|s|ing)?|"
    r"edged down|went down|went lower|"
    r"(?:nose-?)?div(?:e|ed|es|ing)|dove|sag(?:ged|s|ging)?|tank(?:ed|s|ing)|"  # "dived $8"
    # wire copy's "was off 5/8 at 37-1/2", "closed off 1.2 pct" (session 31); "laid off 45" is no fall
    r"(?:was|were|is|are|ended|closed|finished|traded|opened)\s+off|"
    # ... and a level then ", off" and the move, as market tables and stock reports write it:
    # "closed at $23.25, off 12.5 cents", "transportation 1190.43, off 14.76" (session 49)
    r"\d[\d.]*(?:[ \t]+(?:a[ \t]+share|[a-z]+))?,[ \t]+off"
)
_FLAT = r"unchanged|flat|steady|stable|stagnant|stagnated"
_FILLER = (
    r"by|about|around|nearly|almost|some|roughly|approximately|just|only|over|under|a further|another|"
    r"an? (?:additional|average of|estimated)|an average of|more than|less than|as much as|as little as|"
    r"sharply|slightly|modestly|marginally|steeply|strongly|further|by about|at least|up to|well|far|"
    r"a little|a bit"
)
_BEFORE_SOURCE = rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<flat>{_FLAT}))(?:\s+(?:{_FILLER}))*\s*(?:,\s*)?$"
_BEFORE = gated(_BEFORE_SOURCE, re.IGNORECASE)
# The verb, its object, then "by": "reduced its nuclear arsenal by 100 warheads", "lowered rates by".
_VERB_OBJECT_BY_SOURCE = (
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+[A-Za-z'\u2019-]+){{1,4}}\s+by(?:\s+(?:{_FILLER}))*\s+$"
)
_VERB_OBJECT_BY = gated(_VERB_OBJECT_BY_SOURCE, re.IGNORECASE)
_AFTER = re.compile(
    r"^\s*(?:(?P<up>higher|more|increase|rise|gain|growth|jump|surge|hike|expansion"
    r"|year[- ]on[- ]year increase)"
    r"|(?P<down>lower(?!\s+(?:house|chamber))|less|drop|decline|fall|decrease|contraction|slump|plunge|cut|loss|"
    r"reduction))\b",
    re.IGNORECASE,
)
# A level followed by ", unchanged from ..." / ", flat on ...": the figure did not move.
_FLAT_AFTER = re.compile(
    r"^(?:\s+(?:at|in|on|by|for)\b[^,;]{0,40})?,\s*(?:(?:virtually|largely|roughly|almost|nearly|"
    r"basically|essentially|broadly)\s+)?(?:unchanged|flat|steady|stable)\s+(?:from|on|with|against|"
    r"compared|versus|vs\.?|since)\b",
    re.IGNORECASE,
)
_LEVEL_BEFORE = gated(r"\b(?:to|from|at|of|reach(?:ed|ing)?|hit|totall?(?:ed|ing))\s*$", re.IGNORECASE)
# A movement named by a noun before its size: "an increase of nearly 20 percent", "a positive
# growth of 12 percent", "negative growth of 2 percent", "a decline of 3 points"; and a growth
# rate stated as a level ("sales growth in 2019 will be 3.5%"): growth is up, negative growth down.
_NOUN_BEFORE_SOURCE = (
    rf"\b(?:(?P<negative>negative)\s+|positive\s+)?(?:(?P<up>growth|increase|rise|gain|jump|surge|hike|"
    rf"expansion|rebound|upturn)|(?P<down>decline|drop|fall|decrease|contraction|reduction|cut|slump|plunge|"
    rf"dip|downturn))\s+(?:of|by)\s+(?:(?:{_FILLER})\s+)*$"
)
_NOUN_BEFORE = gated(_NOUN_BEFORE_SOURCE, re.IGNORECASE)
# The same three patterns without IGNORECASE, read on a lower-cased copy of the window
# (consumer.gate.lowered): the same matches, at about 60% of the case-blind scan's cost; they
# run per figure over up to 120 characters, and case-blind they were the stage's dearest scans.
_BEFORE_LOWER = gated(_BEFORE_SOURCE)
_VERB_OBJECT_BY_LOWER = gated(_VERB_OBJECT_BY_SOURCE)
_NOUN_BEFORE_LOWER = gated(_NOUN_BEFORE_SOURCE)


def _search_folded(
    blind: re.Pattern[str], lower: re.Pattern[str], text: str, folded: str | None
) -> re.Match[str] | None:
    """``blind.search(text)``, read by ``lower`` on ``folded`` (``lowered(text)``) when it lines up."""
    return blind.search(text) if folded is None else lower.search(folded)


# The last words the window before a figure must end on (its trailing spaces left out) for the
# patterns that end on a word and "$": each such pattern is tried at every position of its window,
# and most figures follow a verb ("rose 5%"), so `may_end_with` spares most scans (issue 11 bounds
# the cost beyond NER). A filler's last word ends each list: tests/unit read them off _FILLER.
_FILLER_LAST = (
    *("about", "additional", "almost", "another", "approximately", "around", "as", "bit", "by"),
    *("estimated", "far", "further", "just", "least", "little", "marginally", "modestly", "nearly"),
    *("of", "only", "over", "roughly", "sharply", "slightly", "some", "steeply", "strongly", "than"),
    *("to", "under", "well"),
)
_NOUN_BEFORE_LAST = ("of", "by", *_FILLER_LAST)
_VERB_OBJECT_BY_LAST = ("by", *_FILLER_LAST)
_GROWTH_LEVEL_LAST = (
    *("be", "was", "is", "were", "of", "at", "reached", "hit"),
    *("about", "around", "nearly", "almost", "roughly", "just", "only", "some", "approximately"),
)
_LEVEL_BEFORE_LAST = (
    *("to", "from", "at", "of", "reach", "reached", "reaching", "hit"),
    *("totaled", "totaling", "totalled", "totalling"),
)


_GROWTH_LEVEL = gated(
    r"\b(?:(?P<negative>negative)\s+)?growth(?:\s+(?:rate|in|of|for)\b[^,;]{0,30}?)?\s+"
    r"(?:will be|would be|was|is|were|of|came in at|stood at|reached|hit)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|just|only|some|approximately)\s+)*$",
    re.IGNORECASE,
)
# ", down from Monday's 12,310": the figure before moved, the one after is its basis.
_FROM_AFTER = re.compile(
    r"^(?:\s+(?:on|in|at|for|by)\b[^,;]{0,30})?,?\s*(?:(?P<up>up)|(?P<down>down))\s+"
    r"(?:(?:sharply|slightly|modestly|marginally|steeply|"
    r"strongly|further)\s+)?from\b",
    re.IGNORECASE,
)
# "0.9 percentage points above the forecast": a difference in relative units is a movement.
_RELATIVE_UNITS = frozenset({"percent", "percentage_point", "basis_point", "point"})
_RELATIVE_AFTER = re.compile(
    r"^\s*(?:(?P<up>above|higher than|more than)|(?P<down>below|lower than|less than))\b", re.IGNORECASE
)


# "down" as a verb's particle or a preposition of place is no movement of the count after it: "turn
# it down one notch", "could not pin down two weeks ahead", "ran the whole way down two panels".
# Its marks are the word right before it: an object pronoun, "way", or a verb that takes "down"
# ("was down 3 games", "closed down 1.9 percent", "went down" stay moves). Only for counts and
# durations: a share, points, money or a measure after it ("knocked it down 2 percent", "slow it
# down 10 mph") may still be the move itself.
_DOWN_VERBS = (
    *"nail nails nailed nailing pin pins pinned pinning track tracks tracked tracking hunt hunts".split(),  # noqa: SIM905
    *"hunted narrow narrows narrowed narrowing shut shuts shutting hand hands handed handing".split(),  # noqa: SIM905
    *"turn turns turned turning break breaks broke breaking broken tear tears tore torn".split(),  # noqa: SIM905
    *"mow mows mowed gun gunned shoot shoots shot take takes took taking taken sit sits sat".split(),  # noqa: SIM905
    *"lie lay laid step steps stepped stand stands stood settle settled calm calmed hold holds".split(),  # noqa: SIM905
    *"held hunker hunkered tie tied wind winds wound write writes wrote written".split(),  # noqa: SIM905
)
_DOWN_PARTICLE_BEFORE = re.compile(
    r"\b(?:it|them|him|her|me|us|way|" + "|".join(_DOWN_VERBS) + r")\s+$", re.IGNORECASE
)
# The units a "down" before them may move: shares, points, money and measures
_MOVABLE_UNITS = frozenset(
    {*"percent percentage_point basis_point point cent pence mile foot inch yard gallon litre".split(), "mph"}  # noqa: SIM905
    | {*"tonne acre hectare ounce barrel pound metre meter degree knot".split()}  # noqa: SIM905
)
_DURATIONS = frozenset("second minute hour day week month year decade".split())  # noqa: SIM905


def _down_as_particle(near: str, match: re.Match[str], unit: str | None) -> bool:
    """Whether the "down" a movement match ends on is a particle or a preposition before a count."""
    if match.lastgroup != "down" or match.group("down").lower() != "down":
        return False
    counted = unit is None or unit in _DURATIONS or (unit.isalpha() and unit.islower() and len(unit) > 3)
    if not counted or unit in _MOVABLE_UNITS:
        return False
    start = match.start("down")
    return _DOWN_PARTICLE_BEFORE.search(near, max(0, start - 20), start) is not None


# A player's or a team's tally in a game does not move: "added 12 rebounds", "lost three
# games", "gained 95 yards" say what was made, not that a quantity rose or fell.
_GAME_TALLIES = frozenset(
    "rebound assist goal run yard tackle save steal block strikeout hit touchdown wicket catch "  # noqa: SIM905
    "inning game match set lap ace birdie bogey homer interception sack".split()
)


# A deal's discount is a price cut: "35% Off the Orbel 7", "$50 cheaper than ..." (in money or
# percent only: "12 miles off the coast" is a place). A saving ("Save $31", "saves you $14") was
# measured too and dropped: the check part's changes fell with it.
_DISCOUNT_AFTER = re.compile(r"^\s*(?:off\b(?!-)|cheaper\b)", re.IGNORECASE)


def _discount(after: str, unit: str | None) -> bool:
    money = unit is not None and (unit == "percent" or (unit.isupper() and len(unit) == 3))
    return money and _DISCOUNT_AFTER.match(after) is not None


# A duration before "later" places a moment ("came down about 20 minutes later"), no movement of
# the figure ("12 feet down from last year" may be one, so a length's "down" is left alone)
_LATER = re.compile(r"\s+(?:later|earlier|afterwards?)\b", re.IGNORECASE)
_NEVER = re.compile(r"(?!)")
_NO_MOVEMENT_AFTER = dict.fromkeys(
    ("second", "minute", "hour", "day", "week", "month", "year", "decade"), _LATER
)


# "won the election by 30 points", "lost the primary by five-and-a-half points": a winning or
# losing margin is no movement, the conventions say (change null; session twenty-eight)
_CONTEST_BY = re.compile(
    r"\b(?:won|wins?|winning|lost|loses?|losing|beat|beats|beating|defeated|defeats|edged|trail(?:s|ed|ing)?|"
    r"led|leads?|leading)\s+(?:(?!(?:grew|grow|grows|rose|rise|rises|fell|falls?|widened|widens?|narrowed|"
    r"narrows?|shrank|shrinks?|increased|decreased|jumped|dropped|climbed|slipped|expanded|gained|cut)\b)"
    r"\S+\s+){0,4}?by\s+"
    r"(?:(?:about|nearly|almost|roughly|around|some|just|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)


def change_of(before: str, after: str, value: float | None, unit: str | None) -> Change | None:
    """The movement a figure measures, from the text right before and after it."""
    if unit in _GAME_TALLIES or _NO_MOVEMENT_AFTER.get(unit or "", _NEVER).match(after) is not None:
        return None  # "came down about 20 minutes later": a moment, no movement
    if unit == "percentage_point" and _CONTEST_BY.search(before[-60:]) is not None:
        return None  # "lost the primary by five points": a margin of the vote, no movement
    if _discount(after, unit):
        return "down"
    tail = before[-120:]
    folded = lowered(tail)  # one lower-cased copy for the three scans (its last 80 are [-80:]'s)
    noun = (
        _search_folded(_NOUN_BEFORE, _NOUN_BEFORE_LOWER, tail, folded)
        if may_end_with(tail, _NOUN_BEFORE_LAST)
        else None
    )
    level = (
        _GROWTH_LEVEL.search(before[-120:])
        if noun is None and may_end_with(tail, _GROWTH_LEVEL_LAST)
        else None
    )
    if noun is not None or level is not None:
        up = level is not None or (noun is not None and noun.group("up") is not None)
        negative = (noun or level).group("negative") is not None  # type: ignore[union-attr]
        return "up" if up != negative else "down"
    if may_end_with(before, _LEVEL_BEFORE_LAST) and _LEVEL_BEFORE.search(before):
        moved = _FROM_AFTER.match(after)
        if moved is not None and not re.search(r"\b(?:to|from)\s*$", before, re.IGNORECASE):
            return "up" if moved.group("up") else "down"  # "closed at 11,900, down from 12,310"
        return "flat" if _FLAT_AFTER.match(after) else None
    near, near_folded = before[-80:], None if folded is None else folded[-80:]
    match = _search_folded(_BEFORE, _BEFORE_LOWER, near, near_folded) or (
        _search_folded(_VERB_OBJECT_BY, _VERB_OBJECT_BY_LOWER, near, near_folded)
        if may_end_with(near, _VERB_OBJECT_BY_LAST)
        else None
    )
    if match is None:
        match = _AFTER.match(after[:40])
    if match is not None:
        if _down_as_particle(near, match, unit):
            return None  # "turn it down one notch", "the whole way down two panels": no movement
        if match.lastgroup == "up":
            return "up"
        if match.lastgroup == "down":
            return "down"
        return "flat"
    moved = _FROM_AFTER.match(after)
    if moved is not None:
        return "up" if moved.group("up") else "down"
    relative = _RELATIVE_AFTER.match(after[:40]) if unit in _RELATIVE_UNITS else None
    if relative is not None:
        return "up" if relative.group("up") else "down"
    if _FLAT_AFTER.match(after):
        return "flat"
    return _signed(before, value, unit)


def _signed(before: str, value: float | None, unit: str | None) -> Change | None:
    """A sign written on a share or an index move: market tables print the direction so."""
    if value is None or unit not in ("percent", "point", "percentage_point"):
        return None
    if value < 0:
        return "down"  # "FTSE -0.6%"
    return "up" if before.endswith("+") else None  # "Nasdaq +1.2%", "+0.5 percentage points"


# Gated on their first letters (consumer.gate): the same matches, at about a third of the cost of
# trying each case-blind pattern at every position of the clause after every moving figure.
_COMPARISONS: list[tuple[re.Pattern[str], Comparison]] = [
    (
        gated(
            r"year[- ]on[- ]year|\by/y\b|\byoy\b|from a year (?:earlier|ago|before)|"
            r"(?:than|with|over|from|against|on|versus|vs\.?) "
            r"(?:the same (?:period|quarter|month) (?:of |in )?)?(?:a year (?:earlier|ago|before)|last year)|"
            r"(?:than|with|over|from|against|on|versus|vs\.?) (?:the )?(?:previous|prior|preceding) year|"
            r"year[- ]over[- ]year|on an annual basis|annuali[sz]ed",
            re.IGNORECASE,
        ),
        "year_on_year",
    ),
    (
        gated(
            r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq/q\b|\bqoq\b|"
            r"(?:from|than|over|on|with) (?:the (?:previous|prior|preceding) quarter|"
            r"a quarter (?:earlier|ago|before)|the quarter before|last quarter)",
            re.IGNORECASE,
        ),
        "quarter_on_quarter",
    ),
    (
        gated(
            r"month[- ]on[- ]month|month[- ]over[- ]month|\bm/m\b|\bmom\b|"
            r"(?:from|than|over|on|with) (?:the (?:previous|prior|preceding) month|"
            r"a month (?:earlier|ago|before)|the month before|last month)",
            re.IGNORECASE,
        ),
        "month_on_month",
    ),
]
_FROM_PREVIOUS = gated(
    r"\b(?:from|compared with|compared to|versus|vs\.?)\s+(?:a |an |the )?(?:[\w.]+['\u2019]s\s+)?"
    r"(?:[A-Z]{0,3}\s?)?[$€£¥]?\d",
    re.I,
)


def comparison_of(clause_after: str) -> Comparison | None:
    """The basis of a movement, looked for in the rest of the clause after the figure."""
    window = clause_after[:120]
    for pattern, comparison in _COMPARISONS:
        if pattern.search(window):
            return comparison
    if _FROM_PREVIOUS.search(window):
        return "from_previous"
    return None
