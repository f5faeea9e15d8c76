"""Models a fleet or an order counts by a maker's name and a plural model number.

Airline and order copy counts aircraft (or machines) by their model with a plural ending glued
to the number: "bought six Boeing 747s", "sold 10 of its 11 Boeing 737's", "leases three Fokker
100s". ``product_rules.products`` takes a maker and a bare three-digit number only after an article
("a Boeing 777") or before a kind noun ("Boeing 767 aircraft"); the plural ending stopped its
match, and the small model read the maker alone, so the model was lost and the fleet's figures had
the maker as owner. The plural ending is the cue: no year (four digits: "the 1980s"), no count
("Acme 300" is no plural of anything) takes it.

The name is the maker and the number, the plural ending left out ("Boeing 747"): the type the
copy counts. The maker is one or two words the gazetteer lists as a company ("Boeing",
"McDonnell Douglas"); a word no list knows before a plural number ("Route 66s", "Class 377s") is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from consumer.gate import gated

# A three-digit model number (perhaps with a hyphened variant, "737-300") and a glued plural
# ending, closing the word: "747s", "737's", "737-300s". Gated on its first digit: one
# scan of the whole text per item, rejected at most positions after one character.
_PLURAL_NUMBER = gated(r"(?<![\w.,/-])[1-9]\d\d(?:-\d{1,3})?(?=(?:s|['’]s)(?![\w'’-]))")
# One or two capitalised maker words right before the number, one space or line break apart
_MAKER_BEFORE = re.compile(r"(?<![\w'’.&-])(?:(?P<first>[A-Z][\w&]*)\s)?(?P<last>[A-Z][\w&]*)\s$")
_MAKER_REACH = 40  # characters looked back from the number for the maker's words


def plural_models(text: str, is_maker: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of a listed maker and a model number the copy writes in the plural ("six Boeing
    747s" → "Boeing 747"), the ending left out. ``is_maker`` says which names are companies."""
    for number in _PLURAL_NUMBER.finditer(text):
        at = number.start()
        before = _MAKER_BEFORE.search(text, max(0, at - _MAKER_REACH), at)
        if before is None:
            continue
        first, last = before.group("first"), before.group("last")
        if first is not None and is_maker(f"{first} {last}"):
            yield before.start("first"), number.end()
        elif is_maker(last):
            yield before.start("last"), number.end()


# A plural ending glued to a model number of two digits or more, or to a hyphened one ("A320s",
# "737-300s", "DC-9s", "MD-11s"): the fleet's count of one model, whose name has no "s". A single
# digit after a space keeps its "s", a model's own letter ("the Kelvo 6s").
_PLURAL_MODEL_END = re.compile(r"(?:\d\d|-\d)s$")


def singular_end(text: str, start: int, end: int) -> int:
    """The end of a product's span without a plural ending glued to its model number ("Airbus
    A320s" → "Airbus A320"); ``end`` when it has none."""
    if end - start > 3 and text[end - 1] == "s" and _PLURAL_MODEL_END.search(text, end - 3, end):
        return end - 1
    return end
