"""A made thing's own unit in a clause its maker heads is the maker's product's, part noun or not.

``maker_part`` gives a spec to the product when a part's noun stands beside the figure ("Orbis's
6.1-inch screen"). Launch and review copy often names the part by a word no list holds ("Orbis
uses a 120Hz panel", "Orbis squeezed in a 5,000mAh cell", "Veltra quotes 402 hp from the twin
motors", "Orbis fitted 50-megapixel optics"), and the clause gave the figure to the firm. Some
units no firm has of its own, whatever noun follows: a battery's charge (mAh), a camera's
megapixels, an engine's horsepower and torque, a screen's inches and refresh rate, a frame rate,
a top speed. Storage, energy and power (GB, kWh, kW) are left to ``maker_part``: a firm has data
centres and plants measured so. As there, the owner is the product the passage is about (named
last within 1,500 characters, else the story's) and only one the maker makes; never across a
firm's result, staff or plant named between the maker and the figure ("Orbis's factories turn
out 12-inch wafers").
"""

from __future__ import annotations

from consumer.events import Entity
from consumer.indicators.subject.maker_part import firms_thing_between, made_by_maker, passage_product
from consumer.indicators.subject.mentions import WINDOW_BEFORE, MentionIndex

# units only a made thing has: a battery's, a camera's, an engine's, a screen's, a display's, a speed
_OWN_UNITS = frozenset(
    {"mAh", "megapixel", "hp", "N·m", "lbf·ft", "inch", "Hz", "GHz", "MHz", "fps", "mph", "km/h"}
)


def maker_spec_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    owner: Entity | None,
) -> Entity | None:
    """The product a made thing's own unit measures when the clause gave it to the product's
    maker (see the module's docstring); None keeps ``owner``."""
    if owner is None or owner.type != "ORGANIZATION" or unit not in _OWN_UNITS:
        return None
    low = max(sentence_start, figure[0] - WINDOW_BEFORE)
    maker_at = max((c.end for c in index.between(low, figure[0]) if c.entity.id == owner.id), default=low)
    if firms_thing_between(text, maker_at, figure[0]):
        return None
    product = passage_product(index, text, figure)
    if product is None or not made_by_maker(index, text, owner, product):
        return None
    return product
