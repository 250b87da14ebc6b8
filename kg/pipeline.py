"""The ordered stages an article goes through. Each stage takes a Document and
returns it enriched; it declares which Document fields it needs and which it
fills, and the pipeline checks that order when it is assembled."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from kg.config import Config
from kg.errors import InputError, KgError
from kg.model import Document
from kg.parse.parser import Parser
from kg.stages import clean, entity_names, link, merge_events, mentions, relations, resolve, segment
from kg.stages.events import EventStage


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document, Config], Document]
    requires: frozenset[str]
    provides: frozenset[str]


def _stage(name, fn, requires=(), provides=(), takes_config=False) -> Stage:
    run = fn if takes_config else (lambda doc, cfg, fn=fn: fn(doc))
    return Stage(name, run, frozenset(requires), frozenset(provides))


def default_stages(parser: Parser) -> list[Stage]:
    """The stages of a build; the event stage reads trees from ``parser``."""
    return [
        _stage("clean", clean.clean, {"text"}, {"removed", "dateline"}),
        _stage("segment", segment.segment, {"text", "removed"}, {"sentences"}),
        _stage("mentions", mentions.recognize, {"sentences", "dateline"}, {"mentions"}, True),
        _stage("resolve", resolve.resolve, {"mentions"}, {"entities"}, True),
        _stage("link", link.link, {"entities"}, {"entity_ids"}, True),
        _stage("relations", relations.extract_relations, {"entity_ids", "sentences"}, {"relations"}),
        _stage("entity_names", entity_names.tidy, {"relations"}, {"entity_names"}),
        _stage("events", EventStage(parser), {"entity_ids", "sentences"}, {"events"}, True),
        _stage("merge_events", merge_events.merge_events, {"events", "relations"}, {"merged_events"}),
    ]


STAGES = default_stages(Parser())   # a description of the order (tests read it)


class Pipeline:
    """The stages of a build and the resources they own (the parser, loaded lazily on
    first use). Build one and call it on many documents to load the models once."""

    def __init__(self, stages: list[Stage] | None = None, config: Config = Config(),
                 parser: Parser | None = None):
        self.parser = parser or Parser()
        stages = default_stages(self.parser) if stages is None else stages
        have = {"text"}
        for s in stages:
            missing = s.requires - have
            if missing:
                raise KgError(f"pipeline stage {s.name!r} needs {', '.join(sorted(missing))}, "
                              "which no earlier stage provides")
            have |= s.provides
        self.stages, self.config = stages, config

    def __call__(self, doc: Document) -> Document:
        if len(doc.text) > self.config.max_chars:
            raise InputError(f"article {doc.id!r} has {len(doc.text):,} characters, more than the limit of "
                             f"{self.config.max_chars:,}; split it or raise the limit (--max-chars)")
        if doc.reference_date is None:   # the one place "today" is read; stages get it from the Document
            doc.reference_date = self.config.today or doc.published or date.today()
        for s in self.stages:
            out = s.run(doc, self.config)
            if not isinstance(out, Document):
                raise TypeError(f"stage {s.name!r} returned {type(out).__name__}, not a Document")
            doc = out
        return doc
