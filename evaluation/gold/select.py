"""Pick the gold items: a frozen check part and a dev part, by a fixed seed.

Stratified by kind so both wire pages and HTML bodies are scored in each part:
the check part is 10 wire pages and 10 HTML pages, the dev part the next 20 of each in the
same shuffled order (16 at first; 4 more of each were added for the quote gold). A holdout
part, the next 12 of each, was annotated later (6 of each, then 6 more) to judge rule changes
the dev part was tuned on (totals only, like the check part); the 6 of each after the holdout
were then added to the dev part, and later 5 more of each (all the wire pages left). In
session nine the next 20 HTML pages (an earlier one-reader audit had read them, but no gold
file covered them) were annotated blind by six readers, scored once untouched, and added to
the dev part; then the last 29 HTML pages (the rest of that audit) were annotated blind by
seven readers and added to the holdout part, read only as totals. Run it again to see the
same lists; never re-draw.

    python evaluation/gold/select.py ../shared/data
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261202
CHECK_PER_KIND = 10
DEV_PER_KIND = 20
HOLDOUT_PER_KIND = 12
DEV_LATER_PER_KIND = 11  # added to dev after the holdout was drawn (6, then 5)
DEV_SESSION_NINE_HTML = 20  # HTML pages only: no wire page was left


def main(data: Path) -> None:
    wire = sorted(p.stem for p in (data / "wire-pages").glob("*.txt"))
    html = sorted(json.loads((data / "article-extraction" / "ground-truth.json").read_text()))
    rng = random.Random(SEED)
    rng.shuffle(wire)
    rng.shuffle(html)
    end = CHECK_PER_KIND + DEV_PER_KIND
    later = end + HOLDOUT_PER_KIND
    out = {
        "check": {"wire": wire[:CHECK_PER_KIND], "html": html[:CHECK_PER_KIND]},
        "dev": {
            "wire": wire[CHECK_PER_KIND:end] + wire[later : later + DEV_LATER_PER_KIND],
            "html": html[CHECK_PER_KIND:end]
            + html[later : later + DEV_LATER_PER_KIND + DEV_SESSION_NINE_HTML],
        },
        "holdout": {
            "wire": wire[end : end + HOLDOUT_PER_KIND],
            # and every HTML page after the dev part's (session nine)
            "html": html[end : end + HOLDOUT_PER_KIND]
            + html[later + DEV_LATER_PER_KIND + DEV_SESSION_NINE_HTML :],
        },
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
