"""A short partial quote that ends a speaker's reported clause ('Roe said the plan "lacked
ambition".'): the speaker's own words, so an unattributed quote paragraph right after it goes on
with that speaker, as after a longer partial (session 36, BBC stories)."""

from __future__ import annotations

from consumer.quotes.unit import Unit

# plain verbs of saying: what follows them is the speaker's claim, not the writer's label for a
# thing ('called Acme's pricing "predatory"', 'described it as "a mess"' stay labels)
_SAYING = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "insisted",
        "insists",
        "argued",
        "argues",
        "warned",
        "warns",
        "claimed",
        "claims",
        "stressed",
        "stresses",
        "wrote",
        "writes",
        "complained",
        "complains",
    }
)
_CLOSERS = ".\"'\u201d\u2019 \n"


def reported_partial(text: str, unit: Unit) -> bool:
    """A partial quote with a plain verb of saying whose closing mark ends its sentence: the end of
    the speaker's reported clause ('said the proposals "lacked bite".'), not a label set inside the
    writer's sentence. Reads the characters between the quote's last span and its sentence's end."""
    if unit.kind != "partial" or (unit.verb or "").lower() not in _SAYING:
        return False
    return not text[unit.spans[-1][1] : unit.sent_end].strip(_CLOSERS)
