"""Top-level IPTC topics: disambiguation, the published threshold, confidence, linear cost.

Every text here is written for these tests; none is quoted from real pages.
"""

from __future__ import annotations

import time

import pytest

from consumer.events import Article, Body, Entity, Mention
from consumer.indicators import extract_indicators
from consumer.subjects import classify_subjects
from consumer.subjects.classify import _INDEX, THRESHOLD, confidences, topic_evidence
from consumer.subjects.topics import NEUTRAL, TOPICS

ARTS, CRIME, DISASTER, ECONOMY = "medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:04000000"
HEALTH, LABOUR, POLITICS = "medtop:07000000", "medtop:09000000", "medtop:11000000"
SPORT, CONFLICT, WEATHER = "medtop:15000000", "medtop:16000000", "medtop:17000000"


def _article(headline: str, text: str) -> Article:
    return Article(
        id="a",
        story_id="s",
        headline=headline,
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
    )


def _people(article: Article, *names: str) -> list[Entity]:
    """PERSON entities with a mention at every occurrence of each name, as the NER gives them."""
    out = []
    for n, name in enumerate(names):
        mentions = []
        for field, text in (("headline", article.headline), ("body", article.body.text)):
            start = text.find(name)
            while start >= 0:
                mentions.append(Mention(text=name, field=field, start=start, end=start + len(name)))
                start = text.find(name, start + 1)
        out.append(Entity(id=f"per-{n}", type="PERSON", name=name, mentions=mentions, salience=0.5))
    return out


def _codes(article: Article, entities: list[Entity] | None = None) -> list[str]:
    return [t.code for t in classify_subjects(article, entities or []) if t.code.endswith("000000")]


# ----------------------------------------------------------------------------- trade war in markets


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        (
            "Stocks slide as trade war fears return",
            "Shares in exporters fell on Monday and the benchmark index lost 2 percent as investors "
            "worried that the trade war between the two largest economies would hurt corporate "
            "earnings. Bond yields dropped and the currency weakened against the dollar.",
        ),
        (
            "Budget carriers start a price war on domestic routes",
            "Two low-cost airlines cut fares by a third, starting a price war that analysts expect to "
            "squeeze profits this quarter. Shares of both companies fell as investors weighed the "
            "hit to revenue.",
        ),
        (
            "Markets shrug off tariff threats",
            "Investors bought bank stocks even as the trade war escalated with new tariffs on steel "
            "and aluminium imports. Traders said earnings had been stronger than forecast and the "
            "market rallied into the close.",
        ),
    ],
)
def test_trade_war_in_a_markets_story_is_economy_not_conflict(headline: str, text: str) -> None:
    article = _article(headline, text)
    codes = _codes(article)
    assert codes[0] == ECONOMY
    assert CONFLICT not in codes
    evidence, _ = topic_evidence(article)
    assert evidence.get(CONFLICT, 0.0) < evidence[ECONOMY] / 4


def test_a_real_war_is_still_conflict() -> None:
    article = _article(
        "Fighting spreads along the border",
        "Troops shelled villages overnight and the army said its soldiers had repelled an attack. "
        "The war has displaced thousands and a ceasefire brokered last month has collapsed.",
    )
    assert _codes(article)[0] == CONFLICT


# ----------------------------------------------------------------------------- weather words as names


def test_player_named_like_the_weather_is_sport() -> None:
    article = _article(
        "Sunny scores twice as Rovers win the derby",
        "Sunny Okafor struck twice in the first half and the Rovers held on to beat their rivals 2-1 "
        "in the league. The forward has now scored nine goals this season, his coach said after the "
        "match.",
    )
    codes = _codes(article, _people(article, "Sunny Okafor", "Sunny"))
    assert codes[0] == SPORT and WEATHER not in codes


def test_team_called_storm_is_sport_without_any_entity() -> None:
    # no entity stage at all: a capitalised "Storm" or "Heat" inside a sentence is a name
    article = _article(
        "Storm edge Heat in overtime thriller",
        "The Harbour City Storm beat the Lakeside Heat 101-99 in overtime on Friday. The Storm "
        "guard scored 31 points and the coach praised the defense after the Heat missed a late shot. "
        "Both teams are level at the top of the league standings with ten games left in the season.",
    )
    codes = _codes(article)
    assert codes[0] == SPORT and WEATHER not in codes
    assert topic_evidence(article)[0].get(WEATHER, 0.0) == 0.0


def test_goalkeeper_named_frost_is_sport() -> None:
    article = _article(
        "Frost saves penalty to send United through",
        "Goalkeeper Daniel Frost saved a penalty in the shootout as United reached the cup final. "
        "Frost, 24, joined the club last season and has kept six clean sheets in the tournament.",
    )
    codes = _codes(article, _people(article, "Daniel Frost", "Frost"))
    assert codes[0] == SPORT and WEATHER not in codes


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        (
            "Storm Idris batters the coast",
            "Storm Idris brought gusts of 120 km/h and heavy rain to coastal towns, and forecasters "
            "warned of more snow in the hills. Temperatures will fall below freezing overnight.",
        ),
        (
            "Heavy rain and strong winds expected",
            "The weather service said a storm moving in from the sea would bring heavy rain and "
            "thunderstorms on Thursday, with temperatures dropping sharply by the weekend.",
        ),
    ],
)
def test_real_weather_is_still_weather(headline: str, text: str) -> None:
    assert _codes(_article(headline, text))[0] == WEATHER


# ----------------------------------------------------------------------------- elections


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        (
            "Ruling party loses its majority in parliament",
            "Voters handed the opposition a narrow win in Sunday's parliamentary election, ending "
            "twelve years of rule by the governing coalition. Turnout was the highest in two decades "
            "and the prime minister conceded defeat before midnight.",
        ),
        (
            "Senator leads crowded field before the first primary",
            "A new poll of likely voters puts the senator ahead of four rivals for the party's "
            "presidential nomination. The candidates meet for a televised debate on Tuesday as the "
            "campaign moves to the early voting states.",
        ),
        (
            "Island votes on independence referendum",
            "Polling stations opened at dawn for a referendum on independence, and election officials "
            "expect the ballots to be counted by Monday. Lawmakers from both camps urged a calm vote.",
        ),
    ],
)
def test_a_clear_election_story_is_politics(headline: str, text: str) -> None:
    topics = classify_subjects(_article(headline, text))
    assert topics[0].code == POLITICS
    assert topics[0].confidence >= THRESHOLD


# ----------------------------------------------------------------------------- disambiguating phrases


@pytest.mark.parametrize(
    ("headline", "text", "topic", "absent"),
    [
        (
            "Air strike hits supply depot",
            "A drone strike and an air strike destroyed an arms depot used by rebel fighters, the "
            "military said.",
            CONFLICT,
            LABOUR,
        ),
        (
            "Dock workers walk out",
            "Thousands of dock workers went on strike on Monday after talks with employers over wages "
            "broke down; the union said the strike action would last a week.",
            LABOUR,
            CONFLICT,
        ),
        (
            "Late strike wins it for the visitors",
            "A curling strike from the edge of the box in stoppage time gave the visitors a 1-0 win, "
            "and their coach said the players had earned the three points in the league.",
            SPORT,
            LABOUR,
        ),
        (
            "Retired teacher recovering after heart attack",
            "Doctors at the city hospital said the patient was stable after treatment for a heart "
            "attack and would stay in intensive care for observation.",
            HEALTH,
            CONFLICT,
        ),
    ],
)
def test_phrases_pick_the_sense(headline: str, text: str, topic: str, absent: str) -> None:
    codes = _codes(_article(headline, text))
    assert codes[0] == topic and absent not in codes


LIFESTYLE, SCIENCE, ENVIRONMENT = "medtop:10000000", "medtop:13000000", "medtop:06000000"


@pytest.mark.parametrize(
    ("headline", "text", "topic", "absent"),
    [
        (  # cooking words: the oil and grain of a recipe are no commodities
            "A week of easy breakfasts",
            "Heat 1 tbsp. olive oil in a pan, add two poached eggs and serve on whole-grain toast. "
            "For the second recipe, mix 2 tsp. coconut oil with oats and the other ingredients.",
            LIFESTYLE,
            ECONOMY,
        ),
        (  # the same words as commodities are still the economy
            "Grain and oil prices climb",
            "Grain futures rose 3 percent and crude oil prices gained as traders bet on tighter "
            "supply; exporters said shipments to Asia would fall this quarter.",
            ECONOMY,
            LIFESTYLE,
        ),
        (  # a car launch is filed by the car trade's words, not by its gadgets
            "Carmaker unveils its new electric SUV at the auto show",
            "The compact SUV goes on sale at dealerships next spring, with a 12-inch touchscreen, "
            "wireless charging, a smartphone app and Bluetooth. The model year brings more horsepower "
            "and a sedan version later.",
            ECONOMY,
            LIFESTYLE,
        ),
        (  # a laptop review is technology even without the word 'technology'
            "New notebook puts a bigger keyboard in a thinner case",
            "The latest MacBook rival has a 14-inch touchscreen, a backlit keyboard and a trackpad "
            "that is larger than last year's, with 512 gigabytes of storage and a faster processor.",
            SCIENCE,
            ECONOMY,
        ),
        (  # a health story that cites studies is health, not science
            "Vitamin D may not prevent colds",
            "A study of 2,000 adults found no fewer colds among those who took vitamin D. The study, like "
            "two earlier studies, followed people for a year; research on the vitamin has given mixed "
            "results, and the authors said more studies are needed before doctors change their advice. "
            "Other research has looked at flu.",
            HEALTH,
            SCIENCE,
        ),
        (  # the words of a hijacking or a massacre file a story under crime
            "Gunmen hijack bus and kill villagers",
            "Gunmen hijacked a bus on the coast road and took it to a village, where they massacred "
            "eleven farmers. Relatives accused the authorities of impunity for the massacre.",
            CRIME,
            SCIENCE,
        ),
    ],
)
def test_everyday_vocabulary_of_a_kind_of_story_picks_its_topic(
    headline: str, text: str, topic: str, absent: str
) -> None:
    codes = _codes(_article(headline, text))
    assert codes and codes[0] == topic and absent not in codes


def test_idioms_carry_no_topic() -> None:
    article = _article(
        "Minister under fire over delays",
        "The minister came under fire in parliament, where lawmakers said the government had to "
        "deal with the backlog; the opposition said its goal of a vote next month was at stake.",
    )
    codes = _codes(article)
    assert codes == [POLITICS]
    assert topic_evidence(article)[0].get(DISASTER, 0.0) == 0.0


# ----------------------------------------------------------------------------- nothing clears the bar


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        ("Notice", "The meeting was moved to Thursday afternoon and will be held in the second room."),
        ("", "He said he would call back next week once he had read the letter."),
        ("Update", "A new team was set up on Monday."),  # one weak cue is not a topic
        ("", ""),
    ],
)
def test_no_topic_is_published_when_nothing_clears_the_threshold(headline: str, text: str) -> None:
    article = _article(headline, text)
    assert _codes(article) == []
    assert all(c < THRESHOLD for c in confidences(topic_evidence(article)[0]).values())


# ----------------------------------------------------------------------------- confidence


def test_the_main_topic_is_more_confident_than_a_side_topic() -> None:
    article = _article(
        "Central bank raises interest rates to curb inflation",
        "The central bank raised its benchmark interest rate by half a point, the third increase "
        "this year, as inflation hit a ten-year high. Markets fell and bond yields rose. Economists "
        "expect growth to slow. The governor said flooding in the south had pushed up food prices.",
    )
    conf = confidences(topic_evidence(article)[0])
    assert conf[ECONOMY] > conf.get(DISASTER, 0.0)
    assert _codes(article)[0] == ECONOMY


def test_more_evidence_means_more_confidence() -> None:
    short = _article("Result", "The team won on Sunday.")
    long = _article(
        "Champions win the league title",
        "The champions won the league title with two matches to spare after a 3-0 victory at their "
        "stadium. The striker scored twice, the goalkeeper kept a clean sheet and the coach thanked "
        "the fans. The players lifted the trophy after the final whistle of the season.",
    )
    c_short = confidences(topic_evidence(short)[0]).get(SPORT, 0.0)
    c_long = confidences(topic_evidence(long)[0])[SPORT]
    assert c_short < THRESHOLD <= c_long < 1.0


def test_a_dense_lead_topic_does_not_crowd_out_a_second_one() -> None:
    business = (
        "Shareholders of the two companies approved the merger, and investors sent the shares up 8 "
        "percent as the deal values the group at $1.4 billion including debt. Revenue and profit "
        "fell last quarter, the company said, and the acquisition should cut costs by $300 million a "
        "year. Analysts said the market expects more mergers in the industry as advertising sales "
        "shrink. "
    )
    media = (
        "The combined publisher will own 260 daily newspapers, and journalists fear newsroom cuts "
        "will hurt local news across the country."
    )
    article = _article("Newspaper publishers agree to merge", (business + media + " ") * 4)
    conf = confidences(topic_evidence(article)[0])
    assert max(conf.values()) <= 1.0
    assert _codes(article)[:2] == [ECONOMY, ARTS]


def test_the_headline_weighs_more_than_the_tail() -> None:
    filler = " ".join(["The report was published on Monday by the office."] * 12)
    in_headline = _article("Hospital opens new cancer ward", filler)
    in_tail = _article("Report published", filler + " A hospital opened a new cancer ward.")
    e_head = topic_evidence(in_headline)[0][HEALTH]
    e_tail = topic_evidence(in_tail)[0][HEALTH]
    assert e_head > e_tail


def test_output_is_sorted_bounded_and_above_the_threshold() -> None:
    article = _article(
        "Flood relief package approved by parliament",
        "Lawmakers approved a relief budget after floods forced the evacuation of 20,000 people. "
        "The finance minister said the package would cost 2 percent of GDP.",
    )
    topics = classify_subjects(article, (), extract_indicators(article))
    confs = [t.confidence for t in topics]
    assert confs == sorted(confs, reverse=True)
    assert all(THRESHOLD <= c < 1.0 for c in confs)
    top_level = [t for t in topics if t.code.endswith("000000")]
    assert 1 <= len(top_level) <= 3


def test_second_level_topic_needs_a_published_parent() -> None:
    article = _article(
        "Economy grows faster than expected",
        "The economy grew 6.1 percent in the third quarter, and GDP growth for the year is forecast "
        "at 6 percent, the statistics bureau said. Investors welcomed the data.",
    )
    topics = classify_subjects(article, (), extract_indicators(article))
    codes = {t.code: t.confidence for t in topics}
    assert ECONOMY in codes
    second = [t for t in topics if not t.code.endswith("000000")]
    assert second and all(t.confidence <= codes[ECONOMY] for t in second)
    # the same figures in a text that is not about the economy publish no second-level topic
    sport = _article("Runner sets record", "She ran 6.1 percent faster than last year.")
    assert [t.code for t in classify_subjects(sport, (), extract_indicators(sport))] == []


def test_a_side_note_in_a_long_story_is_scaled_down() -> None:
    from consumer.subjects import classify

    paragraphs = [
        "Quarterly revenue at the retailer rose as shoppers spent more in its stores, and the "
        "company raised its profit forecast for the fiscal year. Investors sent the shares up.",
        "Analysts said the results showed that consumer spending was holding up despite higher "
        "prices, and that the company's online sales had grown faster than the market.",
        "The retailer plans to open new stores next year and to invest in its supply chain, "
        "the chief executive told investors on a call with analysts after the earnings report.",
    ]
    body = " ".join(paragraphs * 4) + " Separately, a former clerk was arrested and charged with fraud."
    article = _article("Retailer lifts profit forecast as sales grow", body)
    _, coverage = classify._read(article, [])
    assert coverage[ECONOMY] == 1.0 and coverage[CRIME] < 1.0
    assert _codes(article) == [ECONOMY]


# ----------------------------------------------------------------------------- lexicon and cost


def test_every_topic_has_a_rich_lexicon() -> None:
    for topic in TOPICS:
        cues = [c for c in topic.lexicon.split() if not c.endswith(":")]
        assert len(cues) >= 20, topic.label
    assert all("_" in phrase for phrase in NEUTRAL.split())


def test_lookups_per_word_are_bounded() -> None:
    # a word costs one exact probe, one probe per stem length and its phrases by first word
    assert len(_INDEX.stem_lengths) <= 20
    assert max(len(options) for options in _INDEX.phrases.values()) <= 40


_COST_SENTENCE = (
    "Officials said the storm damaged the stadium, where the team's coach and investors met "
    "lawmakers to discuss the trade war, a heart attack and the school budget. "
)


def test_each_word_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from consumer.subjects import classify

    calls = {"word": 0, "phrase": 0}
    word_cue, phrase_at = classify._word_cue, classify._phrase_at

    def count_word(key: str) -> object:
        calls["word"] += 1
        return word_cue(key)

    def count_phrase(text: object, i: int) -> object:
        calls["phrase"] += 1
        return phrase_at(text, i)  # type: ignore[arg-type]

    monkeypatch.setattr(classify, "_word_cue", count_word)
    monkeypatch.setattr(classify, "_phrase_at", count_phrase)
    for n in (20, 200):
        calls.update(word=0, phrase=0)
        article = _article("", _COST_SENTENCE * n)
        classify.cue_counts(article)
        words = len(_COST_SENTENCE.split()) * n
        assert calls["word"] <= words and calls["phrase"] <= words  # never a rescan per cue


def test_cost_is_linear_in_the_text() -> None:
    def per_copy(n: int) -> float:
        article = _article("Headline", _COST_SENTENCE * n)
        times = []
        for _ in range(5):
            start = time.process_time()  # this process's CPU: not other jobs' load
            classify_subjects(article)
            times.append(time.process_time() - start)
        return min(times) / n

    per_copy(20)  # warm the caches
    small, large = per_copy(100), per_copy(800)  # 8x the text
    assert large < 3 * small  # linear keeps the cost per copy flat; quadratic would be 8x


@pytest.mark.parametrize("run", ["&", "=", "-", "a1"])
def test_long_unbroken_runs_cost_linear_time(run: str) -> None:
    # a page of "&amp;" entities, a rule of "=" signs, a blob: no rescans of the run
    def seconds(n: int) -> float:
        article = _article("Storm " + run * 500, run * n + " rain fell " + run * n)
        start = time.process_time()
        topics = classify_subjects(article)
        elapsed = time.process_time() - start
        assert all(t.confidence >= THRESHOLD for t in topics)
        return elapsed

    seconds(1_000)
    small, large = seconds(5_000), seconds(40_000)  # 8x the run
    assert large < 0.5 and large < 8 * 3 * max(small, 1e-3)


HEALTH, ECONOMY = "medtop:07000000", "medtop:04000000"


def test_the_pandemic_as_a_backdrop_makes_no_health_story() -> None:
    article = _article(
        "Norland opposes using COVID-19 to pursue deglobalization",
        "The COVID-19 pandemic must not become an excuse to turn away from the world, Norland's "
        "president said on Friday. Countries should not use COVID-19 to pursue deglobalization, he "
        "told a business forum, calling for open trade, lower tariffs and more foreign investment "
        "to restore economic growth.",
    )
    codes = _codes(article)
    assert codes[0] == ECONOMY and HEALTH not in codes


def test_the_pandemic_with_words_of_care_stays_health() -> None:
    article = _article(
        "Norland hospitals fill as COVID-19 cases climb",
        "Hospitals in Norland admitted 300 COVID-19 patients on Friday as the pandemic spread, "
        "and doctors said intensive care units were close to capacity. The health ministry urged "
        "people to get the vaccine.",
    )
    assert _codes(article)[0] == HEALTH
