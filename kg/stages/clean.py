"""Mark page furniture and parse the dateline, without touching the text.

Removed spans (furniture: bylines, credits, teasers, navigation; see
kg.stages.furniture) are recorded in ``Document.removed`` with their reason;
later stages skip them, so offsets into the text as read never shift.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Document
from kg.stages.furniture import cues, find_furniture

# "Tehran, Purna Warta –", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --",
# "REPUBLIKA.CO.ID,PADANG--", "FTNews, Jakarta—", "jpnn.com, SURABAYA -", "Medcom.id, Bangkok:",
# "BULELENG, Kabarbali.co.id | ", "SUARA.COM , Bandung - ", "Trenggalek, beritadesa.id - 11 September 2024 – ",
# "RIAU ONLINE, JAKARTA-PSSI ...", "Pringsewu,Harian Koridor.com-Gubernur ..." (glued to the first word)
_DATELINE_COMMA = re.compile(
    r"(?P<place>[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2}|[a-z][\w\-]*(?:\.[a-z]{2,4})+)[ \t]?,[ \t]*"
    r"(?P<outlet>[A-Za-z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3})"
    r"(?:[ \t]+\([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}\))?"   # ("X.com, Sofifi (Maluku Utara) –": the town's province)
    r"(?:[ \t]*(?:–|—|--)[ \t]*|[ \t]*-[ \t]+|[ \t]+-[ \t]*|:[ \t]+|[ \t]+\|[ \t]+|(?<=[A-Z]{3})-|(?<=\.com)-|(?<=\.id)-)"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]*(?:–|—|-{1,2})[ \t]*)?(?=[A-Z\"“])")
# "Suara.com - ", "JawaPos.com - ", "LIPUTANKINI.COM-Gubernur ...": an outlet with a web address's shape,
# no place
_DATELINE_OUTLET_ONLY = re.compile(
    r"(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)[ \t]*(?:–|—|-{1,2})[ \t]*(?=[A-Z\"“])")
# "JAKARTA (ANTARA) -", "Gaza (Reuters) -", and the other way round "WartaPantura (Tegal) -"
_DATELINE_PAREN = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){0,2})[ \t]*\((?P<outlet>[^()\n]{2,40})\)"
    r"[ \t]*(?:–|—|-{1,2})(?:[ \t]+|(?=[A-Z\"“]))")   # ("SURABAYA (SUARAKOTA) --Partai ...": glued)
_OUTLET_SHAPE = re.compile(r"\.(?:com|co|id|net|org)\b|^(?:ANTARA|TEMPO|KOMPAS|REPUBLIKA|DETIK|CNN|VIVA)", re.I)
# "KONTAN.CO.ID - JAKARTA.": the outlet, then the place closed by a full stop or colon
_DATELINE_OUTLET_FIRST = re.compile(
    r"(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)[ \t]*(?:–|—|-{1,2})[ \t]*"
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})[.:][ \t]+")
# "NUSANTARANEWS | JAKARTA —", "JATIMPOS.CO/MALANG -": the outlet, a bar or slash, the place
_RUBRIC = re.compile(r"([A-Za-z]+)[ \t]*\|[ \t]*")
_DATELINE_OUTLET_BAR = re.compile(
    r"(?P<outlet>[A-Z][\w\-]*(?:\.[A-Za-z]{2,4})*)[ \t]*[|/][ \t]*"
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})[ \t]*(?:–|—|-{1,2})[ \t]+")
# "SIANTAR BERITASUMUT.CO Pematangsiantar -": the outlet (a web address, after its edition's region), a space, the place
_DATELINE_OUTLET_SPACE = re.compile(
    r"(?P<outlet>(?:[A-Z]+ )?[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)[ \t]+"
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})[ \t]*(?:–|—|-{1,2})[ \t]+")
# "PANDEGLANG – Bantenpos.com || Api ...": the place, a dash, the outlet's web address, a bar or dash
# (a hyphen glued on both sides joins one address: "TRIBUN-MEDAN.COM - ")
_DATELINE_PLACE_THEN_WEB = re.compile(
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})(?:[ \t]*(?:–|—)[ \t]*|[ \t]+-{1,2}[ \t]*|-{1,2}[ \t]+)"
    r"(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)[ \t]*(?:\|{1,2}|–|—|-{1,2}|:)[ \t]*(?=[A-Z\"“])")
# "BERITANEWS-Jakarta :": an outlet in capitals glued by a hyphen to the place
_DATELINE_OUTLET_HYPHEN = re.compile(
    r"(?P<outlet>[A-Z]{4,}(?:\.[A-Za-z]{2,4})*)-(?P<place>[A-Z][a-z][A-Za-z'\-]*(?: [A-Z][A-Za-z'\-]+){0,2})"
    r"[ \t]*(?:–|—|-{1,2}|:)[ \t]+(?=[A-Z\"“])")
# "Jakarta - ", "GROBOGAN - ", "PALU– ", "JAKARTA | ", "Jakarta: " (detik, Medcom ...), "JAKARTA-PT ...": a
# place with no outlet
_DATELINE_PLACE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})(?:[ \t]*(?:–|—|-{1,2})|[ \t]+\||:)[ \t]+(?=[A-Z\"“])|"
    r"(?P<glued>[A-Z]{3,}(?: [A-Z]{3,}){0,2})-(?=[A-Z])")
# "Kota baru//Kalsel,Kabarbanua.com –", "Halsel. Lensamalut.com —": a web address after a comma (or a full stop) closes a dateline however
# its place is written (the place is kept only when it has a place's shape)
_DATELINE_WEB_OUTLET = re.compile(
    r"(?P<head>[A-Za-z][^,\n]{1,38})[,.][ \t]*(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)[ \t]*(?:–|—|-{1,2})[ \t]*"
    r"(?=[A-Z\"“])")
# "Batubara (harianSIB.com)", "BONDOWOSO, IndonesiaPos.co.id": a line of its own, the place and the outlet's web address
_DATELINE_LINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})(?:[ \t]*\(|[ \t]*,[ \t]*)"
    r"(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,4})+)\)?[ \t]*$", re.M)
_PLACE_SHAPE = re.compile(r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2}")
_PLACE_CODE = re.compile(r"([A-Z][a-z][A-Za-z']*(?: [A-Z][A-Za-z']+){0,2})-[A-Z]{2,5}")
# on a web page the dateline opens the body, after the headline, byline and caption
_DATELINE_SEARCH_LINES = 25
_PLACE_ONLY_LINES = 3


def _bare(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span without the dash that glued it to the dateline's own dash ("DISWAY.ID--"), nor a web
    address's closing full stop ("harian.co.id.-")."""
    start, end = span
    while end > start + 1 and (text[end - 1] == "-" or text[end - 1] == "." and "." in text[start:end - 1]):
        end -= 1
    return start, end


def find_dateline(text: str, removed=()) -> tuple[tuple[int, int], tuple[int, int] | None,
                                                   tuple[int, int] | None] | None:
    """(header, place, outlet) spans (place or outlet None when not written) of a dateline at the start of one of the first lines that are
    not furniture. Both orders occur: "JAKARTA, KOMPAS.com -" and "REPUBLIKA.CO.ID, JAKARTA --"."""
    lines = [m.start() for m in re.finditer(r"^[ \t]*\S", text, re.M)]
    starts, limit = lines[:_DATELINE_SEARCH_LINES], (lines[_DATELINE_SEARCH_LINES:] or [len(text)])[0]
    # a byline cut from the start of a line leaves the dateline where it ends ("Editor : A TERNATE – ...")
    starts = sorted(set(starts) | {e for _, e, _ in removed if e < limit and text[e - 1] not in "\r\n" and
                                   text[e] not in "\r\n"})
    first, kept = True, 0
    for line_start in starts:
        offset = line_start + len(text[line_start:]) - len(text[line_start:].lstrip())
        if any(s <= offset < e for s, e, _ in removed):
            continue
        kept += 1
        rubric = _RUBRIC.match(text, offset)
        rubric = rubric if rubric and rubric.group(1).lower() in cues()["nav"] else None
        if rubric:
            offset = rubric.end()   # "NASIONAL | NUGres – ": the site's section, then the dateline
        for pattern in (_DATELINE_COMMA, _DATELINE_PAREN, _DATELINE_OUTLET_FIRST, _DATELINE_OUTLET_BAR,
                        _DATELINE_OUTLET_HYPHEN, _DATELINE_OUTLET_SPACE, _DATELINE_PLACE_THEN_WEB, _DATELINE_LINE):
            m = pattern.match(text, offset)
            if m:
                place, outlet = _bare(text, m.span("place")), _bare(text, m.span("outlet"))
                if not first and pattern is _DATELINE_COMMA and not (
                        _OUTLET_SHAPE.search(text[slice(*place)]) or _OUTLET_SHAPE.search(text[slice(*outlet)])
                        or _one_place(text[slice(*place)], text[slice(*outlet)]) or
                        _capitals_before_dash(text[slice(*place)], text[slice(*outlet)], m.group())):
                    # below the headline only a known outlet's shape, or a place the index knows
                    # beside a name it does not ("IDN Times, Sumenep -"), makes a dateline
                    continue
                if pattern in (_DATELINE_COMMA, _DATELINE_LINE) and _byline_word(text[slice(*place)]):
                    continue   # "Tim, CNN Indonesia | Rabu, ...": the byline of the outlet's team
                if pattern is _DATELINE_COMMA and all(_byline_word(text[slice(*part)].split()[0])
                                                      for part in (place, outlet)):
                    continue   # "Bukan Kalah, Bukan Mundur: Istana ...": a headline of ordinary words
                if _OUTLET_SHAPE.search(text[slice(*place)]) and not _OUTLET_SHAPE.search(text[slice(*outlet)]) \
                        or pattern in (_DATELINE_COMMA, _DATELINE_PAREN) and \
                        _outlet_first(text[slice(*place)], text[slice(*outlet)]):
                    place, outlet = outlet, place
                return (m.start(), m.end()), place, outlet
        m = _DATELINE_OUTLET_ONLY.match(text, offset)
        if m:
            return (m.start(), m.end()), None, _bare(text, m.span("outlet"))
        m = _DATELINE_WEB_OUTLET.match(text, offset)
        if m:
            place = m.span("head") if _PLACE_SHAPE.fullmatch(m.group("head")) else None
            return (m.start(), m.end()), place, _bare(text, m.span("outlet"))
        m = _DATELINE_PLACE.match(text, offset)
        place = m and ("place" if m.group("place") else "glued")
        coded = m and place == "place" and _PLACE_CODE.fullmatch(m.group("place"))
        if coded and _known_place(coded.group(1), dash=False):   # "Medan-BP:": the place, the outlet's code
            return (m.start(), m.end()), (m.start(), m.start() + len(coded.group(1))), None
        # a bare place opens the body: the first lines only (headline, lede); glued to it, one the index knows
        if m and place == "place" and m.group().rstrip()[-1] != ":" and \
                (_outlet_words(m.group(place)) or _listed_outlet(m.group(place)) and m.group().rstrip()[-1] != "|"
                 or rubric and not _known_place(m.group(place), dash=True)):   # (after a section: its outlet)
            # (not "Metro TV | Rabu, 5/3/2025": the outlet's byline over its time stamp)
            return (m.start(), m.end()), None, m.span(place)   # "KABAR GALUH - ": a news word names the outlet
        split = _outlet_then_place(m.group(place)) if m and place == "place" and m.group(place).isupper() else None
        if split:   # "WARTAKITA JAKARTA - ": an outlet the index does not know, then a place it knows
            return (m.start(), m.end()), (m.start() + split, m.end(place)), (m.start(), m.start() + split - 1)
        # (further down, below captions and date lines, a known place in capitals: "JAKARTA - ")
        # (not before a colon: "JAMBI: Arif; Beni, ..." is a line-up's label)
        capitals = m and m.group(place).isupper() and m.group().rstrip()[-1] != ":" and \
            _known_place(m.group(place).title(), False)
        if m and (kept <= _PLACE_ONLY_LINES or capitals) and (_known_place(m.group(place), dash=m.group().rstrip()[-1] != ":")
                                                if place == "place" else _known_place(m.group(place).title(), False)):
            return (m.start(), m.end()), m.span(place), None
        first = False
    return None


def _outlet_then_place(name: str) -> int | None:
    """Where the place starts in a dateline of capitals that is an outlet's one word, then a place the index
    knows ("WARTAKITA JAKARTA"; not "BANDAR LAMPUNG", one place, nor "KOTA BATU", a unit word and its town)."""
    from kg.geo.places import lookup
    from kg.lang.id.evidence import is_common_word
    first, _, rest = name.partition(" ")
    if not rest or len(first) < 4 or is_common_word(first.lower()) or \
            any(lookup(n.title(), context_countries=("ID",)) is not None for n in (name, first)):
        return None
    return len(first) + 1 if lookup(rest.title(), context_countries=("ID",)) is not None else None


def _listed_outlet(name: str) -> bool:
    """"VIVA - ": a news outlet of relations.toml (its web address's name: "Viva.co.id"), no place."""
    return name.lower() in _outlet_names()


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    from kg.lang.id.relation_kinds import load
    return frozenset(re.sub(r"\.(?:co\.id|com|id|co)$", "", o.lower()) for o in load().outlets)


def _byline_word(name: str) -> bool:
    """"Tim", "Redaksi": an ordinary word no place index knows, where a dateline has its place."""
    from kg.geo.places import lookup
    from kg.lang.id.evidence import is_common_word
    return is_common_word(name) and lookup(name, context_countries=("ID",)) is None


def _outlet_first(first: str, second: str) -> bool:
    """"FTNews, Jakarta—": the second name is a place the index knows and the first is not."""
    from kg.geo.places import lookup
    return lookup(second, context_countries=("ID",)) is not None and lookup(first, context_countries=("ID",)) is None


def _capitals_before_dash(place: str, outlet: str, header: str) -> bool:
    """"SANGATTA, KTV –", "SCARPERIA, NusaBali -": a one-word place in capitals, then a short outlet in
    capitals (or one word with a capital inside) and a dash, as outlets write datelines (also for towns
    the place index does not know)."""
    return re.fullmatch(r"[A-Z]{4,}", place) is not None and \
        re.fullmatch(r"[A-Z]{2,8}|[A-Z][a-z]+(?:[A-Z][a-z]*)+", outlet) is not None and \
        re.search(r"(?:–|—|-)[ \t]*$", header) is not None


def _one_place(first: str, second: str) -> bool:
    """One of the two names is a place the index knows, the other not."""
    return _outlet_first(first, second) or _outlet_first(second, first)


def _outlet_words(name: str) -> bool:
    """A name in capitals opened by a news word ("KABAR GALUH", "RADAR BOGOR"; furniture.txt
    [outlet-word]) or closed by one ("BANTEN EKSPRES"; [outlet-tail]), or one word glued to one
    ("CIANJURPOST"), that the place index does not know."""
    from kg.geo.places import lookup
    low = name.lower()
    if " " in name:
        news = low.split(" ", 1)[0] in cues()["outlet-word"] or low.rsplit(" ", 1)[1] in cues()["outlet-tail"]
    else:   # one word glued: "BERITASATU", "CIANJURPOST"
        news = any(low.startswith(w) and len(low) > len(w) + 2 for w in cues()["outlet-word"]) or \
            any(low.endswith(w) and len(low) > len(w) + 2 for w in cues()["outlet-tail"])
    return news and name.isupper() and lookup(name, context_countries=("ID",)) is None


def _known_place(name: str, dash: bool) -> bool:
    """A dateline without an outlet names a place the place index knows, or, before a
    dash, is written in capitals as outlets write datelines ("GROBOGAN - ")."""
    from kg.geo.places import lookup   # the index is read once, on first use
    return (dash and name.isupper() and len(name) > 3) or lookup(name, context_countries=("ID",)) is not None


def clean(doc: Document) -> Document:
    doc.removed.extend(find_furniture(doc.text))
    found = find_dateline(doc.text, doc.removed)
    if found:
        doc.dateline, doc.dateline_place_span, doc.publisher_span = found
    return doc
