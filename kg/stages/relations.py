"""Relations between entities: the data-driven engine (relation_engine, reading
kg/lang/id/relations.toml) first, then Indonesian patterns over sentence frames.

Each pattern names the grammatical shape it reads (apposition, role noun before
a name, "berbasis di", "ibu kota X, Y", "pendukung utama", "dukungan dari",
"dalam X, termasuk Y"), not the words of one article.
"""
from __future__ import annotations

import re

from kg.lang.id.relation_kinds import load
from kg.model import Document
from kg.stages import relation_engine
from kg.stages.relation_engine import Collector
from kg.stages.frame import ACTOR, AGENT, ORG, PER, PLACE, Frame, frames

_LEADER_ROLES = r"pemimpin|ketua(?: umum)?|kepala|komandan|panglima|presiden|direktur(?: utama)?|sekjen|" \
                r"sekretaris jenderal|perdana menteri|raja|emir|gubernur|bupati|wali ?kota|rektor|pendiri|ceo|" \
                r"pelatih(?: kepala)?|dirut|kapolri|kapolda"
_MEMBER_ROLES = r"anggota|kader|pejabat|petinggi|tokoh|politisi|politikus|pemain|kapten|wakil ketua|menteri|staf|" \
                r"karyawan|diplomat|penyerang|gelandang|bek|kiper|striker|direktur [a-z]+"
_REPRESENTATIVE_ROLES = r"perwakilan|wakil|utusan|duta(?: besar)?|dubes|juru bicara|jubir|menteri luar negeri|menlu"
_ROLE_ADJ = r"(?: senior| tinggi| utama| umum| resmi| politik| tertinggi| militer| sementara| kepala)*"
_LEADER = re.compile(rf"^(?:{_LEADER_ROLES})$", re.IGNORECASE)
_REPRESENTS = re.compile(rf"^(?:{_REPRESENTATIVE_ROLES})$", re.IGNORECASE)


def _role_predicate(role: str) -> str:
    role = " ".join(role.lower().split())
    return "leads" if _LEADER.match(role) else "representativeOf" if _REPRESENTS.match(role) else "memberOf"

# "X, yang merupakan anggota politbiro Y"; "X, pemimpin Y"; "X, juru bicara Y"
_APPOSITION = re.compile(
    rf"(?P<p>{PER}),? (?:yang )?(?:merupakan |adalah |menjabat(?: sebagai)? |sebagai |selaku )?"
    rf"(?:seorang |salah (?:satu|seorang) )?(?P<role>{_REPRESENTATIVE_ROLES}|{_LEADER_ROLES}|{_MEMBER_ROLES}){_ROLE_ADJ}"
    rf"(?P<unit>(?: [a-z]+){{0,2}}?) (?P<o>{ORG})", re.IGNORECASE)
_NEXT_NAME = re.compile(rf"(?: [A-Z][\w-]*)* {PER}")
# "... dan perwakilan utamanya di Lebanon" continuing an apposition
_REPRESENTATIVE = re.compile(
    rf"\b(?:dan|serta|sekaligus) (?:{_REPRESENTATIVE_ROLES}){_ROLE_ADJ}(?:nya|(?: (?P<o>{ORG})))(?: di (?P<l>{PLACE}))?",
    re.IGNORECASE)
# "pemimpin Hamas Ismail Haniyeh", "pemimpin kelompok tersebut dan pemimpin politiknya Ismail Haniyeh"
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?P<role>{_REPRESENTATIVE_ROLES}|{_LEADER_ROLES}|{_MEMBER_ROLES}){_ROLE_ADJ}(?P<unit>(?: [A-Z][a-z]+){{0,2}})"
    rf"(?:(?P<nya>nya)| (?P<o>{ACTOR}))"
    rf"(?: (?:dan|sekaligus|serta) (?:{_LEADER_ROLES}|{_MEMBER_ROLES}){_ROLE_ADJ}(?:nya)?)?,? (?P<p>{PER})",
    re.IGNORECASE)
# a subject with an optional acronym in brackets and an optional ", yang ...," clause after it
_SUBJ = rf"(?P<s>{AGENT})(?: \({ACTOR}\))?(?:, yang [^,]*,)?"
_BASED = r"(?P<verb>berbasis|bermarkas|berkantor(?: pusat)?|berpusat|tinggal|bermukim|menetap|berdomisili)"
# "X, yang berbasis di ibu kota Qatar, Doha" (but "di Wina, Austria": Wina)
_BASED_IN = re.compile(
    rf"{_SUBJ},? (?:yang )?(?:kini |saat ini |selama ini )?{_BASED} di "
    rf"(?:ibu ?kota (?:(?P<c>{PLACE}),? )?|(?:kota|negara|wilayah|kawasan) )?(?P<l>{PLACE})", re.IGNORECASE)
# "Jalur Gaza, tempat Hamas bermarkas"
_PLACE_WHERE = re.compile(rf"(?P<l>{PLACE}),? (?:tempat|di mana) (?P<s>{AGENT}) {_BASED}", re.IGNORECASE)
_MEDIA = r"saluran (?:TV|televisi)|stasiun (?:TV|televisi)|televisi|media|kantor berita|surat kabar|harian|situs berita"
# "Lebanon saluran TV berbasis Al Mayadeen" and "saluran TV yang berbasis di Lebanon, Al Mayadeen"
_MEDIA_BASED = [
    re.compile(rf"(?P<l>{PLACE}) (?:{_MEDIA}) (?:yang )?{_BASED} (?P<s>{ORG})", re.IGNORECASE),
    re.compile(rf"(?:{_MEDIA}) (?:yang )?{_BASED} di (?P<l>{PLACE}),? (?P<s>{ORG})", re.IGNORECASE),
]
_CAPITAL = [
    re.compile(rf"ibu ?kota (?:negara )?(?P<c>{PLACE}),? (?P<l>{PLACE})", re.IGNORECASE),
    re.compile(rf"(?P<l>{PLACE}),? (?:yang merupakan |sebagai )?ibu ?kota (?:negara )?(?P<c>{PLACE})", re.IGNORECASE),
]
_SUPPORTER = re.compile(
    rf"(?P<a>{ACTOR})(?: \({ACTOR}\))?(?:, yang [^,]*,)? (?:adalah|merupakan|menjadi|sebagai|dikenal sebagai) (?:salah satu )?"
    rf"(?:pendukung|penyokong|sekutu|pelindung|penyandang dana)(?: utama| terbesar| setia| kuat| terkuat)? (?P<b>{ACTOR})",
    re.IGNORECASE)
_SUPPORT_FROM = re.compile(
    rf"(?P<b>{AGENT})(?:(?!⟨)[^.;])*?\bdukungan (?:yang (?:di)?(?:terima|dapat|peroleh)(?:nya)? )?dari (?P<a>{ACTOR})",
    re.IGNORECASE)
_MEMBERS_LIST = re.compile(
    rf"\b(?:dalam|di dalam|anggota|bagian dari|tergabung dalam) (?P<g>{ORG}),? (?:termasuk|seperti|antara lain|"
    rf"di antaranya|yaitu) (?P<list>{AGENT}(?:(?:,| dan| serta) {AGENT})*)", re.IGNORECASE)
# "Rina Astuti dari fraksi PAN, Yusuf Hamdani dari PKS": a member of a faction or a party
_FACTION = re.compile(rf"(?P<p>{PER}) (?:dari|asal) (?P<cue>(?:fraksi|partai) )?(?P<o>{ORG})", re.IGNORECASE)
_PARTY_HEADS = ("Partai ", "PDI ", "PDI-P", "Fraksi ")
_SLOT = re.compile(ACTOR)


class _Patterns:
    """The sentence-frame patterns; they add only what the data-driven engine did not link."""

    def __init__(self, out: Collector):
        self.out = out
        self.linked = out.pairs()
        self.read: dict[str, list[tuple[int, int]]] = {}   # subject -> spans the engine read
        for r in out.found.values():
            self.read.setdefault(r.subject, []).extend((e.start, e.end) for e in r.evidence)

    def add(self, f: Frame, s: str | None, pred: str, o: str | None, m: re.Match, extractor: str,
            confidence: float, qualifier: str | None = None) -> None:
        start, end = f.doc_span(*m.span())
        if (s, o) in self.linked and pred != "representativeOf" or pred in ("leads", "memberOf") and \
                any(a < end and start < b for a, b in self.read.get(s, ())):
            return
        self.out.add(s, pred, o, f.sentence.index, (start, end), extractor, confidence, qualifier=qualifier)


def _based_predicate(f: Frame, m: re.Match) -> str:
    """Organizations are headquartered ("bermarkas", "berkantor pusat"); people are based somewhere."""
    hq = m.group("verb").lower().startswith(("bermarkas", "berkantor", "berpusat"))
    return "headquarteredIn" if hq and f.mention(m.group("s")).type == "Organization" else "basedIn"


def _extract(f: Frame, out: _Patterns) -> None:
    t = f.text
    for m in _APPOSITION.finditer(t):
        if _NEXT_NAME.match(t, m.end()):
            continue          # "A, Direktur PT X B, ...": a list of people with their posts; the post is B's
        pred = _role_predicate(m.group("role"))
        person, org = f.entity(m.group("p")), f.entity(m.group("o"))
        out.add(f, person, pred, org, m, "apposition-role", 0.85, (m.group("unit") or "").strip() or None)
        rest = _REPRESENTATIVE.match(t, m.end()) or _REPRESENTATIVE.match(t, m.end() + 1)
        if rest:
            out.add(f, person, "representativeOf", f.entity(rest.group("o")) or org, rest, "apposition-representative", 0.8)
            out.add(f, person, "basedIn", f.entity(rest.group("l")), rest, "apposition-representative", 0.7)
    for m in _ROLE_BEFORE_NAME.finditer(t):
        org = f.entity(m.group("o")) if m.group("o") else f.last_org_before(m.start())
        if m.group("o") and f.mention(m.group("o")).type == "Person" or \
                not m.group("o") and m.group("unit").strip()[:1].isupper():
            continue          # "Wakil Bupati sebelumnya, X": a title with no body written is the engine's to read
        # the head of a unit ("Direktur Penyidikan KPK") is a member of the organization
        pred = "memberOf" if m.group("unit") else _role_predicate(m.group("role"))
        # a title with its unit named is the relation engine's; here: "pemimpin kelompok tersebut ... X",
        # "pemimpin politiknya X", representatives
        if "," in t[m.start():m.start("p")] and "," not in t[:m.start()] and load().fronted_clause.match(t):
            continue          # "Setelah pertemuan dengan Menlu Chile, Retno Lestari ...": two people
        if pred == "representativeOf" or not m.group("o") or f.mention(m.group("o")).source.startswith("coref"):
            out.add(f, f.entity(m.group("p")), pred, org, m, "role-before-name", 0.8)
    for pattern, name in ((_BASED_IN, "based-in"), (_PLACE_WHERE, "place-where")):
        for m in pattern.finditer(t):
            out.add(f, f.entity(m.group("s")), _based_predicate(f, m), f.entity(m.group("l")), m, name, 0.85)
    for pattern in _MEDIA_BASED:
        for m in pattern.finditer(t):
            out.add(f, f.entity(m.group("s")), "basedIn", f.entity(m.group("l")), m, "media-based", 0.8)
    for pattern in _CAPITAL:
        for m in pattern.finditer(t):
            if pattern is _CAPITAL[0] and t[:m.start()].rstrip().endswith(","):
                continue      # "Kotapinang, ibu kota Kabupaten X, Sumatera Utara": X lies in the province
            out.add(f, f.entity(m.group("l")), "capitalOf", f.entity(m.group("c")), m, "capital", 0.9)
    for m in _SUPPORTER.finditer(t):
        out.add(f, f.entity(m.group("a")), "supports", f.entity(m.group("b")), m, "supporter-noun", 0.85)
    for m in _SUPPORT_FROM.finditer(t):
        out.add(f, f.entity(m.group("a")), "supports", f.entity(m.group("b")), m, "support-from", 0.75)
    for m in _FACTION.finditer(t):
        party = f.entity(m.group("o"))
        if m.group("cue") or party and f.doc.entities[party].name.startswith(_PARTY_HEADS):
            out.add(f, f.entity(m.group("p")), "memberOf", party, m, "faction", 0.8)
    for m in _MEMBERS_LIST.finditer(t):
        group = f.entity(m.group("g"))
        for slot in _SLOT.findall(m.group("list")):
            out.add(f, f.entity(slot), "memberOf", group, m, "member-list", 0.8)


def extract_relations(doc: Document) -> Document:
    out = Collector()
    relation_engine.extract(doc, out)
    patterns = _Patterns(out)
    for f in frames(doc):
        _extract(f, patterns)
    doc.relations = list(out.found.values())
    return doc
