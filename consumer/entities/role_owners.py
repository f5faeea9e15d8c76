"""Whether the organisation read from a person's role names no body at all.

`attributes.person_role` reads a role's organisation from its words: the capitalised words
before a lower-case title ("Gazprom spokesman Jo Roe") or the name after "of", "at" or "for"
("a spokesman for Kelby Trust"). Where no organisation the stage found lies there, those words
may name something else (session 49, C, seen on wire copy of 1997-2006):

* a people, a party's people or a place before the title: "Libyan leader", "Socialist
  president", "Iraq's president" (a mention of a NORP or LOCATION right there);
* a client the role serves, a person or a family: "a spokesman for Elian's relatives in Miami",
  "an attorney for the Gonzalez family", "the campaign spokesman for Spitzer" (a kin noun or
  "family"/"relatives"/"parents" among its words, or the whole of it a mention of a person the
  story names in full and by surname: a body the model misread as a person, "rector of the
  Paris Mosque", is named one way only and keeps its organisation).

The organisation is then null, the role keeps its words. Reads only the mentions of one role's
span, once per person with a role.
"""

from __future__ import annotations

from consumer.entities.records import CandidateGroup
from consumer.events import Mention, TextField
from consumer.lexicon import KIN_NOUNS

_KIN = frozenset(
    (*KIN_NOUNS, *(f"{noun}s" for noun in KIN_NOUNS), "family", "families", "relatives", "parents")
)


def names_no_body(
    drafts: list[tuple[CandidateGroup, list[Mention]]],
    text: str,
    field: TextField,
    span: tuple[int, int],
    org: str,
) -> bool:
    """Whether ``org``, read from the role at ``span`` of ``text``, names a people, a place, a
    person or a family rather than a body (see the module's docstring)."""
    if any(word.lower().strip(",.") in _KIN for word in org.split()):
        return True
    start = text.find(org, span[0], span[1])
    if start < 0:
        return False
    owner_end = start + len(org.removesuffix("'s").removesuffix("’s"))
    for group, mentions in drafts:
        if group.type not in ("NORP", "LOCATION", "PERSON"):
            continue
        for m in mentions:
            if m.field != field:
                continue
            if (
                group.type == "PERSON"
                and m.start == start
                and m.end == owner_end
                and _full_and_short(mentions)
            ):
                return True  # "the campaign spokesman for Spitzer", "Spitzer's spokesman"
            if group.type != "PERSON" and start == span[0] and m.start == start and m.end == owner_end:
                return True  # "Libyan leader", "Iraq's president": the whole owner before the title
    return False


def _full_and_short(mentions: list[Mention]) -> bool:
    """Whether a person is mentioned by two forms of the name (in full and by surname)."""
    return len({" ".join(m.text.split()) for m in mentions}) > 1
