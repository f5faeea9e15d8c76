"""Page furniture the model ran into a name: a button's word and a tabloid's capitals kicker
(session 48; a photo agency's credit inside a gallery's run of captions is cut in
``cuts._cut_credit_tail`` / ``cuts._cut_credit_head``).

Scraped newspaper pages keep their furniture in the text without line breaks or full stops:
"... named as Jo Roe Click to share on ...", "| Dana Quell Read more", "numbers that define Jo
Roe Play slideshow", "raced at Kelby Getty Images 5 ...", "with his wife Ada GETTY The trio ...",
"TALL STORY Astronaut apologises ...". The model took the furniture's first word into the name
before or after it, and the name became a person or a place of its own ("Jo Roe Click", "Kelby
Getty Images", "GETTY Obama"). Each cut reads the span and a few characters after it only.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate

# A button's or a link's word and what the page writes after it: "Click to share", "Click here",
# "Read more", "Play slideshow", "Play video", "Buy Photo". The word alone after a name stays
# ("Jo Click", "Ada Read said").
_BUTTONS = {
    "Click": re.compile(r"[ \t]+(?:to|here)\b"),
    "Read": re.compile(r"[ \t]+more\b"),
    "Play": re.compile(r"[ \t]+(?:slideshow|video|Video)\b"),
    "Buy": re.compile(r"[ \t]+Photo\b"),
}
_LAST_WORD = re.compile(r"[ \t]+(\S+)$")

# A kicker: words in capitals alone before or after the person's name ("STREET BEATING Jo Roe",
# "Ada Quell ROCKET SCIENCE As ..."), one of them of four letters or more (initials, "DJ", "JR",
# "TJ", stay); after the name only where a capitalised word goes on (the headline after the
# kicker) or a dateline's comma and month ("Jo Roe WASHINGTON, Nov 6"). A surname in capitals
# before lower-case prose ("Ada QUELL said") stays.
_CAPS_WORD = r"[A-Z][A-Z'’]*[A-Z]"
_LEADING_CAPS = re.compile(rf"(?:{_CAPS_WORD}[ \t]+)+(?=[A-Z][a-z])")
_TRAILING_CAPS = re.compile(rf"(?<=[a-z.])(?:[ \t]+{_CAPS_WORD})+$")
_LONG_CAPS = re.compile(r"[A-Z'’]{4,}")
_AFTER_KICKER = re.compile(
    r"[ \t]+[A-Z]|,[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
)


def _cut_button(text: str, cand: Candidate) -> None:
    last = _LAST_WORD.search(text, cand.start, cand.end)
    if last is None:
        return
    goes_on = _BUTTONS.get(last.group(1))
    if goes_on is not None and goes_on.match(text, cand.end) is not None:
        cand.end = last.start()


def _cut_kicker(text: str, cand: Candidate) -> None:
    lead = _LEADING_CAPS.match(text, cand.start, cand.end)
    if lead is not None and _LONG_CAPS.search(lead.group()) is not None:
        cand.start = lead.end()
    tail = _TRAILING_CAPS.search(text, cand.start, cand.end)
    if (
        tail is not None
        and tail.start() > cand.start
        and _LONG_CAPS.search(tail.group()) is not None
        and _AFTER_KICKER.match(text, cand.end) is not None
    ):
        cand.end = tail.start()


def cut_furniture(text: str, cand: Candidate) -> None:
    """A model span cut back from a button's word and, on a person, a capitals kicker run into it
    (in place)."""
    _cut_button(text, cand)
    if cand.type == "PERSON":
        _cut_kicker(text, cand)
