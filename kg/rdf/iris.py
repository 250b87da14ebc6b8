"""The only place IRIs are minted.

Entity IRIs depend on the entity alone (a Wikidata or GeoNames id when known,
else a slug of type and canonical name), so graphs of separate articles merge by
union. Document-local things (mentions, sentences, events, assertions) hang
under the document IRI.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://w3id.org/newskg/"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def entity_key(type_: str, name: str, wikidata: str | None = None, geonames: str | None = None) -> str:
    """The stable key of an entity; it is also the tail of the entity IRI."""
    if wikidata:
        return f"wd/{wikidata}"
    if geonames:
        return f"gn/{geonames}"
    return f"{type_.lower()}/{slug(name)}"


@lru_cache(maxsize=4096)   # made for every mention and relation of an entity
def entity_iri(key: str) -> URIRef:
    return URIRef(f"{BASE}entity/{key}")


@lru_cache(maxsize=256)   # made for every mention, sentence and event of the document
def document_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}doc/{quote(doc_id, safe='')}")


def mention_iri(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{document_iri(doc_id)}#char={start},{end}")


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{document_iri(doc_id)}#sentence-{index}")


def event_iri(doc_id: str, event_id: str) -> URIRef:
    return URIRef(f"{document_iri(doc_id)}/event/{event_id}")


def assertion_iri(doc_id: str, n: int) -> URIRef:
    return URIRef(f"{document_iri(doc_id)}/assertion/{n}")


def extractor_iri(name: str) -> URIRef:
    return URIRef(f"{BASE}extractor/{slug(name)}")


def merged_event_iri(members) -> URIRef:
    """One event reported by several articles: named by the events it merges (stable as
    long as the same reports are merged)."""
    import hashlib
    key = "\n".join(sorted(str(m) for m in members))
    return URIRef(f"{BASE}event/{hashlib.sha256(key.encode()).hexdigest()[:20]}")


def role_iri(title: str) -> URIRef:
    """A post as written ("Juru bicara"), shared across documents."""
    return URIRef(f"{BASE}role/{slug(title)}")
