"""Where a model's name starts and ends, for names the small model cuts short or opens too early:
a charity named for a couple ("the Bill and Mira Dale Foundation"), an office-holder's office
("the Oregon Governor's Office of ..."), "Grand Prix", a region's part-of word ("Southern
Tarvia"), a place or a company named with a possessive ("St. Orwen's Square", "Moody's"), a
sentence-opening describing word ("Key Tarvia allies") and, once types are corrected, a person's
generational suffix ("Jo Roe, Jr."). Each works on the candidate list in place or returns a new
one, before types are corrected (``retype``) unless said; one span split into two names is
``span_splits``'s, a listed name grown into a name of another type ``listed_joins``'s; kept apart
from ``extractor`` so the order of stages stays readable there."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import is_head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import OPENING_RANK_WORDS
from consumer.entities.retype.person_names import is_place
from consumer.events import EntityType, TextField
from consumer.lexicon import MONTH_NAMES, WEEKDAYS


def _without_inside(cands: list[Candidate], grown: dict[TextField, list[tuple[int, int]]]) -> list[Candidate]:
    """The candidates but those inside a span a name grew over: the grown name holds them."""
    if not grown:
        return cands
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in grown.get(c.field, ()))]


# "the Bill and Mira Dale Foundation": a charity named for a couple, which the model cuts after
# "and" (its span opens on the second given name). The first given name and "and" or "&" are the
# name's too, where no capitalised word but a stop word ("The") stands before that given name
# ("Ohio and Mira Dale Foundation" and "Jo Roe and Mira Dale Foundation" are left alone).
_COUPLE_HEADS = frozenset(word_list("Foundation Fund Trust Institute Center Centre Scholarship Scholarships"))
_COUPLE_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:and|&) \Z")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")


def couple_foundations(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A body opening on a given name and ending on a charity's head word takes a given name and
    "and" before it ("the Bill and Mira Dale Foundation"); what the model found in the given name
    is dropped. One anchored match on the 40 characters before such a body."""
    grown: dict[TextField, list[tuple[int, int]]] = {}
    for cand in cands:
        if cand.type not in ("ORGANIZATION", "PERSON") or cand.start < 6:
            continue  # the model's person ending on "Foundation" is a body by its head word later
        text = recased[cand.field]
        words = text[cand.start : cand.end].split()
        if len(words) < 3 or words[-1] not in _COUPLE_HEADS or not is_given_name(words[0]):
            continue
        window = max(0, cand.start - 40)
        before = _COUPLE_BEFORE.search(text, window, cand.start)
        if before is None or not is_given_name(before.group(1)):
            continue
        ahead = _CAPITALISED_BEFORE.search(text, window, before.start())
        if ahead is not None and ahead.group().strip().lower() not in STOP_WORDS:
            continue
        grown.setdefault(cand.field, []).append((before.start(), cand.start))
        cand.start = before.start()
    return _without_inside(cands, grown)


# "the California Governor's Office of Emergency Services", "the state Attorney General's Office":
# an office-holder's title and possessive open the body's name, with the place before the title;
# the model keeps only "Office of ..." or cuts the title in two ("General's Office").
_HOLDER_TITLES = (
    r"(?:Lieutenant[ \t]+)?Governor|Mayor|President|Premier|(?:Prime|Chief|First)[ \t]+Minister"
    r"|(?:Attorney|Solicitor|Inspector|Auditor)[ \t]+General|Comptroller|Controller|Treasurer|Sheriff"
    r"|Chancellor|Speaker|Secretary[ \t]+of[ \t]+State|Coroner|District[ \t]+Attorney|Public[ \t]+Defender"
    r"|Medical[ \t]+Examiner|Fire[ \t]+Marshal"
)
_HOLDER_OFFICE = re.compile(
    r"((?:[A-Z][\w.-]*[ \t]+){0,3}?)(?:" + _HOLDER_TITLES + r")['’]s[ \t]+(?=(?:Office|Council|Commission)\b)"
)
_HOLDER_REACH = 64  # characters looked back over: a place of three words, the title, the possessive


def office_holder_openings(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body that opens on "Office", "Council" or "Commission" (or inside the title before
    them) after an office-holder's possessive opens on the title, and on the capitalised place
    before it; what the model found inside that opening is part of the name."""
    swallowed: set[int] = set()
    for cand in cands:
        if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
            continue
        text = recased[cand.field]
        head = text.find("Office", cand.start, cand.end)
        for word in ("Council", "Commission"):
            at = text.find(word, cand.start, cand.end)
            head = at if head < 0 or (0 <= at < head) else head
        if head < 0 or head - cand.start > _HOLDER_REACH:
            continue
        window = max(0, cand.start - _HOLDER_REACH)
        holder = None
        for match in _HOLDER_OFFICE.finditer(text, window, head + len("Commission")):
            if match.end() == head:
                holder = match
        if holder is None or holder.start() >= cand.start:
            continue
        # "The Oregon Governor's ...", "On Monday Governor's ...": an article, a sentence's opening
        # word or a date is no part of the place
        start = holder.end(1)
        for piece in re.finditer(r"\S+", holder.group(1)):
            low = piece.group().lower()
            if low not in STOP_WORDS and low not in WEEKDAYS and low not in MONTH_NAMES:
                start = holder.start(1) + piece.start()
                break
        if start >= cand.start:
            continue
        for other in cands:
            if (
                other is not cand
                and other.field == cand.field
                and start <= other.start
                and other.end <= cand.start
            ):
                swallowed.add(id(other))
        cand.start = start
    return [c for c in cands if id(c) not in swallowed] if swallowed else cands


def grand_prix(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "the $132,000 Grand Prix de Harbor National": a model name opening on "Prix" after "Grand"
    (which the model reads with the sum, or not at all) opens on "Grand", and a model name opening
    on "Grand Prix" is the race or the show, an EVENT, whatever the model read (in place)."""
    for cand in cands:
        if cand.origin != "ner" or cand.entry is not None:
            continue
        text = recased[cand.field]
        if text.startswith("Prix ", cand.start) and text[max(0, cand.start - 6) : cand.start] == "Grand ":
            cand.start -= len("Grand ")
        if text.startswith("Grand Prix", cand.start) and cand.end - cand.start > len("Grand Prix"):
            cand.type = "EVENT"


# "Across Southern Ontario", "in Northern Tarvia": a capitalised part-of word before a place is
# part of the region's name (the conventions name the region, "Northeast China", not the whole
# place), but the small model or the gazetteer keeps the place alone when the name opens a
# sentence after a capitalised preposition, or when it knows only the place. A lower-case
# "northern" stays out ("east China's Shandong" names China).
_PART_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner)[ \t]+$"
)


# "Across Eastern Oregon, the roads closed": the model runs a sentence's opening preposition into
# a region it reads as a body; what follows the preposition is the region when its last words
# are a known place ("Beyond Meat", "Into the Wild" are none).
_OPENED_REGION = re.compile(
    r"(?:Across|Throughout|Around|Along|Beyond|Within|Toward|Towards|Into|Near|Inside|Outside|From|In|At)"
    r"[ \t]+"
    r"(?P<part>Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner)[ \t]+"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)"
)


def part_of_openings(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A place right after a capitalised part-of word no other name holds opens on that word: one
    region, linked only where the gazetteer knows the whole ("Northern Tarvia", no Tarvia's code);
    a model name of an opening preposition, such a word and a known place is that region."""
    taken: dict[TextField, list[tuple[int, int]]] = {}
    for cand in cands:
        taken.setdefault(cand.field, []).append((cand.start, cand.end))
    out: list[Candidate] = []
    for cand in cands:
        text = recased[cand.field]
        opened = _OPENED_REGION.fullmatch(text, cand.start, cand.end)
        if opened is not None and is_place(opened.group("place"), gazetteer):
            s = opened.start("part")
            out.append(
                Candidate(
                    cand.field, s, cand.end, "LOCATION", cand.origin, gazetteer.lookup(text[s : cand.end])
                )
            )
            continue
        if cand.type != "LOCATION" or cand.start < 4:
            out.append(cand)
            continue
        word = _PART_BEFORE.search(text, max(0, cand.start - 10), cand.start)
        start = word.start() if word is not None else cand.start
        if word is None or any(s < cand.start and e > start for s, e in taken[cand.field]):
            out.append(cand)
            continue
        out.append(
            Candidate(
                cand.field,
                start,
                cand.end,
                "LOCATION",
                cand.origin,
                gazetteer.lookup(text[start : cand.end]),
                cand.group,
                cand.weak,
            )
        )
    return out


# "St. Mark's Square", "Martha's Vineyard": a place named with a possessive, which the model cuts
# at the clitic ("St. Mark" a place, "Vineyard" a place of its own or nothing). A kind of place
# after the clitic belongs to the name when nothing follows it; the place before the clitic is
# a saint's name, or the model's place is the kind word alone with an owner's name no other
# name holds before it. A country's, a state's or a town's possessive names its own place
# ("China's Hainan Island", "Boston's Long Wharf" stay two).
_POSSESSED_KINDS = (
    "Square|Island|Isle|Bay|Point|Landing|Harbor|Harbour|Cove|Vineyard|Basilica|Cathedral|Wharf|Quay"
)
_KIND_AFTER = re.compile(rf"['’]s[ \t]+(?:{_POSSESSED_KINDS})(?![\w'’-])(?![ \t]+[A-Z0-9])")
_SAINT = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z][a-z]+")
_KIND_ALONE = re.compile(rf"(?:{_POSSESSED_KINDS})")
_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])(?P<owner>[A-Z][a-z]+)['’]s[ \t]+$")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def possessive_place_names(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A model place cut at a possessive's clitic takes the rest of its name back ("St. Mark" +
    "'s Square", "Martha's" + "Vineyard"); see ``_KIND_AFTER``."""
    taken: dict[TextField, list[tuple[int, int]]] = {}
    for cand in cands:
        taken.setdefault(cand.field, []).append((cand.start, cand.end))
    # the story's people of two words or more, by each word: "Obama's Vineyard" after "Barack
    # Obama" is his, no name of a place
    full_names = {
        word
        for c in cands
        if c.type == "PERSON"
        for word in recased[c.field][c.start : c.end].split()[1:]
        if " " in recased[c.field][c.start : c.end]
    }
    out: list[Candidate] = []
    owners: set[tuple[TextField, int, int]] = set()
    for cand in cands:
        if cand.type != "LOCATION":
            out.append(cand)
            continue
        text = recased[cand.field]
        start, end = cand.start, cand.end
        owner_span = (-1, -1)  # a lone given name's model person the place takes in
        after = _KIND_AFTER.match(text, end)
        if after is not None and _SAINT.fullmatch(text, start, end):
            end = after.end()
        elif _KIND_ALONE.fullmatch(text, start, end):
            owner = _OWNER_BEFORE.search(text, max(0, start - 20), start)
            name = owner.group("owner") if owner is not None else ""
            if (
                owner is not None
                and name.lower() not in STOP_WORDS
                and name not in full_names
                and gazetteer.lookup(name) is None
                and _CAPITAL_WORD_BEFORE.search(text, max(0, owner.start() - 30), owner.start()) is None
            ):
                start = owner.start()
                owner_span = (start, owner.end("owner"))
        if (start, end) == (cand.start, cand.end) or any(
            s < end and start < e and (s, e) not in ((cand.start, cand.end), owner_span)
            for s, e in taken[cand.field]
        ):
            out.append(cand)
            continue
        owners.add((cand.field, *owner_span))
        out.append(
            Candidate(
                cand.field,
                start,
                end,
                "LOCATION",
                cand.origin,
                gazetteer.lookup(text[start:end]),
                cand.group,
                cand.weak,
            )
        )
    return [c for c in out if c.type != "PERSON" or (c.field, c.start, c.end) not in owners]


# "John Roe, Jr., said", "Ed Roe Sr.—the founder": a generational suffix the model leaves out of
# a person's name of two words or more (it reads ", Jr." as a place or a body, or as nothing).
# "Sr." before a capitalised word is a title's "Senior" ("Jo Roe, Sr. Director of ..."), "Jr."
# before "High" a school's; a Roman numeral only before a clause's punctuation or the line's end
# ("Roe, IV drip" is none).
_GENERATION_AFTER = re.compile(
    r"(?:,[ \t]?|[ \t])(?:"
    r"(?:Jr|Jnr)\b(?!\.?[ \t]+High\b)\.?"
    r"|(?:Sr|Snr)\b(?!\.?[ \t]+[A-Z])\.?"
    r"|(?:III|II|IV)\b(?=[,;:)\]]|\.(?!\w)|[ \t]*$)"
    r")",
    re.M,
)


def generational_suffixes(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A person's name of two words or more takes the generational suffix after it ("John Roe,
    Jr."), and whatever the model found inside the suffix is dropped (its "Jr." no place): the
    conventions' full name is the whole. One anchored match per person."""
    grown: dict[TextField, list[tuple[int, int]]] = {}
    for cand in cands:
        if cand.type != "PERSON":
            continue
        text = recased[cand.field]
        if cand.end >= len(text) or text[cand.end] not in ", \t":
            continue
        if " " not in text[cand.start : cand.end].strip():
            continue  # a lone surname: the full name is elsewhere
        after = _GENERATION_AFTER.match(text, cand.end)
        if after is None:
            continue
        grown.setdefault(cand.field, []).append((cand.end, after.end()))
        cand.end = after.end()
    return _without_inside(cands, grown)


# "Key Tarvia allies objected", "Rival Quillon executives declined": a describing word that opens
# a sentence is capitalised by its place alone, and the model runs it into the listed name after
# it. Cut off where the rest is a name the gazetteer lists and the whole is not (the list's
# longer names keep their words: "North Korea", "Royal Dutch Shell"), and is no town ("Key Largo").
# The rank words are shared with ``name_edges.cut_qualifier_opening``; the rest are this cut's own,
# broad describing words, safe only because the rest must be a listed name (see the comment there).
_DESCRIBING_OPENERS = OPENING_RANK_WORDS | frozenset(
    word_list(
        "senior leading major local typical ordinary average frustrated angry worried prominent "
        "powerful veteran junior wealthy several many most some both other few "
        # of time and age (session 43): "Recent Kelvo phones ...", "Historic Tarvian churches ..."
        "recent latest upcoming previous former historic traditional"
    )
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)$")


def describing_openers(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A model name opening a sentence with a describing word (``_DESCRIBING_OPENERS``) before a
    listed name: the word cut off, the listed name's record and type taken (in place)."""
    for cand in cands:
        if cand.origin != "ner":
            continue
        text = recased[cand.field]
        first, _, rest = text[cand.start : cand.end].partition(" ")
        if not rest or first.lower() not in _DESCRIBING_OPENERS:
            continue
        if _OPENS_SENTENCE.search(text, max(0, cand.start - 3), cand.start) is None:
            continue
        entry = gazetteer.lookup(rest)
        if entry is None or entry.kind == "city" or gazetteer.lookup(text[cand.start : cand.end]) is not None:
            continue  # a town keeps the word: the gazetteer lacks "Key Largo", "Key West"
        cand.start = cand.end - len(rest)
        cand.type, cand.origin, cand.entry = entry.type, "gazetteer", entry


# "Moody's said", "at Sotheby's.": a company whose name ends in a possessive, which the model
# ends before the clitic. The text writes the name only with it, and once with no noun it owns
# after it (a verb of speech, a clause's punctuation but no sign-off's "!" nor a straight quote
# mark, which opens the title it owns as often: 'Acme's "Deep Dive" guide'; a joining word);
# "Acme's shares" alone, or a bare "Acme" anywhere, keeps the clitic out (session 30).
_CLITIC = re.compile(r"['’]s(?![\w'’-])")
_NOTHING_OWNED = (
    r"['’]s(?:[ \t]*(?:[.,;:)”]|\n|$)|[ \t]+(?:said|says|told|tells|added|noted|warned|"
    r"and|or|in|on|at|for|with|who|which|that|to|from|has|had|is|was|will|would|cut|rated|"
    r"downgraded|upgraded|affirmed)\b)"
)


def _always_possessive(name: str, texts: list[str]) -> bool:
    """Every mention of ``name`` carries the clitic, and one owns nothing after it."""
    word = rf"(?<![\w'’.-]){re.escape(name)}"
    bare = re.compile(word + r"(?!['’]s(?![\w'’-]))(?![\w'’-])")
    alone = re.compile(word + _NOTHING_OWNED)
    return not any(bare.search(t) for t in texts) and any(alone.search(t) for t in texts)


def possessive_company_names(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body (or a lone word read as a person, no given name) ended at a clitic takes it
    back when the text always writes the name with it (``_NOTHING_OWNED``); a model body right
    after it joins ("Moody's" + "Investors Service")."""
    texts = list(recased.values())
    verdicts: dict[str, bool] = {}
    starts = {(c.field, c.start): c for c in cands if c.type == "ORGANIZATION" and c.origin == "ner"}
    dropped: set[int] = set()
    for cand in cands:
        if cand.type not in ("ORGANIZATION", "PERSON") or cand.origin != "ner" or cand.entry is not None:
            continue
        text = recased[cand.field]
        if _CLITIC.match(text, cand.end) is None:
            continue
        name = text[cand.start : cand.end]
        if cand.type == "PERSON" and (" " in name or is_given_name(name)):
            continue
        if is_head_word(name.rsplit(None, 1)[-1].lower()):
            continue  # "the Acme Foundation's and ...": a body's own possessive
        if name not in verdicts:
            verdicts[name] = _always_possessive(name, texts)
        if not verdicts[name]:
            continue
        cand.type, cand.end = "ORGANIZATION", cand.end + 2
        owned = starts.get((cand.field, cand.end + 1))
        if owned is not None and text[cand.end] == " " and id(owned) != id(cand):
            cand.end = owned.end
            dropped.add(id(owned))
    return [c for c in cands if id(c) not in dropped]


# "discriminate against U.S. Goods", "the U.S. Firm's chips": copy that capitalises the word
# after a country's dotted initials (a sentence splitter read their full stop as a sentence's end;
# Reuters' 1987 wire) names no body by it. The initials alone are the place where the article writes
# the word in lower case in mid-sentence elsewhere ("goods", "firm") and it heads no kind of body
# nor a country's own body ("U.S. Bank", "U.S. Senate", "U.K. Treasury" keep their reading).
# a country's own bodies, which a lower-case "the senate" or "the army" elsewhere does not unname
_STATE_BODY_WORDS = frozenset(
    word_list("senate congress treasury army navy marines embassy consulate mint parliament customs")
)
_DOTTED_COUNTRY_WORD = re.compile(r"((?:[A-Z]\.){2,3}) ([A-Z][a-z]+)")


def dotted_initials_common_word(
    cands: list[Candidate], recased: dict[TextField, str], cases: dict[str, str], gazetteer: Gazetteer
) -> None:
    """A model name of a country's dotted initials and one word the article writes in lower case
    cut to the initials, the country's record taken (in place)."""
    for cand in cands:
        # an event or a place keeps its word: "the U.S. Open", "the U.S. Gulf coast"
        if cand.origin == "rule" or cand.type in ("EVENT", "LOCATION") or cand.end - cand.start > 24:
            continue
        match = _DOTTED_COUNTRY_WORD.fullmatch(recased[cand.field], cand.start, cand.end)
        if match is None:
            continue
        low = match.group(2).lower()
        # the word or its singular or plural ("U.S. Firms" ... "the firm")
        forms = (low, low + "s", low[:-1] if low.endswith("s") else low)
        if is_head_word(low) or low in _STATE_BODY_WORDS:
            continue
        if not any(cases.get(form) == form for form in forms):
            continue
        if gazetteer.lookup(recased[cand.field][cand.start : cand.end]) is not None:
            continue  # "U.S. Senate", a listed body
        entry = gazetteer.lookup(match.group(1))
        if entry is None or entry.type != "LOCATION" or entry.kind != "country":
            continue
        cand.end = match.end(1)
        cand.type, cand.origin, cand.entry = "LOCATION", "gazetteer", entry


def headline_run_ons(cands: list[Candidate], recased: dict[TextField, str], original_headline: str) -> None:
    """A model name in an all-caps or title-case headline that runs a name the body reads on its
    own into the headline's other words ("INDIA REPORTEDLY ALLOWED TO BUY ...", "BRITAIN'S
    CENTRIST ALLIANCE GAINS IN POLL"): where the body never writes the whole run, it is cut to
    its longest opening (or else closing) words that the body names, with that name's type (in
    place). The capitals of such a headline mark every word, so the run is no name's evidence."""
    if not original_headline or not (
        rules.is_caps_line(original_headline) or rules.is_title_case(original_headline)
    ):
        headline_text = ""
    else:
        headline_text = recased.get("headline", "")
    body = recased.get("body", "")
    if not headline_text or not body:
        return
    body_names: dict[str, EntityType] = {}
    for cand in cands:
        if cand.field == "body":
            body_names.setdefault(body[cand.start : cand.end], cand.type)
    for cand in cands:
        # an event keeps its edition or its host ("US Super Bowl", "the 2031 Harbor Open")
        if cand.field != "headline" or cand.origin != "ner" or cand.type == "EVENT":
            continue
        surface = headline_text[cand.start : cand.end]
        words = surface.split(" ")
        if len(words) < 2 or len(words) > 6 or surface in body_names or surface in body:
            continue
        for k in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:k]), " ".join(words[-k:])
            if head in body_names:
                cand.end = cand.start + len(head)
                cand.type, cand.entry = body_names[head], None
                break
            if tail in body_names:
                cand.start = cand.end - len(tail)
                cand.type, cand.entry = body_names[tail], None
                break


# a corporate suffix's full stop ending a sentence inside a model name ("Quorvex Co. Quorvex
# said", "Tarvo Corp. Shares rose"): the words after it open the next sentence; a second suffix
# ("Tarvo Co. Ltd") is still the name
_SUFFIX_STOP = re.compile(
    r"(?<=[a-z] )(?:Corp|Inc|Ltd|Co|Plc|Limited|Corporation)\."
    r"(?= (?!(?:Ltd|Limited|Inc|Corp|Co|Plc|LLC)\b)[A-Z])"
)

_NAME_GOES_ON = re.compile(r" (?-i:[A-Z])[\w'’-]*")


def suffix_sentence_ends(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model name that runs over a company's suffix and its full stop into the next sentence is
    cut after the suffix, the company's (session 31); the words after it are kept as their own
    name, the company's short name when they repeat its first word ("Quorvex Co. Quorvex"). "Co."
    opening a name is a county's ("Co. Cork") and is left alone."""
    out: list[Candidate] = []
    for cand in cands:
        out.append(cand)
        if cand.origin != "ner":
            continue
        text = recased[cand.field]
        match = _SUFFIX_STOP.search(text, cand.start, cand.end)
        if match is None or match.start() <= cand.start or _NAME_GOES_ON.match(text, cand.end):
            # "The Dutta Corp. Fair Hill International Three-Day Event": capitalised words after
            # the model's span say the name runs on (a sponsor's name opening an event's), where a
            # sentence after the stop goes on with its verb
            continue
        rest = match.end() + 1
        first = text[cand.start : text.find(" ", cand.start)]
        tail_type: EntityType = "ORGANIZATION" if text.startswith(first, rest) else cand.type
        tail_cand = Candidate(cand.field, rest, cand.end, tail_type, cand.origin)
        cand.end, cand.type, cand.entry = match.end(), "ORGANIZATION", None
        if rest < tail_cand.end:
            out.append(tail_cand)
    return out
