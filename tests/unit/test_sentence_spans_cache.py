"""sentence_spans keeps the spans of recent texts (issue 11): a caller's list is its own."""

from consumer.sentences import bounded_sentences, sentence_spans


def test_same_spans_for_an_equal_text_read_twice() -> None:
    text = "Dr. Lune of Harbor Mart spoke first. The board met at 9 a.m. on Friday.\nIt agreed."
    first = sentence_spans(text)
    again = sentence_spans("".join(list(text)))  # an equal text, another object
    assert first == again
    assert first[-1][1] == len(text)


def test_changing_the_returned_list_changes_no_later_answer() -> None:
    text = "Velmo sold 40 boats. Kessel bought 12 of them."
    spans = sentence_spans(text)
    expected = list(spans)
    spans.clear()
    spans.append((0, 1))
    assert sentence_spans(text) == expected
    assert bounded_sentences(text)[0] == expected
