"""Quotes, session 43 (issue 14): a named person taking up a topic right before an unattributed quote.

Hearing and interview copy brings the next questioner in with a sentence of the writer's whose verb
is no verb of saying but of taking up a topic in talk (`Vell returned to the issue later in the
hearing. "What is the plan if ...?"`). The quote is that person's, not the earlier speaker's going
on. Near misses (a deed, a second person in the sentence, a topic taken up by a possessor) keep
their old reading; a sentence of eight words or fewer was already read by the short-reaction rule.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes_session41_speakers import _speaker_of

_EARLIER = 'Max Dunn runs the yard. "We can build two hulls a year," Dunn said. '


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell returned to the issue later in the hearing.",
        "Tom Vell turned to the question of cost in the second half of the session.",
        "Kelco MP Tom Vell raised the matter again on Friday before the vote.",
        "Vell came back to the subject after the break for lunch.",
        "Tom Vell then addressed the point directly in his closing remarks.",
        "Vell brought up the topic of wages and hours near the end.",
    ],
)
def test_a_person_taking_up_a_topic_speaks_the_next_quote(sentence: str) -> None:
    body = _EARLIER + sentence + ' "What happens if the steel does not arrive in time?"'
    assert _speaker_of(body, "What happens if") == "Tom Vell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell returned to the yard later in the week with his crew.",  # a place, no topic
        "Vell raised the matter with Ann Roe on Friday before the vote.",  # two people fit
        "Vell's deputy returned to the issue later in the hearing.",  # a possessor is no subject
        "Vell visited the yard on Friday with the rest of his crew.",  # a deed
    ],
)
def test_near_misses_keep_the_old_reading(sentence: str) -> None:
    body = _EARLIER + sentence + ' "What happens if the steel does not arrive in time?"'
    assert _speaker_of(body, "What happens if") != "Tom Vell"
