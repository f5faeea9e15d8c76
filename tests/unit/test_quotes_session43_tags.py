"""Tags the quote stage did not read (issue 14, session 43, fresh web pages). Made-up texts.

- A remark joining a talk (`"...," Roe weighed in`, `Roe chimed in: "..."`), a present-tense
  `comments` (`"...," comments Roe of Acme`) and a perfect `has written` closing its sentence after an
  apposition (`"...," Roe, an economist at Acme, has written.`) attribute like `said`; unread, the quote
  went to the last speaker or to no one. The noun (`his comments`, `comments from readers`) is no tag.
- A partial after a tag of its own before the mark (`Roe said in a statement, "We are glad it is over"
  after the vote, adding that the crew had urged ...`): the words after the mark that open on a
  preposition go on with the writer's clause, so a later verb's subject (`the crew had urged`) is no
  tag of it.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import quotes_with_names

_NAMES = (
    ("Nora Quill", "PERSON", ("Quill",)),
    ("Bert Haldane", "PERSON", ("Haldane",)),
    ("Kelmont Institute", "ORGANIZATION", ()),
    ("Dock Board", "ORGANIZATION", ()),
)


def _quotes(body: str) -> list[tuple[str, str | None, str | None]]:
    quotes = quotes_with_names(body, _NAMES)
    return [(q.kind, q.speaker_name, q.verb) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (
            'Bert Haldane opened the meeting.\n\n"We will sell the old ferry in spring," Nora Quill'
            " weighed in.",
            "weighed in",
        ),
        ('Bert Haldane opened the meeting. Nora Quill chimed in: "The ferry goes in spring."', "chimed in"),
        ('"We will sell the old ferry in spring," comments Nora Quill of the Kelmont Institute.', "comments"),
        (
            '"Importers pay the levy at the quay," Nora Quill, an economist at the Kelmont Institute, has'
            " written.",
            "written",
        ),
    ],
)
def test_unread_tag_verbs_name_the_speaker(body: str, verb: str) -> None:
    assert _quotes(body) == [("direct", "Nora Quill", verb)]


def test_a_tag_with_a_present_comment_serves_the_next_paragraph() -> None:
    body = '"We will sell the old ferry in spring," comments Nora Quill.\n\n"The buyers are ready."'
    assert _quotes(body) == [("direct", "Nora Quill", "comments")]


@pytest.mark.parametrize(
    "body",
    [
        # the noun after a possessive determiner or before a preposition
        'Bert Haldane spoke first. "We will sell," he said. In his comments, "the ferry" was never named.',
        'Bert Haldane spoke first. "We will sell the ferry," he said, and comments from readers followed.',
    ],
)
def test_the_noun_comments_is_no_tag(body: str) -> None:
    assert all(verb != "comments" for _, _, verb in _quotes(body))


@pytest.mark.parametrize(
    "body",
    [
        'Nora Quill said in a statement, "We are glad the talks are over" after the vote, adding that'
        " the crew had urged calm.",
        'Nora Quill told the board "the dock stays open all winter" until May, adding that Bert Haldane'
        " had urged a vote.",
    ],
)
def test_words_after_the_mark_opening_on_a_preposition_are_no_tag(body: str) -> None:
    verb = "said" if " said " in body else "told"
    assert [(speaker, said) for _, speaker, said in _quotes(body)] == [("Nora Quill", verb)]


def test_with_no_tag_before_the_mark_the_later_one_stays() -> None:
    body = 'Bert Haldane spoke. Ferry fares went up "sharply" over the winter, the Dock Board reported.'
    assert [kind for kind, _, _ in _quotes(body)] == ["partial"]
