"""Session 31: two of the session's rules kept linear in the item's size. Defined acronyms'
mentions come from one scan of the field, not one per acronym; the quote stage's "a surname named
in full before" test reads one index of the field's full names, not the text before each head.
Texts are made up."""

from __future__ import annotations

import itertools
import string
import time

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.quotes.speakers import Speakers


def _defined(count: int) -> tuple[str, list[Candidate]]:
    parts: list[str] = []
    cands: list[Candidate] = []
    at = 0
    for a, b, c in itertools.islice(itertools.product(string.ascii_uppercase, repeat=3), count):
        name = f"{a}ow {b}ay {c}ell"
        piece = f"The {name} ({a}{b}{c}) met. "
        cands.append(Candidate("body", at + 4, at + 4 + len(name), "ORGANIZATION", "ner"))
        parts.append(piece)
        at += len(piece)
    return "".join(parts), cands


def test_defined_acronyms_scan_the_field_once(extractor: EntityExtractor) -> None:
    text, cands = _defined(3000)  # ~85 KB, 3,000 acronyms defined
    started = time.process_time()
    found = extractor._defined_acronyms("body", text + " AAB and ZZZ.", cands)
    assert time.process_time() - started < 2.0  # ~0.1 s; a scan per acronym took seconds
    assert len(found) == 3001  # each bracketed acronym, and the later bare "AAB"


def test_defined_acronym_mentions_are_whole_words(extractor: EntityExtractor) -> None:
    text = "The Kow Lay Mell (KLM) met. KLM-led talks, KLMX and KLM. Then KLM&Co and (KLM)"
    cands = [Candidate("body", 4, 16, "ORGANIZATION", "ner")]
    found = extractor._defined_acronyms("body", text, cands)
    assert [text[c.start : c.end] for c in found] == ["KLM", "KLM", "KLM"]
    assert [c.start for c in found] == [18, text.index("and KLM.") + 4, text.rindex("KLM")]


def test_full_names_index_matches_whole_words() -> None:
    speakers = Speakers([])
    speakers.masked = "Tom Hays met Ann Roe-Vale. Bo Hayden and Jo Kay5 came."
    assert speakers._named_in_full("Hays") == 8
    assert speakers._named_in_full("Roe") == speakers.masked.index("-Vale")
    assert speakers._named_in_full("Roe-Vale") == speakers.masked.index(". Bo")
    assert speakers._named_in_full("Hay") == float("inf")  # only "Hayden"
    assert speakers._named_in_full("Kay") == float("inf")  # "Kay5" runs on
    assert speakers._named_in_full("Ann") == float("inf")  # no capitalised word before it


def test_full_names_index_is_built_once_per_field() -> None:
    speakers = Speakers([])
    speakers.masked = "Al Bo said. " * 9000  # ~110 KB
    started = time.process_time()
    for _ in range(5000):
        assert speakers._named_in_full("Bo") == 5
        assert speakers._named_in_full("Cy") == float("inf")
    assert time.process_time() - started < 1.0  # ~0.05 s; a search of the text per head took minutes
    speakers.masked = "Cy Bo said."
    assert speakers._named_in_full("Bo") == 5
