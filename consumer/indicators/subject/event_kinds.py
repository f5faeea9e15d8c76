"""Which events are gatherings: the fairs, games and meetings whose visitors, exhibitors, deals
and medals a story counts.

"The event drew 3,000 exhibitors" stands for the fair named before it, never for a war, a
holiday or a storm the story named last ("Christmas", "World War II", "Typhoon Kajiki"): a broad
head ("the event", "the show") is read as the event only when that event's name says it is a
gathering, by a word of its kind in it.
"""

from __future__ import annotations

from consumer.events import Entity

_GATHERING_WORDS = frozenset(
    {
        "expo",
        "exposition",
        "fair",
        "exhibition",
        "show",
        "forum",
        "summit",
        "conference",
        "congress",
        "convention",
        "festival",
        "games",
        "olympics",
        "paralympics",
        "olympiad",
        "championship",
        "championships",
        "cup",
        "open",
        "tournament",
        "marathon",
        "race",
        "regatta",
        "gala",
        "carnival",
        "week",
        "awards",
        "biennale",
        "triennale",
        "finals",
        "masters",
        "classic",
        "rally",
        "meeting",
        "session",
    }
)


def is_gathering(event: Entity) -> bool:
    """Whether the event's name holds a word for a gathering ("... Trade Fair", "... Games
    2030", "... Fair for Investment and Trade")."""
    return any(word.strip(".,()") in _GATHERING_WORDS for word in event.name.lower().split())
