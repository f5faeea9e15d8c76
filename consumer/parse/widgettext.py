"""Text of page widgets that scraped text keeps: sign-up forms and media players.

Scrapers that flatten a page keep the words of its widgets, and two kinds recur on news
sites of every stripe (session 48):

* a newsletter sign-up form prints its whole state machine: the pitch, then the form's
  messages for every outcome ("Thank you for subscribing!", "Invalid email address.",
  "Please re-enter.", "An error has occurred. Please try again later.", "You may opt out
  at any time."). None of them is ever a sentence of a story: the form talks to the reader
  about the reader's own address. :data:`FORM_MESSAGE_RE` matches one such sentence whole.
* a video player or gallery prints its controls above the clip's title ("Skip Ad Ad
  Loading... x Embed x Share", "1 of 57 Full Screen Autoplay Close Skip Ad x", "Media
  playback is unsupported on your device Media caption ...", "Now Playing:"), and an ad
  slot its label ("Advertisement Continue reading the main story"). The scraper runs them
  into the line that follows, so they are cut off the head of a line
  (:func:`strip_widget_lead`) and the line keeps the rest: the clip's title is the
  story's own caption, which the conventions count as article text.
"""

from __future__ import annotations

import re

_APOS = "(?:'|\u2019)"
# One whole sentence of a sign-up form's own messages (after one of its labels). Anchored on
# words only a form says to the reader ("subscribing", "invalid email", "not a robot",
# "opt out", "newsletters"); "Something went wrong." alone is left: a story may say it.
FORM_MESSAGE_RE = re.compile(
    # the form's own labels may run into its next message: "Sign Up You agree to receive ..."
    r"^(?:(?:Sign up|Submit|\*\s*Required fields?|See (?:a )?sample)\s+)?(?:"
    r"Thanks?(?: you)? for (?:subscribing|signing up)\b.*"
    r"|(?:Could not|Couldn['\u2019]t|Unable to) (?:subscribe|sign you up)\b.*"
    r"|(?:Please )?(?:enter an? )?(?:Invalid|valid) e-?mail(?: address)?(?: required)?[.!]?"
    r"|Please re-?enter[.!]?"
    r"|An error has occurred[.!]?(?: Please try again(?: later)?[.!]?)?"
    r"|(?:Please )?try again later[.!]?"
    rf"|Please verify (?:that )?you{_APOS}?(?:re| are) not a robot\b.*"
    r"|You must select (?:a|at least one) newsletter\b.*"
    r"|You(?:" + _APOS + r"re| are) already subscribed\b.*"
    r"|View all\b[^.!?]{0,60}\bnewsletters[.!]?"
    r"|You will receive (?:e-?mails|newsletters?|updates)\b.*"
    r"|You (?:may|can) (?:opt[- ]?out|unsubscribe)\b.*"
    r"|You agree to receive\b.*"
    r"|Receive occasional (?:updates|offers|e-?mails)\b.*"
    r")$",
    re.IGNORECASE,
)
# Substrings one of which every line holding such a message has: the gate before the
# sentence split (lowercase).
FORM_HINTS = ("subscri", "invalid", "try again", "robot", "re-enter", "newsletter", "opt out", "opt-out")

# Player and ad-slot controls at the head of a line. A run must open with a control only a
# player or ad slot prints ("Skip Ad", "Now Playing", "Media playback is ...", a gallery
# counter before "Full Screen"/"Autoplay", "Advertisement" before "Continue reading"); the
# short labels ("x", "Embed", "Share", "Close") are taken only after such an opening, so a
# sentence that starts "Share prices fell" keeps its first word.
_OPENING = (
    r"(?:(?:\d{1,3} of \d{1,3}\s+)?(?:Full Screen\s+)?(?:Autoplay\s+)?(?:Close\s+)?Skip Ad"
    r"|\d{1,3} of \d{1,3}\s+(?:Full Screen|Autoplay)"
    r"|Now Playing\s*:?"
    r"|(?:Could not|Couldn['\u2019]t) subscribe,?\s+(?:please\s+)?try again(?: later)?[.!]?"
    r"|Media playback is (?:unsupported on your device|not supported on (?:this|your) device)"
    r"|(?:Advertisement|Newsletter Sign Up)\s+(?:[-\u2013\u2014]\s+)?"
    r"(?:Continue reading the main story|(?:the )?story continues below)"
    r")"
)
_CONTROL = (
    r"(?:Ad Loading(?:\.\.\.|\u2026)?|Skip Ad|x|Embed|Share|Close|Full Screen|Autoplay|Replay"
    r"|Media caption|Continue reading the main story|Invalid [Ee]-?mail(?: [Aa]ddress)?[.!]?)"
)
_WIDGET_LEAD_RE = re.compile(rf"^{_OPENING}(?:\s+{_CONTROL}(?=\s|$))*\s*")
_LEAD_FIRST_CHARS = frozenset("SNMACc0123456789")


def strip_widget_lead(line: str) -> str:
    """The line without the player or ad-slot controls at its head ("" when it was nothing else)."""
    if not line or line[0] not in _LEAD_FIRST_CHARS:
        return line  # the cheap gate: every opening starts with one of these characters
    lead = _WIDGET_LEAD_RE.match(line)
    return line[lead.end() :] if lead else line
