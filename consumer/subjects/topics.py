"""IPTC Media Topic top-level codes and the cue words that signal them in wire copy.

Cues are stems matched at word starts, weighted by how specific they are ("bribery" says
crime more surely than "court"). The lists are short on purpose: a classifier over 17 broad
topics needs the words an editor would use to file the story, not a vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    code: str
    label: str
    cues: tuple[tuple[str, float], ...]


def _cues(strong: str, weak: str = "") -> tuple[tuple[str, float], ...]:
    return tuple((w, 2.0) for w in strong.split()) + tuple((w, 1.0) for w in weak.split())


TOPICS: tuple[Topic, ...] = (
    Topic(
        "medtop:01000000",
        "arts, culture, entertainment and media",
        _cues(
            "film movie cinema box-office museum theatre theater concert album novel artist actor actress",
            "music festival television broadcaster media book celebrit",
        ),
    ),
    Topic(
        "medtop:02000000",
        "crime, law and justice",
        _cues(
            "bribery corruption fraud murder arrest prosecutor convicted sentenced smuggl theft police",
            "court judge lawsuit trial crime illegal scandal falsif",
        ),
    ),
    Topic(
        "medtop:03000000",
        "disaster, accident and emergency incident",
        _cues(
            "earthquake quake flood wildfire explosion crash collapse tsunami landslide hurricane typhoon",
            "rescue evacuat accident disaster emergency casualt",
        ),
    ),
    Topic(
        "medtop:04000000",
        "economy, business and finance",
        _cues(
            "economy economic gdp growth output industr investment export import trade inflation price "
            "revenue profit market stock shares company companies bank financ overcapacity yuan dollar",
            "business firm enterprise sales manufactur steel coal capital fiscal budget tax",
        ),
    ),
    Topic(
        "medtop:05000000",
        "education",
        _cues("school university student teacher education curriculum exam", "college campus scholar"),
    ),
    Topic(
        "medtop:06000000",
        "environment",
        _cues(
            "pollution emission climate environmental carbon wildlife conservation",
            "renewable green energy-saving smog",
        ),
    ),
    Topic(
        "medtop:07000000",
        "health",
        _cues(
            "hospital disease virus vaccine patient medical health epidemic cancer", "doctor drug treatment"
        ),
    ),
    Topic("medtop:08000000", "human interest", _cues("anniversary centenarian", "celebrat curious")),
    Topic(
        "medtop:09000000",
        "labour",
        # "strike" is also a goal, an air raid or lightning: a weak cue on its own
        _cues("unemployment employment jobless union wage layoff worker", "labour labor job hiring strike"),
    ),
    Topic(
        "medtop:10000000",
        "lifestyle and leisure",
        _cues("tourism tourist travel holiday recipe fashion", "leisure hobby restaurant"),
    ),
    Topic(
        "medtop:11000000",
        "politics",
        _cues(
            "election legislature parliament congress deputies lawmakers government minister president "
            "party policy policies vote diplomatic",
            "leadership official authorit provincial plenary governor senate politic",
        ),
    ),
    Topic(
        "medtop:12000000", "religion", _cues("church mosque temple religious pope clergy", "faith worship")
    ),
    Topic(
        "medtop:13000000",
        "science and technology",
        _cues(
            "robot research scientist technology spacecraft satellite software digital laboratory",
            "innovation tech internet scienc",
        ),
    ),
    Topic(
        "medtop:14000000",
        "society",
        _cues("poverty welfare population migration demographic", "social community famil housing"),
    ),
    Topic(
        "medtop:15000000",
        "sport",
        _cues(
            "football soccer basketball tennis olympic championship league coach tournament match",
            "player team goal season",
        ),
    ),
    Topic(
        "medtop:16000000",
        "conflict, war and peace",
        _cues("war military troops missile attack terrorism ceasefire armed", "army conflict peace"),
    ),
    Topic(
        "medtop:17000000",
        "weather",
        # "forecast" alone is as often a company's guidance as the weather's
        _cues("weather rainfall temperature storm snow", "heatwave drought forecast"),
    ),
)
