"""Entity stage: people, organisations, places and groups with roles, links and salience.

Statistical NER from a spaCy pipeline (NER component only) plus an offline
gazetteer, wire-copy rules and document-level consistency. See README.md here.
"""

from consumer.entities.extractor import EntityExtractor
from consumer.entities.model import DEFAULT_MODEL, load_nlp, resolve_model_name

__all__ = ["DEFAULT_MODEL", "EntityExtractor", "load_nlp", "resolve_model_name"]
