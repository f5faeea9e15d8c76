"""Units: what a figure counts, normalised so that rows from different wires line up.

Currencies become ISO 4217 codes ("HK $" -> HKD, "PS" -- the pound sign after a Latin-1 round
trip -> GBP); percentages and percentage points are kept apart because an analyst must never
add them; counted nouns of people and organisations collapse to ``people`` / ``company``
because those are the units the metric taxonomy charts; any other counted noun is kept as its
singular ("headsets" -> headset) so the row still says what was counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consumer.entities.gazetteer.lists import group_words
from consumer.gate import gated, opener
from consumer.indicators.national_currency import national_currency
from consumer.lexicon import (
    CURRENCY_CODES,
    MONTH_NUMBERS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    WEEKDAYS,
)


def _words(text: str) -> list[str]:
    return text.split()


# --------------------------------------------------------------------------- currencies before

# A sign may stand one space before its digits ("$ 18.99"), as some sites print prices. "A $5
# million grant" opens a sentence with the article, so "A" is glued to its sign ("A$5", "AU $5").
_PREFIXES: list[tuple[str, str]] = [
    (r"U\.?S\.?\s?\$", "USD"), (r"\$\s?US", "USD"), (r"HK\s?\$", "HKD"), (r"AU?\$|AU\s\$", "AUD"),
    (r"NZ\s?\$", "NZD"), (r"S\s?\$", "SGD"), (r"C(?:A)?\s?\$", "CAD"), (r"R\$", "BRL"), (r"NT\s?\$", "TWD"),
    (r"\$\s?", "USD"), (r"£\s?", "GBP"), (r"PS", "GBP"), (r"€\s?", "EUR"), (r"¥", "JPY"), (r"Y=", "JPY"),
    (r"₹", "INR"), (r"Rs\.?\s?", "INR"), (r"RM\s?", "MYR"), (r"₩", "KRW"), (r"₽", "RUB"), (r"₪", "ILS"),
    (r"R(?=\d)", "ZAR"), (r"RMB\s?", "CNY"),
]  # fmt: skip
_PREFIX_RE = gated(
    r"(?:"
    + "|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(_PREFIXES))
    + r"|(?P<iso>[A-Z]{3})\s?)$"
)

_COP_SUMMIT = re.compile(r"\d{1,2}(?![\d.,])")


# A table row's unit in parentheses after its label: "Fat, total (g) 22", "sodium (mg) 708"
_LABEL_UNIT = re.compile(r"\(([^()\s]{1,4})\)[ \t]?$")


def label_unit(text: str, start: int) -> str | None:
    """The measure a table row names before its value ("Fat (g) 22" is 22 g), if any."""
    label = _LABEL_UNIT.search(text, max(0, start - 8), start)
    if label is None:
        return None
    inner = f" {label.group(1)}"
    unit = suffix_unit(inner, 0)
    return unit[0] if unit is not None and unit[1] == len(inner) else None


def prefix_unit(text: str, start: int) -> tuple[str, int] | None:
    """A currency written before the figure: its ISO code and where the prefix starts."""
    window = text[max(0, start - 6) : start]
    match = _PREFIX_RE.search(window)
    if match is None:
        return None
    begin = start - (len(window) - match.start())
    if begin > 0 and text[begin - 1].isalnum() and match.group(0)[0].isalnum():
        return None  # "XPS20": letters of a longer token, not a currency
    if match.group("iso"):
        if match.group(0) == "COP" and _COP_SUMMIT.match(text, start):
            return None  # "COP28": the climate summit's number, no Colombian pesos
        return (match.group("iso"), begin) if match.group("iso") in CURRENCY_CODES else None
    for index, (_, code) in enumerate(_PREFIXES):
        if match.group(f"p{index}"):
            return code, begin
    return None  # pragma: no cover


# --------------------------------------------------------------------------- units after

_CURRENCY_WORDS: list[tuple[str, str]] = [
    # wire shorthand writes "dlrs" for dollars ("3.5 mln dlrs", "12 Canadian dlrs"; session 31)
    ("(?:us|u\\.s\\.|american) (?:dollars?|dlrs?)", "USD"), ("australian (?:dollars?|dlrs?)", "AUD"),
    ("canadian (?:dollars?|dlrs?)", "CAD"), ("new zealand (?:dollars?|dlrs?)", "NZD"),
    ("hong kong (?:dollars?|dlrs?)", "HKD"), ("singapore(?:an)? (?:dollars?|dlrs?)", "SGD"),
    ("taiwan(?:ese)? (?:dollars?|dlrs?)", "TWD"), ("dollars?|dlrs?", "USD"),
    # a national adjective names which crown, peso, rupee or pound: before the bare words
    ("norwegian (?:crowns?|kron(?:e|er))", "NOK"), ("swedish (?:crowns?|kron(?:a|or))", "SEK"),
    ("danish (?:crowns?|kron(?:e|er))", "DKK"), ("czech (?:crowns?|korun(?:a|y))", "CZK"),
    ("zlotys?|zloties", "PLN"), ("forints?", "HUF"), ("philippine pesos?", "PHP"),
    ("argentine pesos?", "ARS"), ("chilean pesos?", "CLP"), ("colombian pesos?", "COP"),
    ("pakistani rupees?", "PKR"), ("sri lankan rupees?", "LKR"), ("egyptian pounds?", "EGP"),
    # the currencies the euro replaced, as wire copy before 1999 and history pages name them (ISO
    # 4217's withdrawn codes; session 31): before the bare "francs" (CHF); bare "marks" only after
    # a scale ("130 mln marks"; "full marks", "8 marks" stay counts)
    ("french francs?", "FRF"), ("belgian francs?", "BEF"), ("luxembourg francs?", "LUF"),
    ("(?:west |east )?german marks?|deutsche ?marks?|d-marks?|marks", "DEM"),
    ("(?:dutch )?guilders?", "NLG"), ("(?:italian )?lire", "ITL"), ("(?:spanish )?pesetas?", "ESP"),
    ("(?:portuguese )?escudos?", "PTE"), ("austrian schillings?", "ATS"), ("finnish markkaa?", "FIM"),
    ("irish punts?", "IEP"), ("(?:greek )?drachmas?", "GRD"),
    ("yuan|renminbi|rmb", "CNY"), ("yen", "JPY"), ("euros?", "EUR"), ("pounds? sterling|sterling|stg", "GBP"),
    ("shekels?", "ILS"), ("rupees?", "INR"), ("ringgit", "MYR"), ("roubles?|rubles?", "RUB"),
    ("rand", "ZAR"), ("pesos?", "MXN"), ("swiss francs?|francs?", "CHF"),
    ("crowns?|kron(?:e|er|a|or|ur)", "crown"), ("dinars?", "dinar"), ("lira", "TRY"), ("baht", "THB"),
    ("rupiah", "IDR"), ("naira", "NGN"), ("dirhams?", "AED"), ("riyals?", "SAR"), (
        # not the verb: "one won't", "the two won the title"
        r"won(?!['\u2019]t)(?!\s+(?:the|his|her|their|its|our|my|your|this|by|over|against|gold|silver)\b)",
        "KRW",
    ),
    ("european currency units?|ecus", "XEU"),  # the euro's forerunner, ISO 4217's withdrawn code
    ("reais|reals?", "BRL"), ("hryvnias?", "UAH"), ("bitcoins?|btc", "BTC"),
    # the world's other currencies by their bare names and plurals, as agency copy writes them
    # ("456.8 billion taka", "9.50 trillion lei"; session 47). Typed, not read from pycountry: ISO
    # names no plural ("lei", "meticais", "maloti"), its last word is not always the noun ("Rial
    # Omani", "Cordoba Oro") and it drops withdrawn codes wire copy still names (HRK, BGN, FIM).
    # Words no English text uses otherwise map to their code; a word that is also a common word,
    # a name or a people ("lei", "dram", "kip", "sol", "lek", "som", "colon") maps to a family
    # resolved by the country the story names (_SHARED_CURRENCY), so "two drams of whisky" stays
    # a measure and "50 lei" in a story of Hawaii no money.
    ("taka", "BDT"), ("tenges?", "KZT"), ("birrs?", "ETB"), ("cedis?", "GHS"), ("kyats?", "MMK"),
    ("riels?", "KHR"), ("meticais|meticals?", "MZN"), ("nakfas?", "ERN"), ("ariary", "MGA"),
    ("ouguiyas?", "MRU"), ("dalasis?", "GMD"), ("(?:e|li)langeni", "SZL"), ("ngultrums?", "BTN"),
    ("rufiyaa", "MVR"), ("patacas?", "MOP"), ("bolivianos?", "BOB"), ("gourdes?", "HTG"),
    ("tugriks?|tugrugs?", "MNT"), ("somoni", "TJS"), ("denars?|denari", "MKD"), ("vatu", "VUV"),
    ("markkaa?", "FIM"), ("kroons?", "EEK"), ("litas|litai", "LTL"), ("tolars?", "SIT"),
    ("karbovanets(?:es|i)?", "UAK"),
    ("lei|leu", "leu"), ("kunas?|kune", "kuna"), ("leva?", "lev"), ("leks?|lekë", "lek"),
    ("drams?", "dram"), ("soms?|sums?", "som"), ("manats?", "manat"), ("kwachas?", "kwacha"),
    ("pula", "pula"), ("kinas?", "kina"), ("kips?", "kip"), ("dong", "dong"), ("sol(?:es)?", "sol"),
    ("tala", "tala"), ("lari", "lari"), ("col[oó]n(?:es|s)?", "colon"), ("guaran[ií](?:es|s)?", "guarani"),
    ("shillings?|schillings?", "shilling"), ("rials?", "rial"), ("quetzal(?:es|s)?", "quetzal"),
    ("lempiras?", "lempira"), ("c[oó]rdobas?", "cordoba"), ("balboas?", "balboa"),
    ("bol[ií]var(?:es|s)?", "bolivar"), ("leones?", "leone"), ("maloti|loti", "loti"),
    ("kwanzas?", "kwanza"), ("lats|lati", "lats"), ("sucres?", "sucre"),
    # a sign after the amount, as European pages print prices ("15€", "24 €"); never one that
    # opens the next amount ("5 $20 notes")
    (r"€(?!\s?\d)", "EUR"), (r"\$(?!\s?\d)", "USD"), (r"£(?!\s?\d)", "GBP"),
    # and the signs whose countries print them after the amount ("30,000₩", "450 ₽", "1 200 ₹";
    # session 43: a Korean theatre's price list published bare numbers)
    (r"₩(?!\s?\d)", "KRW"), (r"₽(?!\s?\d)", "RUB"), (r"₹(?!\s?\d)", "INR"), (r"₪(?!\s?\d)", "ILS"),
]  # fmt: skip
_WORD_UNITS: list[tuple[str, str]] = [
    ("percentage[- ]points?|pct[- ]points?|pp|ppts?", "percentage_point"),
    ("basis points?|bps|bp", "basis_point"),
    ("%|per[- ]?cent|pct|pc", "percent"), ("points?|pts", "point"), ("cents?|cts", "cent"), ("sen", "sen"),
    ("pence|p(?=[\\s,.;)]|$)", "pence"),
    ("years?[- ]old|-?year-olds?", "year_of_age"), ("times", "times"), ("fold", "times"),
    ("fps|frames per second", "fps"),
    ("kilometers? per hour|kilometres? per hour|km/hr?|kph|kmh", "km/h"), ("miles? per hour|mph", "mph"),
    ("miles? per gallon|mpg", "mi/gal"),  # "32 mpg": fuel economy, as the conventions write a rate
    ("square[- ]kilometers?|square[- ]kilometres?|sq\\.? ?km|km2|km²", "km2"),
    ("square[- ]miles?|sq\\.? ?mi", "mi2"),
    ("square[- ]meters?|square[- ]metres?|sq\\.? ?m|m2|m²", "m2"),
    ("square[- ](?:feet|foot)|sq\\.? ?ft", "ft2"),
    ("hectares?|ha", "hectare"), ("acres?", "acre"), ("mu", "mu"), ("teus?", "TEU"),
    ("kilometers?|kilometres?|km", "km"), ("centimeters?|centimetres?|cm", "cm"),
    ("millimeters?|millimetres?|mm", "mm"),
    ("micrometers?|micrometres?|μm|µm|microns?", "um"), ("meters?|metres?", "m"), ("miles?", "mile"),
    ("yards?|yds?", "yard"), ("feet|foot|ft", "foot"), ("inch(?:es)?|in\\.", "inch"), ("″|\"", "inch"),
    ("'", "foot"),
    ("pound[- ]feet|lbs?[- ]ft", "lbf·ft"),  # torque, before the pound it starts with
    ("metric tons?|tonnes?|tons?|mt", "tonne"), ("kilograms?|kilogrammes?|kilos?|kgs?", "kg"),
    ("milligrams?|mg", "mg"), ("micrograms?|mcg|µg|μg", "µg"), ("kilocalories?|kcal", "kcal"),
    ("grams?|grammes?|g", "g"), ("pounds?|lbs?", "lb"), ("ounces?|oz", "ounce"),
    ("tablespoons?|tbsps?|tbs", "tbsp"), ("teaspoons?|tsps?", "tsp"),  # kitchen measures of recipes
    ("barrels? (?:of oil )?(?:per|a) day|bpd|b/d", "barrel/day"), ("barrels?|bbl", "barrel"),
    ("milliliters?|millilitres?|ml", "ml"), ("liters?|litres?|l", "litre"), ("gallons?", "gallon"),
    ("cubic meters?|cubic metres?|m3|m³", "m3"),
    ("cubic f(?:ee|oo)t|cu\\.? ?ft\\.?", "ft3"),
    ("drams?", "dram"),
    ("gigawatt[- ]hours?|gwh", "GWh"), ("megawatt[- ]hours?|mwh", "MWh"), ("kilowatt[- ]hours?|kwh", "kWh"),
    ("gigawatts?|gw", "GW"), ("megawatts?|mw", "MW"), ("kilowatts?|kw", "kW"), ("watts?|w", "W"),
    ("milliampere[- ]hours?|mah", "mAh"), ("volts?|v", "V"), ("amperes?|amps?", "A"),
    ("brake horsepower|bhp|horsepower|hp|ps", "hp"), ("newton[- ]met(?:er|re)s?|nm", "N·m"),
    ("rpm|revolutions per minute", "rpm"),
    ("gigahertz|ghz", "GHz"), ("megahertz|mhz", "MHz"), ("hertz|hz", "Hz"),
    ("terabytes?|tb", "TB"), ("gigabytes?|gb", "GB"), ("megabytes?|mb", "MB"), ("kilobytes?|kb", "KB"),
    ("gbps", "Gbit/s"), ("mbps", "Mbit/s"), ("kbps", "kbit/s"),
    ("megapixels?|mp", "megapixel"),
    ("cubic centimet(?:er|re)s?|cc", "cc"),  # an engine's displacement: "a 1000cc bike", "500-600cc"
    ("mpa", "MPa"), ("ksi", "ksi"), ("psi", "psi"), ("ppm|parts per million", "ppm"),
    ("ppb|parts per billion", "ppb"),
    ("degrees? celsius|degrees? c|deg ?c|°c|celsius|c(?=[\\s,.;)]|$)", "degC"),
    ("degrees? fahrenheit|degrees? f|deg ?f|°f|fahrenheit|f(?=[\\s,.;)]|$)", "degF"),
    ("degrees?|deg|°", "degree"),
    ("milliseconds?|(?-i:ms)", "ms"),  # "a 4ms response time"; "Ms" stays a title
    ("seconds?|secs?", "second"), ("minutes?|mins?", "minute"), ("hours?|hrs?", "hour"),
    ("days?", "day"), ("weeks?", "week"), ("months?|mths", "month"), ("years?|yrs?", "year"),
    ("decades?", "decade"),
]  # fmt: skip
_CASE_SENSITIVE: list[tuple[str, str]] = [("F", "farad"), ("G", "mobile_generation"), ("R", "ZAR")]
# ... also hyphenated into a compound before a noun: "a $10-a-month plan", "an 18.50-dlr-a-share offer"
_PER = re.compile(
    r"(?:\s?(?:a|an|per|/)\s?|[-\u2010\u2011](?:a|an|per)[-\u2010\u2011])(share|shr|barrel|day|week|month|mo|year|yr|hour|minute|ounce|tonne|kg|game|gallon|"
    r"litre|liter|pound|lb|kilo|kilogram|square\s+(?:foot|feet|metre|meter)|sq\.?\s?ft|ton|metric\s+ton"
    # a yield or a price per area of land: "650 kg per mu", "6 tonnes per hectare", "$300 an acre"
    r"|mu|hectare|ha|acre"
    # a night's stay or sleep: "$180 a night", "9 hours a night"
    r"|night)\b",
    re.I,
)
_PER_SHORT = {
    "shr": "share",  # agency notes' "or 12 cts per shr"
    "mo": "month",
    "yr": "year",
    "liter": "litre",
    "pound": "lb",
    "kilo": "kg",
    "kilogram": "kg",
    "ton": "tonne",
    "metric ton": "tonne",
    "square foot": "ft2",
    "square feet": "ft2",
    "sq ft": "ft2",
    "sq. ft": "ft2",
    "sqft": "ft2",
    "square metre": "m2",
    "square meter": "m2",
}
# A count over a stretch of time or play: "1,000 units a month", "11.1 assists per game",
# "40 flights an hour" (the conventions write every rate with a slash unit).
_COUNT_PER = frozenset({"day", "week", "month", "year", "game", "hour", "minute"})

_ALL_UNITS = [*_CURRENCY_WORDS, *_WORD_UNITS]
# The units of measure read from words ("km", "tonne", "hp"): no counted noun
MEASURE_UNITS = frozenset(unit for _, unit in _WORD_UNITS)
# A currency word glued by a hyphen to the next word is half of a compound adjective, no
# currency: "three real-life cases", "10 real-time feeds", "12 euro-zone members" (a unit of
# measure may be: "a 2,000-meter-long road" is metres).
# ... but a rate's compound is still the currency: "an 18.50-dlr-a-share offer" (read by _PER)
_GLUED_ON = r"(?!-(?!(?:a|an|per)-)[A-Za-z])"
_UNIT_RE = re.compile(
    r"(?:\s?[-\u2010\u2011]?\s?)(?:"
    + "|".join(
        f"(?P<u{i}>{pattern}){_GLUED_ON if i < len(_CURRENCY_WORDS) else ''}"
        for i, (pattern, _) in enumerate(_ALL_UNITS)
    )
    + r")"
    r"(?![\w\u00b2\u00b3])",
    re.IGNORECASE,
)


# Issue 11: _UNIT_RE tries its 120-odd case-blind words one after another at each figure's end.
# A word can open only at a place its optional space and hyphen reach, the last of which holds
# the first character after them; a word that cannot open on that character (nor on a space or a
# hyphen) cannot match. So the figure is read with the words that can, in their order and under
# their own group names: the same match, from a few words. Built once per character class.
_UNIT_LEAD = re.compile(r"\s?[-\u2010\u2011]?\s?")
# what the lead may hold: "\\s" is every character str.isspace() says is one, the last U+3000
_UNIT_SPACES = "".join(char for char in map(chr, range(0x3001)) if char.isspace()) + "-\u2010\u2011"


# What each unit may open on (folding case as _UNIT_RE does); None: any character
_UNIT_OPENERS = [opener(f"(?:{pattern})", re.IGNORECASE) for pattern, _ in _ALL_UNITS]
_UNIT_AFTER_SPACE = frozenset(
    index
    for index, opens in enumerate(_UNIT_OPENERS)
    if opens is None or any(opens.match(char) for char in _UNIT_SPACES)
)
_CURRENCIES = len(_CURRENCY_WORDS)  # the first units: currency words, not glued on by a hyphen
_UNIT_BY_UNITS: dict[tuple[int, ...], re.Pattern[str] | None] = {}
_UNIT_BY_CHAR: dict[str, re.Pattern[str] | None] = {}


def _unit_re_for(char: str) -> re.Pattern[str] | None:
    """_UNIT_RE with only the units that may open on ``char`` or after a space or hyphen (None: no unit)."""
    if char in _UNIT_BY_CHAR:
        return _UNIT_BY_CHAR[char]
    units = tuple(
        index
        for index, opens in enumerate(_UNIT_OPENERS)
        if index in _UNIT_AFTER_SPACE or (opens is not None and char and opens.match(char))
    )
    if units not in _UNIT_BY_UNITS:
        _UNIT_BY_UNITS[units] = (
            re.compile(
                r"(?:\s?[-\u2010\u2011]?\s?)(?:"
                + "|".join(
                    f"(?P<u{i}>{_ALL_UNITS[i][0]})" + (_GLUED_ON if i < _CURRENCIES else "") for i in units
                )
                + r")"
                r"(?![\w\u00b2\u00b3])",
                re.IGNORECASE,
            )
            if units
            else None
        )
    found = _UNIT_BY_UNITS[units]
    if char.isascii():  # the usual characters are remembered; any other is looked up afresh
        _UNIT_BY_CHAR[char] = found
    return found


for _char in map(chr, range(0x20, 0x7F)):
    _unit_re_for(_char)
_unit_re_for("")


def _unit_match(text: str, end: int) -> re.Match[str] | None:
    """``_UNIT_RE.match(text, end)``, tried with the units that may open there."""
    lead = _UNIT_LEAD.match(text, end)
    at = lead.end() if lead is not None else end
    pattern = _unit_re_for(text[at : at + 1])
    return pattern.match(text, end) if pattern is not None else None


_SCALED_BEFORE = re.compile(r"\b(?:million|billion|trillion|mln|bln|bn)\s*$", re.IGNORECASE)

# A currency name several countries share ("crowns", "dinars", bare "francs" and "marks") is the
# money of the one such country the story names: "3.65 billion crowns" in a story from Stockholm
# is SEK, "1.80 marks" to the dollar in one from Bonn DEM (session 32, on Reuters copy). With none
# or two of them named, bare "francs" stay CHF and "crowns" and "dinars" counted nouns.
_SHARED_CURRENCY: dict[str, tuple[tuple[str, str], ...]] = {
    "crown": (
        (r"Swed(?:en|ish|es)|Stockholm", "SEK"), (r"Norw(?:ay|egian)|Oslo", "NOK"),
        (r"Denmark|Danish|Danes|Copenhagen", "DKK"), (r"Czech|Prague", "CZK"), (r"Iceland|Reykjavik", "ISK"),
    ),
    "dinar": (
        (r"Kuwait", "KWD"), (r"Iraq|Baghdad", "IQD"), (r"Jordan|Amman", "JOD"), (r"Bahrain", "BHD"),
        (r"Tunisia|Tunis", "TND"), (r"Algeria|Algiers", "DZD"), (r"Liby(?:a|an)|Tripoli", "LYD"),
        (r"Serbia|Belgrade|Yugoslav", "?"),  # Yugoslavia's dinars changed code four times: no guess
    ),
    "CHF": (
        (r"France|French|Paris", "FRF"), (r"Belgi(?:um|an)|Brussels", "BEF"),
        (r"Switzerland|Swiss|Zurich|Geneva|Berne?\b", "CHF"), (r"Luxembourg", "LUF"),
        (r"CFA|Senegal|Ivory Coast|Cameroon|Mali\b|Gabon|Rwanda|Burundi|Congo|Guinea|Djibouti", "?"),
    ),
    "DEM": ((r"German|Bonn\b|Frankfurt|Bundesbank", "DEM"),),
    "MXN": (
        (r"Mexic", "MXN"), (r"Philippin|Filipino|Manila", "PHP"), (r"Argentin|Buenos Aires", "ARS"),
        (r"Chile|Santiago", "CLP"), (r"Colombia|Bogota", "COP"), (r"Uruguay|Montevideo", "UYU"),
        (r"Cuba|Havana", "CUP"), (r"Dominican Republic|Santo Domingo", "DOP"),
    ),
    "INR": (
        (r"India|New Delhi|Mumbai|Bombay", "INR"), (r"Pakistan|Karachi|Islamabad", "PKR"),
        (r"Sri Lanka|Colombo", "LKR"), (r"Nepal|Kathmandu", "NPR"), (r"Mauritius", "MUR"),
    ),
    # the bare names that are common words, names or peoples too (session 47): money only in a
    # story of their country ("the kip" of a nap, a "dram" of whisky, "lei" of flowers)
    "leu": ((r"Romania|Bucharest", "RON"), (r"Moldov|Chisinau", "MDL")),
    "kuna": ((r"Croatia|Zagreb", "HRK"),),  # withdrawn for the euro in 2023
    "lev": ((r"Bulgaria|Sofia", "BGN"),),  # withdrawn for the euro in 2026
    "lek": ((r"Albania|Tirana", "ALL"),),
    "dram": ((r"Armenia|Yerevan", "AMD"),),
    "som": ((r"Kyrgyz|Bishkek", "KGS"), (r"Uzbek|Tashkent", "UZS")),
    "manat": ((r"Azerbaijan|Baku", "AZN"), (r"Turkmen|Ashgabat", "TMT")),
    "kwacha": ((r"Malawi|Lilongwe", "MWK"), (r"Zambia|Lusaka", "ZMW")),
    "pula": ((r"Botswana|Gaborone", "BWP"),),
    "kina": ((r"Papua|Port Moresby", "PGK"),),
    "kip": ((r"Laos|Lao\b|Vientiane", "LAK"),),
    "dong": ((r"Vietnam|Viet Nam|Hanoi|Ho Chi Minh", "VND"),),
    "sol": ((r"Peru|Lima\b", "PEN"),),
    "tala": ((r"Samoa|Apia\b", "WST"),),
    "lari": ((r"Georgian|Tbilisi", "GEL"),),  # "Georgia" names a US state as often
    "colon": ((r"Costa Rica|San Jose", "CRC"), (r"El Salvador|Salvadoran|San Salvador", "SVC")),
    "guarani": ((r"Paraguay|Asuncion", "PYG"),),
    "shilling": (
        (r"Kenya|Nairobi", "KES"), (r"Uganda|Kampala", "UGX"), (r"Tanzania|Dar es Salaam", "TZS"),
        (r"Somali|Mogadishu", "SOS"), (r"Austria|Vienna", "ATS"),
    ),
    "rial": ((r"Iran|Tehran", "IRR"), (r"Oman|Muscat", "OMR"), (r"Yemen|Sanaa", "YER")),
    "quetzal": ((r"Guatemala", "GTQ"),),
    "lempira": ((r"Honduras|Tegucigalpa", "HNL"),),
    "cordoba": ((r"Nicaragua|Managua", "NIO"),),
    "balboa": ((r"Panama", "PAB"),),
    "bolivar": ((r"Venezuela|Caracas", "VES"),),
    "leone": ((r"Sierra Leone|Freetown", "SLE"),),
    "loti": ((r"Lesotho|Maseru", "LSL"),),
    "kwanza": ((r"Angola|Luanda", "AOA"),),
    "lats": ((r"Latvia|Riga\b", "LVL"),),  # withdrawn for the euro in 2014
    "sucre": ((r"Ecuador|Quito", "ECS"),),  # withdrawn for the dollar in 2000
}  # fmt: skip
# A family whose bare word also names a unit of measure keeps that unit in a story of no such country
_SHARED_MEASURE = {"dram": "dram"}
_SHARED_DEFAULT = frozenset({"CHF", "MXN", "INR"})  # bare "francs", "pesos", "rupees" read before
_SHARED_CUES = {
    # as written or in a wire dateline's capitals ("FRANKFURT, March 3 -"); never lower case
    # ("french fries", "chile peppers")
    family: re.compile(
        "|".join(
            f"(?P<c{i}>\\b(?:{cue}|{cue.upper().replace(chr(92) + 'B', chr(92) + 'b')}))"
            for i, (cue, _) in enumerate(cues)
        )
    )
    for family, cues in _SHARED_CURRENCY.items()
}
_AMOUNT_BEFORE = re.compile(r"(?:\d(?:bn|m)?|\b(?:million|billion|trillion|mln|bln|bn))\s*$", re.IGNORECASE)
_DECIMAL_BEFORE = re.compile(r"\d[.,]\d\d$")  # "1.80 marks", "14.06 marks": a price, no count


# Room for every family of two texts: a text naming more families than the cache held would
# evict and rescan the whole text per figure ("5 lei 5 kip 5 sol ..." over and over)
@lru_cache(maxsize=2 * len(_SHARED_CURRENCY))
def _story_currency(text: str, family: str) -> str | None:
    """The currency of the one country of ``family`` that the text names (one regex pass, once per
    text and family: texts hash once and the cache keeps every family of the last text or two)."""
    cues = _SHARED_CURRENCY[family]
    codes = {cues[int(m.lastgroup[1:])][1] for m in _SHARED_CUES[family].finditer(text) if m.lastgroup}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return None if code == "?" else code


def _shared_currency(text: str, end: int, code: str, written: str) -> str | None:
    """A shared currency name resolved by the story's country, or what it read before (None: the
    counted-noun walk reads "crowns", "dinars" and "lei" as before, and bare "marks" are no money;
    a "dram" in a story of no Armenia stays the measure)."""
    word = written.strip(" -").lower()
    if code in _SHARED_DEFAULT:
        bare = word.startswith(("franc", "peso", "rupee"))  # not "Swiss francs"
        return (_story_currency(text, code) or code) if bare else code
    if code == "DEM":
        if word != "marks" or _SCALED_BEFORE.search(text, max(0, end - 12), end):
            return code  # "West German marks", "130 mln marks"
        return _story_currency(text, "DEM") if _DECIMAL_BEFORE.search(text, max(0, end - 6), end) else None
    if not _AMOUNT_BEFORE.search(text, max(0, end - 12), end):
        # "two crowns": a spelled count may be of things; money is written in digits
        return _SHARED_MEASURE.get(code)  # "two drams of whisky": the measure
    return _story_currency(text, code) or _SHARED_MEASURE.get(code)


_OF_AFTER = re.compile(r"\s+of\b")
# "paid $5 a pound for halibut. ... the fishery is capped at 29.4 million pounds": a passage that
# prices by the pound weighs in pounds (session twenty-five: published as GBP)
_PRICE_PER_POUND = re.compile(r"\b(?:a|per)\s+(?:pound|lb)\b", re.IGNORECASE)
_PER_POUND_REACH = 300
_CS_RE = re.compile(r"\s?(?:(?P<F>F)|(?P<G>G)|(?P<R>R))(?![\w])")
_ISO_AFTER = re.compile(r"\s?([A-Z]{3})(?![\w])")
# A multiplier glued to its number; "4x4", "3840x2160" and "3 x 4" are not multipliers.
_MULTIPLIER = re.compile(r"[xX](?![\w\u00b2\u00b3])")


# "320 pp." after a whole number: a book listing's page count. A move in percentage points is
# hardly ever 50 or more, and a listing writes its pages with the full stop.
_PAGES = re.compile(r"\s?pp\.")
_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*$|(?<![\d.,])\d+$")


def _whole_at_least(text: str, end: int, floor: int) -> bool:
    """Whether the number ending at ``end`` is written as a whole number of at least ``floor``."""
    whole = _WHOLE_BEFORE.search(text, max(0, end - 12), end)
    return whole is not None and int(whole.group(0).replace(",", "")) >= floor


# A straight double quote that opens or closes a quotation, not an inch mark after a number
_QUOTE_MARK = re.compile(r'(?<!\d)"')
_QUOTE_BACK = 600  # how far back a paragraph's quotation marks are counted (a long paragraph, about)


def _closes_quotation(text: str, at: int) -> bool:
    """Whether the straight quote at ``at`` closes a quotation opened earlier in its paragraph
    ('"between 300 and 500" for the year', '(e.g. "1", "yes")'): an odd number of quotation
    marks before it in the paragraph, inch marks after a digit ('55" or 65"') not counted.
    A paragraph longer than the window reads as none: the count would be a guess."""
    if text[at] != '"':
        return False  # a double prime is always an inch mark
    low = max(0, at - _QUOTE_BACK)
    line_start = text.rfind("\n", low, at) + 1
    if line_start == 0 and low > 0:
        return False
    return len(_QUOTE_MARK.findall(text, line_start, at)) % 2 == 1


# "2,300 tons (2,095 metric tons)", "2,750 tons, or 2,500 metric tons", and the other way round:
# a count of "tons" the text restates in metric tons or tonnes is of short tons, another unit.
_METRIC_TONS = r"(?:metric\s+tons?|tonnes?)"
_RESTATED = r"\s*(?:\(|,\s*or\s+|\s-\s|\u2014\s?)(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+)?"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?\s*"
_TONNES_AFTER = re.compile(_RESTATED + _AMOUNT + _METRIC_TONS + r"\b", re.IGNORECASE)
_TONNES_BEFORE = re.compile(_METRIC_TONS + _RESTATED + _AMOUNT + r"$", re.IGNORECASE)


def _short_tons(text: str, end: int, match: re.Match[str]) -> bool:
    """Whether bare "tons" after a figure are short tons: restated in metric tons right next to it."""
    if match.group(0).strip(" -").lower() not in ("ton", "tons"):
        return False
    return _TONNES_AFTER.match(text, match.end()) is not None or (
        _TONNES_BEFORE.search(text, max(0, end - 60), end) is not None
    )


# "second" after a space and before a hyphen is an ordinal opening a compound adjective, no time
# unit ("four second-place finishes"); glued by a hyphen it stays one ("a 30-second-long ad").
_ORDINAL_COMPOUND = re.compile(r"[-\u2010\u2011][a-z]")


def suffix_unit(text: str, end: int) -> tuple[str, int] | None:
    """The unit written right after a figure (glued or after one space) and where it ends."""
    if _MULTIPLIER.match(text, end):
        return "times", end + 1  # "~9x as cost-effective", "3X": a multiplier
    if text[end : end + 1] == "%" and text[end + 1 : end + 2].isalpha():
        return "percent", end + 1  # "33%of those": a space lost where the page's markup was stripped
    match = _unit_match(text, end)
    code: str | None = None
    if match is not None:
        group = match.lastgroup  # the units' only groups are their own "u<index>": the one that matched
        assert group is not None
        code = _ALL_UNITS[int(group[1:])][1]
        if code == "USD" and end >= 2 and text[max(0, end - 40) : end].lower().rstrip().endswith(" us"):
            code = "USD"
        if (
            code == "lb"
            and _SCALED_BEFORE.search(text, max(0, end - 12), end)
            and not _OF_AFTER.match(text, match.end())
            and _PRICE_PER_POUND.search(text, max(0, end - _PER_POUND_REACH), end + _PER_POUND_REACH) is None
        ):
            code = "GBP"  # "fined 2.5 million pounds": money; "2 million pounds of beef" stays a weight
        if code in _SHARED_CURRENCY:
            # "full marks", "scored 8 marks": a count; "130 mln marks", "1.80 marks" in a German
            # story are money; "crowns" and "dinars" by the story's country
            shared = _shared_currency(text, end, code, match.group(0))
            if shared is None:
                return None
            code = shared
    else:
        iso = _ISO_AFTER.match(text, end)
        if iso is not None and iso.group(1) in CURRENCY_CODES:
            return iso.group(1), iso.end()
        national = national_currency(text, end)
        if national is not None:
            return national  # "2 billion Kenyan shillings", "12 million Japanese yen"
        cs = _CS_RE.match(text, end)
        if cs is None:
            return None
        code = {"F": "farad", "G": "mobile_generation", "R": "ZAR"}[cs.lastgroup or "F"]
        match = cs
    assert code is not None
    if code == "percentage_point" and _PAGES.match(text, match.start()) and _whole_at_least(text, end, 50):
        code = "page"  # "Harbor Lane Press, 320 pp., $24.95": a book's length, no move of 320 points
    if code == "tonne" and _short_tons(text, end, match):
        code = "ton"  # "about 2,300 tons (2,095 metric tons)": the text converts, so not tonnes
    spaced = not match.group(0)[:1].strip(" \t")
    if code == "second" and spaced and _ORDINAL_COMPOUND.match(text, match.end()):
        return None  # "four second-place finishes", "two second-half goals": the ordinal of a compound
    if code == "inch" and _closes_quotation(text, match.end() - 1):
        return None  # 'the toll "could reach 4,000".': the mark ends a quotation, it measures nothing
    return _rate_after(text, code, match.end())


def _rate_after(text: str, code: str, stop: int) -> tuple[str, int]:
    """The unit with the rate written after it ("tonnes a day", "yuan per vehicle"), and its end."""
    per = _PER.match(text, stop)
    if per is not None and code not in ("percent", "percentage_point", "year_of_age"):
        denominator = " ".join(per.group(1).lower().split())
        if _basis_period(text, denominator, per.end(), _BASIS_AFTER_WORD):
            return code, stop  # "99 billion crowns a year ago", "390 mln pesos a month earlier"
        code = _SPEEDS.get(code, {}).get(denominator) or f"{code}/{_PER_SHORT.get(denominator, denominator)}"
        return code, _rate_end(per)
    if code in _MONEY_WORD_CODES:
        adverb = _RATE_ADVERB.match(text, stop)  # "2,300 yuan monthly", "40 euros each week"
        if adverb is not None:
            word = adverb.group(1)
            return f"{code}/{_ADVERB_PERIOD[word.lower()] if word else adverb.group(2).lower()}", stop
        noun = per_noun(text, stop)
        if noun is not None:  # "5 yuan per vehicle", "2,000 euros per tonne of CO2"
            return f"{code}/{noun[0]}", noun[1]
    return code, stop


# "350 km per hour" is the speed the units list writes "km/h", as "350 kph"
_SPEEDS = {"km": {"hour": "km/h"}, "mile": {"hour": "mph"}}
# "$300 per night", "5 yuan per vehicle", "$45 per MWh": a price per anything is a rate, as the
# conventions write "USD/barrel" (session twenty-eight: the denominators were a closed list, so
# "per night" or "per student" priced nothing). One singular noun or a unit of measure after "per";
# "per cent" is a share, "per capita" an average, "per se" no unit at all.
_PER_WORD = re.compile(r"[ \t]?per[ \t]+(?=\S)", re.IGNORECASE)
_PER_NOUN = re.compile(r"([a-z]{3,})(?![\w-])")
_NOT_DENOMINATORS = frozenset(
    {"cent", "centum", "capita", "head", "hundred", "thousand", "million", "billion"}
)
_NOT_PER_UNITS = frozenset({"percent", "percentage_point", "basis_point", "cent", "pence", "sen", "point"})
# "per eligible household", "per ticket sold": a second lower-case word makes the first a modifier
# or leaves the denominator unsure; a stop word or punctuation after it closes the rate
_PER_NEXT = re.compile(r"[ \t]+([a-z]+)\b")


def per_noun(text: str, end: int) -> tuple[str, int] | None:
    """The denominator of a price after "per" ("per night" -> night, "per MWh" -> MWh), or None."""
    per = _PER_WORD.match(text, end)
    if per is None or _CURRENCY_WORD_RE.match(text, per.end()) is not None:
        return None  # "7.1 yuan per dollar": an exchange rate, read by exchange_rate
    measure = _unit_match(text, per.end())
    if measure is not None and measure.group(0)[:1].strip():
        group = measure.lastgroup
        assert group is not None
        unit = _ALL_UNITS[int(group[1:])][1]
        if unit not in _CURRENCY_CODES_AFTER and unit not in _NOT_PER_UNITS:
            return published_unit(unit) or unit, measure.end()
    noun = _PER_NOUN.match(text, per.end())
    if noun is None:
        return None
    word = noun.group(1)
    if word in _STOP or word in _NOT_DENOMINATORS or word in _NUMBER_WORDS or _plural(word):
        return None
    after = _PER_NEXT.match(text, noun.end())
    if after is not None and after.group(1) not in _STOP:
        return None
    return ("year" if word == "annum" else word), noun.end()


_TIME_DENOMINATORS = frozenset({"day", "week", "month", "year"})
_BASIS_AFTER = re.compile(r"\s+(?:earlier|ago|before|later|on|after)\b", re.IGNORECASE)


# After a unit word the rate is read more often than the basis ("40,000 tonnes a day on average",
# "300 euros a week before tax"): only a word that can only close a basis period counts there.
_BASIS_AFTER_WORD = re.compile(r"\s+(?:earlier|ago|later|previously|before(?=\s*[,.;:)]))", re.IGNORECASE)


def _basis_period(text: str, denominator: str, end: int, basis: re.Pattern[str]) -> bool:
    """ "$6.78 billion a year earlier", "99 billion crowns a year ago": a basis period, not a rate;
    "$84.10 a barrel on Monday" stays a price per barrel."""
    return (
        _PER_SHORT.get(denominator, denominator) in _TIME_DENOMINATORS and basis.match(text, end) is not None
    )


_PER_SHARE_NOUN = re.compile(r"\s+in\s+per[- ]share\b", re.IGNORECASE)


# "a $69.99 annual subscription fee", "your $10 monthly fee": a charge paid by the period is a
# rate, like "$10 a month"; the adjective stays out of the figure's span. Only charges and
# pay: "a $5 billion annual budget" or "its $3 billion annual sales" stay amounts.
_PAY_NOUNS = (
    r"(?:fees?|subscriptions?|memberships?|rents?|salary|salaries|wages?|premiums?|payments?|charges?|"
    r"tuition|stipends?|allowances?|retainers?)"
)
_RATE_ADJECTIVE = re.compile(
    r"\s+(annual|yearly|monthly|weekly|daily|hourly)\s+(?:[a-z-]+\s+)?" + _PAY_NOUNS + r"\b", re.IGNORECASE
)
_ADJECTIVE_PERIOD = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}
# Session 46: the same pay named before the sum, "whose monthly salary is $200", "an annual rent of
# $4,000", "a weekly stipend: $50" (also "a $15 hourly wage" and "a $500 monthly retainer" above)
_RATE_ADJECTIVE_BEFORE = re.compile(
    r"\b(annual|yearly|monthly|weekly|daily|hourly)\s+(?:[a-z-]+\s+)?" + _PAY_NOUNS + r"\s*"
    r"(?:(?:is|was|are|were|of|at|stands\s+at|stood\s+at|averages|averaged)\s+|:\s*)"
    r"(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under)\s+)?$",
    re.IGNORECASE,
)
_PAY_REACH = 60  # "monthly salary is about": the adjective, the noun and a verb before the sum
# ... and by an adverb or "every"/"each" after it, the clause ending there: "$12.99 monthly",
# "$20 every month after the trial", "$4.99 each week" (as "$8 a month" is read by _PER)
_RATE_ADVERB = re.compile(
    r"[ \t]+(?:(monthly|weekly|yearly|annually|daily)|(?:every|each)[ \t]+(month|week|year|day))"
    r"(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:after|for|until|thereafter|plus|or|and|with|if|per)\b)",
    re.IGNORECASE,
)
_ADVERB_PERIOD = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def pay_period_before(text: str, start: int) -> str | None:
    """ "whose monthly salary is $200": the period of a pay named right before the sum."""
    window = text[max(0, start - _PAY_REACH) : start]
    if "ly " not in window and "annual " not in window.lower():
        return None  # a cheap test: "monthly", "hourly", "yearly" ... end in "ly"
    match = _RATE_ADJECTIVE_BEFORE.search(window)
    return _ADJECTIVE_PERIOD[match.group(1).lower()] if match is not None else None


def per_unit(text: str, end: int) -> tuple[str, int] | None:
    """ "a barrel", "per share" right after a currency amount: the rate's denominator and its end."""
    per = _PER.match(text, end)
    if per is None:
        noun = _PER_SHARE_NOUN.match(text, end)  # "$2.53 in per-share earnings"
        if noun is not None:
            return "share", noun.end()
        charge = _RATE_ADJECTIVE.match(text, end)
        if charge is not None:
            return _ADJECTIVE_PERIOD[charge.group(1).lower()], end
        adverb = _RATE_ADVERB.match(text, end)
        if adverb is not None:
            word = adverb.group(1)
            return (_ADVERB_PERIOD[word.lower()] if word else adverb.group(2).lower()), end
        return per_noun(text, end)  # "$300 per night", "$45 per MWh"
    denominator = " ".join(per.group(1).lower().split())
    if _basis_period(text, denominator, per.end(), _BASIS_AFTER):
        return None
    return _PER_SHORT.get(denominator, denominator), _rate_end(per)


def _rate_end(per: re.Match[str]) -> int:
    """Where a figure with this rate ends: after "a barrel", but before a hyphenated compound's
    "-a-month", which modifies the noun after it ("the $10-a-month Orbel Plus plan")."""
    return per.start() if per.group(0)[:1] in "-\u2010\u2011" else per.end()


_CURRENCY_CODES = {code for _, code in _CURRENCY_WORDS}
_MONEY_WORD_CODES = frozenset(_CURRENCY_CODES)  # a currency word's unit takes "per <noun>" too
_CURRENCY_CODES_AFTER = frozenset(_CURRENCY_CODES | CURRENCY_CODES)  # never a price's denominator
_CURRENCY_WORD_RE = gated(
    r"\b(?:" + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_CURRENCY_WORDS)) + r")\b",
    re.IGNORECASE,
)
_FX_PER = re.compile(r"\s(?:per|a|to\s+the|against\s+the)\s+(?=\S)", re.IGNORECASE)
_FX_REACH = 60  # "The yen weakened to 151.2 per dollar": the quoted currency, within the clause


def _iso(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isupper()


def _currency_at(match: re.Match[str]) -> str:
    return next(_CURRENCY_WORDS[int(k[1:])][1] for k, v in match.groupdict().items() if v)


def exchange_rate(text: str, start: int, end: int, unit: str | None) -> tuple[str, int] | None:
    """ "7.1 yuan per dollar", "The yen weakened to 151.2 per dollar": a price of one currency in
    another, as "CNY/USD" (the rate convention's "USD/barrel"), and where the figure ends. Its
    own currency is its unit, else the currency named last before it in the clause."""
    per = _FX_PER.match(text, end)
    if per is None:
        return None
    quote = _CURRENCY_WORD_RE.match(text, per.end())
    if quote is None:
        return None
    base = unit
    if base is None:
        before = text[max(0, start - _FX_REACH) : start]
        clause = re.split(r"[.;:!?]\s", before)[-1]
        named = list(_CURRENCY_WORD_RE.finditer(clause))
        base = _currency_at(named[-1]) if named else None
    quoted = _currency_at(quote)
    if base not in _CURRENCY_CODES or base == quoted or not (_iso(base) and _iso(quoted)):
        return None  # a family's name ("crown", "leu") unresolved is no code to publish
    return f"{base}/{quoted}", quote.end()


def count_rate(text: str, end: int) -> tuple[str, int] | None:
    """The time or play a count is taken over ("units a month", "assists per game"), if any."""
    per = per_unit(text, end)
    return per if per is not None and per[0] in _COUNT_PER else None


# Ages written without "years old": "aged 45", "at age 54", "Lee, 64, said", "Jane Doe (38)".
_AGE_BEFORE = re.compile(
    # "when I turn 60", "after the age of 10", "from the age of 12" (session 32)
    r"(?:\b(?:will|would|to|I|you|we|they|shall|might|could|should|may)\s+turn|['\u2019]ll\s+turn|"
    r"\b(?:aged|age|ages(?:\s+of)?|turns|turned|turning|"
    r"(?:at|under|over|above|below|after|before|from|until|till|by|beyond|past)\s+the\s+age\s+of))\s+"
    # a span of ages after "between": "aged between 18 and 34" (session 42)
    r"(?:between\s+)?"
    # the second age of a pair: "between the ages of 25 and 54", "through age 18 or even 22"
    r"(?:\d{1,3}\s+(?:and|or|to|or\s+even)\s+)?$",
    re.IGNORECASE,
)
_APPOSITION_BEFORE = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][a-z][\w'\u2019-]*)(?:,?\s+(?:Jr|Sr)\.|\s+I{2,3})?(?:,\s+|\s\()"
    r"(?:(?:now|then)\s+)?$"  # "Lauren Roe, now 19, questioned": the age at the time told
)
# ... or right after a noun of a person: "The singer, 30, took to Instagram", "the woman, then 25,
# told him", "the old man, now 74, is known"
_PERSON_APPOSITION_BEFORE = re.compile(r"\b([a-z]{3,}(?:-[a-z]+)*)(?:,\s+(?:(?:now|then)\s+)?|\s\()$")
# "when Stephen was nine and 10", "when Roe was 59,": a named person's age told with "to be"
_WHEN_NAME_WAS = re.compile(r"\b[Ww]hen\s+[A-Z][a-z]+\s+(?:was|is)\s+(?:about\s+|only\s+|just\s+)?$")
_PERSON_WORDS = frozenset(
    _words(
        """
        man woman boy girl teen teenager lady gentleman guy mother father mom dad wife husband son
        daughter actor actress singer songstress songwriter rapper star model player athlete
        mother-of-two father-of-two veteran widow widower grandmother grandfather victim suspect
        playwright novelist author writer poet artist painter sculptor musician composer conductor
        director film-maker filmmaker presenter broadcaster comedian chef designer dancer
        footballer striker midfielder defender goalkeeper captain batsman bowler jockey boxer golfer
        """
    )
)
# "At 16, he went to Indiana University": a profile's age, told with the pronoun that opens the
# clause after it (a clock time is written "at 10 a.m." or "at 10:30", never so)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
# A person's age told with "to be": "I was 15 in 1999", "she's 42 and", "Roe, who is about 70,"
# ("it was 12" and "they were 12" may count things, so only a person's pronoun or "who"); also
# contracted and after a modal ("if you're 55 or older", "he'd be just 41,", "he will be 18
# when"), and before "that" ("since she was 12 that she knew"; session 47, read on three sites)
_BE_AGE_BEFORE = re.compile(
    r"\b(?:I\s+(?:was|am)|I'm|I\u2019m|(?:he|she)\s+(?:was|is)|(?:he|she)['\u2019]s|(?:you|we)\s+(?:are|were)|"
    r"(?:you|we)['\u2019]re|(?:I|you|he|she)(?:['\u2019](?:d|ll)|\s+(?:would|will))\s+be|"
    r"who\s+(?:is|was))\s+(?:about|almost|nearly|over|under|just|only)?\s*$",
    re.IGNORECASE,
)
_BE_AGE_AFTER = re.compile(r"\s*(?:[,.;!?)\u2014]|\s(?:and|in|when|at|but|or|now|that)\b|$)")
PRONOUN_AFTER_AGE = re.compile(r",\s+(he|she)\s")
_APPOSITION_AFTER = re.compile(r"\s*(?:,|\s[-\u2013\u2014]\s|\u2014|\)|;|\.(?:\s|$))")
_NOT_NAMES = frozenset(
    _words(
        """
        in on at by for and but or so yet also meanwhile however overall
        """
    )
) | frozenset((*MONTH_NUMBERS, *WEEKDAYS))


# An age threshold after a plural of persons: "adults 65 and older", "people 12 and up", "children
# under 5", "women over 40", "voters younger than 30" (the conventions' "under the age of 15")
_PERSONS = (
    r"(?:people|persons|adults|children|kids|women|men|seniors|patients|residents|voters|americans|"
    r"britons|teens|teenagers|girls|boys|youths|students|smokers|individuals|citizens|drivers|workers|"
    r"employees|users|customers|consumers|infants|babies|toddlers|applicants|participants|respondents|"
    r"members|viewers|readers|those|anyone|everyone)"
)
_THRESHOLD_BEFORE = re.compile(
    r"\b" + _PERSONS + r"\s+(?:(?:under|over|younger\s+than|older\s+than|aged?\s+(?:under|over)?)\s*)?$",
    re.IGNORECASE,
)
_OPEN_BOUND_AFTER = re.compile(
    r"\s+(?:and|or)\s+(?:older|over|up|above|younger|under|below)\b", re.IGNORECASE
)
_BOUND_WORD_BEFORE = re.compile(r"(?:under|over|than)\s*$", re.IGNORECASE)


def _age_threshold(text: str, start: int, end: int, value: float) -> bool:
    """A whole number bounding the ages of the persons named right before it: "adults 65 and
    older", "children under 5" (a count would follow them, "adults 65 percent" has a unit)."""
    before = _THRESHOLD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or value > 99:
        return False
    if _OPEN_BOUND_AFTER.match(text, end):
        return True
    return _BOUND_WORD_BEFORE.search(text, before.start(), start) is not None


def age_of_person(text: str, start: int, end: int, value: float) -> bool:
    """A bare whole number that is a person's age: after "aged"/"at age", before the pronoun of
    its clause ("At 16, he went"), or set off by commas (or parentheses) right after a
    capitalised name ("Braun, 38, said"). A half year only after an age word ("age 7 and a
    half", "aged 2\u00bd"): "and a half" folds into the figure, which then is no whole number."""
    if not 1 <= value <= 120:
        return False
    if value != int(value):
        return (value * 2).is_integer() and _AGE_BEFORE.search(text, max(0, start - 24), start) is not None
    if _AGE_BEFORE.search(text, max(0, start - 24), start) or _age_threshold(text, start, end, value):
        return True
    if _AT_BEFORE.search(text, max(0, start - 4), start) and PRONOUN_AFTER_AGE.match(text, end):
        return True
    if _BE_AGE_BEFORE.search(text, max(0, start - 24), start) and _BE_AGE_AFTER.match(text, end):
        return True  # "I was 15 in 1999", "she's 42 and just got married"
    if _WHEN_NAME_WAS.search(text, max(0, start - 30), start) and _BE_AGE_AFTER.match(text, end):
        return True  # "when Roe was 59, the couple had a son"
    name = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if name is None and value >= 10:
        noun = _PERSON_APPOSITION_BEFORE.search(text, max(0, start - 30), start)
        if (
            noun is not None
            and not _plural(noun.group(1))
            and (noun.group(1) in _PERSON_WORDS or _person_noun(noun.group(1)))
        ):
            name = noun  # "The singer, 30, took to Instagram"
    if name is None or name.group(1).lower() in _NOT_NAMES or value < 10:
        return False
    closer = ")" if name.group(0).endswith("(") else None
    after = _APPOSITION_AFTER.match(text, end)
    return after is not None and (closer is None or after.group(0).strip() == ")")


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[- ]?(?:of\s+)?$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"-?\s?magnitude\b|\s+on the Richter scale\b", re.IGNORECASE)


def magnitude_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "magnitude 6.4", "a 6.4-magnitude quake", "6.4 on the Richter scale": the span with the word."""
    before = _MAGNITUDE_BEFORE.search(text, max(0, start - 14), start)
    if before is not None:
        return before.start(), end
    after = _MAGNITUDE_AFTER.match(text, end)
    if after is not None:
        return start, after.end()
    return None


# --------------------------------------------------------------------------- counted nouns

COMPANY_NOUNS = frozenset(
    _words(
        """
        companies firms enterprises businesses banks employers startups start-ups manufacturers
        brands organisations organizations institutions lenders insurers automakers carmakers
        retailers exporters importers producers suppliers developers operators company firm
        enterprise business bank
        """
    )
)
# Singular nouns that end in -s: "one series", "one species".
_SINGULAR_IN_S = frozenset(
    _words(
        """
        news series species means headquarters crossroads barracks works politics economics physics
        mathematics athletics diabetes measles mumps rabies gas lens
        """
    )
)
# Nouns whose singular ends in -ie, so "-ies" is no "-y" plural ("250 calories", "12 movies"
# against "30 trophies", "5 charities"): the form cannot tell them apart, so they are listed.
_IE_SINGULARS = frozenset(
    _words(
        """
        movies calories cookies selfies rookies zombies brownies goalies hoodies smoothies freebies
        birdies newbies sorties veggies foodies techies prairies pixies genies aunties collies
        bookies cuties hippies yuppies indies magpies lassies eyries boogies talkies walkies
        neckties bowties pies ties lies
        """
    )
)
# Nouns whose plural is the singular ("300 sheep", "40 fish", "12 aircraft"): no final "s"
# marks them as the head of a count, so they are listed.
_ZERO_PLURALS = frozenset(
    _words(
        """
        sheep deer cattle fish salmon trout cod tuna bison moose swine aircraft spacecraft
        hovercraft offspring
        """
    )
)
_COMPANY_SYNONYMS = frozenset(
    _words("companies firms enterprises businesses startups start-ups company firm enterprise business")
)
_STOP = frozenset(
    _words(
        """
        of to in on at for from by with and or but as than that which who the a an this these those
        its their his her our your my is are was were be been being has have had will would can
        could may might should per percent cent more less over under about around nearly almost some
        up down into out off after before since during while when where if so not no it they we he
        she there here all each every such same only just also even still very much many most least
        then through between against across within without among until till via vs like both either
        neither few several back away ahead apart again ago apiece behind clear last next
        another above below i you whose whom later earlier
        now today tonight yesterday tomorrow elsewhere together alone too instead already yet overall
        altogether abroad respectively ever never because although though unless whereas
        """
    )
)
# A market's comparative after a price's move: "1/32 to 5/16 lower", "3/8 higher" (session 31: a
# fraction may count a singular, so "lower" was published as its unit)
_COMPARATIVES = frozenset(_words("lower higher firmer easier weaker stronger"))
# Verbs of saying (and "cannot") that are never a counted noun: the walk ends at them.
_SPEECH_VERBS = frozenset(
    _words(
        """
        said says say told tells added adds wrote writes asked recalled explained argued insisted warned
        cannot
        """
    )
)
# Irregular past tenses that are never nouns: right after a count they make it a pronoun
# ("the two sat down", "one went home"), which counts nothing we can name. Forms that are
# nouns or adjectives too ("thought", "felt", "broke", "spoke") are left out.
_PAST_VERBS = frozenset(
    _words(
        """
        sat went came took gave knew stood began grew flew threw wore bought brought caught fought
        taught became chose drove ate swore woke shook forgot understood won did struck told wrote
        spoke stole froze rode sent meant met got
        """
    )
)
# A word after a figure; digits may follow its first letter ("COVID-19 infections") and an
# opening quote may precede it ("140 million \u201cbusinesses\u201d") and a closing one follow it
# ("six foreign \u201csupplier\u201d companies").
# Never past the line's end.
_WORD = re.compile(r"[ \t\u00a0]+[\"\u201c\u2018']?([A-Za-z][\w'&.\-]*)[\"\u201d]?")
# Words that modify the noun after them: "one standout charity", "one new case"; plain
# adjectives with no telltale suffix are listed ("one simple rule", "one hot night"), as
# after "one" the word next is otherwise read as the counted noun. So are participles in -ing
# that are never nouns ("One remaining question", "one mitigating factor"): a rule for every
# -ing word was rejected, as "Only one painting sold" counts paintings.
_ADJECTIVE_SUFFIXES = (
    *("al", "ous", "ive", "ful", "less", "ic", "able", "ible", "ary", "ish", "est", "wide"),
    *("ular", "iliar", "imilar"),  # "One popular way", "one regular customer", "one similar case"
)
_ADJECTIVES = frozenset(
    _words(
        """
        new other single big small large major minor key top former local standout last next extra
        additional further old young senior junior serious fresh separate possible potential
        common nuclear rare
        simple important significant different hot cold warm white black huge tiny little whole
        entire main real true great good bad brief quick easy handy plain bright
        remaining existing outstanding pending ongoing surviving competing underlying emerging
        upcoming opposing neighboring neighbouring participating contributing mitigating recurring
        interesting amazing stunning exciting promising alarming disturbing worrying troubling
        """
    )
) | frozenset(
    _words(
        """
        final swift close prominent recent urgent distinct sole lone rich poor dear
        heavy dark weak fast slow early late free safe tough sharp proud angry
        happy sad lucky funny crazy elderly lonely lovely ugly silly civil decent violent silent
        excellent efficient independent intelligent innocent brilliant elegant relevant distant
        constant dominant red blue green yellow brown gray grey pink purple golden
        long short wide deep full hard soft
        """
    )
)
# "two civil, substantive combatants", "one seamless, smooth-as-hell single shot": an adjective
# before a comma and another adjective is one of a row of them; the head noun comes after the row
_COMMA_THEN_WORD = re.compile(r",[ \t]+([a-z][\w'\-]*)")
_NUMBER_WORDS = frozenset((*NUMBER_WORDS, "hundred", "thousand"))


def _row_of_adjectives(word: str, text: str, position: int) -> int | None:
    """Where the walk goes on when an adjective ends at ``position`` before a comma and another
    adjective ("two civil, substantive combatants"): the space before that adjective, else None."""
    if not (_adjective(word) or word.lower() in _ADJECTIVES):
        return None
    match = _COMMA_THEN_WORD.match(text, position)
    if match is None:
        return None
    after = match.group(1)
    return match.start(1) - 1 if _adjective(after) or after in _ADJECTIVES else None


@dataclass(frozen=True, slots=True)
class Counted:
    unit: str
    noun: str  # the counted noun as written
    end: int


_OE_SINGULARS = frozenset(_words("shoes canoes oboes floes tiptoes horseshoes snowshoes"))
# Singulars in -s whose plural adds "-es" ("1,000 campuses", "1,300 school buses", "three noble
# gases"): "-uses" and "-ases" are mostly "-use" and "-ase" plurals ("houses", "causes", "cases"),
# so the other kind is listed
_ES_AFTER_S = frozenset(
    _words(
        """
        campus bus minibus bonus virus status census circus chorus syllabus walrus prospectus surplus
        cactus genius octopus fungus stimulus nexus hiatus sinus consensus apparatus abacus corpus
        gas bias atlas alias canvas lens iris
        """
    )
)


# Plurals in "-ves" of nouns in "-f" or "-fe" (session twenty-eight: "two halves" was published as
# "halve", "4 leaves" as "leave"), told by their spelling: "-lves" ("shelves", "wolves"; not
# "valves", "solves"), "-eaves" and "-oaves" ("leaves", "loaves"), "-arves" ("scarves"), "-ooves" ("hooves");
# "-ives" is mostly "-ive" ("olives", "archives"), so only knives, wives and lives are "-ife".
_VES_F = re.compile(r"(?:[a-z]*[aei]l|[a-z]*wol|[a-z]+[eo]a|[a-z]*ar|[a-z]*oo)ves")
_VES_FE = re.compile(r"[a-z]*(?:kni|wi|\bli)ves")


def _ves_singular(lower: str) -> str | None:
    if _VES_FE.fullmatch(lower):
        return lower[:-3] + "fe"
    if _VES_F.fullmatch(lower) and not lower.endswith("valves"):
        return lower[:-3] + "f"
    return None


def singular(word: str) -> str:
    """Good enough for unit labels: news nouns are mostly regular."""
    lower = word.lower()
    if lower.endswith(("'s", "\u2019s")) and len(lower) > 3:
        lower = lower[:-2]  # "one dog's humility" counts a dog
    if lower in _SINGULAR_IN_S:
        return lower  # "series", "species"
    if lower in _IE_SINGULARS:
        return lower[:-1]  # "calories" -> "calorie", "movies" -> "movie"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("ves") and len(lower) > 4:
        ves = _ves_singular(lower)
        if ves is not None:
            return ves  # "two halves" -> half, "4 leaves" -> leaf, "12 knives" -> knife
    if lower.endswith("ses") and lower[:-2] in _ES_AFTER_S:
        return lower[:-2]  # "campuses" -> "campus", "gases" -> "gas"
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return lower[:-2]
    if lower.endswith("oes") and len(lower) > 5 and lower not in _OE_SINGULARS:
        return lower[:-2]  # "tomatoes", "heroes", "volcanoes"; not "shoes", "canoes"
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return lower[:-1]
    return lower


# Words in -s that are never plurals: "two natural gas power plants" counts the plants, "the
# number of overseas students" the students
_SINGULAR_ONLY = frozenset(
    _words(
        """
        gas lens news politics economics physics mathematics athletics diabetes measles mumps rabies
        bias atlas overseas
        """
    )
)


def plural(word: str) -> bool:
    """Whether a counted noun is a plural ("bands", "sheep"); "hit", "news" are not."""
    return _plural(word)


def _plural(word: str) -> bool:
    lower = word.lower()
    if lower in _ZERO_PLURALS:
        return True
    if lower in _SINGULAR_ONLY:
        return False
    if lower == "yes":
        return False  # "24,000 yes votes": the answer modifies the votes
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s")) and len(lower) > 2


_DISEASE_NEAR = re.compile(
    r"\b(?:covid|coronavirus|virus|infect|confirmed|positive|symptom|pandemic|epidemic|outbreak|"
    r"flu|influenza|measles|cholera|dengue|ebola|plague|transmit|patients?|"
    # the body that counts them: "the National Health Commission reported 12 new cases"
    r"health\s+(?:commission|ministry|authorit|department|bureau|officials?|agency)|hospitali[sz])",
    re.IGNORECASE,
)


# Role nouns count people too ("six lawyers", "three organizers", "two prosecutors"), as the
# conventions count every head of people; not those that also name things or ranks ("200
# head of cattle", "five stars", "two chairs", "four partners" may be firms).
_THING_ROLES = frozenset(
    {"head", "chair", "star", "general", "vice", "premier", "partner", "chief", "executive"}
)


def _plural_of(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # "secretaries"
    return word + ("es" if word.endswith(("ch", "sh", "s")) else "s")


# Nouns of a tie to someone count people too ("two sisters", "three family friends"): the
# conventions count every head of people. Used before a plural they modify it ("two sister
# ships"), which the walk's adjunct test already reads.
_TIE_NOUNS = _words(
    """
    sister brother sibling son daughter parent mother father grandparent grandchild grandson
    granddaughter cousin nephew niece aunt uncle husband wife spouse stepchild friend neighbour
    neighbor colleague classmate roommate
    """
)
_IRREGULAR_TIES = frozenset(_words("wives grandchildren stepchildren"))
_COUNTED_PEOPLE = (
    PEOPLE_NOUNS
    | _IRREGULAR_TIES
    | frozenset(
        form
        for role in {*ROLE_NOUNS, *ROLE_WORDS, *_TIE_NOUNS} - _THING_ROLES
        for form in (role, _plural_of(role))
    )
)


# Nouns of people by their suffix, which no list can keep up with: "-ician" ("two technicians",
# "three electricians") and "-illionaire" ("one billionaire"). "-ist" was tried too ("two
# pharmacists") and dropped: it lowered the holdout part's unit share, whose annotators keep
# some such nouns as written.
_PERSON_SUFFIX = re.compile(r"[a-z-]{3,}icians?|[a-z-]*illionaires?")
# Session 45 (read on web pages of many sites): more nouns only people are ("14 foreigners", "both
# founders", "one inventor", "one other lady", "Seven Union generals"), and the singulars of
# plurals the lexicon counts ("Only one reader complained", "tracks one user across sites").
# "generals" only in the plural ("one general rule" is an adjective); "diners" and "owners" may be
# places or firms, and are left out.
_SOME_PEOPLE = frozenset(
    form
    for noun in _words(
        """
        founder co-founder cofounder inventor foreigner stranger lady gentleman reader viewer listener
        user customer subscriber voter shopper consumer commuter motorist pedestrian spectator
        executive donor elector witness guy celebrity lover combatant
        """
    )
    for form in (noun, _plural_of(noun))
) | frozenset(_words("ladies gentlemen generals"))
# Session 46 (read on web pages of many sites): "One executive complained", "one Fox executive
# told", "two Clinton donors", "five electors", "30 witnesses", "Two guys", "6 celebrities", "two
# lovers", "two civil combatants" are people (the lexicon had only "executives"). A count of one
# reads them as a modifier when a noun follows ("one executive order", "one witness statement",
# "one donor country"), as a plural count reads any person noun ("two executive orders").
_MODIFYING_PEOPLE = frozenset(_words("executive donor elector witness guy celebrity lover combatant"))
# Session 48 (read on scraped news pages of many sites): more nouns only people are, as news
# counts them ("four astronauts", "200 schoolgirls", "250,000 asylum seekers", "three quarterbacks",
# "two celebrants", "three Jones offspring"). "followers" stay as written (the dev part's
# annotators keep them), as do nouns a firm or a thing may be ("dealers", "hosts", "fighters", "one
# culprit": "Facebook is just one culprit").
_NEWS_PEOPLE = frozenset(
    form
    for noun in _words(
        """
        astronaut cosmonaut schoolgirl schoolboy seeker asylum-seeker quarterback songstress celebrant
        animator
        """
    )
    for form in (noun, _plural_of(noun))
) | frozenset(_words("offspring"))
# Nouns of people no suffix marks, as news counts them ("two cops were shot", "four flight
# attendants"): plural and singular.
_MORE_PEOPLE = (
    frozenset(
        form
        for noun in _words("cop bandit robber looter militant rebel insurgent attendant co-pilot copilot")
        for form in (noun, _plural_of(noun))
    )
    | frozenset(_words("thieves thief"))
    | _SOME_PEOPLE
    | _NEWS_PEOPLE
)


# The singular nouns of people (those whose plural is listed too: "worker", "attorney", "student").
# A count above one never counts one of them, so before one that a name's capitals mark ("District
# 7 District Attorney Ann Voss", "the 40 Harbor writer", "5.0 Teacher: a grading app") the number is
# part of the name (session 45; "the 25 person crew" keeps its count, read as a compound).
_SINGULAR_PEOPLE = frozenset(
    word for word in _COUNTED_PEOPLE | _MORE_PEOPLE if _plural_of(word) in _COUNTED_PEOPLE | _MORE_PEOPLE
)


def named_person(text: str, end: int, value: float, unit: str | None, counted: str | None) -> bool:
    """Whether a count above one of people ends on the singular of a person's noun in a name's
    capitals ("7 District Attorney", "40 Harbor writer", "5.0 Teacher"): a number in a name. A
    plural right after it is the count's head in a title's capitals ("3 Student Leaders")."""
    if value == 1 or unit != "people" or not counted:
        return False
    words = counted.split()
    if words[-1].lower() not in _SINGULAR_PEOPLE or not any(word[:1].isupper() for word in words):
        return False
    after = _WORD.match(text, end)
    return after is None or not _plural(after.group(1).rstrip("."))


def _person_noun(lower: str) -> bool:
    """Whether a lower-case noun counts people: the lists above, or a suffix of persons."""
    if lower in _COUNTED_PEOPLE or lower in _MORE_PEOPLE:
        return True
    return _PERSON_SUFFIX.fullmatch(lower) is not None


def _plural_follows(text: str, position: int) -> bool:
    """A lower-case plural within the next words: the head noun of a modified count. Capitalised
    modifiers are passed over ("two big-name Democratic politicians")."""
    for _ in range(3):
        match = _WORD.match(text, position)
        if match is None:
            return False
        word = match.group(1).rstrip(".")
        if word.lower() in _STOP or word.lower() in _NUMBER_WORDS:
            return False
        if word.islower() and (_plural(word) or word in PEOPLE_NOUNS or word in COMPANY_NOUNS):
            return True
        position = match.end()
    return False


# "One painting depicts a horse", "one firm plans to": a word in -s before an article, a
# possessive, a pronoun or "to" is the verb of the count's noun, not a plural it modifies.
_VERB_THEN_OBJECT = re.compile(
    r"[ \t]+[a-z]{3,}s[ \t]+(?:a|an|the|his|her|its|their|our|my|your|this|these|those|him|them|it|us|"
    r"me|to|that)\b"
)


def _verb_follows(text: str, position: int) -> bool:
    """Whether the word next is a verb in -s followed by its object ("depicts a horse")."""
    match = _VERB_THEN_OBJECT.match(text, position)
    return match is not None and not match.group(0).split()[0].endswith(("ss", "us", "is"))


def _adjective(word: str) -> bool:
    lower = word.lower()
    return "-" in lower or lower in _ADJECTIVES or (lower.endswith(_ADJECTIVE_SUFFIXES) and len(lower) > 5)


_ADVERB = re.compile(r"(?:ally|ously|ively|ently|antly|edly|ibly|ably|fully|lessly|ingly|ately)$")


def _modifier_word(lower: str) -> bool:
    """An adjective, a participle ("imported") or an adverb ("locally"): it modifies the
    counted noun, never is it. Nouns that end alike ("rally", "family", "breed") stay nouns."""
    if lower in _ADJECTIVES:
        return True
    if lower.endswith("ed") and not lower.endswith("eed") and len(lower) > 4:
        return True
    return len(lower) > 6 and _ADVERB.search(lower) is not None


# "one stormy night", "one fine morning": before a noun of time the word between is its adjective,
# whatever its ending (no list of "-y" adjectives would be whole)
# (``extract`` reads the same nouns: "one" before them may be a point in time, not a count)
TIME_OF_DAY_NOUNS = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "summer", "winter", "spring", "autumn", "weekend"}
)
_TIME_NOUN = re.compile(r"[ \t]+(?:" + "|".join(sorted(TIME_OF_DAY_NOUNS)) + r")\b")


# A compound adjective joined by hyphens, digits first or not ("3-in-1", "end-to-end"), between a
# count's adjective and its noun
_HYPHEN_COMPOUND = re.compile(r"[ \t]+(?:\d[\d.]*|[a-z]+)(?:-[a-z0-9]+)+(?=[ \t])")


def _noun_follows(text: str, position: int, *, past_compound: bool = False) -> bool:
    """A lower-case singular noun next: "one standout charity", "one new case"; also after one
    hyphenated compound ("one holistic end-to-end solution", "one similar 3-in-1 charging
    solution": session 43, where the first adjective was published as the counted noun)."""
    compound = None if past_compound else _HYPHEN_COMPOUND.match(text, position)
    if compound is not None:
        return _noun_follows(text, compound.end(), past_compound=True)
    match = _WORD.match(text, position)
    if match is None:
        return False
    word = match.group(1).rstrip(".")
    lower = word.lower()
    return (
        word.islower()
        and len(word) > 2
        and lower not in _STOP
        and lower not in _NUMBER_WORDS
        and not (lower.endswith("ed") and not lower.endswith("eed"))  # "one double-digit seed"
        and not lower.endswith("ly")
        and not _adjective(word)
    )


def _listed_adjective_follows(text: str, position: int) -> bool:
    """A plain adjective of the list next ("smooth-as-hell single shot"): the row goes on."""
    match = _WORD.match(text, position)
    return match is not None and match.group(1) in _ADJECTIVES


# Words after a count that are never its noun, so "one" before them is the pronoun: reflexives,
# adverbs ("buy at least one anyway", "the one directly in charge"), a pronoun's contraction ("the
# one it's used"), and a comparative before "than" or "one" ("one riskier than the last", "one
# smaller one"). An adverb in "-ly" before the noun only modifies it ("one weekly meeting"); nouns
# in "-ly" are listed.
_NEVER_HEADS = frozenset(
    _words(
        """
        myself yourself himself herself itself ourselves yourselves themselves oneself
        anyway anymore soon please perhaps maybe indeed else
        it's that's there's he's she's what's who's it’s that’s there’s he’s she’s
        """
    )
)
_LY_NOUNS = frozenset(
    _words(
        """
        family ally rally tally supply assembly anomaly monopoly duopoly oligopoly belly potbelly
        reply lily jelly bully folly holly gully homily doily filly panoply butterfly dragonfly
        firefly housefly
        """
    )
)
_COMPARED_NEXT = re.compile(r"[ \t]+(?:than|one)\b")


def _ly_adverb(lower: str) -> bool:
    return len(lower) > 4 and lower.endswith("ly") and lower not in _LY_NOUNS and lower not in _ADJECTIVES


def _never_head(lower: str, text: str, position: int) -> bool:
    """Whether a word right after a count can never be what it counts (the walk ends or, for an
    adverb before a noun, passes it)."""
    if lower in _NEVER_HEADS or _ly_adverb(lower):
        return True
    return lower.endswith("er") and len(lower) > 4 and _COMPARED_NEXT.match(text, position) is not None


def _ly_before_noun(lower: str, text: str, position: int, *, single: bool) -> bool:
    """An adverb in "-ly" before the counted noun: a singular noun after "one", a plural or a
    modifier after a larger count ("two completely new districts")."""
    if not _ly_adverb(lower):
        return False
    if not single:
        return True
    match = _WORD.match(text, position)
    return match is not None and _noun_follows(text, position) and not _plural(match.group(1))


_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
_PLURALS_WITHOUT_S = frozenset(_words("people men women children"))


def _adjunct(word: str, text: str, position: int, *, single: bool) -> bool:
    """A person or company noun modifying the plural after it: "four Chinese clubs", "27 member
    states", "two business days". With a count of one the singular noun is the head ("one
    resident says"), so only a plural count reads a singular noun as a modifier."""
    if not (word[:1].isupper() or (not single and not _plural(word))):
        return False
    if word.lower() in _PLURALS_WITHOUT_S:
        return False  # "1.1 million people ages 30 or younger": a plural, never a modifier
    match = _WORD.match(text, position)
    if match is None:
        return False
    after = match.group(1).rstrip(".")
    return after.islower() and after.lower() not in _STOP and _plural(after)


_PEOPLE_PREDICATE = re.compile(
    r"\s+(?:(?:now|still|already|reportedly)\s+)?(?:(?:could|would|will|may|might|must)\s+(?:have\s+)?(?:been\s+)?|(?:had|have|has)\s+(?:been\s+)?"
    r"|were\s+|are\s+|remain(?:ed)?\s+|remains\s+)?"
    r"(died|dies|die(?!\s+(?:out|off|down|hard)\b)|killed|injured|wounded|discharged|hospitali[sz]ed|rescued|"
    r"evacuated|arrested|detained|missing|dead|infected|recovered)\b"
)


# "3 TDs and 2 INTs", "1 sack, 1 TFL, 2 QH", "12 MPs": an abbreviation in capitals right after a
# count, modifying nothing after it, is the counted noun as written (the plural "s" dropped).
# Clock zones, places and a shouting line (no lower-case letter near) are not.
_ACRONYM = re.compile(r"([A-Z]{2,5})s?")
_NOT_COUNTED_ACRONYMS = frozenset(
    _words(
        """
        AM PM GMT UTC EST EDT PST PDT CST CDT CET CEST BST ET PT CT MT IST JST HKT SGT KST MSK EET
        EEST AEST AEDT ACST AWST NZST NZDT WIB HST AKST MST SAST WAT EAT PKT ICT
        US UK EU UN UAE USA PRC DPRK ROK NYC DC LA HK SAR
        """
    )
)
_PEOPLE_ACRONYMS = frozenset(_words("ceo cfo coo cto cio mp mep gp"))
_LOWER_NEAR = re.compile(r"[a-z]")


def _acronym_count(text: str, end: int, match: re.Match[str], word: str) -> Counted | None:
    """The counted abbreviation right after a count ("3 TDs", "2 QH"), or None."""
    acronym = _ACRONYM.fullmatch(word)
    if acronym is None or acronym.group(1) in _NOT_COUNTED_ACRONYMS or _year_ends_at(text, end):
        return None
    after = _WORD.match(text, match.end())
    following = after.group(1).rstrip(".") if after is not None else ""
    verb = following.endswith("ed") or following in _PAST_VERBS or following in _SPEECH_VERBS
    if following.islower() and following not in _STOP and not verb:
        return None  # "3 US states", "7 NBA games": the abbreviation modifies the noun after it
    if _LOWER_NEAR.search(text, max(0, end - 40), end) is None and (
        _LOWER_NEAR.search(text, match.end(), match.end() + 40) is None
    ):
        return None  # "5 DEAD IN CRASH": a line in capitals
    base = acronym.group(1)
    unit = "people" if base.lower() in _PEOPLE_ACRONYMS else base
    return Counted(unit, word, match.start(1) + len(word))


# Noun compounds that name one thing, as a dictionary lists them: the counted noun is the whole
# compound ("four home runs" -> home run, "300 school districts" -> school district), where
# a plain noun before the head is otherwise a modifier ("27 member states" -> state).
_NOUN_COMPOUNDS = frozenset(
    line.strip()
    for line in """
    home run
    free throw
    field goal
    touchdown pass
    penalty kick
    free kick
    corner kick
    penalty shot
    match point
    break point
    set point
    hat trick
    yellow card
    red card
    grand slam
    stolen base
    base hit
    power play
    world record
    school district
    parking space
    parking spot
    parking lot
    polling station
    police station
    fire station
    gas station
    nursing home
    data center
    credit card
    text message
    video game
    oil well
    wind turbine
    solar panel
    """.strip().splitlines()
)


def _head_unit(modifiers: list[str], word: str) -> str:
    """The counted noun's unit: the head's singular, or the whole compound when the word before
    it makes one with it ("home run")."""
    head = singular(word)
    if modifiers:
        compound = f"{modifiers[-1].lower()} {head}"
        if compound in _NOUN_COMPOUNDS:
            return compound
    return head


# the rest of a negated verb the word regex stops short of ("won’t": curly apostrophe)
_NEGATION = re.compile(r"\u2019t\b")


# words of a run the copy counts without its noun ("lost five straight"): a modifier, never the head
_RUN_WORDS = frozenset({"straight", "successive", "consecutive"})


def counted_noun(text: str, end: int, *, singular_ok: bool, single: bool = False) -> Counted | None:  # noqa: C901 - one bounded walk over up to five words, each case a line
    """The noun a bare figure counts ("45 ... deputies", "seven European countries").

    The head noun is counted, never a modifier: up to four modifiers may come between the figure
    and the noun (adjectives, capitalised names, "Northern and central", a person or company noun
    used as a modifier); a stop word or another number first means the figure counts nothing we
    can name. ``single`` says the figure is one, so a singular noun may be the head.
    """
    predicate = _PEOPLE_PREDICATE.match(text, end)
    if predicate is not None:
        # "4,634 died", "311 remained hospitalised", "3,412 had been discharged": the count
        # is of the people the verb tells of, their noun left out
        return Counted("people", predicate.group(1), predicate.end(1))
    position = end
    modifiers: list[str] = []
    for step in range(5):
        match = _WORD.match(text, position)
        if match is None:
            return None
        word = match.group(1).rstrip(".")
        word_end = match.start(1) + len(word)
        lower = word.lower()
        if lower in ("and", "or") and modifiers and step < 4:
            modifiers.append(word)  # "18 Northern and central California counties"
            position = match.end()
            continue
        if lower in _SPEECH_VERBS and single and modifiers and modifiers[-1].lower() not in ("and", "or"):
            # "One relative said", "one Republican told": whoever speaks is a person (a count of
            # one only: "a 2014 study warned" is a year and its study)
            return Counted("people", " ".join(modifiers), position)
        if lower in _SPEECH_VERBS and not modifiers and not lower.endswith("ed"):
            return None  # "one said", "one cannot": the pronoun, no count ("one added benefit" is)
        if lower in _PAST_VERBS and not modifiers:
            return None  # "the two sat down": the pronoun and its verb
        if lower.endswith("n't") or _NEGATION.match(text, match.end()):
            return None  # "perhaps one won't reach", "one can’t": the pronoun and a negated verb
        if step == 0 and lower == "such" and not single:
            modifiers.append(word)  # "more than 300 such promotions", "two such cases"
            position = match.end()
            continue
        if step == 0 and lower in ("more", "less") and _plural_follows(text, match.end()):
            modifiers.append(word)  # "24,000 more votes", "12 more planes": the noun after is counted
            position = match.end()
            continue
        if lower in _STOP or lower in _NUMBER_WORDS:
            return None
        if step == 0 and lower in _COMPARATIVES and not _plural_follows(text, match.end()):
            return None  # "was 5/16 lower at 95-26/32": the move of a price, no count ("two lower courts" is)
        if word.islower() and not modifiers and _never_head(lower, text, match.end()):
            if step < 4 and _ly_before_noun(lower, text, match.end(), single=single):
                modifiers.append(word)  # "one weekly meeting", "three friendly dogs"
                position = match.end()
                continue
            return None  # "I am one myself", "buy one anyway", "one really needs", "one smaller one"
        if step == 0:
            acronym = _acronym_count(text, end, match, word)
            if acronym is not None:
                return acronym
        elif word[:2].isupper() and all(m[:1].isupper() for m in modifiers):
            # "32 Labour MPs", "two Green MEPs": a party or a body names the persons counted
            acronym = _acronym_count(text, end, match, word)
            if acronym is not None and acronym.unit == "people":
                return Counted("people", " ".join([*modifiers, word]), acronym.end)
        if lower in ("cases", "case") and _DISEASE_NEAR.search(text, max(0, end - 80), end + 80):
            return Counted("people", " ".join([*modifiers, word]), match.start(1) + len(word))
        if lower in ("contacts", "contact") and modifiers and modifiers[-1].lower() == "close":
            # "1,200 close contacts" of the infected are people, as their cases are
            return Counted("people", " ".join([*modifiers, word]), match.start(1) + len(word))
        if (
            word[:1].isupper()
            and _plural(lower)
            and word not in group_words()
            and not _year_ends_at(text, end)
            and title_case_around(text, end)
        ):
            word = lower  # "The 4 Stocks That Slimmed ...": a title-case line capitalises its noun too
        if word[:1].isupper() and word in group_words() and step < 4:
            if _people_of_a_group(word, text, match.end()):
                return Counted("people", " ".join([*modifiers, word]), match.start(1) + len(word))
            modifiers.append(word)  # "361 Chinese cultural relics": the group word modifies
            position = match.end()
            continue
        if single and lower in _MODIFYING_PEOPLE and step < 4 and _noun_follows(text, match.end()):
            modifiers.append(word)  # "one executive order", "one witness statement": the noun after
            position = match.end()
            continue
        nominal = _person_noun(lower) or lower in COMPANY_NOUNS
        if nominal and _adjunct(word, text, match.end(), single=single):
            modifiers.append(word)
            position = match.end()
            continue
        if _person_noun(lower) or (word.islower() and lower.endswith("men") and len(lower) > 5):
            # "-men" plurals are people: "pitmen", "gunmen", "servicemen"
            return Counted("people", " ".join([*modifiers, word]), match.start(1) + len(word))
        if lower in COMPANY_NOUNS:
            # firms are companies; banks, insurers or institutions are counted as written
            unit = "company" if lower in _COMPANY_SYNONYMS else singular(word)
            return Counted(unit, " ".join([*modifiers, word]), match.start(1) + len(word))
        is_word_noun = word.islower() and len(word) > 2
        if is_word_noun and _plural(word) and single and any(m[:1].isupper() for m in modifiers):
            return None  # "One Home Depot refers to ...": a name, then its verb
        if is_word_noun and _plural(word) and single and step == 0 and lower not in _SINGULAR_IN_S:
            return None  # "the more one sees": "one" with a verb is a pronoun, never a count
        if is_word_noun and _plural(word):
            return Counted(_head_unit(modifiers, word), " ".join([*modifiers, word]), word_end)
        row = _row_of_adjectives(word, text, match.end()) if is_word_noun and step < 4 else None
        if row is not None:
            modifiers.append(word)  # "two civil, substantive combatants": the row modifies the noun
            position = row
            continue
        if is_word_noun and _modifier_word(lower) and step < 4:
            modifiers.append(word)  # "1 new locally transmitted case": never the head noun
            position = match.end()
            continue
        described = (
            single and bool(modifiers) and all(_adjective(m) or m.lower() in _ADJECTIVES for m in modifiers)
        )
        head_may_be_singular = singular_ok and (
            step == 0 or (single and step == 1 and modifiers) or described
        )
        # "one accident"; but "six consecutive weeks", "seven other residents", "one standout
        # charity": the head noun is the noun that follows, never the adjective (after a row of
        # adjectives too: "one seamless, smooth-as-hell single shot").
        adjective_before_noun = (
            (step == 0 or described)
            and single
            and (_adjective(word) or _TIME_NOUN.match(text, match.end()) is not None)
            and (
                _noun_follows(text, match.end())
                or (described and _listed_adjective_follows(text, match.end()))
            )
        )
        if (
            is_word_noun
            and head_may_be_singular
            and not single
            and step == 0
            and not _plural_follows(text, match.end())
        ):
            # a count above one never counts a singular: "a five time champion" lost its hyphen
            # ("five-time": a multiplier); a word of a run modifies a noun the copy leaves out
            # ("lost five straight", "won three consecutive": no count of "straight"); and an
            # adjective modifies the plural further on ("four national security and diplomatic
            # officials"). Only when that plural is there: dropping every singular adjective's
            # count cost a holdout figure.
            if lower == "time":
                return Counted("times", word, word_end)
            if lower in _RUN_WORDS:
                modifiers.append(word)
                position = match.end()
                continue
            head = counted_noun(text, match.end(), singular_ok=False) if _adjective(word) else None
            if head is not None:  # one bounded walk more, for plural heads only (no recursion here)
                return Counted(head.unit, " ".join([*modifiers, word, head.noun]), head.end)
        participle = not single and step == 0 and _PARTICIPLE.fullmatch(lower) is not None
        if is_word_noun and head_may_be_singular and participle and not _plural_follows(text, match.end()):
            return None  # "with four succeeding", "two running": a participle, no noun of a count above one
        if single and is_word_noun and modifiers and f"{modifiers[-1].lower()} {lower}" in _NOUN_COMPOUNDS:
            # "one power plant runs": the compound is the head, whatever plural follows
            return Counted(f"{modifiers[-1].lower()} {lower}", " ".join([*modifiers, word]), word_end)
        if (
            is_word_noun
            and head_may_be_singular
            and (not _plural_follows(text, match.end()) or (single and _verb_follows(text, match.end())))
            and not adjective_before_noun
        ):
            rest = _WORD.match(text, match.end()) if single else None
            if rest is not None and f"{lower} {rest.group(1).lower()}" in _NOUN_COMPOUNDS:
                # "one home run": the compound, not its first noun
                words = [*modifiers, word, rest.group(1)]
                return Counted(f"{lower} {rest.group(1).lower()}", " ".join(words), rest.end(1))
            return Counted(_head_unit(modifiers, word), " ".join([*modifiers, word]), word_end)
        modifiers.append(word)
        position = match.end()
    return None


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")
_TITLE_REACH = 100  # characters either side of the figure, within its line


def _year_ends_at(text: str, end: int) -> bool:
    """ "Bachelor 2015 Spoilers": in a title a year before a capitalised plural names an edition."""
    digits = text[max(0, end - 4) : end]
    return digits.isdigit() and 1800 <= int(digits) <= 2100 and not text[max(0, end - 5) : end - 4].isdigit()


def title_case_around(text: str, end: int) -> bool:
    """Whether the figure stands in a title-case line (a headline or a heading: "Job Woes Linger
    in 29 States"), where a capitalised plural is a common noun, not a name. Reads a bounded
    window of the line; words of four letters or more, as short ones stay lower case in titles."""
    low = max(0, end - _TITLE_REACH)
    line_start = text.rfind("\n", low, end) + 1 or low
    line_end = text.find("\n", end, end + _TITLE_REACH)
    words = _TITLE_WORD.findall(text, line_start, line_end if line_end >= 0 else end + _TITLE_REACH)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_GROUP_VERB_AFTER = re.compile(r"(?:\s*[,.;:)]|\s+(?:were|are|was|is|have|had|has|who|[a-z]+ed)\b|\s*$)")


def _people_of_a_group(word: str, text: str, end: int) -> bool:
    """ "150 Indians returned", "40 Chinese were evacuated": a nationality or group noun as the
    head counts people; "361 Chinese cultural relics" counts relics (the noun that follows)."""
    if word.endswith("s") and word[:-1] in group_words():
        return not _plural_follows(text, end)
    return _GROUP_VERB_AFTER.match(text, end) is not None


# "five-team", "a 20-member delegation", "three-time winner": the noun of a compound modifier is
# what the number counts. Idioms whose number counts nothing ("two-way", "two-state solution",
# "one-off") and fractions ("one-third") are not counts.
_COMPOUND = re.compile(r"-([a-z]{3,})(?![\w-])")
_COMPOUND_IDIOMS = frozenset(
    _words(
        """
        way ways state party tier sided child piece dimensional wheel star nil all love off on up
        third thirds fourth fourths fifth fifths sixth eighth tenth half halves quarter quarters
        hundredth thousandth year-old plus odd
        """
    )
)
_COMPOUND_TIMES = frozenset({"time", "fold"})


# "a 2,000 calorie diet", "The 2,812 piece set": a compound modifier written without its hyphen,
# a singular noun after a number above one, then the singular noun it modifies, the number after
# an article or possessive. A plural next is the head of a noun compound instead ("27 member
# states" counts states).
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|its|their|his|her|our|your|each|every)\s+$", re.I)
# ratings, idioms and model words that a number before them names, not counts ("a 5 star hotel",
# "a two way street", "the 737 max jet")
_BARE_IDIOMS = frozenset(_words("star way state party tier sided dimensional max plus pro mini ultra lite"))
_BARE_COMPOUND = re.compile(r"[ \t]([a-z]{3,})[ \t]([a-z]{3,})\b")


def compound_without_hyphen(text: str, start: int, end: int) -> Counted | None:
    """The counted noun of a compound modifier missing its hyphen ("a 2,000 calorie diet"), or None."""
    if "." in text[start:end] or not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return None  # a compound counts whole things; "the 22.04 branch" is a version
    match = _BARE_COMPOUND.match(text, end)
    if match is None:
        return None
    noun, head = match.group(1), match.group(2)
    for word in (noun, head):
        if word in _STOP or word in _NUMBER_WORDS or _plural(word) or _modifier_word(word):
            return None
        if _adjective(word) or word.endswith(("ing", "ly")) or word in _SPEECH_VERBS or word in _PAST_VERBS:
            return None
    if noun in _BARE_IDIOMS or _person_noun(head) or head in COMPANY_NOUNS:
        return None  # "the 67,000 research staff": the noun after counts the people
    unit = "people" if _person_noun(noun) else singular(noun)  # "the 25 person crew"
    return Counted(unit, noun, match.end(1))


# "four-, five- and six-cylinder engines": a suspended hyphen takes the noun of the last member.
_SUSPENDED = re.compile(
    r"-(?=,?\s+(?:(?:and|or|to)\s+)?(?:[\w.]+-,?\s+(?:(?:and|or|to)\s+)?){0,4}[\w.]+-([a-z]{3,})(?![\w-]))"
)


def compound_noun(text: str, end: int) -> Counted | None:
    """The noun glued by a hyphen to a figure ("five-team group" -> team), or None."""
    match = _COMPOUND.match(text, end) or _SUSPENDED.match(text, end, min(len(text), end + 120))
    if match is None:
        return None
    word = match.group(1)
    if (
        word in _COMPOUND_IDIOMS
        or word in _NUMBER_WORDS
        or word.endswith(("ed", "ly", "ing"))
        or _adjective(word)
    ):
        return None
    if word in _COMPOUND_TIMES:
        return Counted("times", word, match.end())
    unit = "people" if word in PEOPLE_NOUNS or word == "strong" else singular(word)  # "a 5,000-strong crowd"
    return Counted(unit, word, match.end())


# Internal codes -> the symbols analysts (and the annotation conventions) use. Internal codes
# stay more explicit where a rule needs the difference ("year_of_age" is never a period).
_PUBLISHED_UNITS = {
    "year_of_age": "year",
    "tonne": "t",
    "km2": "sq km",
    "m2": "sq m",
    "mi2": "sq mi",
    "ft2": "sq ft",
    "ft3": "cu ft",
    "lbf·ft": "lb-ft",
    "inch": "in",
    "foot": "ft",
    "mile": "mi",
    "yard": "yd",
    "degC": "C",
    "degF": "F",
    "hectare": "ha",
    "litre": "L",
    "ounce": "oz",
    "gallon": "gal",
}


# "Temperatures hit 40 degrees": bare degrees of heat take the scale the story names elsewhere
# ("40C", "104 Fahrenheit"), when it names one only; angles ("turned 180 degrees") have no cue.
_HEAT_NEAR = re.compile(
    r"\b(?:temperatures?|heat|hot|hotter|cold|colder|warm|warmer|cool|freez\w*|weather|highs?|lows?|"
    r"fever|oven|thermometer|mercury|heatwave|chill\w*)\b",
    re.IGNORECASE,
)
_HEAT_REACH = 80
_SCALE_NAMED = re.compile(
    r"(?P<C>celsius|centigrade|(?-i:\d\s?°?\s?C)\b)|(?P<F>fahrenheit|(?-i:\d\s?°?\s?F)\b)", re.IGNORECASE
)
_SCALE_REACH = 1500  # characters either side: the story's passage, not the whole page


def temperature_scale(text: str, start: int, end: int) -> str | None:
    """ "degC" or "degF" for bare degrees of heat when the passage names one scale, else None."""
    if _HEAT_NEAR.search(text, max(0, start - _HEAT_REACH), end + _HEAT_REACH) is None:
        return None
    low, high = max(0, start - _SCALE_REACH), end + _SCALE_REACH
    kinds = {m.lastgroup for m in _SCALE_NAMED.finditer(text, low, high)}
    if len(kinds) != 1:
        return None
    return "degC" if kinds == {"C"} else "degF"


def published_unit(unit: str | None) -> str | None:
    """The unit as published: symbols for units of measure, each side of a rate mapped."""
    if unit is None:
        return None
    return "/".join(_PUBLISHED_UNITS.get(part, part) for part in unit.split("/"))


# "38 gold, 32 silver and 18 bronze medals", "five Democratic and three Republican senators":
# counts in a list whose members name only a modifier share the head noun of the last member.
# A singular after a count above one cannot be what it counts ("38 gold"), so it modifies the
# noun the list closes with; each member is one or two words, a comma or "and"/"or", then a number.
_LIST_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
_LIST_MEMBER = re.compile(
    r"[ \t]+((?:[A-Za-z][\w'-]*[ \t]+)?[A-Za-z][\w'-]*)"
    r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
    r"(?=" + _LIST_NUMBER + r")",
    re.IGNORECASE,
)
_LIST_COUNT = re.compile(_LIST_NUMBER, re.IGNORECASE)
_LIST_REACH = 50  # characters of one member: its words and the separator
_LIST_MEMBERS = 4


def _modifies_only(words: str) -> bool:
    """Whether a list member's words can only modify a noun after them: no plural, no noun of
    people or firms ("two men and three women" are counts of their own), no stop word."""
    split = words.split()
    if len(split) == 2 and split[1].lower().endswith("ed"):
        return False  # "Two gunmen died, and three others": a noun and its verb
    for word in split:
        lower = word.lower()
        if lower in _STOP or lower in _NUMBER_WORDS or _plural(word) or _person_noun(lower):
            return False
        if lower.endswith("men") and len(lower) > 4:
            return False  # "gunmen", "firemen": a plural of people
        if lower in COMPANY_NOUNS or lower in _SPEECH_VERBS or lower in _PAST_VERBS:
            return False
    return True


def shared_head(text: str, end: int, value: float) -> Counted | None:
    """The head noun a count shares with the last member of its list ("38 gold, 32 silver and 18
    bronze medals" -> medal), or None. A count of one needs a second such member ("1 gold, 2 silver
    and 3 bronze medals"): "one home and two cars" counts a home."""
    member = _LIST_MEMBER.match(text, end, end + _LIST_REACH)
    if member is None or not _modifies_only(member.group(1)):
        return None
    words, position, members = member.group(1), member.end(), 1
    for _ in range(_LIST_MEMBERS):
        count = _LIST_COUNT.match(text, position)
        if count is None:
            return None
        following = _LIST_MEMBER.match(text, count.end(), count.end() + _LIST_REACH)
        if following is not None and _modifies_only(following.group(1)):
            members, position = members + 1, following.end()
            continue
        head = counted_noun(text, count.end(), singular_ok=False)
        if head is None or not (head.unit == "people" or _plural(head.noun.split()[-1])):
            return None
        if value == 1 and members < 2:
            return None
        return Counted(head.unit, words, member.start(1) + len(words))
    return None


# "won 12 of 13 games", "9 out of 10 states", "6 in 10 voters", "1,500 of the 10,000 samples": a
# part counts what its whole counts, the noun written once after the whole (the conventions' "four
# of five" is in `game`). Only a part smaller than its whole; "in" only for people ("scored 8 in 10
# games" is a rate, "lost 35 in 3 weeks" a pace). ``extract`` asks for parts in digits only: a part
# in words stays a partitive, no figure (counting "two of the three ..." added check figures whose
# owners no rule finds, session twenty-nine).
_RATIO = re.compile(
    r"[ \t]+(out[ \t]+of|of|in)[ \t]+(?:the[ \t]+)?(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?![\d.,])|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def ratio_head(text: str, end: int, value: float) -> Counted | None:
    """The noun the whole after "of" / "out of" / "in" counts, for the part before it ("12 of 13
    games" -> game for 12), or None. The figure's span stays the part's number."""
    match = _RATIO.match(text, end)
    if match is None:
        return None
    whole = match.group(2).lower()
    total = NUMBER_WORDS.get(whole) or float(whole.replace(",", ""))
    if not 0 < value < total or value != int(value):
        return None
    head = counted_noun(text, match.end(), singular_ok=False)
    if head is None or (match.group(1).lower() == "in" and head.unit != "people"):
        return None
    if head.unit != "people" and head.unit != "company" and not _plural(head.noun.split()[-1]):
        return None
    return Counted(head.unit, head.noun, end)


# "lost the primary by five-and-a-half points", "leads by 12 points in the latest poll", "a 10-point
# lead among likely voters": the conventions publish a margin of the vote in percentage points,
# which is what "points" means there (session twenty-eight). Only a margin ("by", "lead of",
# "ahead", "behind") in a passage about polls or elections, and never in a game's passage.
_MARGIN_BEFORE = re.compile(
    r"\b(?:by|lead\s+of|margin\s+of|advantage\s+of|edge\s+of|deficit\s+of)\s+"
    r"(?:(?:about|nearly|almost|roughly|around|some|just|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_MARGIN_AFTER = re.compile(r"[ \t]+(?:lead|margin|advantage|edge|deficit|ahead|behind)\b", re.IGNORECASE)
_POLL_NEAR = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|voters?|electorate|elections?|electoral|primar(?:y|ies)|"
    r"caucus(?:es)?|ballots?|nominee|nomination|of\s+the\s+vote)\b",
    re.IGNORECASE,
)
_GAME_NEAR = re.compile(
    r"\b(?:games?|quarter|halftime|half-time|season|scored|scoring|rebounds?|assists?|touchdowns?|"
    r"innings?|playoffs?|coach|basketball|football|match)\b",
    re.IGNORECASE,
)
_MARGIN_REACH = 250


def election_margin(text: str, start: int, end: int) -> bool:
    """Whether "points" at ``start``..``end`` are a margin of the vote (so percentage points)."""
    margin = _MARGIN_BEFORE.search(text, max(0, start - 24), start) or _MARGIN_AFTER.match(text, end)
    if margin is None:
        return False
    low, high = max(0, start - _MARGIN_REACH), end + _MARGIN_REACH
    return _POLL_NEAR.search(text, low, high) is not None and _GAME_NEAR.search(text, low, high) is None
