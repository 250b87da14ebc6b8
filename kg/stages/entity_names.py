"""Tidy the names of bodies and places that the relation stage read from a job title.

The relation stage names the unit a title governs ("Kepala Pelaksana BPBD Banjarnegara ...",
"Kepala Badan Gizi Nasional: Prof. ...") and creates an entity when no recognised one has that
name. Such a name may carry the rest of the title ("Pelaksana"), a colon, the short form in
brackets, or a rank after it. Here each one is cut to the name itself; when the cut name is an
entity the article already has, the two are one entity and the relations point to it. A name
read only from a title-cased headline, or a portfolio ('Bidang Protokoler, Pers, dan Media'),
is dropped with its relations. A national team's nickname ("Garuda Muda") joins the team or the
country it names.
"""
from __future__ import annotations

import re

from functools import lru_cache

from kg.lang.id import evidence, names, word_list, word_set
from kg.lang.id.relation_kinds import load
from kg.model import Document, Entity
from kg.stages import national_teams
from kg.stages.resolve import bare_head_bodies, inner_short_forms
from kg.text import fold, tokenize

_SOURCE = "rule:relations"
_BRACKETED = re.compile(r" \(([^()]{2,30})\) ")


@lru_cache(maxsize=1)
def _lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in word_list("titles"))


@lru_cache(maxsize=1)
def _time_tail() -> re.Pattern:
    """Day and time words at the end of a name ('Istana Negara Hari Ini'; kg/lang/id/time_words.txt)."""
    return re.compile(r"(?: (?:%s))+$" % "|".join(map(re.escape, word_list("time_words"))))


def _cut(name: str) -> tuple[int, int]:
    """(chars dropped at the start, chars kept) of a name read from a title."""
    words = names.words()
    start, end = 0, len(name)
    name_words = name.split(" ")
    while len(name_words) > 1 and (name_words[0].lower() in words.title_words or
                                   name_words[0] == "Kantor" and (name_words[1],) in words.org_heads) and \
            (name_words[0],) not in words.org_heads:
        start += len(name_words[0]) + 1   # "Pelaksana BPBD", "Kantor Kementerian Luar Negeri Vietnam"
        name_words = name_words[1:]
    toks = tokenize(name, start, end)
    style = max((n for n in range(1, min(4, len(toks) - 1) + 1)
                 if tuple(t.text.lower() for t in toks[:n]) in words.titles), default=0)
    if style:
        start = toks[style].start   # "Dato’ Seri Zambry": a style or title before the name
    kept = name[start:end]
    kept = kept.rstrip(":;,. ")
    kept = _time_tail().sub("", kept)        # "Istana Negara Hari Ini"
    bracket = re.search(r" \([A-Z][\w\-]{1,15}(?: [A-Z][\w\-]{1,15}){0,2}\)$", kept)
    if bracket and " " in kept[:bracket.start()]:
        kept = kept[:bracket.start()]      # "Partai Kebangkitan Bangsa (PKB)", "... (Kapuspen Kemhan)"
    while " " in kept and kept.rsplit(" ", 1)[1].lower() in words.title_words and \
            not kept.rsplit(" ", 1)[1].isupper() and \
            (kept.rsplit(" ", 2)[-2],) not in words.org_heads:   # "Kementerian Keuangan": the body's portfolio
        kept = kept.rsplit(" ", 1)[0]      # "BNN RI Komjen"
    return start, len(kept)


def _same(doc: Document, e: Entity, name: str) -> Entity | None:
    """The entity the article already has under that name: of the same type by name, alias or
    mention, or of any type by a mention written exactly so ('Provinsi Kaltim')."""
    low = name.lower()
    for other in doc.entities.values():
        if other is e or not other.mentions:
            continue
        if other.type == e.type and (other.name.lower() == low or low in {a.lower() for a in other.aliases}) or \
                low in {m.text.lower() for m in other.mentions if other.type == e.type or m.text == name}:
            return other
    if e.type == "Person":   # "Zambry" of "Dato' Seri Zambry": the one person whose full name holds it
        fuller = [o for o in doc.entities.values() if o is not e and o.type == "Person" and o.mentions and
                  set(low.split()) < set(o.name.lower().split())]
        if len(fuller) == 1:
            return fuller[0]
    return None


def _headline_only(e: Entity, heads: list[tuple[int, int]], body: str) -> bool:
    """A name read only from a title-cased headline ('di Istana, Bahas Apa ?') that the body never writes."""
    return all(any(a <= m.start < b for a, b in heads) for m in e.mentions) and e.name not in body


def tidy(doc: Document) -> Document:
    heads = body = None   # the document's headlines and the rest, read once when first needed
    for e in list(doc.entities.values()):
        # names only the relation stage read; a person's also when a recogniser found a part ('Dato’ Seri Zambry')
        only_read = bool(e.mentions) and all(m.source == _SOURCE for m in e.mentions)
        if not only_read and not (e.type == "Person" and any(m.source == _SOURCE and m.text == e.name
                                                                for m in e.mentions)):
            continue
        if only_read and heads is None:
            heads = evidence.headline_lines(doc.text, doc.sentences)
            body = evidence.outside(doc.text, doc.sentences, heads)
        if only_read and (_headline_only(e, heads, body) or e.name.split(" ", 1)[0] in word_set("portfolio_intros")):
            for m in e.mentions:
                doc.mentions.remove(m)
            doc.relations = [r for r in doc.relations if e.key not in (r.subject, r.object)]
            del doc.entities[e.key]
            continue
        drop, length = _cut(e.name)
        if e.type == "Person":      # only a style before a person's name goes; "Mendes", "Perdana" end names
            length = len(e.name.rstrip(":;,. ")) - drop
        if e.name[drop:drop + length].endswith(" I") and any(
                (nxt := re.match(r" (\w+)", doc.text[m.end:m.end + 12])) and nxt.group(1) in word_set("name_openers")
                for m in e.mentions if m.text == e.name):
            length -= 2   # "DPD Partai Demokrat Bali | I Made ...": the Balinese name's "I", no number
        if length <= 0 or (drop == 0 and length == len(e.name)):
            continue
        name = e.name[drop:drop + length]
        spans = set()
        for m in list(e.mentions):
            if doc.text[m.start:m.end] == e.name:
                m.start, m.end = m.start + drop, m.start + drop + length
                m.text = doc.text[m.start:m.end]
            if (m.start, m.end) in spans:   # the cut name is a mention a recogniser already made
                e.mentions.remove(m)
                doc.mentions.remove(m)
            spans.add((m.start, m.end))
        other = _same(doc, e, name)
        if other is None:
            e.aliases.discard(name)
            e.name = name
            continue
        taken = {(m.start, m.end) for m in other.mentions}
        for m in e.mentions:
            if (m.start, m.end) in taken:
                doc.mentions.remove(m)
            else:
                m.entity = other.key
                other.mentions.append(m)
        for r in doc.relations:
            r.subject = other.key if r.subject == e.key else r.subject
            r.object = other.key if r.object == e.key else r.object
        del doc.entities[e.key]
    _merge_parts(doc)
    _join_bare_heads(doc)
    _join_defined_short_forms(doc)
    _join_team_nicknames(doc)
    for bare, team in national_teams.bare_national_teams(doc.entities, doc.text):
        _merge(doc, doc.entities[bare], doc.entities[team])
    for e in doc.entities.values():   # names the relation stage added ("Persib" of "Persib Bandung")
        e.aliases |= {m.text for m in e.mentions if not m.source.startswith("coref")} - {e.name}
        post = _BRACKETED.search(e.name) if e.type == "Organization" else None
        if post and post.group(1).lower() in _lower_titles():
            # "Unit Reserse Kriminal (Kanit Reskrim) Polsek X": the post's short form is no part of the unit
            e.aliases.add(e.name)
            e.name = e.name[:post.start()] + " " + e.name[post.end():]
        if e.type in ("Organization", "Place") and (forms := inner_short_forms(e.name)):
            # "Badan Penanggulangan Bencana Daerah (BPBD) Jawa Timur" read from a title: named without
            # the brackets, and known by its short form with the region
            e.aliases |= {e.name, forms[1]}
            e.name = forms[0]
            e.aliases.discard(e.name)
        for written in [a for a in e.aliases if e.type in ("Organization", "Place") and "(" in a]:
            if forms := inner_short_forms(written):   # (the name came without the brackets from another mention)
                e.aliases |= {forms[1]} | ({forms[0]} - {e.name})
        province = re.match(r"(?:Provinsi|Propinsi) (?=[A-Z])", e.name) if e.type == "Place" else None
        if province:   # "Provinsi Sulawesi Tengah" is also "Sulawesi Tengah"
            e.aliases.add(e.name[province.end():])
        bare = e.name[5:] if e.type == "Place" and re.match(r"Kota [A-Z]", e.name) else None
        if bare and not any(x is not e and x.type == "Place" and (bare in (x.name, *x.aliases) or
                                                                  x.name.endswith(" " + bare))
                            for x in doc.entities.values()):
            e.aliases.add(bare)   # "Kota Chengdu" is also "Chengdu" (not beside "Kabupaten Bandung")
        if e.type == "Organization":
            e.aliases |= _province_short_forms([e.name, *e.aliases]) - {e.name}
            bare = _without_legal_tail(e.name)
            if bare != e.name:   # "PT Pertamina (Persero)" is also written "PT Pertamina"
                e.aliases.add(bare)
    return doc


def _without_legal_tail(name: str) -> str:
    """'PT Brantas Abipraya (Persero) Tbk' -> 'PT Brantas Abipraya' (org_legal_tails.txt)."""
    words = name.split()
    while len(words) > 2 and words[-1] in word_set("org_legal_tails"):
        words.pop()
    return " ".join(words)


def _province_short_forms(written: list[str]) -> set[str]:
    """'Polda Nusa Tenggara Timur' is also 'Polda NTT': a body named after a province is written
    with the province's short form too ([places.abbreviations] of relations.toml)."""
    out = set()
    for short, full in load().abbreviations.items():
        out |= {n[:-len(full)] + short for n in written if n.endswith(" " + full)}
    return out


def _whole_of(doc: Document, e: Entity) -> Entity | None:
    """The one other entity of e's type that e is a part of: every mention of e is a part of one of its
    mentions ('Pusat Gempa Bumi' of 'Pusat Gempa Bumi dan Tsunami BMKG'; not 'PDIP' or 'DPRD Pati'
    inside 'Fraksi PDIP DPRD Pati', bodies of their own), or, for a person, its name's words are some
    of the other's ('Ahmad Fauzan' of 'Lalu Ahmad Fauzan', read by the relation stage)."""
    same = [o for o in doc.entities.values() if o is not e and o.type == e.type and o.mentions]
    inside = [o for o in same if all(any(_part(doc.text, m, x) for x in o.mentions) for m in e.mentions)]
    if len(inside) == 1:
        return inside[0]
    if e.type == "Organization" and not e.wikidata:
        # "Polres Meranti" of "Polres Kepulauan Meranti": the body, its region written by its last word
        ws = e.name.split()   # (the other's name is e's with one more word before its last, opening alike)
        fuller = [o for o in same if len(ows := o.name.split()) == len(ws) + 1 and ows[0] == ws[0] and
                  ows[:-2] + ows[-1:] == ws and names.indonesian_place(" ".join(ows[-2:]))]
        if len(fuller) == 1:
            return fuller[0]
    if e.type == "Person" and not e.wikidata:
        words = set(e.name.split())
        fuller = [o for o in same if words < set(o.name.split())]
        if len(fuller) == 1:
            return fuller[0]
    return None


def _part(text: str, m, x) -> bool:
    """m opens x, or ends x after the name of a place ('Bhayangkara Presisi' of 'Jakarta Bhayangkara Presisi')."""
    return x.start <= m.start and m.end <= x.end and (
        x.start == m.start or x.end == m.end and names.geo_known(text[x.start:m.start].strip()))


def _merge_parts(doc: Document) -> None:
    for e in sorted(doc.entities.values(), key=lambda e: len(e.name)):
        other = _whole_of(doc, e) if e.mentions else None
        if other is not None:
            _merge(doc, e, other)


def _join_bare_heads(doc: Document) -> None:
    """The resolve stage's join of a bare head ('DPRD') with its body, again for the bodies the relation
    stage read from a title ('Ketua DPRD Kabupaten Pati X')."""
    for bare, body in bare_head_bodies(doc.entities, inferred=True):
        if bare.mentions and not bare.wikidata and bare is not body:   # (a body written by its head and an alias)
            _merge(doc, bare, body)


def _join_defined_short_forms(doc: Document) -> None:
    """'Badan Amil Zakat Nasional (Baznas) ... Direktur Baznas X': a body written by the short form the
    article gives it in brackets (when the bracket itself is no mention) is that body."""
    for b in re.finditer(r"\(([A-Z][A-Za-z]{2,11})\)", doc.text):
        # (not a body the gazetteer knows on its own: "Kenji Morita (Alpine)" names his team)
        short = next((e for e in doc.entities.values() if e.type == "Organization" and e.name == b.group(1)
                      and e.mentions and not e.wikidata and not any(m.gazetteer_key for m in e.mentions)), None)
        if short is None:
            continue
        body = next((m for m in doc.mentions if m.entity and m.entity != short.key and m.type == "Organization"
                     and m.end == b.start() - 1), None)
        if body is not None:
            _merge(doc, short, doc.entities[body.entity])
            doc.entities[body.entity].aliases.add(b.group(1))


def _join_team_nicknames(doc: Document) -> None:
    """"Garuda Muda", "Harimau Malaya": a national team's nickname (team_nicknames.txt) is the one national
    team of its country the article names, else the country itself when the article names it; "Beruang Madu",
    a club's (club_nicknames.txt), is the club the article names."""
    for e in list(doc.entities.values()):
        if e.wikidata or e.key not in doc.entities:
            continue
        nickname = fold(e.name)
        side = national_teams.nickname_side(doc.entities, nickname) if e.type in ("Organization", "Person") else None
        target = doc.entities.get(side or national_teams.club_of_nickname(doc.entities, nickname) or "")
        if target is not None and target is not e:
            _merge(doc, e, target)
            target.aliases.add(e.name)


def _merge(doc: Document, e: Entity, other: Entity) -> None:
    """e is other: its mentions (those other has not) and relations go to other."""
    spans = {(m.start, m.end) for m in other.mentions}
    for m in e.mentions:
        if (m.start, m.end) in spans:
            doc.mentions.remove(m)
        else:
            m.entity, m.type = other.key, other.type
            other.mentions.append(m)
    other.titles |= e.titles
    if e.type == "Person" and other.type != "Person":   # ("Skuat Garuda" read as a coach: the team holds no post)
        people_only = {p for p, row in load().raw["predicates"].items() if row["subject"] == "Person"}
        doc.relations = [r for r in doc.relations if not (r.subject == e.key and r.predicate in people_only)]
    for r in doc.relations:
        r.subject = other.key if r.subject == e.key else r.subject
        r.object = other.key if r.object == e.key else r.object
    doc.relations = [r for r in doc.relations if r.subject != r.object]
    del doc.entities[e.key]
