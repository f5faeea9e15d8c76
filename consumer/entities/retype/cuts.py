"""Cutting a model span's ends back to the name: at lower-case words and headline verbs, at a
question's verb, at a line break, at a loose end ("Group." / "&"), at an opening quotation mark.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.divisions import AP_STATE_FORMS
from consumer.entities.retype.furniture_cuts import cut_furniture
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_type
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import (
    cut_body_opening,
    cut_opening_word,
    cut_position,
    cut_qualifier_opening,
    take_given_name,
    take_hyphened_given_name,
    take_royal_style,
)
from consumer.entities.retype.person_names import NAME_PARTICLES
from consumer.entities.retype.titles import cut_title, titled_person
from consumer.lexicon import (
    ABBREVIATIONS,
)
from consumer.parse.agencies import is_known_agency

# Lower-case words that may sit inside a name ("Bank of China", "Ludwig van Beethoven").
_PARTICLE_JOINED = re.compile(r"(?:al|el)-[A-Z]")  # "Ayman al-Safadi", "Mohamed el-Erian"
# Capitalised verbs and function words: a "name" running across them is a title-case headline.
_HEADLINE_WORDS = frozenset(
    word_list("Is Are Was Were Has Have Had Will Would Its After Before Says Said Could Should Gets")
)
# Headline verbs in the present ("Kelby Sees Profit", "Norland Wins Tie"): they end a name only
# where a title-case headline goes on after them, since some are surnames or name words too
# ("Michael Sells said", "the band Blue Eyes"); "Niagara Falls", "Consumer Reports", "Four Tops",
# "Royal Caribbean Cruises" and "Greatest Hits" keep theirs, so those words are not listed.
_HEADLINE_VERBS = frozenset(
    word_list(
        "Sees Wins Posts Raises Plans Seeks Takes Edges Buys Sells Expects Warns Urges Denies Slams "
        "Hails Vows Rejects Approves Unveils Eyes Launches "
        # a company's or a market's news ("Quillon Robotics Introduces New Arm", "Dunmore Foods
        # Acquires Rival Baker", "Harlow Index Rises on Hopes"); no bare verb a name may hold
        # ("Harbor Rise Apartments", "Capital Gains Tax", "Cough Drops")
        "Introduces Announces Reveals Releases Acquires Agrees Adds Boosts Beats Misses Rises Slides "
        "Surges Soars Tumbles Plunges Hires Sues Settles Debuts Confirms Expands "
        # a place's or a service's news ("Kelby Library Reopens After Flood", "Marlow Museum Closes
        # to Repair Roof", "Dunmore Bank Halts Lending in Harlow"); no name's own plural ("Files",
        # "Faces", "Marks", "Returns", "Signs", "Lands")
        "Closes Opens Reopens Shuts Halts Resumes Suspends Cancels Delays Cuts Slashes Sheds Joins "
        "Quits Resigns Loses Lifts Extends Welcomes Celebrates Honors Honours"
    )
)
# The headline goes on after the verb: a capitalised word, or one of the small words a headline
# writes in lower case before one ("Rise to Records", "Slide on Weak Outlook").
_TITLE_GOES_ON = re.compile(r"\s+(?:(?:to|on|in|at|for|as|of|with|from|after|over|amid)\s+)?[A-Z0-9$]")
_MARKET_TAILS = frozenset(word_list("Stock Stocks Shares Share Price Prices"))
_SURNAME_TAILS = frozenset(word_list("Stock Price"))  # market words that are also surnames


# "Committee for a Fair Harbor Budget", "Alliance for an Open Kelby", the film "Anne of a Thousand
# Days": an article after "for" or "of", then capitalised words to the name's end, is inside it
_FOR_AN_ARTICLE = re.compile(
    r"[ \t](?:for|of)[ \t]+an?[ \t]+(?:(?:of|and|the)[ \t]+)?(?:[A-Z][\w'’-]*(?:[ \t]+|$))+$"
)
# the small words a name never ends on: left over where the name was cut at prose after them
# ("The Internationalization of" + " our Public ...", "Harlow Council for" + " some ...")
_DANGLING_PARTICLE = re.compile(r"(?:[ \t]+(?:of|for|and|the|on|in|at|to|upon|with|&))+$")


def _cut_words(text: str, cand: Candidate) -> None:
    """End a name before a lower-case word that is no name particle, or a headline verb; a small
    word left dangling at its end goes with the cut."""
    position = cand.start
    for match in re.finditer(r"\S+", text[cand.start : cand.end]):
        word = match.group()
        if word == "to" and _purpose_name(text, cand.start, cand.start + match.start(), cand.end):
            position = cand.start + match.end()  # "Campaign to Abolish Nuclear Weapons"
            continue
        at = cand.start + match.start()
        if word in ("a", "an") and _FOR_AN_ARTICLE.search(text, cand.start, cand.end) is not None:
            position = cand.start + match.end()  # "Committee for a Responsible Harbor Budget"
            continue
        headline_verb = word in _HEADLINE_VERBS and _TITLE_GOES_ON.match(text, at + len(word)) is not None
        if position > cand.start and (
            (word[:1].islower() and word.lower() not in NAME_PARTICLES and not _PARTICLE_JOINED.match(word))
            or word in _HEADLINE_WORDS
            or headline_verb
        ):
            cand.end = len(text[: cand.start + match.start()].rstrip())
            dangling = _DANGLING_PARTICLE.search(text, cand.start, cand.end)
            if dangling is not None:
                # one word left before it ("The Liberalization of" + " our Public ..."): a noun of
                # prose the model read into a name, none itself
                one_word = not any(ch.isspace() for ch in text[cand.start : dangling.start()])
                cand.end = cand.start if one_word else dangling.start()
            break
        position = cand.start + match.end()
    # "Acme Stock Is Falling": once cut, a trailing market word is no part of the company; after
    # a lone given name it is a surname ("Tom Price said", session 30)
    words = text[cand.start : cand.end].split()
    if len(words) == 2 and is_given_name(words[0]) and words[1] in _SURNAME_TAILS:
        return
    while len(words) > 1 and words[-1] in _MARKET_TAILS:
        words.pop()
        cand.end = cand.start + len(text[cand.start : cand.end].rsplit(None, 1)[0].rstrip())


_QUESTION_VERBS = frozenset(
    word_list("Will Can Could Would Should Shall Did Does Do Is Are Was Were Has Have Had May Might Must")
)
_QUESTION_REACH = 300


def _cut_question_verb(text: str, cand: Candidate) -> None:
    """ "Will Warren continue ...?": the verb opening a question is no part of the name after it
    ("Will Smith said ..." is no question, and keeps its given name)."""
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or words[0] not in _QUESTION_VERBS:
        return
    before = text[max(0, cand.start - 3) : cand.start].strip(" \"'\u201c\u2018(")
    if before and before[-1] not in ".!?\n":
        return
    rest = text[cand.end : cand.end + _QUESTION_REACH]
    stop = re.search(r"[.!?]", rest)
    verb = re.match(r"\s+([a-z]+)\b", rest)
    if stop is None or stop.group() != "?" or verb is None:
        return
    if verb.group(1).endswith(("s", "ed")):
        return  # "Will Ferrell stars in the remake, but can it ...?": the name has its own verb
    cand.start = cand.start + len(words[0]) + 1
    while cand.start < cand.end and text[cand.start].isspace():
        cand.start += 1


# Bodies named for their purpose: "Committee to Protect Journalists", "Campaign to Abolish ...".
_PURPOSE_HEADS = frozenset(
    word_list("Campaign Committee Society Coalition Alliance Fund Foundation Movement Council Commission")
)


def _purpose_name(text: str, start: int, to_at: int, end: int) -> bool:
    """ "to" inside a name: after a body's head word ("Campaign to ...", "Society for the
    Prevention of Cruelty to Children"), with capitalised words to the name's end or to an
    acronym in parentheses ("... Nuclear Weapons (ICAN", cut there later)."""
    before = text[start:to_at].split()
    after = text[to_at + 2 : end].split("(", 1)[0].split()
    if not any(w in _PURPOSE_HEADS for w in before):
        return False
    return bool(after) and all(w[:1].isupper() for w in after)


def cut_at_line_break(cand: Candidate, text: str) -> str:
    """ "SWITZERLAND\n\nAscom": a name never runs over a line break; the first line's part stays.
    "CA @ Shoreline Amphitheatre": a listing's place code before "@" is no part of the venue."""
    surface = text[cand.start : cand.end]
    if "\n" in surface:
        cand.end = cand.start + len(surface.split("\n", 1)[0].rstrip())
        cand.entry = None
    at = text.find(" @ ", cand.start, cand.end)
    if at >= 0:
        cand.start, cand.entry = at + 3, None
    return text[cand.start : cand.end]


# Shortened words a body's name may end on with their full stop ("Acme Co.", "Smith Bros.").
_NAME_ABBREVIATIONS = frozenset((*ABBREVIATIONS, *word_list("bros mfg assn assoc intl natl plc llc llp")))
_LOOSE_END = re.compile(r"(?:[ \t]+&|(?<=[a-z]{2})\.|['’]s)$")


def sentence_end_word(word: str) -> bool:
    """A word and the full stop that ends a sentence after it ("Comcast.", "Verizon."): a whole
    word of four letters or more, no abbreviation ("Corp.", "Bros.", "Calif.") nor initials."""
    stem = word[:-1]
    return (
        word.endswith(".")
        and len(stem) >= 4
        and "." not in stem
        and any(ch.islower() for ch in stem)
        and stem.lower() not in _NAME_ABBREVIATIONS
        and word not in AP_STATE_FORMS
    )


def cut_loose_end(text: str, cand: Candidate) -> None:
    """ "Halden Crest Group." at a sentence's end, "We back Ona Prell & co": the full stop after
    a whole word, or an ampersand, ends no body's name (an abbreviation keeps its stop: "Acme
    Co."); nor does a possessive that joins put on the last part ("the Harlow Agency for" +
    "Rural Development's fund": the model's own spans lose theirs when trimmed). Names the
    gazetteer knows are its own."""
    if cand.type != "ORGANIZATION" or cand.entry is not None:
        return
    surface = text[cand.start : cand.end]
    loose = _LOOSE_END.search(surface)
    if loose is None:
        return
    if loose.group()[-1:] == "s" and cand.origin == "rule":
        return  # a rule's name is as the rule found it
    last = surface[: loose.start()].split()[-1:] or [""]
    if loose.group() == "." and (
        len(last[0]) < 4 or "." in last[0] or last[0].lower() in _NAME_ABBREVIATIONS
    ):
        return
    cand.end = cand.start + len(surface[: loose.start()].rstrip())


# A month name the model ran into the name before it, where the day and the year follow: a
# comment's or a byline's signature ("Maria October 29, 2012 at 1:29 am", "Jo Roe July 12,
# 2012"). Left in, the month spreads over the text as the person's surname.
_MONTH_TAIL = re.compile(
    r"[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)$"
)
_DAY_AND_YEAR = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d\b")


def _cut_month_tail(text: str, cand: Candidate) -> None:
    """ "Maria October" + " 29, 2012": the month opens a date, no word of the name."""
    if _DAY_AND_YEAR.match(text, cand.end) is None:
        return
    month = _MONTH_TAIL.search(text, cand.start, cand.end)
    if month is not None and month.start() > cand.start:
        cand.end = month.start()


# A news agency's credit closing a gallery's caption, which the model runs into the name before
# it ("... said union leader Ana Kessel AFP" + a paragraph's end, "the Estate of Dale Orwin AP").
_CREDIT_TAILS = (
    re.compile(r"[ \t]+(?P<agency>[A-Z][\w.&-]*)$"),  # "AFP", "Reuters"
    re.compile(r"[ \t]+(?P<agency>[A-Z][\w.&-]*[ \t]+[A-Z][\w.&-]*)$"),  # "Associated Press"
    re.compile(r"[ \t]+(?P<agency>[A-Z][\w.&-]*[ \t]+[A-Z][\w.&-]*[ \t]+[A-Z][\w.&-]*)$"),
)
# Session 48 (A): a gallery's credit is followed by its next caption as often as by a paragraph's
# end: the agency's name glued after a colon ("... Office Building AP:Associated Press") or the
# gallery's counter and the next caption's first word ("... in Harlow Getty Images 6 Jo Roe").
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n|$)|:[A-Z]|[ \t]+\d{1,3}[ \t]+[A-Z]")
# Photo libraries' and photo desks' credits no agency list holds, and a gallery's "Buy Photo"
# button (lower-cased; the library's bare name only in capitals, "GETTY": "J. Paul Getty" is a
# man's); a name never ends on one
_PHOTO_CREDITS = frozenset(("getty images", "usa today sports", "buy photo"))
# A credit in capitals of four letters or more opening the caption's text ("GETTY Jo Roe waves"):
# no name's word either, whatever follows it
_CAPS_CREDIT_HEAD = re.compile(r"(?P<agency>[A-Z]{4,}|(?i:usa[ \t]+today[ \t]+sports))[ \t]+(?=[A-Z])")


def _credit(agency: str) -> bool:
    """A news agency's or a photo library's credit (a short form only in capitals: "Jo Ap")."""
    return (len(agency) > 3 or agency.isupper()) and (
        is_known_agency(agency) or agency == "GETTY" or " ".join(agency.lower().split()) in _PHOTO_CREDITS
    )


def _cut_credit_tail(text: str, cand: Candidate) -> None:
    """ "Ana Kessel AFP" at a paragraph's end or before the gallery's next caption, "Jo Roe GETTY"
    anywhere: the photo's credit, no word of the name (a short form only in capitals: "Jo Ap" keeps
    hers); "... Buy Photo", a gallery's button, anywhere too."""
    gallery = _PARAGRAPH_END.match(text, cand.end) is not None
    for pattern in _CREDIT_TAILS:
        tail = pattern.search(text, cand.start, cand.end)
        if tail is None or tail.start() <= cand.start:
            return
        agency = tail["agency"]
        # a credit in capitals after a name in lower case ("Jo Roe GETTY"), never a line in capitals
        anywhere = agency == "Buy Photo" or (
            len(agency) > 3 and agency.isupper() and not text[cand.start : tail.start()].isupper()
        )
        if (gallery or anywhere) and _credit(agency):
            cand.end = tail.start()
            return


def _cut_credit_head(text: str, cand: Candidate) -> None:
    """ "GETTY Jo Roe", "USA TODAY Sports Harlow Cubs": a photo's credit in capitals (or a sports
    desk's) opening a caption's text, which the model runs into the name after it (session 48)."""
    head = _CAPS_CREDIT_HEAD.match(text, cand.start, cand.end)
    if head is None or text[head.end() : cand.end].isupper():
        return  # a line in capitals ("GETTY IMAGES"), recased apart
    if head_type(text[head.end() : cand.end]) == "ORGANIZATION":
        return  # the agency's own body ("XINHUA News Agency")
    if _credit(head["agency"]):
        cand.start = head.end()


_COLON_INSIDE = re.compile(r":[ \t]+")


def _cut_body_at_colon(text: str, cand: Candidate) -> None:
    """ "Department of Justice: Thoughts Stimulated", "Classroom Resources: Through", "Management
    System: Jo Roe": a model body across a colon and a space runs a label or a title into what
    follows it; no body's name holds one (session 32). The words before the colon stay when a
    body's head word ends them or comes before "of" or "for", else nothing does (a heading, or a
    work's title and subtitle)."""
    colon = _COLON_INSIDE.search(text, cand.start, cand.end)
    if colon is None:
        return
    left = text[cand.start : colon.start()]
    words = left.split()
    body = head_type(left) == "ORGANIZATION" or any(  # "Department of Justice", "Institute for ..."
        words[i + 1] in ("of", "for") and HEAD_TYPES.get(words[i].lower()) == "ORGANIZATION"
        for i in range(len(words) - 1)
    )
    cand.end = cand.start + len(left.rstrip()) if body else cand.start


# What no person's name holds: a colon and a space, or a symbol standing as a word (a heading's
# colon, a signature's "@", a menu path's ">" or "|"), and a lower-case word hyphened to its end.
_PERSON_BREAK = re.compile(r":[ \t]|[ \t][@>|](?:[ \t]|$)")
# The describing word is a past participle or a compound's own ending ("-centered", "-led",
# "-like", "-era", "-gate"): a lower-case syllable after a hyphen is a given name's in Chinese
# and Korean names ("Tsai Ing-wen", "Ban Ki-moon", "Kim Jong-un").
_HYPHENED_LOWER_END = re.compile(r"(?<=[A-Za-z])-(?:[a-z]{2,}ed|like|style|esque|era|gate)$")


def _cut_person_run_on(text: str, cand: Candidate) -> None:
    """ "Dana Quell: Learning to swim", "Jo @ my kitchen", "Settings > Profiles", "a Dana
    Quell-centered fan site", "the Jo Roe-gate affair": a model person run on across a heading's
    colon, a symbol standing as a word, or a hyphen before a lower-case word is the name before
    it; a talk's or a post's title, a signature's site, a menu path or a compound's describing
    word follows (session 47; the body's colon cut is ``_cut_body_at_colon``). A particle's
    hyphen opens a word ("al-Sharif") and ends none."""
    stop = _PERSON_BREAK.search(text, cand.start, cand.end)
    if stop is not None:
        cand.end = cand.start + len(text[cand.start : stop.start()].rstrip())
    tail = _HYPHENED_LOWER_END.search(text, cand.start, cand.end)
    if tail is not None:
        cand.end = tail.start()


def cut_model_name(text: str, cand: Candidate, gazetteer: Gazetteer) -> None:
    """A model's name cut at an opening quotation mark, prose, a question's verb, a title, a
    position, a date's month or a caption's credit (in place)."""
    _cut_at_opening_quote(text, cand)
    cut_furniture(text, cand)
    if cand.end <= cand.start:
        return
    if cand.type == "ORGANIZATION":
        _cut_body_at_colon(text, cand)
        if cand.end <= cand.start:
            return
    if cand.type == "PERSON":
        _cut_person_run_on(text, cand)
    _cut_month_tail(text, cand)
    _cut_credit_tail(text, cand)
    _cut_credit_head(text, cand)
    _cut_words(text, cand)
    if cand.end <= cand.start:
        return  # no name was left
    _cut_question_verb(text, cand)
    if cand.type == "ORGANIZATION" and titled_person(text[cand.start : cand.end], gazetteer):
        # "Detective Cowie Massy", "Trooper Roe": a person's title, then the name
        cand.type = "PERSON"
        cand.start = text.index(text[cand.start : cand.end].split()[1], cand.start + 1)
    if cand.type == "PERSON":
        cut_title(text, cand)
        take_given_name(text, cand, gazetteer)
        take_hyphened_given_name(text, cand)
        take_royal_style(text, cand)
        cut_opening_word(text, cand)
    if cand.type == "ORGANIZATION":
        cut_body_opening(text, cand, gazetteer)
    cut_qualifier_opening(text, cand)
    cut_position(text, cand)


_OPENING_QUOTE = re.compile(r"\s[‘“\"]")


def _cut_at_opening_quote(text: str, cand: Candidate) -> None:
    """ "Super Value ‘stumped’ on ...", "a true Transit Policy Institute ‘Gold Standard’ line":
    a quotation mark opened after a space starts a quote, no part of the name before it."""
    quote = _OPENING_QUOTE.search(text, cand.start, cand.end)
    if quote is not None:
        cand.end = quote.start()
