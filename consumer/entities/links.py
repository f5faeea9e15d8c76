"""Join keys for downstream: ISO 3166 codes, GeoNames ids and coordinates from the gazetteer."""

from __future__ import annotations

from consumer.entities.gazetteer import GazEntry
from consumer.events import EntityLinks


def links_for(entry: GazEntry | None) -> EntityLinks | None:
    if entry is None or entry.type != "LOCATION":
        return None
    return EntityLinks(
        iso3166=entry.iso3166,
        geonames_id=entry.geonames_id,
        latitude=entry.latitude,
        longitude=entry.longitude,
        kind=entry.kind,
        country=entry.country,
        division=entry.division,
    )
