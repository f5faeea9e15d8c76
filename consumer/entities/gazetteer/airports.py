"""Airports news copy names by a bare word of their own ("delays at Heathrow", "flights out of
LaGuardia"): the conventions list them as places (named facilities), but the small model reads a
bare airport's name as a body, a person or nothing ("LaGuardia" a body, "Gatwick" a person,
"Schiphol" a person the filters drop). Only names that are nothing but the airport: never a
town's ("Orly", "Narita", "Luton": the cities list has them), a person's ("JFK", "O'Hare",
"Dulles", "Logan") nor one an airline or a club shares.
"""

from __future__ import annotations

from consumer.entities.gazetteer.entries import GazEntry, add_entry

# canonical name -> (country, other forms): the bare name, the city's form, the spellings copy uses
_AIRPORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Heathrow Airport": ("GB", ("Heathrow", "London Heathrow", "London Heathrow Airport")),
    "Gatwick Airport": ("GB", ("Gatwick", "London Gatwick", "London Gatwick Airport")),
    "Stansted Airport": ("GB", ("Stansted", "London Stansted", "London Stansted Airport")),
    "LaGuardia Airport": ("US", ("LaGuardia", "La Guardia Airport")),
    "Newark Liberty International Airport": ("US", ("Newark Liberty", "Newark-Liberty")),
    "Reagan National Airport": ("US", ("Reagan National", "Ronald Reagan Washington National Airport")),
    "Amsterdam Airport Schiphol": ("NL", ("Schiphol", "Schiphol Airport")),
    "Singapore Changi Airport": ("SG", ("Changi", "Changi Airport")),
    "Haneda Airport": ("JP", ("Haneda", "Tokyo Haneda")),
    "Hartsfield-Jackson Atlanta International Airport": ("US", ("Hartsfield-Jackson",)),
    # a person's name is the airport's only with the airport's word after it
    "John F. Kennedy International Airport": (
        "US",
        ("JFK Airport", "JFK International Airport", "Kennedy Airport"),
    ),
    "O'Hare International Airport": ("US", ("O'Hare Airport", "Chicago O'Hare", "O'Hare International")),
    "Dulles International Airport": ("US", ("Dulles Airport", "Washington Dulles")),
    "Logan International Airport": ("US", ("Logan Airport", "Boston Logan")),
}


def add_airports(table: dict[str, GazEntry]) -> None:
    for name, (country, forms) in _AIRPORTS.items():
        entry = GazEntry(name=name, type="LOCATION", kind="other", country=country, rank=90)
        for form in (name, *forms):
            add_entry(table, form, entry)
