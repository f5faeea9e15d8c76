"""A model body that someone speaks to, or that reports or learns, stays a body: no product.

A broadcaster's, a paper's or a bank's own unit is named by the parent and a capitalised word
("Kelby Sport", "Tarvo Insider", "Quell Business"); the product rules read a listed company and a
model word as the company's model ("Amazon Alexa"). A made thing is never told anything nor
spoken to, and never understands, learns or reports: "Jo Roe told Kelby Sport", "speaking
exclusively to Kelby Sport", "confirmed to Kelby Sport", "Kelby Sport understands that ...",
"a Kelby Sport pundit"; nor has a committee, a panel, officials or a spokesman ("the Senate
Kelby subcommittee", "a Quell Refugee spokesman"). Where such words stand right beside the
mention, the model's body is kept (issue 11, session 40: 2004-05 BBC copy, the broadcaster's
sport desk read as a product in some fifty stories; 1987 wire copy, Senate committees). An
outlet's credit in brackets after the place that opens a story ("Harbor City (Kelby Business)
The talks ...") is the outlet that reports it (session 42: a web page's dateline read as a
product). Only a few words either side of the mention are read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate

# someone speaks to it right before the name ("told", "speaking exclusively to", "in an interview
# with"); "the" between perhaps
_BEFORE = re.compile(
    r"(?:\b(?:told|tells|telling)|"
    r"\b(?:speaking|talking|spoke|talked|said|confirmed|stressed|explained|admitted|revealed|insisted)"
    r"(?:[ \t]+(?:exclusively|earlier|later))?[ \t]+to|"
    r"\binterview[ \t]+with)[ \t]+(?:the[ \t]+)?$"
)
_REACH = 40  # characters read before the name
# it reports or learns right after the name, or a medium's own staff or page, or a body's
# committee, officials or spokesman follow it
_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:understands|has[ \t]+learned|has[ \t]+learnt|"
    r"pundit|correspondent|reporter|presenter|commentator|journalist|website|web[ \t]+site|"
    r"committee|subcommittee|panel|officials|spokes(?:man|woman|person))(?![\w-])"
)


def addressed_body(cand: Candidate, text: str) -> bool:
    """Whether words right beside this mention make it a body that is spoken to or that reports."""
    return addressed_span(text, cand.start, cand.end)


# an outlet's credit: the place that opens a line (one to four capitalised words, a comma perhaps)
# and the opening bracket, the name closed by its bracket
_CREDIT_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'\u2019-]*(?:,?[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]*\($")
_CREDIT_REACH = 50  # characters read before the bracket


def addressed_span(text: str, start: int, end: int) -> bool:
    """Whether words right beside ``text[start:end]`` make it a body that is spoken to or that
    reports: the cheap test after the name first, then at most ``_REACH`` characters before it."""
    if _AFTER.match(text, end) is not None:
        return True
    if start >= 1 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return _CREDIT_BEFORE.search(text, max(0, start - _CREDIT_REACH), start) is not None
    if start < 3 or text[start - 1] not in " \t":
        return False
    return _BEFORE.search(text, max(0, start - _REACH), start) is not None
