"""Events: parse each sentence once and read its events from the dependency tree.

The kinds, triggers, role rules and modality cues are data
(``kg/lang/id/events.toml``, read by ``kg.events.kinds``); the tree reading is
``kg.events.engine``. The parser is owned by the pipeline that runs this stage.
"""
from __future__ import annotations

from kg.config import Config
from kg.events.engine import Engine
from kg.events.kinds import declaration
from kg.model import Document


class EventStage:
    def __init__(self, parser):
        self.parser = parser
        self.engine = None   # built on the first document: the declaration is read once

    def __call__(self, doc: Document, config: Config) -> Document:
        if not doc.sentences:
            doc.events = []
            return doc
        if self.engine is None:
            self.engine = Engine(declaration(), self.parser)
        engine = self.engine
        # only sentences with a trigger word or a quantity cue can hold an event: parse those
        texts = [engine.parse_text(doc, s) for s in doc.sentences]
        wanted = [i for i, t in enumerate(texts) if engine.may_hold_event(t)]
        trees = dict(zip(wanted, self.parser.parse([texts[i] for i in wanted])))
        doc.events = engine.document_events(doc, [trees.get(i) for i in range(len(texts))])
        return doc
