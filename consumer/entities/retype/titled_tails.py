"""A body or a place the model ran into the courtesy-titled person after it: "In a speech to the
Harlow Policy Centre Mr Vell said ...", "during his keynote at KDC Mr Roe, who heads ...".

British copy puts a courtesy title before every surname and often leaves out the comma after a
fronted phrase, so the model reads the phrase's last name and the speaker as one body. A title
word ("Mr", "Mrs", "Ms", "Dr") inside the span, after a capitalised word, followed by one or two
name words that end the span, opens a person: the span is the name before the title and the
person after it (where the model read the name after the title on its own, the title alone is cut
off the span). A title after "and" ("Strange and Mr Norrell") or a work's name (MISC: "Goodbye
Mr Vell") is left alone."""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate

# the title inside the span, after a capitalised word (no "and"), with one or two name words after
_TITLED_TAIL = re.compile(
    r"(?<=[A-Za-z0-9.])(?<![ \t]and)[ \t]+(?P<person>(?:Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z][a-z][\w'’-]*"
    r"(?:[ \t]+[A-Z][a-z][\w'’-]*)?)$"
)
# the title alone ending the span, its person's name after it ("KDC Mr" + "Roe")
_TITLE_END = re.compile(r"(?<=[A-Za-z0-9.])(?<![ \t]and)[ \t]+(?:Mr|Mrs|Ms|Dr)\.?$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_READINGS = ("ORGANIZATION", "LOCATION")


def split_titled_tail(cand: Candidate, text: str) -> list[Candidate]:
    """The model's body or place and the titled person run into its end, as two names."""
    if cand.type not in _READINGS or not any(t in text[cand.start : cand.end] for t in ("Mr", "Ms", "Dr")):
        return [cand]  # nearly every span: no title word in it
    bare = _TITLE_END.search(text, cand.start, cand.end)
    if bare is not None and bare.start() > cand.start and _NAME_AFTER.match(text, cand.end):
        # the model read the person's name on its own: the title is no part of the body
        return [
            Candidate(cand.field, cand.start, bare.start(), cand.type, cand.origin, None, None, cand.weak)
        ]
    match = _TITLED_TAIL.search(text, cand.start, cand.end)
    if match is None or match.end() != cand.end or match.start() <= cand.start:
        return [cand]
    head = text[cand.start : match.start()]
    if not head[:1].isupper():
        return [cand]
    return [
        Candidate(cand.field, cand.start, match.start(), cand.type, cand.origin, None, None, cand.weak),
        Candidate(cand.field, match.start("person"), cand.end, "PERSON", cand.origin, None, None, cand.weak),
    ]
