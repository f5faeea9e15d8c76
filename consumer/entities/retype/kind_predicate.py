"""A name the sentence says is a kind of made thing is that thing: "Velmo Tab is a tablet for
children", "The Quorra Pulse is a fitness tracker with a heart-rate sensor", "Tarn Beam is an app
for photographers" (``PRODUCT``).

Reviews and launch copy introduce a product by what it is; the model reads the unknown name as a
person or a body. The name stands right before "is" / "was" and "a" / "an", and the kind of
device, vehicle or app ends the noun phrase after at most two modifiers (a punctuation mark, the
text's end or a function word after it): "Quorra Labs is a phone maker", "Kelby is a camera
company" and "Jo Roe is a camera operator" say what the firm or the person makes or does, and
stay. Kinds that people or events are as often ("player", "game", "service", "device" of a plot)
are left out. Only the few words after the name are read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type

_KIND_PREDICATE = re.compile(
    r"[ \t]+(?:is|was)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:(?:smart[ \t]+)?speaker|tablet|laptop|notebook|(?:smart)?phone|handset|console|camera|smartwatch|"
    r"(?:fitness[ \t]+)?tracker|headset|headphones|earbuds|drone|router|e-reader|computer|PC|app|browser|"
    r"robot|vacuum|gadget|TV|television|monitor|printer|keyboard|mouse|SUV|sedan|hatchback|coupe|"
    r"minivan|pickup|EV|scooter|e-bike|motorcycle|supercomputer|chip|processor|chipset)"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:for|with|that|which|from|by|in|on|to|and|but|made|built|designed|"
    r"aimed|priced|running|powered|based)\b)"
)


def kind_predicate(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name of one to four words, no list's entry, head word or given name first, that
    the sentence right after it calls a kind of made thing ("Velmo Tab is a tablet for ...")."""
    if cand.entry is not None or not 1 <= len(surface.split()) <= 4 or head_type(surface) is not None:
        return False
    if _KIND_PREDICATE.match(text, cand.end) is None:
        return False
    return gazetteer.lookup(surface) is None and not is_given_name(surface.split()[0])
