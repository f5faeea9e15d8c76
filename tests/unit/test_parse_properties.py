"""Property tests: any input gives an Article or a ParseError, never anything else, quickly."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consumer.errors import ParseError
from consumer.events import Article
from consumer.parse import ParseLimits, parse_item

LIMITS = ParseLimits(max_bytes=64 * 1024)
CONTENT_TYPES = st.sampled_from(
    [None, "text/plain", "text/html", "application/json", "text/plain; charset=latin-1"]
)
FAST = settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes, content_type: str | None) -> None:
    try:
        article = parse_item(raw, content_type, limits=LIMITS)
    except ParseError as exc:
        assert exc.reason and exc.reason.replace("_", "").isalpha()
        return
    assert isinstance(article, Article)
    assert "\x00" not in article.body.text and "\x00" not in article.headline
    assert len(article.headline) <= LIMITS.max_headline_chars + 1
    assert article.id == parse_item(raw, content_type, limits=LIMITS).id


@FAST
@given(st.binary(max_size=4096), CONTENT_TYPES)
def test_arbitrary_bytes(raw: bytes, content_type: str | None) -> None:
    _check(raw, content_type)


@FAST
@given(st.text(max_size=4096), CONTENT_TYPES)
def test_arbitrary_text(text: str, content_type: str | None) -> None:
    _check(text.encode("utf-8", "surrogatepass"), content_type)


WIREISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "3rd Ld-Writethru-China Focus: ",
                "UPDATE 2-",
                "BEIJING, Dec. 31 (Xinhua) -- ",
                "( Xinhua ) 17:31, November 09, 2020 ",
                "Xinhua, April 20, 2017 Adjust font size:",
                "Off the wire\n",
                " • ",
                "End",
                "(Web editor: A, B)",
                "<p>",
                "</p>",
                "<html>",
                "\n",
                ". ",
                '"',
                "English >> ",
                "(Xinhua/Li Xin) ",
            ]
        ),
        st.text(max_size=30),
    ),
    max_size=60,
).map("".join)


@FAST
@given(WIREISH, CONTENT_TYPES)
def test_wire_like_fragments(text: str, content_type: str | None) -> None:
    _check(text.encode(), content_type)


@FAST
@given(
    st.dictionaries(
        st.sampled_from(
            ["id", "source", "url", "received_at", "published_at", "headline", "body", "text", "html"]
        ),
        st.one_of(
            st.none(),
            st.integers(-(2**63), 2**63 - 1),
            st.text(max_size=200),
            st.lists(st.booleans(), max_size=3),
        ),
    )
)
def test_arbitrary_envelopes(envelope: dict[str, object]) -> None:
    _check(orjson.dumps(envelope), None)
