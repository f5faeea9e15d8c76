"""Rooms of a seat of government that copy names as the spot where something happens ("met in the
Oval Office", "a ceremony in the East Room"): the conventions list named facilities as places,
but the small model reads them as bodies (by the head word "Office"), on pages of many papers
(session 48; "Capitol Hill" is the cities list's district). The seat itself stays a body: the
organisation list's "White House", "Kremlin" and "Pentagon" speak for a government far more
often than they name a building.
Only names no body, town, show or person shares ("Situation Room" is a news programme's too).
"""

from __future__ import annotations

from consumer.entities.gazetteer.entries import GazEntry, add_entry

# canonical name -> (country, other forms)
_LANDMARKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Oval Office": ("US", ()),
    "East Room": ("US", ()),
    "Roosevelt Room": ("US", ()),
}


def add_landmarks(table: dict[str, GazEntry]) -> None:
    for name, (country, forms) in _LANDMARKS.items():
        entry = GazEntry(name=name, type="LOCATION", kind="other", country=country, rank=90)
        for form in (name, *forms):
            add_entry(table, form, entry)
