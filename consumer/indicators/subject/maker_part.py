"""A part's size or power that the clause gives to its maker: the maker's product's, not the firm's.

A launch story or a review names the product, then goes on about its parts with the maker as
the grammatical owner: "Orbis's 6.1-inch screen is brighter", "Veltra's 3.0-litre engine
produces 450 hp", "Harlow has fitted a 12-megapixel camera", "Orbis says the battery lasts 14
hours". The subject rules read the firm (a possessive, the clause's subject) or nobody (a
report); the conventions give a product's specs to the product. A firm has no screen, engine or
battery of its own in such a story, but it has revenue, staff and factories, so only a thing's
unit beside a part's noun counts, and only when the firm makes the product the passage is about.

A wrong owner is worse than none: the product is the one named last in the passage (within
``_PRODUCT_BACK`` characters, not named to compare with), else the story's product, and it must
carry the maker's name or be introduced by it ("the Orbis Note 12", "Orbis's new Note 12",
"Orbis has unveiled its Note 12"). Each look is bounded: a few dozen characters around the
figure, and the product's first mentions.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import REPORTED, unlisted_name
from consumer.indicators.subject.mentions import WINDOW_BEFORE, MentionIndex, made_thing
from consumer.indicators.subject.products import SPEC_UNITS, compared_before, scenery

# A thing's units: the spec units, and sizes, weights, volumes, distances and spans of time,
# which the part's noun beside them makes a thing's (a battery's hours, a car's range)
_THING_UNITS = SPEC_UNITS | frozenset(
    {
        "g",
        "kg",
        "lb",
        "ounce",
        "mm",
        "cm",
        "foot",
        "litre",
        "ft3",
        "hour",
        "minute",
        "second",
        "mile",
        "km",
        "rpm",
    }
)
# The parts and properties of a made thing, never of a firm
_PARTS = (
    r"(?:(?:touch)?screens?|displays?|batter(?:y|ies)|battery\s+life|engines?|motors?|cameras?|lens(?:es)?|"
    r"sensors?|processors?|chips?|chipsets?|cpus?|gpus?|storage|memory|ram|hard\s+(?:drive|disk)|ssds?|"
    r"trunk|boot\s+space|wheels|tyres|tires|range|top\s+speed|speakers?|keyboard|chassis|wingspan|"
    r"fuel\s+tank|torque|horsepower|charging|charger|bezels?|zoom|resolution|refresh\s+rate|weight|"
    r"powertrain|drivetrain|hybrid\s+system|transmission|gearbox|v6|v8|v12|(?:four|six|eight)-cylinder)"
)
# The part's noun right after the figure, at most two words between: "6.1-inch OLED screen",
# "128GB of storage", "a 3.0-litre V6 engine"
_PART_AFTER = re.compile(rf"(?:\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?){_PARTS}\b", re.IGNORECASE)
_AFTER_REACH = 40
# The part's noun heading the figure's phrase before it: "the battery lasts 14 hours", "a top
# speed of 190 mph", "its screen measures 6.1 inches"; no clause's edge between
_PART_BEFORE = re.compile(rf"\b{_PARTS}\b(?:\s+[\w-]+){{0,4}}?\s+$", re.IGNORECASE)
_BEFORE_REACH = 50
_EDGE = re.compile(r"[.;:!?,]|\n")
# What a firm has and a product has not, between the firm and the figure: "Orbis's factories make
# 2GB chips", "Orbis's network carried 500TB", "Orbis's data centres hold 40TB of storage"
_FIRMS_THINGS = re.compile(
    r"\b(?:factor(?:y|ies)|plants?|fabs?|facilit(?:y|ies)|networks?|cloud|servers?|data\s+cent(?:re|er)s?|"
    r"stores?|shops?|fleet|sales|revenues?|profits?|shipments?|staff|employees|workers|customers|"
    r"subscribers|users|shares?|suppliers?|supplies|orders?|contracts?)\b",
    re.IGNORECASE,
)
_PRODUCT_BACK = 1500  # how far back the product the passage is about may be named
_MENTIONS_READ = 8  # how many of the product's mentions are read for its maker's introduction
_REPORT_REACH = 120  # how far before the figure a reporting maker may stand


def maker_part_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    owner: Entity | None,
) -> Entity | None:
    """The product a part's spec measures, when the clause gave it to the product's maker, to a
    reviewer or, in a maker's report, to nobody (see the module's docstring); None keeps
    ``owner``."""
    if unit not in _THING_UNITS or (owner is not None and owner.type not in ("ORGANIZATION", "PERSON")):
        return None
    if not _beside_part(text, sentence_start, figure):
        return None
    if owner is not None and owner.type == "PERSON":
        return _reviewers_part(index, text, figure)
    maker = owner if owner is not None else _reporting_maker(index, text, sentence_start, figure)
    if maker is None:
        return _unnamed_part(index, text, sentence_start, figure) if owner is None else None
    low = max(sentence_start, figure[0] - WINDOW_BEFORE)
    maker_at = max((c.end for c in index.between(low, figure[0]) if c.entity.id == maker.id), default=low)
    if _FIRMS_THINGS.search(text, maker_at, figure[0]) is not None:
        return None
    product = _passage_product(index, text, figure)
    if product is None or not made_by_maker(index, text, maker, product):
        return None
    return product


# What only a thing does: "it weighs 160 grams", "measures 6.1 inches across"
_THINGS_VERB = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|measur(?:es|ed|ing))\s+(?:(?:just|only|about|around|under|over|less\s+than|"
    r"more\s+than|a\s+mere)\s+)?$",
    re.IGNORECASE,
)


# A sprint's figures: "0-60 mph in 7.1 seconds", "0-62mph", "zero to 60"
_SPRINT = re.compile(r"\b(?:0|zero)(?:-|\s+to\s+)(?:60|62|100)\b")


def _beside_part(text: str, sentence_start: int, figure: tuple[int, int]) -> bool:
    """A part's noun right after the figure, or heading its phrase right before it, or a verb
    only a thing has right before it."""
    if _PART_AFTER.match(text[figure[1] : figure[1] + _AFTER_REACH]) is not None:
        return True
    if _THINGS_VERB.search(text, max(sentence_start, figure[0] - 30), figure[0]) is not None:
        return True
    if _SPRINT.search(text, max(sentence_start, figure[0] - 24), figure[1]) is not None:
        return True  # "quotes 0-60 mph in 7.1 seconds": a car's sprint
    low = max(sentence_start, figure[0] - _BEFORE_REACH)
    before = text[low : figure[0]]
    edge = max((m.end() for m in _EDGE.finditer(before)), default=0)
    return _PART_BEFORE.search(before[edge:]) is not None


# "Orbis says the battery lasts 14 hours", "Veltra claims ...": the maker reporting its own thing
_MAKER_SAYS = re.compile(
    r"\s+(?:says|said|claims|claimed|promises|promised|estimates|estimated|reckons)\s+(?:that\s+)?"
    r"(?:the|its|it|you|users|owners|buyers)\b",
    re.IGNORECASE,
)


def _reporting_maker(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The firm whose report the figure's clause is, when the reported clause opens with the
    part ("Orbis says the battery lasts 14 hours"): the firm named last before the figure,
    right before its verb of saying."""
    low = max(sentence_start, figure[0] - _REPORT_REACH)
    named = [c for c in index.between(low, figure[0]) if c.entity.type == "ORGANIZATION"]
    if not named:
        return None
    firm = named[-1]
    says = _MAKER_SAYS.match(text, firm.end)
    if says is None and _ACCORDING.search(text, max(low, firm.start - 16), firm.start) is not None:
        says = _ACCORDING_CLOSE.match(text, firm.end)  # "According to Orbis, the battery lasts"
    if says is None or REPORTED.search(text, says.end(), figure[0]) is not None:
        return None
    return firm.entity


_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_ACCORDING_CLOSE = re.compile(r",\s+(?:the|its)\s", re.IGNORECASE)


_UNNAMED_BACK = 600  # how far back the product an unnamed part belongs to may be named


def _reviewers_part(index: MentionIndex, text: str, figure: tuple[int, int]) -> Entity | None:
    """ "Ann Lee got 14 hours from the battery": a part's spec a person heads is the story's
    product's, when that product is also the one named last shortly before (a reviewer trying
    it), not a thing of the person's own the story never names."""
    product = index.focus.get("product")
    if product is None or _passage_product(index, text, figure, _UNNAMED_BACK) is not product:
        return None
    return product


def _unnamed_part(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int]
) -> Entity | None:
    """ "Battery life is 11 hours", "I got 13 hours of battery life": a part's spec in a sentence
    naming nobody before it is the product named last shortly before, else the story's."""
    low = max(sentence_start, figure[0] - WINDOW_BEFORE)
    if index.between(low, figure[0]) or unlisted_name(text, low, figure[0]):
        return None  # "Kelby's battery lasted 20 hours": a name the entity stage missed heads it
    if not _prose_line(text, figure):
        return None  # "Speakers with 12 hours of battery": a heading or a list item of another thing
    return _passage_product(index, text, figure, _UNNAMED_BACK)


_LINE_REACH = 600  # how far after the figure its line's end is looked for
_PROSE_ENDS = (".", "!", "?", '"', "\u201d", ")")


def _prose_line(text: str, figure: tuple[int, int]) -> bool:
    """The figure's line is prose: it ends as a sentence does, or runs on past the reach, and
    opens with no bullet nor in lower case."""
    opens = text.rfind("\n", max(0, figure[0] - _LINE_REACH), figure[0]) + 1
    head = text[opens : opens + 2].lstrip()
    if head.startswith(("-", "\u2022", "*")) or head[:1].islower():
        return False  # a list item, or the tail of a sentence a page's break cut ("Kelby's\n\nbattery")
    ends = text.find("\n", figure[1], figure[1] + _LINE_REACH)
    if ends < 0:
        ends = len(text) if len(text) - figure[1] <= _LINE_REACH else -1
    return ends < 0 or text[max(figure[1], ends - 4) : ends].rstrip().endswith(_PROSE_ENDS)


def _passage_product(
    index: MentionIndex, text: str, figure: tuple[int, int], reach: int = _PRODUCT_BACK
) -> Entity | None:
    """The made thing named last before the figure in the passage (no yardstick of a
    comparison, no passing thing), else the story's product."""
    back = index.between(max(index.skip_before, figure[0] - reach), figure[0])
    named = [
        c
        for c in back
        if made_thing(c.entity) and not compared_before(text, c.start) and not scenery(c, text)
    ]
    return named[-1].entity if named else index.focus.get("product")


passage_product = _passage_product  # the product a spec in the passage measures (``maker_spec``)


# How a maker introduces its product right before the product's name: "Orbis Note 12", "Orbis's
# new Note 12", "the Orbis-made Note 12"
_MAKER_BEFORE = re.compile(r"(?:['\u2019]s|-made|-built)?\s+(?:(?:new|latest|upcoming|flagship)\s+)?$")
# "Orbis has unveiled its Note 12": the firm's own product, named earlier in the sentence
_ITS_BEFORE = re.compile(r"\bits\s+(?:(?:new|latest|upcoming|flagship|first)\s+)?$")
# "Orbis has unveiled the Note 12", "Orbis launched its new Note 12": a maker bringing out its thing
_LAUNCHED = re.compile(
    r"\s+(?:(?:has|have|had|will|is\s+to|plans\s+to|also|officially|finally)\s+)*"
    r"(?:unveil(?:s|ed)?|launch(?:es|ed)?|releas(?:es|ed)|introduc(?:es|ed)|announc(?:es|ed)|"
    r"reveal(?:s|ed)?|debut(?:s|ed)?|show(?:s|ed|n)\s+off|rolled\s+out|rolls\s+out)\s+"
    r"(?:(?:the|its|a)\s+)?(?:(?:new|latest|upcoming|flagship)\s+)?$",
    re.IGNORECASE,
)
_ITS_REACH = 100


def firms_thing_between(text: str, start: int, end: int) -> bool:
    """A firm's result, staff or plant named between the maker and the figure ("Orbis said the
    phone lifted sales by $2bn"): the figure is the firm's, whatever thing the clause names."""
    return _FIRMS_THINGS.search(text, start, end) is not None


def made_by_maker(index: MentionIndex, text: str, maker: Entity, product: Entity) -> bool:
    """Whether the product carries the maker's name, or the text introduces it as the maker's:
    its name right after the maker's ("Orbis Note 12", "Orbis's new Note 12") or after "its"
    in a sentence the maker opens ("Orbis has unveiled its Note 12")."""
    words = product.name.lower().split()
    if maker.name.split()[0].lower() in words:
        return True
    spots = [m for m in product.mentions[:_MENTIONS_READ] if text[m.start : m.end] == m.text]
    return any(_introduced(index, text, maker, (m.start, m.end)) for m in spots)


def _introduced(index: MentionIndex, text: str, maker: Entity, spot: tuple[int, int]) -> bool:
    """The maker's name right before the product's mention, or "its" with the maker named
    before it in the sentence."""
    for c in index.between(max(0, spot[0] - _ITS_REACH), spot[0]):
        if c.entity.id != maker.id:
            continue
        if (
            _MAKER_BEFORE.fullmatch(text, c.end, spot[0]) is not None
            or _LAUNCHED.fullmatch(text, c.end, spot[0]) is not None
        ):
            return True
        between = text[c.end : spot[0]]
        if _ITS_BEFORE.search(between) is not None and _SENTENCE_STOP.search(between) is None:
            return True
    return False


_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
