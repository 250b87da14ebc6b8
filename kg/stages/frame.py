"""A sentence with its mentions replaced by typed placeholders, for pattern matching.

"Haniyeh, yang berbasis di ibu kota Qatar, Doha" becomes
"⟨P4⟩, yang berbasis di ibu kota ⟨L9⟩, ⟨L10⟩" (P person, O organization,
L place; the number indexes ``doc.mentions``). Patterns in the relation and
event extractors are written against this form, so they speak of roles
("a person, then 'anggota', then an organization") instead of words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from kg.model import Document, Mention, Sentence

TYPE_LETTER = {"Person": "P", "Organization": "O", "Place": "L"}
PER = r"⟨P\d+⟩"
ORG = r"⟨O\d+⟩"
PLACE = r"⟨L\d+⟩"
ACTOR = r"⟨[POL]\d+⟩"
AGENT = r"⟨[PO]\d+⟩"
_SLOT = re.compile(r"⟨([POL])(\d+)⟩")


@dataclass
class Frame:
    doc: Document
    sentence: Sentence
    text: str                                  # the abstracted sentence
    offsets: list[int] = field(default_factory=list)  # frame position -> document offset

    def mention(self, slot: str) -> Mention:
        return self.doc.mentions[int(_SLOT.fullmatch(slot).group(2))]

    def entity(self, slot: str | None) -> str | None:
        return self.mention(slot).entity if slot else None

    def slots(self, start: int = 0, end: int | None = None) -> list[re.Match]:
        return list(_SLOT.finditer(self.text, start, len(self.text) if end is None else end))

    def entities_in(self, start: int, end: int, letters: str = "POL") -> list[str]:
        return [self.entity(m.group()) for m in self.slots(start, end) if m.group(1) in letters]

    def last_org_before(self, pos: int, earlier_sentences: bool = True) -> str | None:
        """The organization named last before frame position pos (in earlier sentences too)."""
        orgs = self.entities_in(0, pos, "O")
        if orgs or not earlier_sentences:
            return orgs[-1] if orgs else None
        earlier = [m for m in self.doc.mentions
                   if m.end <= self.sentence.start and m.type == "Organization" and m.entity]
        return earlier[-1].entity if earlier else None

    def doc_span(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets of a frame span."""
        return self.offsets[start], self.offsets[max(start, end - 1)] + 1


def build(doc: Document, sentence: Sentence, numbered=None) -> Frame:
    """numbered: (index, mention) pairs sorted by start, from frames(); all of doc.mentions if not given."""
    numbered = numbered if numbered is not None else sorted(enumerate(doc.mentions), key=lambda im: im[1].start)
    lo = bisect_left(numbered, sentence.start, key=lambda im: im[1].start)
    hi = bisect_left(numbered, sentence.end, key=lambda im: im[1].start)
    parts, offsets, pos = [], [], sentence.start
    inside = [(i, m) for i, m in numbered[lo:hi] if m.end <= sentence.end and m.entity]
    for i, m in inside:
        if m.start < pos:
            continue
        parts.append(doc.text[pos:m.start])
        offsets.extend(range(pos, m.start))
        slot = f"⟨{TYPE_LETTER[m.type]}{i}⟩"
        parts.append(slot)
        offsets.extend([m.start] * (len(slot) - 1) + [m.end - 1])
        pos = m.end
    parts.append(doc.text[pos:sentence.end])
    offsets.extend(range(pos, sentence.end))
    return Frame(doc, sentence, "".join(parts), offsets)


def frames(doc: Document) -> list[Frame]:
    numbered = sorted(enumerate(doc.mentions), key=lambda im: im[1].start)
    return [build(doc, s, numbered) for s in doc.sentences]
