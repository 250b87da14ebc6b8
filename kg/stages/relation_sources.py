"""The outlets an article relays: "dilansir Reuters", "dikutip dari AFP", "(Ant)" credits."""
from __future__ import annotations

import re

from kg.lang.id.evidence import is_common_word
from kg.model import DOCUMENT, Sentence
from kg.stages.relation_text import _WORD, TextReader

_LISTED = "rule:relations-outlet"   # a listed outlet's name, kept even on a closing credit line
# "detik.com", "setkab.go.id", "bolasport.com": an outlet named by its web address
_NAME = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}")   # one to four capitalised words
_WEB_ADDRESS = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,3})?\.(?:com|id|net|org)")


class SourceRelations(TextReader):
    # ---------------------------------------------------------------- sources
    def sources(self) -> None:
        k = self.k
        for s in self.doc.sentences:
            for c in k.source_re.finditer(self.text, s.start, s.end):
                if c.group().lower() in ("tulis", "lapor", "melaporkan", "dikutip") and \
                        not self.text[s.start:c.start()].rstrip().endswith(","):
                    continue
                outlet = self.outlet(c.end(), s)
                relay = k.relay_re.match(self.text, outlet[1] + 1, s.end) if outlet else None
                if relay:
                    outlet = self.outlet(relay.end(), s)
                while outlet:
                    key, end = outlet
                    self.relayed(key, s.index, (c.start(), end), "source-cue", 0.85)
                    # ("A dan B"; "dikutip BolaSport.com dari laman resmi PBSI": the outlet's own source too)
                    more = re.match(r"\s+(?:(?:dan|serta)\s+|(?=dari\s))", self.text[end:s.end])
                    outlet = self.outlet(end + more.end() - 1, s) if more else None
        for c in k.credit_line_re.finditer(self.text):
            # "Sumber: Koran Mingguan, 4 November 2024": the line names its source (a date may follow); "Sumber: Ant"
            written = c.group(1).split(",")[0].rstrip(". ")
            name = k.credits.get(written.lower(), written)
            if name.lower() in k.outlets or _WEB_ADDRESS.fullmatch(name) or self.outlet_name(name):
                self.credited(name, c.start(), (c.start(1), c.start(1) + len(written)), c.span())
        for c in k.syndication_re.finditer(self.text):
            if c.group(1).lower() in k.outlets or _WEB_ADDRESS.fullmatch(c.group(1)):
                self.credited(c.group(1), c.start(), c.span(1), c.span())
        if self.wire_dateline():
            self.relayed(self.doc.publisher, 0, self.doc.publisher_span, "source-dateline", 0.8)
        for v in k.reporting_re.finditer(self.text):
            m = self.mentions_in(max(0, v.start() - 80), v.start(), "Organization")
            sentence = self.doc.sentence_at(v.start())
            if m and self.k.dated_gap.fullmatch(self.text, m[-1].end, v.start()) and self.is_outlet(m[-1]):
                self.relayed(m[-1].entity, sentence.index if sentence else 0, (m[-1].start, v.end()), "source-reports", 0.8)
            elif not m or self.text[m[-1].end:v.start()].strip():
                named = self.outlet_named_before(v.start())   # "Demikian Wafa melaporkan": an outlet left unmarked
                if named:
                    key = self.entity(self.text[named[0]:named[1]], "Organization", named, kind="news_outlet",
                                      source=_LISTED)
                    self.relayed(key, sentence.index if sentence else 0, (named[0], v.end()), "source-reports", 0.8)
        for c in k.interview_re.finditer(self.text):
            m = self.mention_at(c.end() + 1)
            sentence = self.doc.sentence_at(c.start())
            if m and self.is_outlet(m):
                self.relayed(m.entity, sentence.index if sentence else 0, (c.start(), m.end), "source-interview", 0.8)
            elif (named := self.outlet_named_at(c.end() + 1)) is not None:   # "dirilis Saudi Press Agency"
                key = self.entity(self.text[named[0]:named[1]], "Organization", named, kind="news_outlet", source=_LISTED)
                self.relayed(key, sentence.index if sentence else 0, (c.start(), named[1]), "source-interview", 0.8)
        for c in re.finditer(r"\((\w+)(?:/\w+)*\)", self.text):
            name = k.credits.get(c.group(1).lower()) or (c.group(1) if c.group(1).lower() in k.outlets else None)
            if name:
                sentence = self.doc.sentence_at(c.start()) or self.doc.sentence_at(c.start() - 2)
                key = self.entity(name, "Organization", kind="news_outlet")
                self.relayed(key, sentence.index if sentence else 0, c.span(), "source-credit", 0.9)

    def outlet_name(self, name: str) -> bool:
        """A name a credit line gives that is an outlet's, not a photo's ("Sumber: Istimewa"): a body the
        article names, a name opened by an outlet's head word ("Koran Tempo"), or one uncommon word ("Borneonews")."""
        if not _NAME.fullmatch(name):
            return False
        return self.find_entity(name, "Organization") is not None or name.lower().startswith(self.k.outlet_heads) or \
            " " not in name and not is_common_word(name) and name.lower() not in self.k.credit_words

    def credited(self, name: str, at: int, name_span: tuple[int, int], span: tuple[int, int]) -> None:
        """The source a credit line at `at` names: an entity of that name, or a new outlet."""
        before = [x.index for x in self.doc.sentences if x.start < at]
        found = self.find_entity(name, "Organization")
        key = found.key if found else self.entity(name, "Organization", name_span, kind="news_outlet", source=_LISTED)
        self.relayed(key, before[-1] if before else 0, span, "source-credit", 0.85)

    def outlet_named_before(self, end: int) -> tuple[int, int] | None:
        """The span of a listed outlet's name written right before end (one to three words), if no mention
        covers it."""
        words = self.text[max(0, end - 60):end].split()
        for n in (3, 2, 1):
            name = " ".join(words[-n:]) if len(words) >= n else ""
            if name.lower() in self.k.outlets and name[:1].isupper():
                start = self.text.rfind(name, 0, end)
                # (a shorter name read inside it, "Myanmar" of "Myanmar Now", does not stop it)
                inside = all(start <= m.start and m.end <= start + len(name) and m.end - m.start < len(name)
                             for m in self.overlapping(start, start + len(name)))
                return (start, start + len(name)) if inside else None
        return None

    def outlet_named_at(self, start: int) -> tuple[int, int] | None:
        """The span of a listed outlet's whole name (one to four words) written from start, longer than any
        mention there ("Saudi Press Agency", not the place "Saudi")."""
        words = list(_WORD.finditer(self.text, start, min(len(self.text), start + 60)))
        for n in (4, 3, 2):
            if len(words) >= n and words[0].start() == start:
                end = words[n - 1].start() + len(words[n - 1].group().rstrip(",.;:)'\""))
                if self.text[start:end].lower() in self.k.outlets and \
                        not re.match(r" [A-Z]", self.text[end:end + 2]):   # (not "Jawa Pos | Radar Semarang")
                    return start, end
        return None

    def relayed(self, outlet: str, sentence: int, span: tuple[int, int], extractor: str, confidence: float) -> None:
        """The article relays the outlet, unless the outlet is its own publisher ("JAKARTA, KOMPAS.com - ...
        kata Bey kepada Kompas.com": an interview given to the article's own outlet)."""
        if outlet != self.doc.publisher or self.wire_dateline():
            self.out.add(DOCUMENT, "wasDerivedFrom", outlet, sentence, span, extractor, confidence)

    def is_outlet(self, m) -> bool:
        """A mention of an outlet the data lists (Reuters, Kompas.com ...)."""
        e = self.doc.entities.get(m.entity) if m.entity else None
        return bool(e and ({e.name.lower(), m.text.lower()} | {a.lower() for a in e.aliases}) & self.k.outlets)

    def wire_dateline(self) -> bool:
        """"PARIS (AFP) - ...": the dateline names a foreign wire agency whose story the article relays."""
        pub = self.doc.entities.get(self.doc.publisher) if self.doc.publisher else None
        return bool(pub and ({pub.name.lower()} | {a.lower() for a in pub.aliases}) & self.k.wire_agencies)

    def outlet(self, pos: int, s: Sentence) -> tuple[str, int] | None:
        """The outlet named at pos: a mention, or capitalised words up to the end of the clause."""
        pos = self.k.source_documents.match(self.text, pos, s.end).end()
        m = self.mention_at(pos)
        end = pos
        for w in _WORD.finditer(self.text, pos, s.end):
            bare = w.group().rstrip(",.;:)'\"")
            if not (bare[:1].isupper() or _WEB_ADDRESS.fullmatch(bare)
                    or bare.lower() in self.k.outlets) \
                    or len(self.text[pos:w.end()].split()) > 4:
                break
            end = w.start() + len(bare)
            if bare != w.group():
                break
        if m and m.type == "Organization" and end <= m.end:
            return m.entity, m.end
        if m and m.type == "Place" and m.start == pos and self.text[:pos].rstrip().endswith(" dari"):
            return None                       # "melaporkan dari Islamabad": where the report was sent from
        rest = self.text[end:s.end].lstrip()
        # ("dilansir antaranews pada Senin": the outlet ends before its day)
        if end == pos or not (rest[:1] in ("", ",", ".", ")", ";") or rest.startswith(("dan ", "yang ", "pada "))):
            return None
        return self.entity(self.text[pos:end], "Organization", (pos, end), kind="news_outlet"), end

