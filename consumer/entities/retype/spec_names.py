"""A product's cue in its own sentence speaks for every mention of a name of two words or more.

``has_spec`` ("The Orvex Slate has a 10.9-inch display") and ``kind_before_product`` ("the tablet
Orvex Slate") retype the mention they read. The model often reads the same name elsewhere in the
story as a body or a person ("I have been using the Orvex Slate for a month"); the vote between two
model readings is a tie, left alone, and the story published the name twice, a product and a body
(the body then took the maker's bare name, "Orvex sells it", as a short form). A name of two words
or more that the cue reads is the made thing on all its mentions, as a rule's type is; a name the
story also writes right before a firm's act ("Orvex Slate said", ``acting_names``) is left to the
vote. One word is left alone: a maker and its product share one word as often ("Kelvix has a 5GB
plan", "Kelvix said").
"""

from __future__ import annotations

from consumer.entities.candidates import Candidate
from consumer.entities.retype.acting_firms import acting_names


def cue_names_product(cand: Candidate, text: str, surface: str) -> bool:
    """Whether the product cue read on this mention types the name on all its mentions: two words
    or more, none of them written right before a firm's act anywhere in the text."""
    return len(surface.split()) >= 2 and surface.lower() not in acting_names(text) and cand.field == "body"
