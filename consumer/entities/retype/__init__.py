"""Type corrections the small NER model gets wrong on news copy, by class of name.

``en_core_web_sm`` decides a type from a few words of context; the name itself often says
more. These rules read only the candidate's own words (and a few characters around it),
so their cost is linear in the number of candidates:

- diseases are MISC, never organisations or people ("COVID-19", "Ebola", "... syndrome");
- a name's head word says its class: "... Treaty", "... Act" are MISC (laws), "... Games",
  "... Cup", "... Expo" are EVENT, "... Ministry", "... University" are ORGANIZATION,
  "... Airport", "... Mountain" are LOCATION;
- a model span that ends inside a parenthesis ("Ministry of Commerce (MOFCOM") is cut before it;
- two or three capitalised words starting with a common given name, or a common Chinese
  surname followed by a one- or two-syllable given name, are a PERSON when the model said
  place or organisation and no gazetteer entry or organisation word says otherwise; so is a
  name with what only a person has next to it (an age, "who", a role before it or in
  apposition after it: "Vale, the company's chief operating officer,");
- a name of two or three words right after a credit or billing cue ("images by", "Photo:",
  "hosted by", "starring") is a person's, with the same exceptions;
- two organisations the story names on their own, joined by a hyphen before what they take
  part in ("the Hawks-Owls game"), are two names (this one reads the story's other names).

Hand-written because no maintained library types names by their head word; the given-name
list comes from the US census files shipped by the ``names`` package.

The rules live in one module per job (see the module table in consumer/entities/README.md):
``cleanup.tidy`` and ``apply.retype`` are the two entry points that run them in order. This
package re-exports what ``extractor`` asks of it by attribute (``retype.word_list``); other
modules import from the submodule that owns a name.
"""

from consumer.entities.retype.apply import retype
from consumer.entities.retype.cleanup import tidy
from consumer.entities.retype.given_names import census_name, is_given_name
from consumer.entities.retype.heads import head_type, is_head_word, is_street_head
from consumer.entities.retype.kinds import kind_of_place_before, place_context
from consumer.entities.retype.lexicons import disease_spans, holiday_spans, word_list
from consumer.entities.retype.lists import (
    bodies_in_lists,
    initials,
    listed_place_name,
    people_in_lists,
    places_in_lists,
)
from consumer.entities.retype.people import placed_by_context
from consumer.entities.retype.person_context import person_context
from consumer.entities.retype.person_names import (
    chinese_names,
    given_name_people,
    is_place,
    looks_like_person,
    quoted_nicknames,
    role_opened_people,
    without_nickname,
)
from consumer.entities.retype.speakers import (
    attributed,
    reported_people,
    speaker_names,
    titled,
    titled_speakers,
)

__all__ = [
    "attributed",
    "bodies_in_lists",
    "census_name",
    "chinese_names",
    "disease_spans",
    "given_name_people",
    "head_type",
    "holiday_spans",
    "initials",
    "is_given_name",
    "is_head_word",
    "is_place",
    "is_street_head",
    "kind_of_place_before",
    "listed_place_name",
    "looks_like_person",
    "people_in_lists",
    "person_context",
    "place_context",
    "placed_by_context",
    "places_in_lists",
    "quoted_nicknames",
    "reported_people",
    "retype",
    "role_opened_people",
    "speaker_names",
    "tidy",
    "titled",
    "titled_speakers",
    "without_nickname",
    "word_list",
]
