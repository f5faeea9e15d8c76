"""Media topics of an article from its words, its entities' roles and its indicators.

A transparent, deterministic scorer: cue hits (headline counts double), plus the medtop of
every indicator metric, which is the strongest evidence that a story is economic. Scores are
squashed to (0, 1) with ``s / (s + k)`` so that confidence rises with evidence but never
claims certainty; topics below a floor are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from consumer.events import Article, Entity, Indicator, MediaTopic
from consumer.indicators.metric import METRIC_TOPICS, NON_ECONOMIC
from consumer.subjects.topics import TOPICS

_MEDTOP_LABELS = {
    "medtop:20000346": "economic indicator",
    "medtop:20000359": "gross domestic product",
    "medtop:20000370": "inflation",
    "medtop:20000365": "employment statistics",
}
_ECONOMY = "medtop:04000000"
_LABOUR = "medtop:09000000"
_HALF_SATURATION = 6.0
_FLOOR = 0.2
_MAX_CHARS = 100_000
_WORD = re.compile(r"[a-z][a-z-]*")


def _cue_index() -> dict[str, list[tuple[str, float]]]:
    index: dict[str, list[tuple[str, float]]] = {}
    for topic in TOPICS:
        for stem, weight in topic.cues:
            index.setdefault(stem, []).append((topic.code, weight))
    return index


_CUES = _cue_index()
_STEM_LENGTHS = sorted({len(stem) for stem in _CUES})


def _score_text(text: str) -> dict[str, float]:
    # Look each distinct word's prefixes up in a stem index: linear in the text, not
    # words x cues, which matters for 2,000-word stories.
    counts = Counter(_WORD.findall(text.lower()[:_MAX_CHARS]))
    scores: dict[str, float] = {}
    for word, count in counts.items():
        for length in _STEM_LENGTHS:
            if length > len(word):
                break
            for code, weight in _CUES.get(word[:length], ()):
                scores[code] = scores.get(code, 0.0) + weight * count
    return scores


def classify_subjects(
    article: Article, entities: Sequence[Entity] = (), indicators: Sequence[Indicator] = ()
) -> list[MediaTopic]:
    """IPTC Media Topics with a confidence, most confident first."""
    scores: dict[str, float] = {}
    for weight, text in ((2.0, article.headline), (1.0, article.body.text)):
        for code, value in _score_text(text).items():
            scores[code] = scores.get(code, 0.0) + weight * value
    for entity in entities:
        # Organisations described as governments or legislatures point at politics.
        description = (entity.attributes.description if entity.attributes else None) or ""
        if re.search(r"\b(?:government|legislat|parliament|ministry|party)\b", description, re.I):
            scores["medtop:11000000"] = scores.get("medtop:11000000", 0.0) + 1.0
    second_level: dict[str, float] = {}
    for indicator in indicators:
        if indicator.medtop is not None:
            second_level[indicator.medtop] = second_level.get(indicator.medtop, 0.0) + 3.0
            parent = _LABOUR if indicator.medtop == "medtop:20000365" else _ECONOMY
            scores[parent] = scores.get(parent, 0.0) + 3.0
        elif indicator.metric not in NON_ECONOMIC:
            scores[_ECONOMY] = scores.get(_ECONOMY, 0.0) + 1.0
        elif indicator.metric in METRIC_TOPICS:  # vote counts -> politics, magnitudes -> disaster
            code = METRIC_TOPICS[indicator.metric]
            scores[code] = scores.get(code, 0.0) + 1.0
    labels = {topic.code: topic.label for topic in TOPICS}
    topics = [
        MediaTopic(code=code, label=labels[code], confidence=round(value / (value + _HALF_SATURATION), 3))
        for code, value in scores.items()
    ]
    topics.extend(
        MediaTopic(
            code=code, label=_MEDTOP_LABELS[code], confidence=round(value / (value + _HALF_SATURATION), 3)
        )
        for code, value in second_level.items()
    )
    kept = [t for t in topics if t.confidence >= _FLOOR]
    kept.sort(key=lambda t: (-t.confidence, t.code))
    return kept
