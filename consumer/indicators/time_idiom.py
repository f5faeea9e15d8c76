""" "One day", "one evening" that place a story in time rather than measure it (session 46).

The project's conventions count "one" only when it counts something as a quantity, "not in
'one day'"; a duration is a figure ("for one day", "lasted one day"). Story-telling copy uses the
phrase for "someday" or "on a certain day", and then it opens or closes a clause:

- before the clause's own subject: "And then one day it broke", "One day Ann left", "One day in
  May, ...", "one evening, Roe argued" (a comma, or a pronoun, a name or "in <Month>" after it);
- between a subject and its verb: "the man who one day found", "she one day hopes";
- at a clause's end after its verb and object, for a day: "to win the title one day.", "which
  he may inherit one day," (a night or a morning there is mostly a stay: "slept one night.").

A word before it that measures a duration keeps the figure: a preposition or a hedge ("for",
"in", "within", "than", "only", "about"), a determiner ("a", "the", "each") or a verb whose
object is a length of time ("lasted", "took", "spent", "stayed", "was"). The tests read the word
before and the few characters after the phrase, never the sentence.
"""

from __future__ import annotations

import re

# the last word before "one": its case is folded by the caller
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_CLAUSE_PUNCT_BEFORE = re.compile(r"(?:^|[\n,;:.!?\"\u201c\u201d\u2018\u2019(\u2014-])[ \t]*$")
_DURATION_BEFORE = frozenset(
    {
        "a", "about", "after", "almost", "an", "another", "approximately", "are", "around", "at",
        "barely", "be", "been", "by", "down", "each", "every", "extra", "first", "for", "from",
        "her", "his", "in", "is", "its", "just", "last", "lasted", "lasting", "lasts", "least",
        "more", "my", "nearly", "need", "needed", "needs", "of", "off", "only", "our", "over",
        "per", "remain", "remained", "remains", "roughly", "run", "runs", "ran", "some", "spend",
        "spending", "spends", "spent", "stay", "stayed", "stays", "take", "taken", "takes",
        "taking", "than", "the", "their", "to", "took", "up", "wait", "waited",
        "waits", "was", "were", "within", "your",
        # verbs whose object is a length of time: "we have one day.", "the vote was delayed one day."
        "add", "added", "allow", "allowed", "cut", "delay", "delayed", "extend", "extended",
        "gain", "gained", "gave", "get", "gets", "give", "given", "got", "had", "has", "have",
        "lose", "lost", "miss", "missed", "postpone", "postponed", "require", "required",
        "requires", "serve", "served", "skip", "skipped", "work", "worked", "works",
        # a shift in time by a length: "pushed back one day.", "moved forward one day."
        "ahead", "back", "behind", "early", "forward", "late", "out",
    }
)  # fmt: skip
# words that open a clause before the phrase: "and then one day it broke", "until one day she"
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "then", "that", "until", "till", "when"})
# subjects a point in time stands before the verb of: "who one day found", "she one day hopes"
_SUBJECT_BEFORE = frozenset({"who", "he", "she", "they", "we", "i", "then"})
# what opens the clause after the phrase: a comma, a pronoun or a name, "in" and a month or a year
_SUBJECT_AFTER = re.compile(
    r",|[ \t]+(?:(?:it|he|she|they|we|I|you|there)\b|[A-Z][a-z]+\b|in[ \t]+(?:[A-Z][a-z]+|\d{4})\b)"
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[,.;!?)\u2014]|[\"\u201d\u2019]|$)")


def point_in_time(text: str, number_start: int, end: int, noun: str) -> bool:
    """Whether "one <noun>" (a day or a part of one, no word between) at ``number_start`` up to
    ``end`` places a moment rather than measuring a duration."""
    before = text[max(0, number_start - 16) : number_start]
    word = _WORD_BEFORE.search(before)
    last = word.group(1).lower() if word is not None else None
    if last in _DURATION_BEFORE:
        return False  # "for one day", "lasted one day", "the one day": a length of time
    opens = last is None and _CLAUSE_PUNCT_BEFORE.search(before) is not None
    if opens and _SUBJECT_AFTER.match(text, end) is not None:
        return True  # "One day in May, ...", "..., one evening, Roe argued"
    if last in _CLAUSE_OPENERS and _SUBJECT_AFTER.match(text, end) is not None and text[end : end + 1] != ",":
        return True  # "and then one day it broke" ("two weeks and one day, then" is a length)
    if last in _SUBJECT_BEFORE and _LOWER_WORD_AFTER.match(text, end):
        return True  # "the man who one day found", "she one day hopes"
    if last is None or last in _CLAUSE_OPENERS or last == "or":
        return False  # "two weeks and one day.": a length added to a length
    return noun == "day" and _CLAUSE_END_AFTER.match(text, end) is not None  # "win it one day."
