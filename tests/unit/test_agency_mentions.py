"""Agencies as entities: named in headline, body, dateline, byline or source line, always with a mention."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.wire import agency_mentions
from consumer.events import Article, Body, Dateline, Entity, Source


def article(
    body: str,
    headline: str = "",
    dateline: str | None = None,
    agency: str | None = None,
    byline: str | None = None,
) -> Article:
    return Article(
        id="g",
        story_id="g",
        headline=headline,
        dateline=Dateline(raw=dateline) if dateline else None,
        source=Source(agency=agency),
        byline=byline,
        body=Body(text=body, paragraphs=[p for p in body.split("\n\n") if p], word_count=len(body.split())),
    )


def texts_of(a: Article) -> dict[str, str]:
    return {
        "headline": a.headline,
        "dateline": a.dateline.raw if a.dateline else "",
        "body": a.body.text,
        "source": a.source.agency or "",
        "byline": a.byline or "",
    }


def check(a: Article, entities: list[Entity]) -> None:
    """Every entity has a mention, and every mention's offsets cut its text from its field."""
    texts = texts_of(a)
    for entity in entities:
        assert entity.mentions, entity
        for m in entity.mentions:
            assert texts[m.field][m.start : m.end] == m.text, m


def agency_entity(entities: list[Entity], *forms: str) -> Entity:
    hits = [e for e in entities if e.name in forms or any(m.text in forms for m in e.mentions)]
    assert len(hits) == 1, (forms, [(e.name, [m.text for m in e.mentions]) for e in entities])
    assert hits[0].type == "ORGANIZATION"
    return hits[0]


# ----------------------------------------------------------------------------- bylines (rule)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Lena Vogt, Reuters", [("Reuters", "Reuters")]),
        ("Omar Haddad (AFP)", [("AFP", "AFP")]),
        ("Staff writers of the Associated Press", [("Associated Press", "AP")]),
        ("Kenji Mori, Kyodo News", [("Kyodo News", "Kyodo")]),
    ],
)
def test_agency_named_in_a_byline(byline: str, expected: list[tuple[str, str]]) -> None:
    found = [(byline[s:e], name) for s, e, name in agency_mentions(byline)]
    assert found == expected


@pytest.mark.parametrize("byline", ["By Ap Tran", "By Lena Vogt and Omar Haddad", "", "Efe Yilmaz reports"])
def test_byline_without_an_agency(byline: str) -> None:
    assert list(agency_mentions(byline)) == []


# ----------------------------------------------------------------------------- entities


def test_source_line_agency_gets_a_source_mention(extractor: EntityExtractor) -> None:
    a = article("Copper prices rose on Monday as mines in Chile cut output.", agency="Bernama")
    ents = extractor.extract([a])[0]
    bernama = agency_entity(ents, "Bernama")
    assert [(m.field, m.text, m.start, m.end) for m in bernama.mentions] == [("source", "Bernama", 0, 7)]
    assert bernama.salience > 0
    check(a, ents)


def test_byline_agency_gets_a_byline_mention(extractor: EntityExtractor) -> None:
    a = article(
        "Farmers in Kenya planted early this year.", byline="By Grace Otieno, Reuters", agency="Reuters"
    )
    ents = extractor.extract([a])[0]
    reuters = agency_entity(ents, "Reuters")
    assert [(m.field, m.text, m.start) for m in reuters.mentions] == [("byline", "Reuters", 17)]
    check(a, ents)


def test_dateline_agency_is_not_repeated_as_source(extractor: EntityExtractor) -> None:
    a = article(
        "Rice exports grew in the first quarter.", dateline="HANOI, May 7 (Antara) -", agency="Antara"
    )
    ents = extractor.extract([a])[0]
    antara = agency_entity(ents, "Antara")
    assert [m.field for m in antara.mentions] == ["dateline"]
    check(a, ents)


def test_agency_in_body_and_source_line_is_one_entity(extractor: EntityExtractor) -> None:
    body = "Yonhap reported that shipbuilders in Ulsan won new orders, citing industry officials."
    a = article(body, agency="Yonhap")
    ents = extractor.extract([a])[0]
    yonhap = agency_entity(ents, "Yonhap")
    assert sorted(m.field for m in yonhap.mentions) == ["body", "source"]
    check(a, ents)


def test_agency_full_name_in_body_joins_the_short_source_name(extractor: EntityExtractor) -> None:
    body = "Officials told the Associated Press that the bridge would reopen in the autumn."
    a = article(body, agency="AP")
    ents = extractor.extract([a])[0]
    ap = agency_entity(ents, "AP", "Associated Press")
    assert {m.field for m in ap.mentions} == {"body", "source"}
    check(a, ents)


def test_agency_only_in_the_byline_is_found_without_source(extractor: EntityExtractor) -> None:
    a = article("The museum reopened after repairs.", byline="Text and photos: Xinhua")
    ents = extractor.extract([a])[0]
    xinhua = agency_entity(ents, "Xinhua")
    assert [m.field for m in xinhua.mentions] == ["byline"]
    check(a, ents)


def test_no_agency_no_agency_entity(extractor: EntityExtractor) -> None:
    a = article("The museum reopened after repairs in Lisbon.", byline="By Rita Sousa")
    ents = extractor.extract([a])[0]
    assert all(e.type != "ORGANIZATION" for e in ents), ents
    # the reporter the item's own byline names is a person of the item (GUIDELINES)
    (reporter,) = [e for e in ents if any(m.field == "byline" for m in e.mentions)]
    assert (reporter.type, reporter.name) == ("PERSON", "Rita Sousa")
    check(a, ents)


def test_an_html_pages_byline_names_no_person(extractor: EntityExtractor) -> None:
    # an HTML page's byline is page furniture or metadata, not the story's text
    a = article("The museum reopened after repairs in Lisbon.", byline="Rita Sousa").model_copy(
        update={"input_format": "html"}
    )
    ents = extractor.extract([a])[0]
    assert all(m.field != "byline" for e in ents for m in e.mentions)


def test_a_reporter_the_story_also_names_is_one_person(extractor: EntityExtractor) -> None:
    a = article("Rita Sousa visited the museum in Lisbon on Monday.", byline="Rita Sousa, Tomas Reis")
    ents = extractor.extract([a])[0]
    people = {e.name: {m.field for m in e.mentions} for e in ents if e.type == "PERSON"}
    assert people["Rita Sousa"] == {"body", "byline"}
    assert people["Tomas Reis"] == {"byline"}


def test_no_entity_is_published_without_a_mention(extractor: EntityExtractor) -> None:
    items = [
        article("Grain prices fell in Argentina.", agency="Telam Wire"),
        article("", agency="Kyodo"),
        article("Talks resumed in Doha.", dateline="DOHA, Jan 9 (WAM) -", agency="WAM", byline="WAM staff"),
    ]
    for a, ents in zip(items, extractor.extract(items), strict=True):
        check(a, ents)
        assert ents, a


def test_agency_forms_across_fields_are_one_entity(extractor: EntityExtractor) -> None:
    body = (
        "SEOUL, Feb 3 (Yonhap) - Port cranes stopped on Monday.\n\n"
        "According to Yonhap News Agency, union leaders agreed. Yonhap said talks resume."
    )
    a = article(body, dateline="SEOUL, Feb 3 (Yonhap) -", agency="Yonhap")
    ents = extractor.extract([a])[0]
    yonhap = [e for e in ents if any(m.text.startswith("Yonhap") for m in e.mentions)]
    assert len(yonhap) == 1 and yonhap[0].type == "ORGANIZATION", [(e.name, e.mentions) for e in yonhap]
    assert {m.text for m in yonhap[0].mentions} == {"Yonhap", "Yonhap News Agency"}
    assert {m.field for m in yonhap[0].mentions} == {"dateline", "body"}  # the dateline names it: no source
    check(a, ents)
