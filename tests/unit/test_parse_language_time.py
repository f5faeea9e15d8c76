"""Language tags, publication-time zones and site names in headlines (issue 11, metadata)."""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.parse import ParseLimits, parse_item
from consumer.parse.build import strip_site_name
from consumer.parse.language import detect_language, primary_tag
from consumer.parse.zones import with_zone

FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les petites "
    "entreprises du pays, selon un communiqué publié dans la soirée par le ministère."
)
GERMAN = (
    "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um kleine Unternehmen im ganzen "
    "Land zu unterstützen, wie das Ministerium am Abend mitteilte."
)
ENGLISH = (
    "The city council approved a new budget on Tuesday after a long debate about road repairs "
    "and school funding, officials said in a statement."
)


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        (FRENCH, "en", "fr"),  # a template's lang="en" on a French page loses to the text
        (GERMAN, None, "de"),
        (ENGLISH, "en-US", "en"),
        (ENGLISH, None, "en"),
        ("Short note", "EN_gb", "en"),  # too short to detect: the declaration, as a primary tag
        ("..", None, "und"),
    ],
)
def test_language_is_a_primary_tag(text: str, declared: str | None, expected: str) -> None:
    assert detect_language(text, declared) == expected


def test_primary_tag_normalises_declarations() -> None:
    assert primary_tag("en-US") == "en"
    assert primary_tag("PT_br") == "pt"
    assert primary_tag("not a tag!") is None
    assert primary_tag(None) is None


def test_french_page_is_published_without_english_enrichment() -> None:
    from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem

    class NoEntities:
        def extract(self, articles: object) -> list[list[object]]:
            raise AssertionError("the English model must not see a French item")

    pipeline = Pipeline(PipelineOptions(), extractor=NoEntities())  # type: ignore[arg-type]
    text = f"Selon le ministre, les ventes ont progressé\n\n{FRENCH} Selon Paris, 45 pour cent des sondés."
    outcome = pipeline.process_batch([RawItem(text.encode())])[0]
    assert isinstance(outcome, Processed)
    event = outcome.article
    assert event.language == "fr"
    assert "language_not_supported" in event.warnings
    assert event.entities == [] and event.indicators == [] and event.subjects == []


def test_english_item_gets_no_language_warning() -> None:
    from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem

    pipeline = Pipeline(PipelineOptions(enrich=True), extractor=None)
    outcome = pipeline.process_batch([RawItem(f"Budget approved\n\n{ENGLISH}".encode())])[0]
    assert isinstance(outcome, Processed)
    assert "language_not_supported" not in outcome.article.warnings


# --------------------------------------------------------------------------- time zones


def _zone(published: dt.datetime | dt.date | None, **kw: object) -> tuple[dt.datetime | None, list[str]]:
    warnings: list[str] = []
    args: dict[str, object] = {"names": (), "dateline_place": None, "default_zone": "UTC"} | kw
    return with_zone(published, warnings=warnings, **args), warnings  # type: ignore[arg-type]


def test_page_offset_wins() -> None:
    aware = dt.datetime(2021, 3, 4, 5, 6, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert _zone(aware, names=("Xinhua",)) == (aware, [])


def test_agency_home_zone_is_assumed_with_a_warning() -> None:
    when, warnings = _zone(dt.datetime(2021, 3, 4, 9, 0), names=(None, "Xinhua"))
    assert when is not None and when.utcoffset() == dt.timedelta(hours=8)
    assert warnings == ["published_at_zone_assumed"]


def test_dateline_city_zone_when_no_publisher_is_known() -> None:
    when, warnings = _zone(dt.datetime(2021, 7, 4, 9, 0), names=("Some Blog",), dateline_place="Chicago")
    assert when is not None and when.utcoffset() == dt.timedelta(hours=-5)  # CDT in July
    assert warnings == ["published_at_zone_assumed"]


def test_default_zone_when_nothing_is_known() -> None:
    when, warnings = _zone(dt.date(2021, 3, 4), names=("Some Blog",), default_zone="Europe/Berlin")
    assert when == dt.datetime(2021, 3, 4, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert warnings == ["published_at_zone_unknown"]


@pytest.mark.parametrize("year", [1, 1066, 9999])
def test_impossible_years_are_dropped(year: int) -> None:
    assert _zone(dt.date(year, 1, 2)) == (None, ["published_at_invalid"])


def test_parsed_article_is_always_rfc3339_with_offset() -> None:
    raw = b'{"headline": "Budget approved", "published_at": "2020-11-09T10:00:00", "text": "%s"}' % (
        ENGLISH.encode()
    )
    article = parse_item(raw, limits=ParseLimits(default_timezone="America/Denver"))
    assert article.published_at is not None and article.published_at.tzinfo is not None
    assert article.published_at.isoformat().endswith("-07:00")
    assert "published_at_zone_unknown" in article.warnings


def test_envelope_year_one_is_not_published() -> None:
    raw = b'{"headline": "Budget approved", "published_at": "0001-01-01T00:00:00", "text": "%s"}' % (
        ENGLISH.encode()
    )
    article = parse_item(raw)
    assert article.published_at is None
    assert "published_at_invalid" in article.warnings


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Harbour fees rise again | Coastal Courier", (), "Harbour fees rise again"),
        ("Harbour fees rise again | Business | Coastal Courier", (), "Harbour fees rise again"),
        ("Harbour fees rise again - coastalcourier.com", (), "Harbour fees rise again"),
        ("Harbour fees rise again - The Courier", ("The Courier",), "Harbour fees rise again"),
        ("Harbour fees rise again - Valley News", (), "Harbour fees rise again"),
        # a news agency's credit, whatever the feed names as its source
        ("Harbour fees rise again - Reuters", (), "Harbour fees rise again"),
        ("Harbour fees rise again - Xinhua", ("The Courier",), "Harbour fees rise again"),
        # Negatives: a dash inside the headline that is not a site name stays.
        ("Mayor Lee - the interview", ("The Courier",), "Mayor Lee - the interview"),
        ("Lights out - Harbour Reuters fan club", (), "Lights out - Harbour Reuters fan club"),
        ("Red vs Blue | a guide", (), "Red vs Blue"),
        ("Only | two", (), "Only | two"),
    ],
)
def test_site_names_are_cut_from_headlines(title: str, sites: tuple[str, ...], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # a one-line flash in Latin letters: an unsure guess of another language is no answer
        ("Honda profit down 20 pct on weak China sales.", "und"),
        ("Toyota recalls 1 mln cars", "und"),
        # a short text the model is sure of, or in another script, keeps its language
        ("Die Wirtschaft wächst schneller als erwartet.", "de"),
        ("عنوان الخبر نص الخبر الأول هنا", "ar"),
    ],
)
def test_a_short_flash_is_undetermined_rather_than_guessed(text: str, tag: str) -> None:
    assert detect_language(text) == tag


def test_a_dated_dateline_gives_the_publication_day_when_nothing_else_does() -> None:
    raw = (
        b"Ministers meet on budget\n\nLAGOS, March 3, 2004 (Reuters) -- "
        + ENGLISH.encode()
        + b"\n\n"
        + ENGLISH.encode()
    )
    article = parse_item(raw)
    assert article.published_at is not None and article.published_at.date() == dt.date(2004, 3, 3)
    assert article.published_at.tzinfo is not None
    assert "published_at_from_dateline" in article.warnings


def test_a_yearless_dateline_gives_no_publication_day() -> None:
    raw = (
        b"Ministers meet on budget\n\nLAGOS, March 3 (Reuters) -- "
        + ENGLISH.encode()
        + b"\n\n"
        + ENGLISH.encode()
    )
    article = parse_item(raw)
    assert article.published_at is None
    assert "published_at_from_dateline" not in article.warnings
