"""The data that flows through the pipeline.

Every span is a pair of character offsets into ``Document.text``, the input
exactly as read (end exclusive), so any fact can be traced back to its words.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

ENTITY_TYPES = ("Person", "Organization", "Place")


@dataclass
class Sentence:
    start: int
    end: int
    index: int


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str                      # one of ENTITY_TYPES
    source: str                    # "gazetteer", "rule:<name>", "model", "coref:<name>"
    confidence: float = 1.0
    entity: str | None = None      # Entity.key once resolved
    title: str | None = None       # job title written before a person ("Presiden")
    gazetteer_key: str | None = None  # the gazetteer entry the surface matched, if any


@dataclass
class Entity:
    key: str                       # stable key: "wd:Q794", "gn:112931" or "person:ismail-haniyeh"
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kind: str | None = None        # subtype: "country", "city", "territory", "region", "news_outlet" ...
    wikidata: str | None = None    # "Q794"
    geonames: str | None = None    # "112931"
    lat: float | None = None
    lon: float | None = None
    country: str | None = None     # key of the containing country entity, if known
    titles: set[str] = field(default_factory=set)


@dataclass
class Evidence:
    """Where a relation or event came from."""
    sentence: int                  # Sentence.index
    start: int                     # the span of the cue in the text
    end: int
    extractor: str                 # e.g. "relations.apposition-member"
    confidence: float


@dataclass
class Relation:
    subject: str                   # Entity.key
    predicate: str                 # local name in the project ontology, e.g. "leads"
    object: str                    # Entity.key
    evidence: list[Evidence] = field(default_factory=list)
    qualifier: str | None = None   # free text refinement, e.g. "politbiro"
    role: str | None = None        # the post as written ("Juru bicara"), for leads / holdsPosition / memberOf
    former: bool = False           # the text states it as past ("mantan", "eks")


DOCUMENT = "document"              # Relation.subject standing for the article itself (its sources)
TITLE_BODY = "rule:title-body"     # Mention.source of a body named by a title's words ("Kapolres Siak")


@dataclass
class TimeValue:
    """A normalised time: a day, a month, or a range of days."""
    text: str                      # the phrase as written
    start: int                     # its span in the text
    end: int
    value: str | None = None       # "2023-11-04" (xsd:date) or "2023-06" (xsd:gYearMonth)
    earliest: date | None = None   # bounds when only a range is known
    latest: date | None = None
    year_inferred: bool = False    # year fixed by the weekday, not by a publication date


@dataclass
class Quantity:
    prop: str                      # ontology local name, e.g. "killed"
    value: int | float | str       # str only for a sports score ("2-1")
    text: str
    start: int
    end: int
    unit: str | None = None        # currency code for money, e.g. "USD"


@dataclass
class Event:
    id: str                        # unique within the document, e.g. "meeting-1"
    kind: str                      # ontology class local name, e.g. "Meeting"
    roles: list[tuple[str, str]] = field(default_factory=list)   # (role, Entity.key)
    places: list[str] = field(default_factory=list)              # Entity.key
    times: list[TimeValue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)   # (property, Event.id)
    since: TimeValue | None = None  # "sejak 7 Oktober": when what is counted began
    nominal: bool = False           # told by a noun ("serangan Israel"), not by a verb
    speaker_affiliation: str | None = None  # Entity.key of "seorang anggota Hamas" who spoke
    follows_previous: bool = False  # "Operasi tersebut memicu ...": caused by the event told before
    again: bool = False             # "kembali membekuk": another time than the event of its kind told before

    def actors(self, role: str | None = None) -> list[str]:
        return [key for r, key in self.roles if role is None or r == role]


@dataclass
class Document:
    id: str
    text: str                      # exactly as read (decoded), never modified
    published: date | None = None
    reference_date: date | None = None  # "today" for relative dates; set by the pipeline from Config
    url: str | None = None
    source: str | None = None      # file name or feed the article came from
    title: str | None = None       # headline, when the input gives one (HTML pages)
    author: str | None = None      # byline, when the input gives one (HTML pages)
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, reason)
    dateline: tuple[int, int] | None = None           # span of the dateline header
    dateline_place_span: tuple[int, int] | None = None  # "Tehran" in "Tehran, Purna Warta –"
    publisher_span: tuple[int, int] | None = None       # "Purna Warta"
    dateline_place: str | None = None      # Entity.key, set by resolution
    publisher: str | None = None           # Entity.key, set by resolution
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "year inferred from weekday"

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]

    def one_line(self, start: int, end: int) -> str:
        """The text of a span with its line breaks as spaces, offsets kept: what the models read
        of a sentence a hard-wrapped page spread over several lines."""
        return self.text[start:end].replace("\r", " ").replace("\n", " ")

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1   # sentences are in text order
        return self.sentences[i] if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end else None

    def is_removed(self, start: int, end: int) -> bool:
        return any(rs < end and start < re for rs, re, _ in self.removed)
