"""Entity rules learnt from real wire copy (Xinhua, Reuters, AP), on sentences and short stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.attributes import person_role
from consumer.entities.gazetteer import load_gazetteer
from consumer.events import Article, Body, Dateline, Entity, Source
from consumer.indicators import extract_indicators
from consumer.parse import parse_item
from consumer.subjects import classify_subjects

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def _article(body: str, headline: str = "", dateline: str | None = None) -> Article:
    return Article(
        id="a",
        story_id="a",
        headline=headline,
        dateline=Dateline(raw=dateline) if dateline else None,
        source=Source(),
        body=Body(text=body, paragraphs=body.split("\n\n"), word_count=len(body.split())),
    )


def _names(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def _one(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type) for e in entities]
    return found[0]


# ----------------------------------------------------------------------------- model-free rules


def test_benchmarks_are_products_not_places() -> None:
    text = (
        "Brent crude futures fell. U.S. West Texas Intermediate crude was down. WTI rose. He lives in Dubai."
    )
    assert [(text[s:e], n) for s, e, n in rules.benchmarks(text)] == [
        ("Brent", "Brent"),
        ("U.S. West Texas Intermediate", "West Texas Intermediate"),
        ("WTI", "West Texas Intermediate"),
    ]


def test_corporate_suffix_names_a_company() -> None:
    text = "On Tuesday Acme Corp said Bank of America Corp and Siasun Robot & Automation Co Ltd rose."
    assert [text[s:e] for s, e in rules.companies(text)] == [
        "Acme Corp",
        "Bank of America Corp",
        "Siasun Robot & Automation Co Ltd",
    ]


@pytest.mark.parametrize(
    ("headline", "end"),
    [("Soccer-Arsenal beat Chelsea 3-1", 7), ("UPDATE 2-Oil prices fall", 9), ("Coca-Cola profit rises", 0)],
)
def test_headline_slug(headline: str, end: int) -> None:
    assert rules.headline_slug_end(headline) == end


def test_ap_state_abbreviations_link_to_the_state() -> None:
    gazetteer = load_gazetteer()
    assert (e := gazetteer.lookup("Va.")) is not None and e.iso3166 == "US-VA"
    assert (e := gazetteer.lookup("Calif.")) is not None and e.iso3166 == "US-CA"
    assert gazetteer.lookup("Miss") is None  # the title, not Mississippi


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "In October, NBS spokesperson Xing Zhihong told a press conference.",
            "Xing Zhihong",
            ("spokesperson", "NBS"),
        ),
        (
            "national disaster agency spokesman Sutopo Purwo Nugroho told reporters.",
            "Sutopo Purwo Nugroho",
            ("spokesman", "national disaster agency"),
        ),
        (
            "Goldman Sachs chief economist Jan Hatzius said.",
            "Jan Hatzius",
            ("chief economist", "Goldman Sachs"),
        ),
        ("On Monday spokesman John Doe said.", "John Doe", ("spokesman", None)),
        ("was quoted as saying spokesman John Doe.", "John Doe", ("spokesman", None)),
    ],
)
def test_lower_case_title_before_a_name(text: str, name: str, expected: tuple[str, str | None]) -> None:
    start = text.index(name)
    found = person_role(text, start, start + len(name))
    assert found is not None and found[:2] == expected


def test_title_never_crosses_a_paragraph() -> None:
    text = "to top the Premier League.\n\nAlexandre Lacazette scored twice."
    start = text.index("Alexandre")
    assert person_role(text, start, start + len("Alexandre Lacazette")) is None


# ----------------------------------------------------------------------------- with the model


def test_oil_benchmarks_and_opec_plus(extractor: EntityExtractor) -> None:
    body = (
        "Oil prices fell 2 percent as OPEC+ weighed raising output.\n\n"
        "Brent crude futures dropped $1.20. U.S. West Texas Intermediate crude was down 1.8%."
    )
    names = _names(extractor.extract([_article(body, "Oil falls as OPEC+ weighs output hike")])[0])
    assert names.get("OPEC+") == "ORGANIZATION"
    assert names.get("Brent") == "PRODUCT" and names.get("West Texas Intermediate") == "PRODUCT"
    assert "Texas" not in names and "United States" not in names


def test_role_resolves_the_acronym_to_the_organisation(extractor: EntityExtractor) -> None:
    body = (
        "Retail sales rose, the National Bureau of Statistics (NBS) said.\n\n"
        "NBS spokesperson Xing Zhihong told a press conference."
    )
    xing = _one(extractor.extract([_article(body)])[0], "Xing Zhihong")
    assert xing.attributes is not None
    assert (xing.attributes.role, xing.attributes.organization) == (
        "spokesperson",
        "National Bureau of Statistics",
    )


def test_job_title_town_is_not_a_place(extractor: EntityExtractor) -> None:
    body = "Gross margin fell, Chief Financial Officer Amy Wong said in an interview."
    entities = extractor.extract([_article(body)])[0]
    assert "Officer" not in _names(entities)
    assert _one(entities, "Amy Wong").attributes is not None


def test_slugged_headline_and_company_short_form(extractor: EntityExtractor) -> None:
    [football, earnings] = extractor.extract(
        [
            _article("Arsenal beat Chelsea 3-1 on Saturday.", "Soccer-Arsenal beat Chelsea 3-1 to go top"),
            _article(
                "Acme Corp on Tuesday reported revenue of $4.5 billion.\n\nAcme forecast more.", "Acme profit"
            ),
        ]
    )
    arsenal = _one(football, "Arsenal")
    assert arsenal.type == "ORGANIZATION" and {m.field for m in arsenal.mentions} == {"headline", "body"}
    acme = _one(earnings, "Acme Corp")
    assert [m.text for m in acme.mentions] == ["Acme", "Acme Corp", "Acme"]


def test_state_abbreviation_and_province_suffix(extractor: EntityExtractor) -> None:
    [ap, quake] = extractor.extract(
        [
            _article(
                "RICHMOND, Va. (AP) — Virginia voters chose a governor.", dateline="RICHMOND, Va. (AP) —"
            ),
            _article("A quake struck Indonesia's Aceh province on Wednesday.", "Quake kills 42 in Aceh"),
        ]
    )
    assert _one(ap, "Virginia").links is not None and "Va." not in _names(ap)
    assert {m.text for m in _one(quake, "Aceh").mentions} == {"Aceh"}
    assert "Aceh province" not in _names(quake)


# ----------------------------------------------------------------------------- whole stories


def _story(extractor: EntityExtractor, name: str) -> tuple[Article, list[Entity]]:
    article = parse_item((STORIES / name).read_bytes())
    return article, extractor.extract([article])[0]


def test_xinhua_retail_story(extractor: EntityExtractor) -> None:
    article, entities = _story(extractor, "xinhua-retail-sales.txt")
    rows = extract_indicators(article, entities)
    assert not [r for r in rows if r.unit == "month"]  # "first 10 months" is a period
    lead = next(r for r in rows if r.field == "body" and r.value == 10.2)
    assert (
        lead.subject_name == "China" and lead.period is not None and lead.period.label == "2017-01..2017-10"
    )
    head = next(r for r in rows if r.field == "headline")
    assert head.period == lead.period
    assert next(r for r in rows if r.value == 31).metric == "count"
    assert next(r for r in rows if r.value == 4.9).change == "flat"


def test_reuters_oil_story(extractor: EntityExtractor) -> None:
    article, entities = _story(extractor, "reuters-oil.txt")
    rows = extract_indicators(article, entities)
    assert [r.subject_name for r in rows if r.value == 2.0] == [None]  # not the dateline's New York
    assert next(r for r in rows if r.unit == "barrel/day").metric == "production"
    assert _names(entities).get("Brent") == "PRODUCT"


@pytest.mark.parametrize(
    ("name", "topic", "absent"),
    [
        ("reuters-earnings.txt", "medtop:04000000", "medtop:17000000"),  # "forecast" guidance is not weather
        ("reuters-quake.txt", "medtop:03000000", "medtop:04000000"),
        ("ap-election.txt", "medtop:11000000", "medtop:04000000"),
        ("reuters-football.txt", "medtop:15000000", "medtop:09000000"),  # a goal "strike" is not labour
    ],
)
def test_story_topics(extractor: EntityExtractor, name: str, topic: str, absent: str) -> None:
    article, entities = _story(extractor, name)
    codes = [t.code for t in classify_subjects(article, entities, extract_indicators(article, entities))]
    assert codes[0] == topic and absent not in codes


def test_quake_story_rows(extractor: EntityExtractor) -> None:
    article, entities = _story(extractor, "reuters-quake.txt")
    rows = extract_indicators(article, entities)
    metrics = {(r.field, r.value): r.metric for r in rows}
    assert metrics[("headline", 42.0)] == "deaths" and metrics[("body", 500.0)] == "injured"
    assert metrics[("body", 6.4)] == "earthquake_magnitude"
    assert not [r for r in rows if r.subject_name == "Jakarta"]


def test_football_story_has_no_scores(extractor: EntityExtractor) -> None:
    article, entities = _story(extractor, "reuters-football.txt")
    texts = [r.text for r in extract_indicators(article, entities)]
    assert not [t for t in texts if "3-1" in t or t in ("3", "1")] and "one back" not in texts


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the apposition's closing comma is missing: the role stops at the sentence's verb
        (
            "Later, Dana Rilke, a portfolio manager at Hollin Capital said the offer was fair.",
            "Dana Rilke",
            ("a portfolio manager at Hollin Capital", "Hollin Capital"),
        ),
        (
            "Omar Teague, the chief economist of Brelland Bank told reporters rates would rise.",
            "Omar Teague",
            ("the chief economist of Brelland Bank", "Brelland Bank"),
        ),
        # near miss: a closed apposition keeps its whole role
        (
            "Dana Rilke, a portfolio manager at Hollin Capital, said the offer was fair.",
            "Dana Rilke",
            ("a portfolio manager at Hollin Capital", "Hollin Capital"),
        ),
        # a verb that is not a reporting verb: the relative clause it opens is no part of the
        # title either (session 47, ``attributes._RELATIVE``)
        (
            "Ivo Marsh, a director who founded Tarlo Films, attended.",
            "Ivo Marsh",
            ("a director", None),
        ),
    ],
)
def test_apposition_role_stops_at_a_run_on_reporting_verb(
    text: str, name: str, expected: tuple[str, str | None]
) -> None:
    start = text.index(name)
    found = person_role(text, start, start + len(name))
    assert found is not None and found[:2] == expected
    assert text[found[2][0] : found[2][1]] == expected[0]
