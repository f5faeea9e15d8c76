"""Figure shapes read on unseen web pages (session twenty-five): adjectives taken for the counted
noun, ages beside a noun of a person, numbers that are no figure (the size of a sum in digits,
days written as fractions, a page's counters, clock hours of the day, year tails, model numbers
with a glued letter), "the one" as a pronoun, plurals in "-uses"/"-ases", network generations
(no grams), and values scaled wrong ("8M+ applications", "three hundred to five hundred billion",
"two and three million", "6 \u00bd minutes"). Made-up texts only."""

from __future__ import annotations

from tests.unit.indicator_texts import focus_rows, page_figures, page_rows


def _units(text: str) -> list[tuple[float | None, str | None]]:
    return page_figures(text)


# --------------------------------------------------------------------------- adjectives


def test_plain_adjective_after_one_modifies_the_noun() -> None:
    assert _units("In one swift move, the board fired Lee.") == [(1.0, "move")]
    assert _units("The probe will make one final maneuver today.") == [(1.0, "maneuver")]
    assert _units("He arrived with one yellow sheet of paper.") == [(1.0, "sheet")]
    assert _units("He said so during one companywide meeting.") == [(1.0, "meeting")]


def test_adjective_before_a_capitalised_person_counts_people() -> None:
    assert _units("One prominent Republican told me it was over.") == [(1.0, "people")]
    assert _units("\u201cIt is done,\u201d one senior executive said.") == [(1.0, "people")]


def test_row_of_adjectives_before_the_head_noun() -> None:
    assert _units("They wanted a debate between two civil, substantive rivals.") == [(2.0, "rival")]
    assert _units("It plays as one seamless, smooth-as-silk single shot.") == [(1.0, "shot")]


def test_adjective_near_misses_keep_their_reading() -> None:
    assert _units("He bought 12 apples, fresh from the farm.") == [(12.0, "apple")]
    assert _units("One remaining question is open.") == [(1.0, "question")]
    assert _units("Only one painting sold.") == [(1.0, "painting")]
    assert _units("A 4,000-strong crowd waited.") == [(4000.0, "people")]
    assert _units("She has two close friends.") == [(2.0, "people")]


# --------------------------------------------------------------------------- ages


def test_age_beside_a_noun_of_a_person() -> None:
    assert _units("The pop singer, 30, posted a photo of the actor, 35, on Monday.") == [
        (30.0, "year"),
        (35.0, "year"),
    ]
    assert _units("The woman, then 25, told him her plan.") == [(25.0, "year")]
    assert _units("While the old man, now 74, is known as a visionary, he rests.") == [(74.0, "year")]


def test_age_with_now_after_a_name_and_when_a_name_was() -> None:
    assert _units("After Dana Pell, now 19, asked a question, she was mocked.") == [(19.0, "year")]
    assert _units("Later, when Marlow was 59, the couple had a son.") == [(59.0, "year")]


def test_second_age_of_a_pair() -> None:
    assert _units("It counts people between the ages of 25 and 54 in work.") == [
        (25.0, "year"),
        (54.0, "year"),
    ]
    assert _units("Some fans played through age 18 or even 22 and then quit.") == [
        (18.0, "year"),
        (22.0, "year"),
    ]


def test_age_near_misses() -> None:
    assert _units("The company, 30, said nothing.") == [(30.0, None)]
    assert _units("The workers, 300 of them, struck.") == [(300.0, None)]
    assert _units("The stock was 59, then 61.") == [(59.0, None), (61.0, None)]


def test_age_beside_a_noun_is_the_unnamed_persons() -> None:
    text = "The woman, then 25, told Tom Harlan about it. Tom Harlan, 61, agreed."
    rows = focus_rows("Headline", text, {"Tom Harlan": ("PERSON", None)})
    assert rows == {"25": None, "61": "Tom Harlan"}


# --------------------------------------------------------------------------- not figures


def test_network_generations_weigh_no_grams() -> None:
    # NewsQuant counts "5G" as a quantity with no unit, so it stays a figure, but never grams
    assert _units("Carriers lined up trials of 5G networks and 4G LTE service.") == [(5.0, None), (4.0, None)]
    assert _units("Speaking of 5G, expect tests this year.") == [(5.0, None)]
    assert _units("Add 5g of sugar.") == [(5.0, "g")]
    assert _units("The 5GB plan costs more.") == [(5.0, "GB")]


def test_digits_of_a_sum_are_no_figure() -> None:
    assert _units("She received a six-figure settlement.") == []
    assert _units("The firm charges seven figures per engagement.") == []
    assert _units("Two key figures were arrested.") == [(2.0, "figure")]


def test_days_written_as_fractions_are_no_figures() -> None:
    assert _units("Since 9/11 the rules changed.") == []
    assert _units("Prices fell on 4/20 again.") == []
    assert _units("Use 1/2 cup milk and 3/8 inch strips.") == [(0.5, "cup"), (0.375, "in")]


def test_page_counters_are_furniture() -> None:
    assert _units("- 941 comments\nThe vote was held.") == []
    assert _units("Gallery: Harbor Lights | 14 Photos\nIt weighs 8.4 pounds.") == [(8.4, "lb")]
    assert _units("He posted 14 photos") == [(14.0, "photo")]


def test_the_one_as_a_pronoun() -> None:
    assert _units("Start with the one everyone has heard of.") == []
    assert _units("He was not the only one airing such ideas.") == []
    assert _units("Lee was not the one running the machine.") == []
    assert _units("Contracts like the now-infamous one struck with Acme will stay.") == []


def test_the_one_near_misses() -> None:
    assert _units("It is the one thing you fear.") == [(1.0, "thing")]
    assert _units("The one building in town burned.") == [(1.0, "building")]
    assert [r.unit for r in page_rows("The one remaining question is open.")] == ["question"]


# --------------------------------------------------------------------------- plurals


def test_plurals_of_singulars_in_s() -> None:
    assert _units("Officers walked through nearly 1,000 campuses.") == [(1000.0, "campus")]
    assert _units("It could not track its 1,300 school buses.") == [(1300.0, "bus")]
    assert _units("They isolated three noble gases.") == [(3.0, "gas")]


def test_plurals_in_s_near_misses() -> None:
    assert _units("They sold 40 houses.") == [(40.0, "house")]
    assert _units("There were 12 legal cases.") == [(12.0, "case")]
    assert _units("It named 3 causes.") == [(3.0, "cause")]


# --------------------------------------------------------------------------- more no figures


def test_clock_hours_of_the_day() -> None:
    assert _units("Just before 8 in the morning, phones rang.") == []
    assert _units("At 6 in the evening the doors closed.") == []
    assert _units("He works 8 hours in the morning.") == [(8.0, "hour")]


def test_year_tails() -> None:
    assert _units("Aside from a slump like 2008-9, this is new.") == []
    assert _units("It hurt him with the voters in \u201991.") == []
    assert _units("Roughly '92 percent' of them agreed.") == [(92.0, "percent")]


def test_model_numbers_with_a_glued_letter() -> None:
    assert _units("The plane, a Boeing 747-200B, first flew in 1990.") == []
    assert _units("My rig runs a Core i7 4790k chip at 4GHz.") == [(4.0, "GHz")]
    assert _units("It raised $40-50B last year.") == [(40e9, "USD")]
    assert _units("Lee paid $200K for it.") == [(200000.0, "USD")]


# --------------------------------------------------------------------------- values


def test_plus_after_a_number_says_or_more() -> None:
    assert _units("Relief drew 8M+ applications in days.") == [(8e6, "application")]
    assert _units("The app has 10,000+ users.") == [(10000.0, "people")]
    assert _units("Prices rose 5+ percent.") == [(5.0, "percent")]
    assert _units("He ran the 400M race.") == [(400.0, "m")]


def test_spelled_range_shares_its_big_scale() -> None:
    assert _units("It would cost three hundred to five hundred billion dollars.") == [(3e11, "USD")]
    assert [(r.value, r.value_max) for r in page_rows("It hit two to five billion dollars.")] == [(2e9, 5e9)]


def test_and_joins_spelled_numbers_only_after_a_scale() -> None:
    assert _units("It moved between two and three million people.") == [(2e6, "people")]
    assert _units("It needs seven hundred and sixty-eight bits.") == [(768.0, "bit")]
    assert _units("It drew one hundred and five people.") == [(105.0, "people")]


def test_spaced_fraction_character() -> None:
    assert _units("It stopped 6 \u00bd minutes after launch.") == [(6.5, "minute")]
    assert _units("He is 5\u00bd games back.") == [(5.5, "game")]


# --------------------------------------------------------------------------- units and changes


def test_pounds_in_a_passage_priced_by_the_pound_weigh() -> None:
    text = "Boats get between $5 and $6 a pound. The catch is capped at 29.4 million pounds this year."
    assert _units(text) == [(5.0, "USD/lb"), (29.4e6, "lb")]
    assert _units("Halibut sells for $16 per pound; the quota is 5 million pounds in all.") == [
        (16.0, "USD/lb"),
        (5e6, "lb"),
    ]
    assert _units("Growers picked 3 million pounds, with apples at $2 a pound.") == [
        (3e6, "lb"),
        (2.0, "USD/lb"),
    ]
    assert _units("The club was fined 2.5 million pounds.") == [(2.5e6, "GBP")]
    assert _units("They shipped 2 million pounds of beef.") == [(2e6, "lb")]


def test_a_capitalised_plural_takes_no_unit_from_the_figure_before() -> None:
    text = "They found 17,448 buildings that could hold 11,703,090 New Yorkers."
    assert _units(text) == [(17448.0, "building"), (11703090.0, None)]
    assert _units("More than 30 lots sold, then 155,000 Realtors cheered.") == [
        (30.0, "lot"),
        (155000.0, None),
    ]
    assert _units("We counted 300 houses and 1,200 Texans.") == [(300.0, "house"), (1200.0, None)]
    assert _units("We saw 12 cars and then 40.") == [(12.0, "car"), (40.0, "car")]


def test_a_duration_before_later_is_no_movement() -> None:
    assert [r.change for r in page_rows("The father came down about 20 minutes later.")] == [None]
    assert [r.change for r in page_rows("Prices dropped 3 months later.")] == [None]
    assert [r.change for r in page_rows("The tide went down two hours later.")] == [None]
    assert [r.change for r in page_rows("The lake is 12 feet down from last year.")] == ["down"]
    assert [r.change for r in page_rows("Sales fell 20 percent in May.")] == ["down"]


def test_hyphen_joins_tens_and_scales_only() -> None:
    assert _units("It is a one-two punch.") == []
    assert _units("It was a two-three week wait.") == []
    assert _units("He saw twenty-five people on a three-hundred-mile trip.") == [
        (25.0, "people"),
        (300.0, "mi"),
    ]


def test_idioms_of_one() -> None:
    assert _units("On the one hand, the plant closed.") == []
    assert _units("You cannot make him do it one way or another.") == []
    assert _units("It lasted, in one form or another, until 1973.") == []
    assert _units("He lost one hand in the blast.") == [(1.0, "hand")]
    assert _units("There is one way to win.") == [(1.0, "way")]


def test_a_network_generation_takes_no_count_from_before() -> None:
    text = "Comcast pairs its 15 million hotspots with the 4G network."
    assert _units(text) == [(15e6, "hotspot"), (4.0, None)]


def test_such_before_the_counted_noun() -> None:
    assert _units("It is one of more than 300 such Prime offers.") == [(300.0, "offer")]
    assert _units("There were two such cases.") == [(2.0, "case")]
    assert _units("Acme ran 40 such trials.") == [(40.0, "trial")]


def test_a_participle_is_no_noun_of_a_count_above_one() -> None:
    assert _units("Seven electors tried, with four succeeding in Ohio.") == [(7.0, "people")]
    assert _units("Of the rebels, three fleeing were caught.") == []
    assert _units("They had two building permits and three meeting rooms.") == [
        (2.0, "permit"),
        (3.0, "room"),
    ]
    assert _units("He won two hearings.") == [(2.0, "hearing")]


def test_tax_code_sections_name_plans() -> None:
    assert _units("Put it in your 401(k) plan.") == []
    assert _units("A 403(b) account pays out.") == []
    assert _units("Rules under section 2(a) apply to 30 firms.") == [(30.0, "company")]
    assert _units("Shares fell 5% (a record).") == [(5.0, "percent")]
