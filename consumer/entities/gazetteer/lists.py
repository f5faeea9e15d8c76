"""The hand-written lists in ``data/``: organisations, market indices and products, nationalities
and groups."""

from __future__ import annotations

import functools
import re
from importlib import resources

from consumer.entities.gazetteer.entries import GazEntry, add_entry


def _data_lines(filename: str) -> list[str]:
    text = (
        resources.files("consumer.entities").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    )
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def add_organisations(table: dict[str, GazEntry]) -> set[str]:
    acronyms: set[str] = set()
    for line in _data_lines("organizations.txt"):
        forms = [part.strip() for part in line.split("|") if part.strip()]
        entry = GazEntry(name=forms[0], type="ORGANIZATION", rank=95)
        for form in forms:
            if form.replace(".", "").isupper() and len(form) <= 6:
                acronyms.add(form)
            add_entry(table, form, entry)
    return acronyms


def add_products(table: dict[str, GazEntry]) -> set[str]:
    """The listed indices and products; returns their forms written in capitals ("PS4",
    "DAX"), which the matcher otherwise takes for unknown acronyms and skips."""
    capitals: set[str] = set()
    products = _data_lines("products.txt")
    for line in _data_lines("indices.txt") + products:
        forms = [part.strip() for part in line.split("|") if part.strip()]
        entry = GazEntry(name=forms[0], type="PRODUCT", rank=95)
        mixed = {form.lower() for form in forms if not form.isupper()}
        for form in forms:
            if form.isupper() and len(form) <= 6 and form.lower() not in mixed:
                capitals.add(form)  # not "KOSPI" beside "Kospi": then either case names it
            add_entry(table, form, entry)
    _add_product_plurals(table, products)
    return capitals


# A listed product's form whose plural is the form and an "s": a last letter other than a
# sibilant's or a consonant's "y" ("Xboxes", "Macintoshes", "Observatories" and "iTunes" are left
# out; "Game Boys" is in), or a digit ("PS4s")
_PLURAL_BY_S = re.compile(r"(?:[a-gi-rt-wA-GI-RT-W\d]|[aeiouAEIOU][yY])$")


def _add_product_plurals(table: dict[str, GazEntry], lines: list[str]) -> None:
    """A listed product's plural is the product (session 47, J): "users tap their iPhones",
    "the new Windows Phones", "two Kindles" name the units sold, one entity with the singular
    ("Joy-Cons" of "Joy-Con" in the annotations); the model read them as nothing or as a people.
    Filed only under keys no entry holds, so a name of its own wins; no market index (a
    benchmark has no units)."""
    for line in lines:
        forms = [part.strip() for part in line.split("|") if part.strip()]
        entry = table.get(" ".join(forms[0].split()).lower())
        if entry is None or entry.type != "PRODUCT":
            continue
        for form in forms:
            plural = " ".join(f"{form}s".split()).lower()
            if _PLURAL_BY_S.search(form) and plural not in table:
                add_entry(table, f"{form}s", entry)


@functools.cache
def market_index_names() -> frozenset[str]:
    """Canonical names of the listed market indices and benchmarks ("Nikkei 225", "Brent")."""
    from consumer.entities.rules.markets import BENCHMARKS  # rules imports this module

    listed = {line.split("|")[0].strip() for line in _data_lines("indices.txt")}
    return frozenset(listed | set(BENCHMARKS.values()))


@functools.cache
def group_words() -> frozenset[str]:
    """Nationality and group words as written ("Indian", "Indians", "Chinese", "Muslims")."""
    return frozenset(_group_forms())


@functools.cache
def _group_forms() -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for line in _data_lines("nationalities.txt") for w in line.split())


def add_groups(table: dict[str, GazEntry]) -> None:
    """One entity per group: "Americans" and "American" are the same NORP entry."""
    known = group_words()
    for form in _group_forms():
        singular = form[:-1] if form.endswith("s") and form[:-1] in known else form
        add_entry(table, form, GazEntry(name=singular, type="NORP", rank=70))
