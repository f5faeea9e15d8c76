"""The English words the rules share: months, weekdays, number words, titles and roles,
abbreviations, news agencies and the IPTC Media Topic codes the code names.

Each list is written once here; a module that needs a variant (a regex alternation, a
subset) derives it from these, so a month or a role added here reaches every rule.
Hard-coded rather than read from :mod:`calendar`, whose names follow the process locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so a prefix never wins early)."""
    return "|".join(sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- calendar

MONTH_NAMES = _words("january february march april may june july august september october november december")
"""Full month names, lower case, January first."""
MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
"""Abbreviated month names ("may" is its own abbreviation, so it is not repeated)."""
MONTH_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
MONTH_NUMBERS.update(
    {
        abbr: MONTH_NAMES.index(name) + 1
        for abbr in MONTH_ABBREVIATIONS
        for name in MONTH_NAMES
        if name.startswith(abbr[:3])
    }
)
MONTHS = alternation(MONTH_NUMBERS)
"""Every month name and abbreviation as one regex alternation (compile it case-insensitively)."""
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

# --------------------------------------------------------------------------- numbers

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Spelled-out numbers below a hundred that are one word."""


def number_words(low: int, high: int) -> tuple[str, ...]:
    """The one-word numbers from ``low`` to ``high``, in order."""
    return tuple(word for word, value in NUMBER_WORDS.items() if low <= value <= high)


# --------------------------------------------------------------------------- titles and roles

TITLE_ABBREVIATIONS = _words(
    "mr mrs ms dr prof sen rep gov gen capt lt col sgt st rev fr maj supt insp hon msgr mme"
)
"""Abbreviated titles before a name ("Mrs. May", "Gen. Milley"): a full stop after them ends nothing."""
HONORIFICS = _words("mr mrs ms dr sir president minister prime premier king queen prince general gen")
"""Words that open or close a person's name without being part of it ("President Xi", "Li, minister")."""
ROLE_WORDS = _words(
    """
    director minister president chairman chairwoman chair chief head spokesman spokeswoman spokesperson
    secretary governor mayor official manager economist analyst professor ceo executive officer leader
    ambassador commissioner general deputy vice member researcher founder coach captain editor premier
    envoy lawyer senator goalkeeper
    """
)
"""A phrase naming a person's role has one of these among its first words ("the bank's chief economist")."""
KIN_NOUNS = _words(
    """
    wife husband son daughter mother father brother sister grandmother grandfather grandson
    granddaughter uncle aunt nephew niece cousin widow widower fiance fiancee fiancé fiancée
    girlfriend boyfriend stepson stepdaughter stepfather stepmother mom mum dad
    friend colleague roommate classmate neighbor neighbour
    """
)
"""A relative's or a friend's noun in the singular: "his wife Grace", "my friend Helen" name one person."""
ROLE_NOUNS = _words(
    """
    spokesperson spokesman spokeswoman economist analyst strategist director minister secretary official
    chairman chairwoman president executive officer writer reporter correspondent lawyer attorney adviser
    advisor coach manager captain researcher professor partner trader governor mayor ambassador envoy
    commissioner prosecutor judge engineer scientist founder editor striker midfielder defender goalkeeper
    head chief leader commander consultant expert negotiator activist organiser organizer doctor surgeon
    nurse teacher treasurer
    """
)
"""Lower-case role nouns right before a name ("NBS spokesperson Xing Zhihong")."""
OFFICE_TITLES = _words("taoiseach tanaiste councillor councilor alderman alderwoman")
"""Titles of office no role list above has: Irish head-of-government titles and council seats
("Tanaiste Ann Roe", "Councillor Jo Poe"); before a name they are its role, never part of it."""
TITLE_SUFFIXES = ("-elect", "-designate")
"""A title not yet taken up ("Mayor-elect Tom Poe", "Minister-designate ..."): still a title."""


def bare_title(word: str) -> str:
    """The title word without its "-elect"/"-designate" ("mayor-elect" -> "mayor"), lower case."""
    low = word.lower()
    for suffix in TITLE_SUFFIXES:
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


ROLE_MODIFIERS = _words(
    "senior chief deputy vice assistant acting former top lead managing general foreign finance defence "
    "defense press executive"
)
"""Words that qualify a role noun ("deputy finance minister")."""
PORTFOLIO_WORDS = frozenset(
    _words(
        "affairs agriculture arts aviation business care children civil climate commerce communication "
        "communications community consumer culture defence defense development digital disaster economic "
        "economics economy education employment energy enterprise environment external family finance "
        "fisheries food foreign forestry gender health heritage higher home housing human immigration "
        "industry industries information infrastructure innovation interior internal international "
        "investment justice "
        "labor labour land lands legal local management marine mines mining national natural planning "
        "petroleum public relations resources rural safety science security services skills social "
        "sport sports state technology telecommunications tertiary tourism trade training transport "
        "transportation treasury urban utilities veterans water welfare wellness women works youth"
    )
)
"""The words of a government's fields ("Interior Minister", "Energy and Mines Minister"): the
organisation rules read a title's portfolio with them, and the roles keep it in the title."""
COMPANY_TITLE_WORDS = _words(
    "chairman chairwoman chair president chief executive officer director head founder ceo cfo "
    "spokesman spokeswoman spokesperson managing partner vice deputy general manager"
)
"""A company officer's title before "of" ("Chief Executive of Acme Corp")."""

# --------------------------------------------------------------------------- abbreviations

ABBREVIATIONS = frozenset(
    (
        *MONTH_ABBREVIATIONS,
        *TITLE_ABBREVIATIONS,
        *_words(
            "cmdr adm pres no nos co corp inc ltd jr sr vs etc dept univ fig vol mt ft gov't approx est "
            "e.g i.e a.m p.m u.s u.k u.n d.c e.u"
        ),
    )
)
"""Words a full stop follows without ending the sentence ("Nov. 9", "Acme Co. Ltd.")."""

SPEECH_VERBS = _words(
    "said says added told noted stated announced explained wrote recalled argued warned asked replied"
)
"""Verbs of an attribution right next to a speaker's name ("Hale said", "said Hale")."""
SPEECH_VERB_PATTERN = "(?:" + "|".join(SPEECH_VERBS) + ")"

COMMON_ACRONYMS = frozenset(
    _words(
        """
        AI IT TV HDTV GDP GNP CPI PPI PMI CEO CFO COO CTO CIO IPO ETF EV EVs SUV VR XR IoT GPS DNA
        RNA PC PCs HR R&D FY YoY QoQ ICU PDF URL USB LED LCD OLED HD UHD RGB IPS NAS SSD HDD CPU
        GPU RAM ECG MRI GMT UTC EST EDT PST PDT FAQ DIY VIP MVP RPG FPS NFT NFTs SMS API APIs
        OS VPN WiFi DM DMs LGBT LGBTQ STEM SME SMEs B2B B2C KPI ROI P/E EPS AWD RWD FWD 4WD HDR LAN WAN
        ICT ASAP VOD SVOD OTT DVD DVDs VC VCs PE LOL OMG WTF FYI TBA TBD
        HTML HTTP HTTPS CSS XML JSON SMTP IMAP DNS SaaS SEO ML NLP OEM OEMs JPEG JPG PNG GIF MP3 MP4
        PPT KB MB SIM SIMs ATM ATMs PIN GPA EVP SVP CMO CCO GP GPs RV RVs PPE N95 VAT GST
        BFF YOLO FOMO ICYMI IPA CET BST
        TBH IRL IMHO BTW CPR EKG OBGYN VP IP VGA DVR IDE TDD BBQ BIPOC SAT QB OT PBU
        IST CST CDT MST MDT AEST AEDT JST KST CEST
        2D 3D MPs MEP MEPs MSP MSPs
        CTR CPM CPMs RTB DSP DSPs SSP SSPs RRP MSRP SKU SKUs ARPU
        UI PII MAU DAU DOM IR
        SOB BS SMH IDK LMAO NSFW AKA TM Q&A RSVP HQ
        SPAC SPACs REIT REITs ESG M&A EBITDA IPOs ETFs YTD QE APR APY
        DSLR DSLRs SLR SDHC SDXC HDMI QLED IME SDK SDKs GUI CDN OCR LTE RPM MPG BPM GMO
        EDM EHR EHRs HSA HSAs PPO PPOs HMO HMOs EUA GCSE GCSEs WR
        """
    )
)
"""Common-noun abbreviations ("AI tools", "the CEO", "an ECG"; media and money words: "on VOD",
"PE shops", "VC funds"; chat words: "WTF"; web and file formats: "HTML", "JPEG"; sizes: "KB";
everyday things and roles: "SIM cards", "RV parking", "the GP", "an N95 mask", "EVP of sales";
care and tests: "gave CPR", "an EKG", "the SAT"; a game's stats: "the QB", "in OT", "a PBU"; more
chat words and time zones: "TBH", "IRL", "19:02 (IST)"; session 38: a dimension, "3D models", and a
member of a parliament, "told MPs", "the MEP said"; session 43: advertising's and retail's
measures, "the highest CTR", "the effective CPM", "programmatic RTB exchanges", "RRP: 40 euros",
"the MSRP", "SKUs"; never CPC or CPA, a party's and an authority's letters; session 45: software's and
the web's parts and measures, "the main UI", "the PII it collects", "MAU growth", "900 DOM elements",
"an IR receiver"; never CGI, also a firm's name; session 46: chat words, a mark and the everyday
"that excuse is BS", "an old SOB", "Kelpo Soap (TM)", "a Q&A with fans", finance's shapes and
measures, "a SPAC merger", "REIT yields", "M&A fees", "a lower APR", cameras', cards' and software's
kinds, "an old DSLR", "SDXC cards", "the IME popup", "the SDK"; never ETA, a group's name, nor TLC, a
channel's; session 47: a genre, care's plans and records, a permit, an exam and a record,
"a night of EDM", "a shared EHR", "an HSA account", "a PPO plan", "granted an EUA", "three
GCSEs", "broke the WR"; never FSA nor PTO, a food or
finance authority's and a patent office's letters too):
things and roles, never names,
though a tagger reads their capitals as a place or a company. Two-letter forms that are also US
state or territory codes (ID, CT, AR, PR) and clock times (AM, PM) are left out, and so are
forms that are also a body's usual name (RSS, CMS, DOT, DOC, CSO, ATV, HKT; CCTV, China's broadcaster;
IMO; TFL, London's transport body; MOT, a ministry of transport), a person's (MBS) or a country's (GB, QA)."""

# --------------------------------------------------------------------------- news agencies

AGENCY_NAMES: dict[str, str] = {
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "xinhuanet": "Xinhua",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "ansa": "ANSA",
    "efe": "EFE",
    "pti": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "cna": "CNA",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "wam": "WAM",
    "bernama": "Bernama",
    "antara": "Antara",
    # national agencies that wire copy relays ("the Iranian news agency IRNA reported")
    "irna": "IRNA",
    "islamic republic news agency": "IRNA",
    "isna": "ISNA",
    "mena": "MENA",
    "middle east news agency": "MENA",
    "kuna": "KUNA",
    "kuwait news agency": "KUNA",
    "sana": "SANA",
    "wafa": "WAFA",
    "qna": "QNA",
    "tanjug": "Tanjug",
    "interfax": "Interfax",
    "pap": "PAP",
    "bta": "BTA",
    "ctk": "CTK",
    "mti": "MTI",
    "jiji": "Jiji",
    "jiji press": "Jiji",
    "press trust of india": "PTI",
    "vna": "VNA",
    "vietnam news agency": "VNA",
    "lusa": "Lusa",
    "anp": "ANP",
    "belga": "Belga",
    "notimex": "Notimex",
    "prensa latina": "Prensa Latina",
    "telam": "Telam",
    "agerpres": "Agerpres",
    "ukrinform": "Ukrinform",
    "belta": "BelTA",
    "chinadaily.com.cn": "China Daily",
    "china daily": "China Daily",
    "people's daily": "People's Daily",
    "people's daily online": "People's Daily Online",
    "people's daily overseas edition": "People's Daily Overseas Edition",
    "global times": "Global Times",
    "cgtn": "CGTN",
    "china.org.cn": "China.org.cn",
    "china military online": "China Military Online",
    "ecns": "ECNS",
    "china news service": "China News Service",
}
"""Names of news agencies as written (case-folded), to their canonical name."""

# --------------------------------------------------------------------------- IPTC Media Topics

MEDTOP_ECONOMY = "medtop:04000000"
MEDTOP_LABOUR = "medtop:09000000"
MEDTOP_POLITICS = "medtop:11000000"
MEDTOP_DISASTER = "medtop:03000000"
MEDTOP_ECONOMIC_INDICATORS = "medtop:20000346"
MEDTOP_GDP = "medtop:20000359"
MEDTOP_INFLATION = "medtop:20000370"
MEDTOP_EMPLOYMENT_STATS = "medtop:20000365"
MEDTOP_LABELS = {
    MEDTOP_ECONOMIC_INDICATORS: "economic indicator",
    MEDTOP_GDP: "gross domestic product",
    MEDTOP_INFLATION: "inflation",
    MEDTOP_EMPLOYMENT_STATS: "employment statistics",
}
"""The second-level topics figures carry, with their IPTC labels."""

# --------------------------------------------------------------------------- markets

MARKET_INDEX_NAMES = (
    *_words("dow nasdaq s&p ftse footsie dax cac nikkei kospi sensex topix stoxx"),
    "hang seng",
)
"""Stock market indexes that copy names without the word "index", lower case. The figure
rules that ask "is this an index?" (a metric's name, a share's points, an index's level) all
read this one list, so a benchmark added here reaches each of them."""


def index_names(cased: bool = False) -> str:
    """:data:`MARKET_INDEX_NAMES` as a regex alternation, a space matching any run of spaces.
    ``cased``: only the title and upper-case forms ("Nikkei", "NIKKEI", "S&P"), for a pattern
    read without ``re.IGNORECASE`` where a lower-case "dow" or "footsie" is a plain word."""
    forms = {f for name in MARKET_INDEX_NAMES for f in ((name.title(), name.upper()) if cased else (name,))}
    return alternation(re.escape(form).replace("\\ ", r"\s+") for form in sorted(forms))


PEOPLE_NOUNS = frozenset(
    _words(
        """
        people persons residents workers employees staff students children kids adults women men
        girls boys teenagers pupils deputies officials lawmakers legislators delegates members
        voters customers users subscribers passengers patients victims migrants refugees tourists
        visitors soldiers troops officers police doctors nurses teachers farmers pensioners players
        fans spectators journalists civilians inhabitants citizens americans chinese individuals
        participants applicants candidates executives managers engineers scientists researchers
        athletes hires job-seekers jobseekers retirees scholars academics professors deputy official
        worker person resident student child employee member
        writers authors artists actors actresses singers musicians directors leaders staffers
        survivors suspects protesters demonstrators activists volunteers guests attendees experts
        analysts economists shoppers consumers drivers pilots crew sailors fishermen miners nationals
        expatriates immigrants inmates prisoners detainees hostages casualties fatalities deaths dead
        injured wounded lives infections villagers peasants veterans graduates recruits
        personnel staffs coaches referees judges senators representatives ministers governors
        mayors diplomats envoys ambassadors delegations laborers labourers nurses caregivers
        physicians surgeons medics paramedics firefighters rescuers guards agents detectives
        officer soldier player patient victim passenger tourist visitor migrant refugee leader
        writer author artist volunteer survivor suspect protester guest expert politicians
        politician councillors councilors commuters motorists pedestrians cyclists
        woman man girl boy kid adult teenager teen baby infant pupil farmer nurse doctor teacher
        fan journalist civilian citizen individual participant applicant candidate engineer
        scientist researcher athlete retiree villager veteran driver pilot inmate prisoner hostage
        others locals evacuees viewers listeners readers homeless jobless unemployed elderly
        tenants homeowners
        """
    )
)
"""Nouns of people, plural and singular: what a count of people counts ("45 deputies"), and
what opens a sentence without naming anyone ("Residents said ...")."""

# ISO 4217 codes the wires write with figures ("USD 500", "500 EUR"): units of figures, not names
CURRENCY_CODES = frozenset(
    str.split(
        """
    USD EUR GBP JPY CNY HKD AUD NZD SGD CAD CHF INR MYR KRW RUB ILS ZAR BRL MXN TWD SEK NOK DKK
    PLN CZK HUF TRY AED SAR QAR THB IDR PHP VND PKR BDT EGP NGN KES ARS CLP COP PEN UAH KZT LKR
    """
    )
)
