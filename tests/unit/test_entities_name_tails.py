"""Session 40 (B3, issue 11 boundaries): words after a name that belong to it, which the model
or a rule stopped before: a law's year ("the Data Shield Act 1998"), a sequel's digit ("Zorba
Quest 3") and an award's "of the Year" ("European Footballer of the Year"). Near misses (a count,
a range, a decimal, a numbered part, a span of years, a lower-case "year") keep their old
readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, name_tails
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Police used powers under the Terrorism Act 2000 to hold him, critics said on Monday.",
            "Terrorism Act 2000",
        ),
        (
            "Under the Data Shield Act 1998, firms must keep their records safe, the watchdog said.",
            "Data Shield Act 1998",
        ),
        (
            "Ministers want to change the Harbour Works Act 1987 before the summer, aides said.",
            "Harbour Works Act 1987",
        ),
        (
            "The Clean Rivers Act of 2019 passed the Senate last week, officials said.",
            "Clean Rivers Act of 2019",
        ),
    ],
)
def test_law_takes_its_year(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a span of years, no law's year
        ("The Kelvo Trading Act 1998-99 review found nothing amiss, the report said.", "1998"),
        # a lower-case noun after the year: the year is a date
        ("The plan was dropped after the Farm Safety Act in 1998 and never came back.", "Farm Safety Act in"),
    ],
)
def test_law_year_near_misses(extractor: EntityExtractor, body: str, name: str) -> None:
    names = types_of(entities_of(extractor, body))
    assert not any(name in n and n.endswith(("1998", "1998-99")) for n in names), names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Critics praised the game Zorba Quest 3 when it went on sale last year.", "Zorba Quest 3"),
        ("The film Shrek 2 took $881m worldwide, the studio said on Monday.", "Shrek 2"),
        ("Fans queued overnight for Halo 2, which went on sale on Tuesday in the shops.", "Halo 2"),
    ],
)
def test_work_takes_its_sequel_digit(extractor: EntityExtractor, body: str, name: str) -> None:
    names = types_of(entities_of(extractor, body))
    assert name in names, names
    assert name.rsplit(" ", 1)[0] not in names, names


def test_sequel_digit_unit() -> None:
    from consumer.entities.candidates import Candidate

    text = (
        "He played Quellbrook 2 and Marlow Tide 3 times, Vexa 2.5 and Dorna 5 and 10, Kelp 4 Arena, "
        "Zeno 2 for $9."
    )
    spans = {
        word: text.index(word) for word in ("Quellbrook", "Marlow Tide", "Vexa", "Dorna", "Kelp", "Zeno")
    }
    cands = [Candidate("body", s, s + len(w), "PRODUCT", "ner") for w, s in spans.items()]
    name_tails.sequel_numbers(cands, {"body": text})
    got = [text[c.start : c.end] for c in cands]
    # a sequel before "and"; never a count, a decimal, a list or before a capitalised word
    assert got == ["Quellbrook 2", "Marlow Tide", "Vexa", "Dorna", "Kelp", "Zeno"], got


@pytest.mark.parametrize(
    "body",
    [
        "He won the Tarvel Cup 2 times and scored 3 goals in the final, the club said.",
        "Article 2 of the Kelby Convention was cited by the lawyers on Tuesday.",
    ],
)
def test_counts_and_numbered_parts_keep_their_names(extractor: EntityExtractor, body: str) -> None:
    names = types_of(entities_of(extractor, body))
    assert "Tarvel Cup 2" not in names and "Kelby Convention 2" not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "He was named European Footballer of the Year in a poll of coaches last month.",
            "European Footballer of the Year",
        ),
        (
            "She won Whitbread Novel of the Year for her third book, the judges said.",
            "Whitbread Novel of the Year",
        ),
        (
            "But Kelby Sports Personality of the Year went to a sailor, organisers said.",
            "Kelby Sports Personality of the Year",
        ),
        (
            "The striker was voted Marlow Player of the Year by the fans on Sunday.",
            "Marlow Player of the Year",
        ),
    ],
)
def test_of_the_year_award_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


def test_year_title_near_misses() -> None:
    text = (
        "It was the best time of the year. The Year of the Dragon began. Tarvo Awards of the Yearly Fair. "
        "The Best Phones of the Year"
    )
    assert list(name_tails.year_titles(text)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Housing is run by the Office of the Deputy Prime Minister, MPs said on Monday.",
            "Office of the Deputy Prime Minister",
        ),
        (
            "The Kelby County Office of the Attorney General opened an inquiry last week.",
            "Kelby County Office of the Attorney General",
        ),
        (
            "The United Nations High Commissioner for Refugees said 3,000 people had fled.",
            "United Nations High Commissioner for Refugees",
        ),
        (
            "The UN High Commissioner for Human Rights criticised the move on Monday.",
            "UN High Commissioner for Human Rights",
        ),
        (
            "A statement by the Office of the UN High Commissioner for Human Rights came out.",
            "Office of the UN High Commissioner for Human Rights",
        ),
    ],
)
def test_body_named_after_an_office_is_whole(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_office_body_near_misses() -> None:
    text = (
        "He ran the Office of the First Minister Jack Morrow set up. "
        "The Office for the Deputy Prime Minister and Department of Health agree. "
        "The UN envoy for Kelvia spoke. The office of the president said no. "
        "The Office of the Comptroller of the Marlow Currency spoke."
    )
    found = [text[s:e] for s, e in name_tails.office_bodies(text)]
    # the holder's name and a body after "and" stay out; a lower-case office or an envoy is none
    assert found == [
        "Office of the First Minister",
        "Office for the Deputy Prime Minister",
        "Office of the Comptroller of the Marlow Currency",
    ], found


@pytest.mark.parametrize(
    ("body", "kept", "gone"),
    [
        ("The Quorvax virus spread fast on Monday, experts said.", "Quorvax virus", "The Quorvax virus"),
        ("Experts warned on Monday. The virus is thought to have hit PCs in Kelvia.", None, "The virus"),
        ("While virus writers are busy, experts urged users to update their PCs.", None, "While virus"),
        (
            "The Marlow fever outbreak is over, officials in Kelvia said on Monday.",
            "Marlow fever",
            "The Marlow fever",
        ),
    ],
)
def test_disease_span_without_opening_stop_word(
    extractor: EntityExtractor, body: str, kept: str | None, gone: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert gone not in types, types
    if kept is not None:
        assert types.get(kept) == "MISC", types


def test_disease_names_keep_their_readings(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Doctors said Lassa fever and Ebola spread in Kelvia this year."))
    assert types.get("Ebola") == "MISC", types
    assert any(n.startswith("Lassa") and t == "MISC" for n, t in types.items()), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "An Importers Association official said prices would rise, the paper said.",
            "Importers Association",
        ),
        ("An Arvel Group Inc spokesman said the deal was off on Monday.", "Arvel Group Inc"),
        ("He said A Quell Holdings Ltd would buy the plant for $3 million.", "Quell Holdings Ltd"),
    ],
)
def test_indefinite_article_is_no_part_of_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any(n.startswith(("A ", "An ")) for n in types), types


# Session 46 (H): a state university's campus town written after a comma or "at" is part of its
# name, no place of its own.
@pytest.mark.parametrize(
    ("body", "name", "town"),
    [
        (
            "Mara Quell, an oceanographer at the University of California, San Diego, said the tide turned.",
            "University of California, San Diego",
            "San Diego",
        ),
        (
            "Dana Roe, a sociologist at California State University, Sacramento, studied the toys.",
            "California State University, Sacramento",
            "Sacramento",
        ),
        (
            "He became a professor at California State University at Long Beach last year.",
            "California State University at Long Beach",
            "Long Beach",
        ),
        (
            "The survey was run by researchers at the University of Texas at Austin.",
            "University of Texas at Austin",
            "Austin",
        ),
    ],
)
def test_campus_town_joins_the_university(
    extractor: EntityExtractor, body: str, name: str, town: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert town not in types, types


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # a town of another state, or a country after the comma: a place of its own
        ("Jo Roe, who studied at the University of Texas, moved to Sacramento in May.", "Sacramento"),
        ("Researchers at the University of Sydney, Australia, led the work.", "Australia"),
    ],
)
def test_campus_town_near_misses(extractor: EntityExtractor, body: str, town: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(town) == "LOCATION", types
