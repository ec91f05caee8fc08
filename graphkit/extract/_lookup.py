"""What the reference helpers ask of the actor index, as a protocol.

Who said a quotation (:mod:`graphkit.extract._speech`) and who belongs to which organisation
(:mod:`graphkit.extract._titles`) are read with the help of the actor index, and the index
(:class:`graphkit.extract.reference.ActorIndex`) needs both to read "we" and "his party".
The helpers see the index through :class:`ActorLookup`, so that no module imports the other
back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from graphkit.model import Mention

__all__ = ["ActorLookup"]


class ActorLookup(Protocol):
    """The actor index of one document, as the reference helpers use it."""

    doc: Doc
    #: the document's text, its quotations (character spans) and sentences.
    text: str
    quotes: list[tuple[int, int]]
    sents: list[Span]
    #: every actor mention, in text order.
    mentions: list[Mention]
    #: per-document results the helpers memoise.
    cache: dict[str, Any]

    def actor_for(self, token: Token) -> Mention | None:
        """The actor ``token`` denotes, or None."""

    def mention_at(self, token: Token) -> Mention | None:
        """The mention covering ``token``, without inference."""

    def sent(self, token: Token) -> Span:
        """The sentence of ``token``."""

    def in_quote(self, token: Token) -> bool:
        """True when ``token`` lies inside quotation marks."""
