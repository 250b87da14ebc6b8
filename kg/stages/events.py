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
        self._engines: dict = {}

    def __call__(self, doc: Document, config: Config) -> Document:
        if not doc.sentences:
            doc.events = []
            return doc
        engine = self._engines.get(config.today)
        if engine is None:
            engine = self._engines[config.today] = Engine(declaration(), self.parser, config.today)
        parsed = self.parser.parse([doc.text[s.start:s.end] for s in doc.sentences])
        doc.events = engine.document_events(doc, parsed)
        return doc
