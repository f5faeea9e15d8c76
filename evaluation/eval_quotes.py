"""Quote scoring for ``eval_enrichment.py`` (issue 14).

An output quote matches a gold quote of the same kind when their characters overlap by
at least 80% of each. Gold spans are strings: they are located in the output article's
headline or body text (whitespace- and quotation-mark-insensitive, spans in order, the
k-th identical gold quote at the k-th occurrence); a gold quote that cannot be located is
a miss. Matches are one to one (greedy by overlap). Speaker accuracy is over matched
direct quotes: the output speaker's name must equal the gold speaker or one of that gold
entity's aliases; a null output speaker counts as wrong (also when gold is null: the
figure "among named" leaves those out). The null rate is over output quotes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

KINDS = ("direct", "partial", "indirect")
_QUOTE_CHARS = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


@dataclass
class Counts:
    tp_out: int = 0
    n_out: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_out += other.tp_out
        self.n_out += other.n_out
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def line(self) -> str:
        p = self.tp_out / self.n_out if self.n_out else 1.0
        r = self.tp_gold / self.n_gold if self.n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f} ({self.tp_out}/{self.n_out})  R {r:.3f} ({self.tp_gold}/{self.n_gold})  F1 {f:.3f}"


@dataclass
class QuoteTally:
    by_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    any_kind: Counts = field(default_factory=Counts)
    direct_matched: int = 0
    speaker_right: int = 0
    direct_matched_named: int = 0
    speaker_right_named: int = 0
    out_quotes: int = 0
    out_null: int = 0
    out_direct: int = 0
    out_direct_null: int = 0
    unlocated: int = 0
    seconds: float = 0.0

    def add(self, other: QuoteTally) -> None:
        for kind in KINDS:
            self.by_kind[kind].add(other.by_kind[kind])
        self.any_kind.add(other.any_kind)
        for name in (
            "direct_matched",
            "speaker_right",
            "direct_matched_named",
            "speaker_right_named",
            "out_quotes",
            "out_null",
            "out_direct",
            "out_direct_null",
            "unlocated",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds

    def lines(self) -> list[str]:
        out = [f"quotes (any kind)     {self.any_kind.line()}"]
        out += [f"  {kind:<18}  {self.by_kind[kind].line()}" for kind in KINDS]
        m, n = max(self.direct_matched, 1), max(self.direct_matched_named, 1)
        right, named = self.speaker_right, self.speaker_right_named
        out.append(
            f"  speaker, matched direct: {right / m:.3f} ({right}/{self.direct_matched}, null wrong)  "
            f"among gold-named {named / n:.3f} ({named}/{self.direct_matched_named})"
        )
        null_all = self.out_null / max(self.out_quotes, 1)
        null_direct = self.out_direct_null / max(self.out_direct, 1)
        out.append(
            f"  null speakers: {null_all:.3f} of output quotes ({self.out_null}/{self.out_quotes}), "
            f"{null_direct:.3f} of direct ({self.out_direct_null}/{self.out_direct}); "
            f"gold quotes not located: {self.unlocated}"
        )
        return out


def _pattern(span: str) -> re.Pattern[str]:
    parts: list[str] = []
    for ch in span.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _QUOTE_CHARS:
            parts.append(f"[{re.escape(_QUOTE_CHARS)}]")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts))


def _chains(spans: Sequence[str], text: str) -> list[list[tuple[int, int]]]:
    """Every placement of the spans in order, the first span at each of its occurrences."""
    if not spans:
        return []
    found: list[list[tuple[int, int]]] = []
    variants = [spans, [html.unescape(s) for s in spans]]
    for variant in variants:
        first = _pattern(variant[0])
        rest = [_pattern(s) for s in variant[1:]]
        for m in first.finditer(text):
            chain = [m.span()]
            at = m.end()
            for pat in rest:
                nxt = pat.search(text, at)
                if nxt is None or nxt.start() - at > 5000:
                    break
                chain.append(nxt.span())
                at = nxt.end()
            else:
                found.append(chain)
        if found:
            return found
    return found


def _chars(spans: Sequence[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


def score_quotes(
    out: Sequence[dict[str, Any]],
    gold: dict[str, Any],
    event: dict[str, Any] | None,
    norm: Callable[[str | None], str],
    details: list[str],
) -> QuoteTally:
    tally = QuoteTally()
    english = (gold.get("language") or "en") == "en"
    gold_quotes = (gold.get("quotes") or []) if english else []
    aliases = {
        g["name"]: {norm(g["name"]), *(norm(a) for a in g.get("aliases") or [])}
        for g in gold.get("entities") or []
    }
    texts = {
        "headline": (event or {}).get("headline") or "",
        "body": ((event or {}).get("body") or {}).get("text", ""),
    }
    # Locate the gold quotes: the k-th identical one at the k-th placement.
    gold_chars: list[tuple[str, set[int]] | None] = []
    used: dict[tuple[str, tuple[str, ...]], int] = {}
    for g in gold_quotes:
        fld = g.get("field") or "body"
        key = (fld, tuple(g["spans"]))
        chains = _chains(g["spans"], texts.get(fld, ""))
        k = used.get(key, 0)
        used[key] = k + 1
        if k < len(chains):
            gold_chars.append((fld, _chars(chains[k])))
        else:
            gold_chars.append(None)
            tally.unlocated += 1
    out_chars = [(o["spans"][0]["field"], _chars([(s["start"], s["end"]) for s in o["spans"]])) for o in out]
    pairs: list[tuple[float, int, int]] = []
    for i, (ofld, ochars) in enumerate(out_chars):
        for j, located in enumerate(gold_chars):
            if located is None or located[0] != ofld:
                continue
            both = len(ochars & located[1])
            if both >= 0.8 * len(ochars) and both >= 0.8 * len(located[1]) and both:
                pairs.append((both / max(len(ochars), len(located[1])), i, j))
    pairs.sort(reverse=True)

    def match(same_kind: bool) -> dict[int, int]:
        taken_out: dict[int, int] = {}
        taken_gold: set[int] = set()
        for _, i, j in pairs:
            if i in taken_out or j in taken_gold:
                continue
            if same_kind and out[i]["kind"] != gold_quotes[j]["kind"]:
                continue
            taken_out[i] = j
            taken_gold.add(j)
        return taken_out

    kinded, blind = match(True), match(False)
    tally.any_kind = Counts(len(blind), len(out), len(blind), len(gold_quotes))
    for kind in KINDS:
        c = tally.by_kind[kind]
        c.n_out = sum(o["kind"] == kind for o in out)
        c.n_gold = sum(g["kind"] == kind for g in gold_quotes)
        c.tp_out = c.tp_gold = sum(out[i]["kind"] == kind for i in kinded)
    for o in out:
        tally.out_quotes += 1
        tally.out_null += o.get("speaker") is None
        if o["kind"] == "direct":
            tally.out_direct += 1
            tally.out_direct_null += o.get("speaker") is None
    for i, j in kinded.items():
        o, g = out[i], gold_quotes[j]
        if o["kind"] != "direct":
            continue
        gold_speaker = g.get("speaker")
        name = o.get("speaker_name")
        right = (
            bool(name)
            and bool(gold_speaker)
            and norm(name) in aliases.get(gold_speaker, {norm(gold_speaker)})
        )
        tally.direct_matched += 1
        tally.speaker_right += right
        if gold_speaker:
            tally.direct_matched_named += 1
            tally.speaker_right_named += right
        if not right:
            details.append(f"  ~  quote speaker {name}/{gold_speaker}: {o['text'][:70]!r}")
    for i, o in enumerate(out):
        if i not in kinded:
            also = f" (gold {gold_quotes[blind[i]]['kind']})" if i in blind else ""
            details.append(f"  FP quote {o['kind']:<8} {o.get('speaker_name')}: {o['text'][:80]!r}{also}")
    matched_gold = set(kinded.values())
    for j, g in enumerate(gold_quotes):
        if j not in matched_gold:
            where = "" if gold_chars[j] is not None else " (not located)"
            details.append(f"  FN quote {g['kind']:<8} {g.get('speaker')}: {g['text'][:80]!r}{where}")
    return tally
