"""Documents from marked-up text, for event tests:

    doc = marked("[P Joko Widodo] bertemu [P Anwar Ibrahim] di [L Jakarta].")

``[P ...]`` is a person, ``[O ...]`` an organization, ``[L ...]`` a place. Every name
becomes one mention of one entity (same name, same entity); the text is segmented by
the pipeline's own sentence splitter.
"""
from __future__ import annotations

import re
from datetime import date

from kg.model import Document, Entity, Mention
from kg.stages.segment import segment

_MARK = re.compile(r"\[([POL]) ([^\]]+)\]")
_TYPES = {"P": "Person", "O": "Organization", "L": "Place"}


def marked(text: str, published: date | None = date(2025, 3, 12)) -> Document:
    plain, spans, pos = [], [], 0
    for m in _MARK.finditer(text):
        plain.append(text[pos:m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(2))
        spans.append((start, start + len(m.group(2)), _TYPES[m.group(1)], m.group(2)))
        pos = m.end()
    plain.append(text[pos:])
    doc = Document(id="t", text="".join(plain), published=published)
    for start, end, typ, name in spans:
        key = f"{typ.lower()}:{name.lower().replace(' ', '-')}"
        entity = doc.entities.setdefault(key, Entity(key, typ, name))
        mention = Mention(start, end, name, typ, "test", entity=key)
        entity.mentions.append(mention)
        doc.mentions.append(mention)
    return segment(doc)


def events_of(doc: Document, kind: str) -> list:
    return [e for e in doc.events if e.kind == kind]


def actor_names(doc: Document, event, role: str) -> set[str]:
    return {doc.entities[k].name for k in event.actors(role)}


def place_names(doc: Document, event) -> list[str]:
    return [doc.entities[p].name for p in event.places]
