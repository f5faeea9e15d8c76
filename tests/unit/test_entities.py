"""Entity stage: the sample Xinhua item pinned end to end, and the rules on small texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from consumer.entities import EntityExtractor
from consumer.events import Article, Body, Dateline, Entity, Source

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "xinhua-liaoning-recovery.txt"


def article(
    body: str, headline: str = "", dateline: str | None = None, agency: str | None = None, aid: str = "a"
) -> Article:
    paragraphs = [p for p in body.split("\n\n") if p]
    return Article(
        id=aid,
        story_id=aid,
        headline=headline,
        dateline=Dateline(raw=dateline) if dateline else None,
        source=Source(agency=agency),
        body=Body(text=body, paragraphs=paragraphs, word_count=len(body.split())),
    )


def sample_article(agency: str | None = None) -> Article:
    raw = FIXTURE.read_text(encoding="utf-8")
    story = raw.split("Adjust font size:", 1)[1].strip()
    paragraphs = [p.strip() for p in story.split("\n\n")]
    paragraphs[-1] = paragraphs[-1].removesuffix("Endi").strip()
    assert len(paragraphs) == 9
    return article(
        "\n\n".join(paragraphs), headline="Signs of recovery appear in China's rustbelt", agency=agency
    )


def by_name(entities: list[Entity], name: str) -> Entity:
    matches = [e for e in entities if e.name == name]
    assert len(matches) == 1, (name, [(e.name, e.type) for e in entities])
    return matches[0]


def check_offsets(a: Article, entities: list[Entity]) -> None:
    texts = {
        "headline": a.headline,
        "body": a.body.text,
        "dateline": a.dateline.raw if a.dateline else "",
        "source": a.source.agency or "",
        "byline": a.byline or "",
    }
    for entity in entities:
        for m in entity.mentions:
            assert texts[m.field][m.start : m.end] == m.text


# ----------------------------------------------------------------------------- sample item


@pytest.fixture(scope="module")
def sample(extractor: EntityExtractor) -> list[Entity]:
    return extractor.extract([sample_article(agency="Xinhua")])[0]


def test_sample_places_are_linked(sample: list[Entity]) -> None:
    liaoning = by_name(sample, "Liaoning")
    assert liaoning.type == "LOCATION"
    assert liaoning.links is not None
    assert (liaoning.links.iso3166, liaoning.links.kind, liaoning.links.country) == (
        "CN-LN",
        "first_level_division",
        "CN",
    )
    china = by_name(sample, "China")
    assert china.links is not None and china.links.iso3166 == "CN" and china.links.kind == "country"
    assert china.links.geonames_id == 1814991
    shenyang = by_name(sample, "Shenyang")
    assert shenyang.links is not None and shenyang.links.kind == "city" and shenyang.links.country == "CN"
    assert shenyang.links.latitude is not None and shenyang.links.geonames_id
    for name, code in (("Jilin", "CN-JL"), ("Heilongjiang", "CN-HL")):
        ent = by_name(sample, name)
        assert ent.type == "LOCATION" and ent.links is not None and ent.links.iso3166 == code


def test_sample_liaoning_is_one_entity_and_most_salient(sample: list[Entity]) -> None:
    liaoning = by_name(sample, "Liaoning")
    assert len(liaoning.mentions) == 8  # including the possessive inside the quote
    assert sample[0] is liaoning and liaoning.salience == 1.0
    assert all(e.salience < 1.0 for e in sample[1:])
    china = by_name(sample, "China")
    assert any(m.field == "headline" for m in china.mentions)


def test_sample_person_role(sample: list[Entity]) -> None:
    su = by_name(sample, "Su Jianjun")
    assert su.type == "PERSON"
    assert [m.text for m in su.mentions] == ["Su Jianjun", "Su"]  # "Su also welcomed" joins him
    assert su.attributes is not None
    assert su.attributes.role == "deputy director of the provincial development and reform commission"
    assert su.attributes.organization == "provincial development and reform commission"


def test_sample_organisations(sample: list[Entity]) -> None:
    siasun = by_name(sample, "Siasun")
    assert siasun.type == "ORGANIZATION"
    assert siasun.attributes is not None
    assert siasun.attributes.description == "a robot-maker based in the provincial capital of Shenyang"
    assert siasun.attributes.location == "Shenyang"
    assert by_name(sample, "National People's Congress").type == "ORGANIZATION"
    xinhua = by_name(sample, "Xinhua")
    assert xinhua.type == "ORGANIZATION" and xinhua.links is None


def test_sample_has_nothing_from_ticker_and_valid_offsets(sample: list[Entity]) -> None:
    names = " ".join(e.name for e in sample)
    assert "Tuchel" not in names and "Chen Min" not in names
    check_offsets(sample_article(agency="Xinhua"), sample)
    assert len({e.id for e in sample}) == len(sample)


def test_agency_from_dateline_has_a_mention(extractor: EntityExtractor) -> None:
    a = article("The economy grew.", dateline="SHENYANG, April 20 (Xinhua) --")
    ents = extractor.extract([a])[0]
    xinhua = by_name(ents, "Xinhua")
    assert xinhua.type == "ORGANIZATION"
    assert [(m.field, m.text) for m in xinhua.mentions] == [("dateline", "Xinhua")]
    shenyang = by_name(ents, "Shenyang")
    assert shenyang.mentions[0].text == "SHENYANG" and shenyang.links is not None
    check_offsets(a, ents)


# ----------------------------------------------------------------------------- rules


def test_all_caps_headline_is_recased_for_ner(extractor: EntityExtractor) -> None:
    a = article(
        "Germany's economy grew faster than expected, officials in Berlin said on Tuesday.",
        headline="GERMAN ECONOMY GROWS AS BERLIN CHEERS",
    )
    ents = extractor.extract([a])[0]
    berlin = by_name(ents, "Berlin")
    assert [m.text for m in berlin.mentions] == ["BERLIN", "Berlin"]
    assert berlin.mentions[0].field == "headline"
    assert by_name(ents, "German").type == "NORP"
    check_offsets(a, ents)


def test_said_name_title_of_org(extractor: EntityExtractor) -> None:
    text = (
        "Prices will rise, said Maria Gonzalez, chief economist at the Inter-American Development Bank. "
        '"We see pressure," Gonzalez added.'
    )
    ents = extractor.extract([article(text)])[0]
    maria = by_name(ents, "Maria Gonzalez")
    assert maria.type == "PERSON"
    assert len(maria.mentions) == 2
    assert maria.attributes is not None
    assert maria.attributes.role == "chief economist at the Inter-American Development Bank"
    assert maria.attributes.organization is not None
    assert "Inter-American Development Bank" in maria.attributes.organization


def test_title_before_name(extractor: EntityExtractor) -> None:
    ents = extractor.extract([article("Prime Minister Justin Trudeau visited Ottawa on Monday.")])[0]
    person = by_name(ents, "Justin Trudeau")
    assert person.attributes is not None and person.attributes.role == "Prime Minister"


def test_one_type_per_name_in_article(extractor: EntityExtractor) -> None:
    text = (
        "Officials from the World Trade Organization met in Geneva. "
        "The World Trade Organization said talks would resume. WTO members agreed."
    )
    ents = extractor.extract([article(text)])[0]
    wto = by_name(ents, "World Trade Organization")
    assert wto.type == "ORGANIZATION"
    assert sorted(m.text for m in wto.mentions) == [
        "WTO",
        "World Trade Organization",
        "World Trade Organization",
    ]
    assert by_name(ents, "Geneva").type == "LOCATION"


def test_results_line_place_is_a_team(extractor: EntityExtractor) -> None:
    text = "Results of Chinese league matches on Sunday:\nShanghai 2 Dalian 1\nBeijing is the capital."
    ents = extractor.extract([article(text)])[0]
    types = {(m.text, e.type) for e in ents for m in e.mentions}
    assert ("Shanghai", "ORGANIZATION") in types
    assert ("Dalian", "ORGANIZATION") in types


def test_country_aliases_share_one_entity(extractor: EntityExtractor) -> None:
    text = "The United States and China talked. U.S. officials said the U.S. would wait."
    ents = extractor.extract([article(text)])[0]
    us = [e for e in ents if e.links is not None and e.links.iso3166 == "US"]
    assert len(us) == 1 and len(us[0].mentions) == 3 and us[0].name == "United States"


def test_common_words_are_not_places(extractor: EntityExtractor) -> None:
    text = "Reading the report, analysts said the fine china was a nice gift of hope."
    ents = extractor.extract([article(text)])[0]
    assert not [e for e in ents if e.type == "LOCATION"]


# ----------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "headline,body",
    [
        ("", ""),
        ("x" * 100_000, "Short body about Paris."),
        (
            "Talks in \u202eParis\u202c\u200b resume",
            "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 Cairo \x00\x00 met.",
        ),
        ("NUL\x00in\x00headline", "\x00" * 50),
        ("   \n\n  ", "\n\n\n"),
    ],
)
def test_odd_text_never_raises(extractor: EntityExtractor, headline: str, body: str) -> None:
    a = article(body, headline=headline)
    ents = extractor.extract([a])[0]
    check_offsets(a, ents)


def test_batch_is_deterministic_and_order_independent(extractor: EntityExtractor) -> None:
    a = sample_article()
    b = article("Siemens, a German industrial group, opened a plant in Chengdu.", aid="b")
    first = extractor.extract([a, b])
    second = extractor.extract([b, a])
    assert first[0] == second[1] and first[1] == second[0]
    assert [e.model_dump() for e in first[0]] == [e.model_dump() for e in extractor.extract([a])[0]]
    siemens = by_name(first[1], "Siemens")
    assert siemens.type == "ORGANIZATION" and siemens.attributes is not None
    assert siemens.attributes.description == "a German industrial group"
