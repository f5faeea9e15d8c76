"""A deterministic corpus of raw wire items, generated here so the benchmark runs on a fresh clone.

Three shapes, the ones the parser accepts: scraped page text (page furniture, headline,
agency line, dateline paragraph, quotes), HTML pages (head metadata, nav, article,
footer) and JSON envelopes (crawler metadata plus ``text`` or ``html``). Bodies are
templated wire copy: datelines, figures with units and periods, people with titles,
organisations and places, so every enrichment stage has real work to do. Lengths are
200-2,000 body words. Nothing is read from disk or the network; the same seed gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass

import orjson

# (dateline city, country/region, demonym-ish adjective)
PLACES = [
    ("BEIJING", "China", "Chinese"),
    ("SHANGHAI", "China", "Chinese"),
    ("SHENYANG", "China", "Chinese"),
    ("TOKYO", "Japan", "Japanese"),
    ("SEOUL", "South Korea", "South Korean"),
    ("NEW DELHI", "India", "Indian"),
    ("MUMBAI", "India", "Indian"),
    ("JAKARTA", "Indonesia", "Indonesian"),
    ("LONDON", "Britain", "British"),
    ("PARIS", "France", "French"),
    ("BERLIN", "Germany", "German"),
    ("FRANKFURT", "Germany", "German"),
    ("MADRID", "Spain", "Spanish"),
    ("ROME", "Italy", "Italian"),
    ("WASHINGTON", "the United States", "U.S."),
    ("NEW YORK", "the United States", "U.S."),
    ("OTTAWA", "Canada", "Canadian"),
    ("BRASILIA", "Brazil", "Brazilian"),
    ("MEXICO CITY", "Mexico", "Mexican"),
    ("NAIROBI", "Kenya", "Kenyan"),
    ("LAGOS", "Nigeria", "Nigerian"),
    ("CAIRO", "Egypt", "Egyptian"),
    ("JOHANNESBURG", "South Africa", "South African"),
    ("SYDNEY", "Australia", "Australian"),
    ("MOSCOW", "Russia", "Russian"),
    ("ANKARA", "Turkey", "Turkish"),
    ("HANOI", "Vietnam", "Vietnamese"),
    ("BANGKOK", "Thailand", "Thai"),
]
PROVINCES = ["Liaoning", "Guangdong", "Zhejiang", "Sichuan", "Bavaria", "Ontario", "Queensland", "Lombardy"]
AGENCIES = [("Xinhua", "Xinhua"), ("Reuters", "Reuters"), ("AFP", "AFP"), ("AP", "AP")]
FIRST = [
    "Su",
    "Li",
    "Wang",
    "Zhang",
    "Chen",
    "Maria",
    "John",
    "Ahmed",
    "Fatima",
    "Kenji",
    "Anna",
    "Pierre",
    "Olga",
    "Carlos",
    "Amina",
    "David",
    "Priya",
    "Hiroshi",
    "Elena",
    "Samuel",
    "Ngozi",
    "Thomas",
    "Yuki",
    "Luis",
    "Ingrid",
    "Rahul",
    "Sofia",
    "Mehmet",
    "Grace",
    "Viktor",
]
LAST = [
    "Jianjun",
    "Wei",
    "Tao",
    "Min",
    "Garcia",
    "Smith",
    "Hassan",
    "Okafor",
    "Tanaka",
    "Petrova",
    "Dubois",
    "Mueller",
    "Rossi",
    "Sharma",
    "Nguyen",
    "Kim",
    "Silva",
    "Kowalski",
    "Johansson",
    "Mensah",
    "Yilmaz",
    "Novak",
    "Haddad",
    "Fernandez",
    "Ito",
    "Brown",
    "Ivanova",
    "Costa",
    "Lindqvist",
    "Adeyemi",
]
TITLES = [
    "deputy director of the provincial development and reform commission",
    "spokesperson for the Ministry of Commerce",
    "chief economist at {org}",
    "finance minister",
    "head of research at {org}",
    "a senior analyst with {org}",
    "president of {org}",
    "chairman of {org}",
    "vice governor of {province}",
    "director general of the National Bureau of Statistics",
    "an official with the central bank",
    "managing director of {org}",
]
ORGS = [
    "the World Bank",
    "the International Monetary Fund",
    "the Asian Development Bank",
    "the National Bureau of Statistics",
    "the European Central Bank",
    "the Federal Reserve",
    "the World Trade Organization",
    "the United Nations",
    "Siasun Robot & Automation",
    "Northern Steel Group",
    "Pacific Freight Lines",
    "Helios Solar",
    "Meridian Capital",
    "Global Grain Traders",
    "Orient Securities",
    "the Chamber of Commerce",
    "Atlas Motors",
    "BlueRiver Pharmaceuticals",
    "Greenfield Energy",
    "the Ministry of Finance",
]
METRICS = [
    ("exports", "rose"),
    ("imports", "fell"),
    ("industrial output", "expanded"),
    ("retail sales", "grew"),
    ("gross domestic product", "grew"),
    ("consumer prices", "climbed"),
    ("car sales", "dropped"),
    ("steel production", "increased"),
    ("coal output", "declined"),
    ("foreign direct investment", "jumped"),
    ("the unemployment rate", "eased"),
    ("fixed-asset investment", "slowed"),
    ("crude oil imports", "surged"),
]
UNITS = [
    "billion yuan",
    "billion U.S. dollars",
    "million euros",
    "million tonnes",
    "trillion yen",
    "million units",
]
PERIODS = [
    "in the first quarter",
    "in the second quarter",
    "in the first half of the year",
    "in October",
    "in the January-September period",
    "last month",
    "in 2016",
    "in the third quarter",
    "in March",
]
COMPARE = [
    "year on year",
    "from a year earlier",
    "compared with the previous month",
    "from the same period last year",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TOPICS = [
    "trade",
    "the property market",
    "manufacturing",
    "renewable energy",
    "the job market",
    "infrastructure",
    "tourism",
    "agriculture",
    "the auto industry",
    "technology companies",
    "exports to Europe",
]
QUOTES = [
    "The economy is stabilizing and improving",
    "We expect even better performance later in the year",
    "Demand is strong and orders keep coming",
    "The figures show that the reforms are working",
    "There are still risks from weak global demand",
    "Companies remain cautious about new investment",
    "We will keep policy supportive for as long as needed",
    "Prices have returned to reasonable levels after capacity cuts",
]
FURNITURE = [
    "Home",
    "World",
    "Business",
    "China",
    "Sports",
    "Opinion",
    "Photos",
    "Video",
    "Most Read",
    "Add your comment",
    "Related reading",
    "We Recommend",
    "Adjust font size:",
]


@dataclass(frozen=True)
class Item:
    index: int
    shape: str  # "text" | "html" | "envelope"
    words: int  # body words generated
    key: bytes
    value: bytes
    content_type: str | None


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.people: list[tuple[str, str]] = []

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def org(self) -> str:
        return self.pick(ORGS)

    def person(self) -> tuple[str, str]:
        if self.people and self.r.random() < 0.4:
            return self.r.choice(self.people)
        name = f"{self.pick(FIRST)} {self.pick(LAST)}"
        title = self.pick(TITLES).format(org=self.org(), province=self.pick(PROVINCES))
        self.people.append((name, title))
        return name, title

    def figure(self) -> str:
        return f"{self.r.uniform(0.1, 45):.1f}"

    def amount(self) -> str:
        return f"{self.r.uniform(1, 900):.1f} {self.pick(UNITS)}"

    def sentence(self, place: tuple[str, str, str]) -> str:
        city, country, adj = place
        r = self.r
        metric, verb = r.choice(METRICS)
        kind = r.randrange(13)
        if kind == 9:
            return (
                f"{adj} authorities have been trying to shift {self.pick(TOPICS)} away from heavy "
                f"industry, a process that {self.org()} has described as slow but necessary."
            )
        if kind == 10:
            name, title = self.person()
            return f'"{self.pick(QUOTES)}. {self.pick(QUOTES)}," {name} said in {city.title()}.'
        if kind == 11:
            return (
                f"Critics, including lawmakers in {self.pick(PROVINCES)}, say the measures do too little "
                f"for small firms and rural households in {country}."
            )
        if kind == 12:
            return (
                f"The talks in {city.title()} also covered {self.pick(TOPICS)}, climate policy and "
                f"closer ties between {self.org()} and regional governments."
            )
        if kind == 0:
            return (
                f"{country.capitalize() if country[0].islower() else country}'s {metric} {verb} "
                f"{self.figure()} percent {self.pick(COMPARE)} {self.pick(PERIODS)}, "
                f"{self.org()} said on {self.pick(WEEKDAYS)}."
            )
        if kind == 1:
            name, title = self.person()
            return f'"{self.pick(QUOTES)}," said {name}, {title}.'
        if kind == 2:
            name, title = self.person()
            return (
                f"{name}, {title}, told reporters in {city.title()} that {self.pick(TOPICS)} "
                f"would remain a priority for {self.org()}."
            )
        if kind == 3:
            year = r.randrange(2015, 2025)
            return (
                f"{self.org().capitalize() if self.r.random() < 0.5 else 'Analysts'} expect {metric} to "
                f"reach {self.amount()} by {year + 1}, up from {self.amount()} in {year}."
            )
        if kind == 4:
            return (
                f"In {self.pick(PROVINCES)}, {metric} {verb} to {self.amount()} {self.pick(PERIODS)}, "
                f"{self.figure()} percent higher than a year earlier."
            )
        if kind == 5:
            return (
                f"{adj} officials met representatives of {self.org()} in {city.title()} on "
                f"{self.pick(WEEKDAYS)} to discuss {self.pick(TOPICS)} and cooperation with "
                f"{self.pick([p[1] for p in PLACES])}."
            )
        if kind == 6:
            n = r.randrange(3, 400)
            return (
                f"The government approved {n} projects worth {self.amount()} {self.pick(PERIODS)}, "
                f"according to a statement posted on the website of {self.org()}."
            )
        if kind == 7:
            name, _ = self.person()
            return (
                f"{name.split()[-1]} added that {self.pick(TOPICS)} had been hit by weak demand, "
                f"with profits down {self.figure()} percent."
            )
        return (
            f"The benchmark index closed {self.figure()} percent "
            f"{'higher' if r.random() < 0.5 else 'lower'} at {r.randrange(2000, 40000):,} points, "
            f"while the {adj} currency traded at {r.uniform(0.5, 160):.4f} per U.S. dollar."
        )

    def paragraphs(self, place: tuple[str, str, str], words: int, lead: str) -> list[str]:
        paras = [lead]
        count = len(lead.split())
        while count < words:
            para = " ".join(self.sentence(place) for _ in range(self.r.randrange(2, 5)))
            paras.append(para)
            count += len(para.split())
        return paras


def _lead(w: _Writer, place: tuple[str, str, str], agency: str, date: dt.date) -> str:
    city, country, _ = place
    metric, verb = w.r.choice(METRICS)
    month = MONTHS_AP[date.month - 1]
    # Reuters style has no date in the dateline; Xinhua, AFP and AP do.
    dateline = f"{city} ({agency}) -" if agency == "Reuters" else f"{city}, {month} {date.day} ({agency}) --"
    return (
        f"{dateline} {country[0].upper() + country[1:]}'s {metric} {verb} {w.figure()} percent "
        f"{w.pick(COMPARE)} {w.pick(PERIODS)}, {w.org()} said {WEEKDAYS[date.weekday()]}, "
        f"as {w.pick(TOPICS)} showed signs of recovery."
    )


def _headline(w: _Writer, place: tuple[str, str, str]) -> str:
    _, country, _ = place
    metric, verb = w.r.choice(METRICS)
    head = f"{country[0].upper() + country[1:]}'s {metric} {verb} {w.figure()} pct {w.pick(PERIODS)}"
    prefix = w.r.choice(["", "", "", "UPDATE 1-", "2nd Ld-Writethru: ", "China Focus: "])
    return prefix + head


def _text_page(headline: str, agency: str, date: dt.date, paras: list[str], w: _Writer) -> str:
    nav = "  ".join(f"\u2022 {w.pick(FURNITURE)} {w.pick(TOPICS)}" for _ in range(5))
    lines = [
        "Off the wire",
        nav,
        "You are here:   Home",
        "",
        headline,
        "",
        f"{agency}, {MONTHS[date.month - 1]} {date.day}, {date.year} Adjust font size:",
        "",
    ]
    for p in paras:
        lines += [p, ""]
    lines += ["Related reading", f"{w.pick(TOPICS).capitalize()} in focus", "Add your comment"]
    return "\n".join(lines)


def _html_page(headline: str, agency: str, date: dt.date, paras: list[str], w: _Writer) -> str:
    author = f"{w.pick(FIRST)} {w.pick(LAST)}"
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paras)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f"<title>{html.escape(headline)} - Example News</title>\n"
        f'<meta property="og:title" content="{html.escape(headline)}">\n'
        '<meta property="og:site_name" content="Example News">\n'
        f'<meta name="author" content="{author}">\n'
        f'<meta property="article:published_time" content="{date.isoformat()}T11:25:00+08:00">\n'
        "</head><body>\n"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>\n'
        f"<article><h1>{html.escape(headline)}</h1>\n{body}</article>\n"
        f'<aside><h3>Related</h3><ul><li><a href="/r1">{w.pick(TOPICS)} in focus</a></li></ul></aside>\n'
        f"<footer><p>Copyright {date.year} Example News. All rights reserved.</p>"
        '<a href="/about">About us</a></footer>\n</body></html>'
    )


def make_item(index: int, seed: int = 20240601, words: int | None = None, shape: str | None = None) -> Item:
    """Item ``index`` of the corpus with ``seed``; ``words`` and ``shape`` pin length and shape."""
    rng = random.Random(f"{seed}:{index}:{words}:{shape}")
    w = _Writer(rng)
    if words is None:
        # Wire copy is mostly short: a skewed draw over 200-2,000 words (mean ~800).
        words = int(200 + 1800 * rng.random() ** 1.6)
    if shape is None:
        shape = rng.choice(["text", "text", "html", "envelope"])
    place = rng.choice(PLACES)
    agency, _ = rng.choice(AGENCIES)
    date = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    headline = _headline(w, place)
    lead = _lead(w, place, agency, date)
    paras = w.paragraphs(place, words, lead)
    body_words = sum(len(p.split()) for p in paras)
    key = f"bench-{seed}-{index}".encode()
    if shape == "text":
        return Item(
            index, shape, body_words, key, _text_page(headline, agency, date, paras, w).encode(), None
        )
    if shape == "html":
        page = _html_page(headline, agency, date, paras, w)
        return Item(index, shape, body_words, key, page.encode(), "text/html; charset=utf-8")
    as_html = rng.random() < 0.3
    env: dict[str, object] = {
        "id": f"crawl-{seed}-{index}",
        "source": agency,
        "url": f"https://news.example.com/{date.isoformat()}/{index}",
        "received_at": f"{date.isoformat()}T04:00:00Z",
        "published_at": f"{date.isoformat()}T03:25:00Z",
        "headline": headline,
        "language": "en",
    }
    if as_html:
        env["html"] = _html_page(headline, agency, date, paras, w)
        env["content_type"] = "text/html"
    else:
        env["text"] = "\n".join(
            [headline, f"{agency}, {MONTHS[date.month - 1]} {date.day}, {date.year}", *paras]
        )
    return Item(index, shape, body_words, key, orjson.dumps(env), "application/json")


def corpus(n: int, seed: int = 20240601, words: int | None = None, start: int = 0) -> list[Item]:
    return [make_item(i, seed, words) for i in range(start, start + n)]


# The corpus is frozen (issue 13): a lighter corpus is not a speed-up. Seed 20240601; shapes drawn
# text/text/html/envelope (envelopes carry HTML 30% of the time); body length 200 + 1800 * u**1.6
# words (u uniform), so over the first 1,000 items: 505 text, 243 HTML, 252 envelopes, 200-2,045
# body words, mean 932, median 818, 6.5 KB per raw item. FROZEN is the sha256 of the first 200
# items (key, value, content type); the benchmark refuses to run if the generator changed it.
FROZEN_SEED = 20240601
FROZEN_SHA256 = "dd4c24cda8421e60630882590b8f81fc947ce1fdda091410111b5df53d92a574"
FROZEN_DESCRIPTION = (
    "seed 20240601; shapes: 1/2 scraped page text, 1/4 HTML pages, 1/4 JSON envelopes (30% of them "
    "with HTML); body length 200 + 1,800 x u^1.6 words (u uniform): 200-2,045 words, mean 932, "
    "median 818, 6.5 KB per raw item (first 1,000 items); sha256 of the first 200 items "
    f"{FROZEN_SHA256[:16]}..."
)


def fingerprint(seed: int = FROZEN_SEED, n: int = 200) -> str:
    import hashlib

    h = hashlib.sha256()
    for item in corpus(n, seed=seed):
        h.update(item.key)
        h.update(item.value)
        h.update((item.content_type or "").encode())
    return h.hexdigest()


def check_frozen() -> None:
    """Raise if the generator no longer makes the frozen corpus."""
    got = fingerprint()
    if got != FROZEN_SHA256:
        raise SystemExit(
            f"benchmarks/corpus.py no longer makes the frozen corpus (sha256 {got[:16]}..., frozen "
            f"{FROZEN_SHA256[:16]}...): results would not be comparable; restore the generator"
        )


def main() -> None:
    """`python -m benchmarks.corpus N OUTDIR`: write items as files (to inspect or feed `process`)."""
    import sys
    from pathlib import Path

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "bench-corpus")
    out.mkdir(parents=True, exist_ok=True)
    for item in corpus(n):
        ext = {"text": "txt", "html": "html", "envelope": "json"}[item.shape]
        (out / f"{item.index:05d}.{ext}").write_bytes(item.value)
    print(f"wrote {n} items to {out}")


if __name__ == "__main__":
    main()
