"""Recognise mentions of people, organizations and places: one stage, one policy.

Candidates come from the dateline, the gazetteer and the Indonesian name rules
(kg.lang.id.names), and from the statistical model (kg.ner). Where they overlap,
the higher priority wins, then the longer span; the model may split a rule's
span where it sees a person next to an institution. Each chosen mention keeps
its source and confidence.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.config import Config
from kg.lang.id import evidence, names, place_level_abbreviations, relation_kinds, unit_short_forms, word_set
from kg.lang.id.evidence import is_common_word
from kg.model import Document, Mention
from kg.spans import ByStart, Taken, listed_runs
from kg.text import is_acronym, tokenize

# lower wins
PRIORITY = {
    "rule:dateline": 0,
    "gazetteer": 1,
    "rule:building": 0.4,                            # "Gedung DPR", "Stadion Gelora Bung Karno": one place
    "rule:company": 0.45,                            # "PT Indonesia Kendal Tbk": legal form ... legal tail
    "rule:school": 0.45,                             # "SMA Negeri 1 Batam": type, status, number, town
    "rule:team": 0.45,                               # "tim Surabaya Samudra Perkasa": city and sponsor
    "rule:party-branch": 0.45,                       # "DPD Partai Golkar Jawa Timur": branch, party, region
    "rule:title": 2, "rule:title-region": 2,        # a job title fixes where a name starts
    "rule:title-region-guess": 2,                    # "Bupati X Name" with X no known place
    "rule:apposition": 2.5,                          # "Benediktus Tanaem, pemilik usaha ..."
    "rule:org-name": 3, "rule:title-org": 3, "rule:org-shape": 3, "rule:org-cue": 3,
    "rule:place-name": 3.5, "rule:place-head": 3.5,  # known places, "Kabupaten X"
    "rule:place-chain": 3.55,                        # "di A, B, Surabaya": an address's names
    "rule:place-cue-strong": 3.6, "rule:place-before-region": 3.6,
    "rule:name-shape": 3.8,                          # "Nguyen Xuan Phuc": an East Asian family name first
    "model": 4,
    "rule:place-cue": 5,                             # "di X", "ke X"
    "gazetteer:title": 6,                            # "Pemimpin Revolusi Islam" alone
    "rule:acronym": 7,
}


_AGE_AFTER = re.compile(evidence.AGE)   # " (58)": an age in brackets after a name
_INITIAL = re.compile(r"[A-Z]\.?")   # "M.", "P": an initial of a name
_SHARE_AFTER = re.compile(r" \(\d+(?:[.,]\d+)? ?(?:persen|%)\)")   # " (0,2 persen)": a share of votes after a name
_MINUTE_AFTER = re.compile(r" ?\(\d{1,3}(?:\+\d{1,2})?['’`]\)$")   # " (87’)": the minute a player scored
_MINUTE_NEXT = re.compile(r",? (?:pada |di )?menit(?: ke-? ?\d)")   # "ditutup oleh Bagas Arfian menit ke-85"
_BRACKETED_POST = re.compile(r" ?\(([a-z][a-z ]{2,30})\)")
_DEGREE_AFTER = re.compile(r",? ([A-Z][A-Za-z]{0,3}\.(?:[A-Z][A-Za-z]{0,3}\.?){0,2})(?=[,\s])")   # ", S.P.": a degree


def _model(doc: Document, spans: list[tuple[int, int]], words: names.Words):
    from kg.ner import recognizer
    texts = [doc.one_line(s, e) for s, e in spans]
    for (s, _), found in zip(spans, recognizer.predict_many(texts)):
        for start, end, type_, conf in found:
            # "Aku", "Apa" at a sentence start; "MoU." closing one
            if doc.text[s + start:s + end].rstrip(".") not in words.not_names:
                yield Mention(s + start, s + end, "", type_, "model", conf)


def _player_at(m: Mention, text: str) -> bool:
    """A name of two words or more followed by a match's minute, with no club's word in it and no place the
    index knows at its start, is the player who acted then (the recogniser takes some for bodies)."""
    words = text[m.start:m.end].split()
    return len(words) >= 2 and _MINUTE_NEXT.match(text, m.end) is not None and \
        not any(w in word_set("club_heads") or w in word_set("club_tails") for w in words) and \
        not names.geo_known(words[0])


def _institutional(name: str) -> bool:
    """A name with a body's head word in it ("Narkoba Polresta Pekanbaru") is nobody's."""
    return any((w,) in names.words().org_heads for w in name.split())


_SPLITTABLE = {"rule:title", "rule:org-name", "rule:title-org", "rule:place-head", "rule:org-cue", "rule:place-cue",
               "rule:place-name"}


def _split_by_model(cands: list[Mention], text: str) -> list[Mention]:
    """Where the model divides a rule's span into other names, trust the model's boundaries:
    'Ketua Umum Partai Golkar Airlangga Hartarto' is an organization and a person, not one name."""
    model = ByStart(m for m in cands if m.source == "model")
    words = names.words()
    org_heads = words.org_heads
    drop, keep = set(), []
    for i, c in enumerate(cands):
        if c.source not in _SPLITTABLE or c.source == "rule:place-name" and " " in text[c.start:c.end] and \
                names.geo_known(text[c.start:c.end]):
            continue   # (a place the index knows by its whole name: "Rio de Janeiro", not "Rio" and a person)
        inner = [m for m in model.inside(c.start, c.end) if (m.start, m.end) != (c.start, c.end)]
        # another kind of name inside: several words or an acronym ("Partai Golkar", "DPR"), not a lone first name
        other = [m for m in inner if m.type != c.type and (" " in text[m.start:m.end] or text[m.start:m.end].isupper())
                 and (m.type == "Person") != (c.type == "Person")
                 and not (c.type == "Person" and m.type == "Place" and not names.geo_known(text[m.start:m.end]))
                 # ("Letkol Inf Roy | Chandra Sihombing": after a rank, a person's last names the model took for a
                 # body with no body's word in them are still the person's)
                 and not (c.source == "rule:title" and c.type == "Person" and m.type == "Organization" and
                          m.start > c.start and names.ends_with_rank(text[max(0, c.start - 30):c.start].rstrip(" .")) and
                          not _institutional(text[m.start:m.end]) and not is_acronym(text[m.start:m.end]))
                 and not (m.type == "Person" and _institutional(text[m.start:m.end]))
                 # ("Direktorat Lalu Lintas Polda | Jawa Barat": the region a unit's head word names)
                 and not (m.type == "Person" and text[c.start:m.start].split()[-1:] and
                          text[c.start:m.start].split()[-1] in word_set("region_unit_heads"))
                 # ("Badan Pengawas Perdagangan | Berjangka Komoditi": no name ends in a common noun)
                 and not (m.type == "Person" and is_common_word(text[m.start:m.end].split()[-1]))
                 # ("Dinas Bina Marga dan | Cipta Karya": a portfolio's words are no one's name)
                 and not (m.type == "Person" and all(w.lower() in words.portfolios for w in text[m.start:m.end].split()))
                 # ("Yonif 133/ | YS": the code after a numbered command's number is its name)
                 and not re.search(rf"\b(?:{names.COMMAND_NUMBER})/$", text[max(c.start, m.start - 6):m.start])]
        # (a titled person's last names the model took for a place it does not know are still the person's:
        # "Duta Besar RI untuk Vietnam Rangga | Kusumawardana Putra")
        # (after its initials or honorific: "Jl. K.H. | Ahmad Dahlan", "Jalan K H | Wahid Hasyim")
        head = c.source == "rule:place-head" and re.match(
            r"\S+ (?:(?:[A-Z]\.){1,3} |(?:[A-Z] ){1,3}|(?:KH|Dr|Prof|Ir|Hj?)\.? )?", text[c.start:c.end])
        if head and all(c.start < m.start <= c.start + head.end() and m.end == c.end for m in other):
            continue   # "Kelurahan | Bandar Selamat": the name after a place head word is the place's
            # (also read from the honorific on: "Jalan K | H Wahid Hasyim")
        if c.source == "rule:org-name" and any(m.end == c.end and tuple(text[c.start:m.start].split()) in org_heads
                                               for m in other):
            continue   # "Kepolisian Resor | Cirebon Kota": the name after an organization's head words is its name
        name = text[c.start:c.end]
        if c.source == "rule:org-name" and name.split()[0] in ("PT", "PT.") and \
                f"{name} ({''.join(w[0] for w in name.split()[1:])})" in text:
            continue   # "PT Pertamina | Hulu Sanga": a company the article defines whole with its initials elsewhere
        if other and (len(inner) >= 2 or any(m.end == c.end for m in inner)):
            drop.add(i)
            tail = next((m for m in inner if m.end == c.end and m.start > c.start), None)
            direction = re.match(r"(?:Utara|Selatan|Timur|Barat|Tengah|Tenggara|Barat Daya) (?=[A-Z])",
                                 text[tail.start:tail.end]) if tail else None
            if direction:
                tail.start += direction.end()   # "Provinsi Jawa Tengah | Sumarno": the region ends the place
            elif tail:
                tail.start += _region_after_unit_word(text, c.start, tail)   # "Kabupaten | Temanggung Sulastri"
            if tail and c.type in ("Place", "Organization"):
                # "Kabupaten Sintang | Yohanes Lukman Darmadi": what precedes the model's name keeps the rule's type
                head_end = c.start + len(text[c.start:tail.start].rstrip(" ,"))
                if head_end > c.start:
                    keep.append(Mention(c.start, head_end, "", c.type, c.source, c.confidence))
    return [c for i, c in enumerate(cands) if i not in drop] + keep


def _region_after_unit_word(text: str, start: int, m: Mention) -> int:
    """'Dinas Kesehatan Kabupaten | Temanggung Sulastri' (the model's person): how many characters of m, after
    an administrative unit word, name with that word a place the index knows ("Kabupaten Temanggung"); 0 if none."""
    unit = text[start:m.start].split()[-1:]
    words = text[m.start:m.end].split()
    if not unit or unit[0] not in word_set("admin_unit_heads"):
        return 0
    n = next((k for k in range(len(words) - 1, 0, -1)
              if names.geo_known(f"{unit[0]} {' '.join(words[:k])}")), 0)
    return len(" ".join(words[:n])) + 1 if n else 0


def _drop_region_guesses(cands: list[Mention], text: str) -> list[Mention]:
    """'Bupati Hasan Rahmat Bakri Sulaiman': the first word after a regional head's title was guessed to be an
    unknown region; when the model reads that word and the name after it as one person, it is the name's."""
    heads = names._first_words(names.words().place_heads)
    # (not "Desa Sukamulya Darto Wiyono": a village's head word opens no one's name)
    model = [m for m in cands if m.source == "model" and m.type == "Person" and text[m.start:m.end].split()[0] not in heads]
    drop = set()
    for g in cands:
        if g.source != "rule:title-region-guess":
            continue
        whole = next((m for m in model if m.start == g.start and m.end > g.end), None)
        if whole is None:
            continue
        persons = [id(p) for p in cands if p.source == "rule:title" and p.type == "Person" and
                   g.end < p.start <= g.end + 2 and p.end == whole.end]
        if persons:
            drop |= {id(g), *persons}
    return [c for c in cands if id(c) not in drop]


def _place_lists(text: str, chosen: list[Mention]) -> list[Mention]:
    """'di Kabupaten Lombok Timur, Bima, dan Dompu': names listed after a place are places
    (unless the gazetteer or a job title says otherwise)."""
    for g in listed_runs(chosen, text, r", (?:dan |serta |atau )?| (?:dan|serta|atau) "):
        if len(g) >= 3 or (len(g) == 2 and re.search(r"\b(?:dan|serta|atau)\b", text[g[0].end:g[1].start])):
            if any(m.type == "Place" and m.source != "model" for m in g):
                for m in g:
                    # (not one given a post after it: "Desa Sukaraja, dan Rahmat sebagai Kepala Desa X")
                    post = re.match(r" (?:sebagai|selaku) (\w+)", text[m.end:m.end + 40])
                    if m.source == "model" and " " not in text[m.start:m.end] and \
                            not (post and post.group(1).lower() in names.words().title_words):
                        m.type = "Place"
    return chosen


class _Around:
    """Places and known organizations of a text, indexed for _rank."""
    def __init__(self, candidates: list[Mention], text: str):
        length = len(text)
        self.text = text
        places = [m for m in candidates if m.type == "Place"]
        known_orgs = [m for m in candidates if m.type == "Organization" and m.source == "gazetteer"]
        # a place only the model proposes may be a person's name ("Harian Kompas | Budiman Tanuredjo")
        self.places, self.named = ByStart(places), ByStart([p for p in places if p.source != "model"] + known_orgs)
        self.known_orgs = Taken(length, ((o.start, o.end) for o in known_orgs))
        # persons the gazetteer knows by one word ("Guterres"), and by more
        known = [m for m in candidates if m.source == "gazetteer" and m.type == "Person"]
        self.surnames = ByStart(m for m in known if " " not in text[m.start:m.end])
        self.full_names = Taken(length, ((m.start, m.end) for m in known if " " in text[m.start:m.end]))


def _rank(m: Mention, around: _Around, titled: set[int] = frozenset()) -> float:
    """Priority of a candidate. An organization name wins over a place inside it ("Bank Indonesia")
    unless the gazetteer knows an organization there, and over a known organization it ends with
    ("Komisi II DPR" is a body of the DPR)."""
    def inside(index):
        return [p for p in index.inside(m.start, m.end) if (p.start, p.end) != (m.start, m.end)]
    if id(m) in titled:
        return 1   # "Pemimpin Revolusi Islam Ayatullah Sayyid Ali Khamenei": the gazetteer's title for the name after it
    if m.source == "model" and m.type == "Person" and any(
            p.source == "rule:place-name" and re.search(r"\b[A-Z]\. $", around.text[m.start:p.start])
            for p in inside(around.places)):
        return 3.4   # "Herson B. Aden": a place name after an initial is the end of a person's name
    if m.source == "rule:title" and m.type == "Person" and not around.full_names.overlaps(m.start, m.end) and any(
            p.end == m.end and len(around.text[m.start:p.start].split()) >= 2 for p in inside(around.surnames)):
        return 0.9   # "Menlu Timor Leste Aurelio Sergio Guterres": another person of a family name the gazetteer knows
    if m.source == "rule:org-name" or (m.source == "rule:org-shape" and re.search(r" (?:and|&) ", m.text)):
        first = m.text.split()[0]
        known = [o for o in inside(around.named) if o.source == "gazetteer"]
        if first.lower() in word_set("team_words") and known and \
                sum(o.end - o.start + 1 for o in known) == m.end - m.start - len(first):
            return PRIORITY[m.source]   # "Tim Mutiara Hitam Persipura Jayapura": known names only, the team itself
        if any(o.end == m.end for o in inside(around.named)) or names.geo_country(m.text.split()[-1]) or \
                (first.isupper() and any(o.start == m.start + len(first) + 1 and o.type == "Organization"
                                         for o in inside(around.named))):
            # "Komisi II DPR", "Kementerian Luar Negeri Oman", "Bank Indonesia"; a board or company acronym
            # before a known body: "DPD Partai Golkar Jawa Timur", "PT Garuda Indonesia"
            return 0.5
        if any(p.source != "model" for p in inside(around.places)) and not around.known_orgs.overlaps(m.start, m.end):
            return 0.5
        if any(o.start == m.start and o.source == "gazetteer" and re.fullmatch(r" \([A-Z][A-Za-z]{1,9}\) [A-Z][\w ]+",
                                                                            around.text[o.end:m.end])
               for o in inside(around.named)):
            return 0.5   # "Komisi Pemilihan Umum (KPU) Sleman": the known body's regional office, named with its region
        if m.text.startswith(tuple(b + " " for b in word_set("level_bodies"))) and \
                any(o.start == m.start and o.source == "gazetteer" for o in inside(around.named)):
            return 0.5   # "Dewan Perwakilan Rakyat Daerah Jawa Barat": a region's body, not the national one it opens with
        if ", " in m.text and re.match(r" ?\([A-Z]{3,}\)", around.text[m.end:m.end + 16]):
            return 0.5   # "Federasi Serikat Pekerja Kimia, Energi, ..., dan Tekstil (FSPKEFT)": listed up to its short form
    return PRIORITY[m.source]


def _trim(m: Mention, text: str) -> Mention:
    """'(FPS)' -> 'FPS': brackets around a whole name are not part of it. A person the model ran on into the
    post written after the name ('Dani Kusuma Manajer Pusdalops BPBD ...') ends before the post's title."""
    while m.end - m.start > 2 and text[m.start] in "([\"“'" and text[m.end - 1] in ")]\"”'":
        m.start, m.end = m.start + 1, m.end - 1
    credits = relation_kinds.load().credit_words
    while m.source == "model" and " " in text[m.start:m.end] and text[m.start:m.end].split(" ", 1)[0].lower() in credits:
        m.start += len(text[m.start:m.end].split(" ", 1)[0]) + 1   # "Ilustrasi | Militer Myanmar": a caption's word
    alias = re.search(r" [Aa]lias\b", text[m.start:m.end])
    if m.source == "model" and alias:
        m.end = m.start + alias.start()   # "Faisal Alias Ical": the name ends before its nickname
    if m.source == "model" and "(" in text[m.start:m.end] and ")" not in text[m.start:m.end]:
        m.end = m.start + text.find("(", m.start, m.end) - m.start   # "Asep Hidayat (Pj Bupati": a bracket left open
    first = text[m.start:m.end].split(maxsplit=1)
    if m.source == "model" and len(first) == 2 and first[0].endswith(".") and \
            (first[0].rstrip(".") in names.ACADEMIC_PREFIXES or names.honorific_abbreviation(first[0])) and \
            first[1][:1].isupper():
        m.type = "Person"   # "Drs. Asep Hidayat", "KH. Said Aqil": a degree or an honorific opens a person's name
    if m.source == "model" and m.type == "Person":
        toks = tokenize(text, m.start, m.end)
        title = names.words().title_words
        cut = next((k for k in range(2, len(toks) - 1) if toks[k].text.lower() in title
                    and toks[k].text[:1].isupper() and toks[k + 1].text[:1].isupper()), None)
        if cut is not None and any(t.text.lower() in title for t in toks[:cut]):
            cut = None   # "Senior Vice President Korean Air": a title throughout, no name before it
        after = re.match(r" ([A-Z][\w-]*)", text[m.end:m.end + 40])
        if cut is None and len(toks) > 1 and after and \
                (toks[-1].text.lower(), after.group(1).lower()) in names.words().titles:
            cut = len(toks) - 1   # "Muhaimin | Wakil Ketua DPRD": the title after the name, cut by the model
        if cut is not None:
            m.end = toks[cut - 1].end
        while m.end - m.start > 2 and text[m.end - 1] in "([ ":
            m.end -= 1   # "Hamka Noer (Pj Gubernur Gorontalo)": nor the bracket that opens the post
    return m


def _after_known(candidates: list[Mention], text: str) -> list[Mention]:
    """"AstraZeneca dan Sinovac" read by the model as one body, the gazetteer knowing the first: the second;
    "Kemenkeu Agus Salim" read as one name, the gazetteer knowing the body: the person after it."""
    known = {(m.start, m.end) for m in candidates if m.source == "gazetteer"}
    body_ends = {m.start: m.end for m in candidates if m.source == "gazetteer" and m.type == "Organization"}
    out = []
    for m in candidates:
        joint = text.find(" dan ", m.start, m.end) if m.source == "model" and m.type == "Organization" else -1
        if joint > 0 and (m.start, joint) in known and text[joint + 5:joint + 6].isupper():
            out.append(Mention(joint + 5, m.end, "", m.type, m.source, m.confidence))
        body_end = body_ends.get(m.start, m.end) if m.source == "model" else m.end
        if m.source == "gazetteer" and m.type == "Organization" and text[max(0, m.start - 5):m.start] == "dari " and \
                not any(c.start == m.end + 1 for c in candidates):
            # "Wakil Ketua DPRD dari Golkar Yosef Hartanto": a member's party, then his name, that nothing else read
            toks = tokenize(text, m.end + 1, min(len(text), m.end + 60))
            run = next((k for k in range(min(4, len(toks)), 1, -1) if evidence.personal_name(toks[:k])
                        and (k == len(toks) or not toks[k].text[:1].isupper())), 0)
            if run and toks[0].start == m.end + 1:
                out.append(Mention(m.end + 1, toks[run - 1].end, "", "Person", "rule:title", 0.7))
        if body_end < m.end and text[body_end] == " ":
            toks = tokenize(text, body_end + 1, m.end)   # (an initial may open the name: "M Hendra Kusnadi")
            if toks and evidence.personal_name(toks[1:] if _INITIAL.fullmatch(toks[0].text) else toks):
                out.append(Mention(body_end + 1, m.end, "", "Person", m.source, m.confidence))
    return out


def _known_after_dan(chosen: list[Mention], candidates: list[Mention], text: str) -> list[Mention]:
    """"Polres Kotabaru dan Basarnas" read as one body, the gazetteer knowing the last: two bodies."""
    ends = {(m.start, m.end): m for m in candidates if m.source == "gazetteer" and m.type == "Organization"}
    out = []
    for m in chosen:
        joint = text.rfind(" dan ", m.start, m.end) if m.type == "Organization" and m.source != "gazetteer" else -1
        known = ends.get((joint + 5, m.end)) if joint > 0 and " " in text[m.start:joint] else None
        if known is not None:
            m.end, m.text = joint, text[m.start:joint]
            out.append(known)
        out.append(m)
    return sorted(out, key=lambda m: m.start)


def _split_joined_bodies(chosen: list[Mention], text: str) -> list[Mention]:
    """"Polres Tulungagung dan Subdit Jatanras Polda Jatim" read as one body: two bodies, when the words after
    "dan" open a body's name (a head word or a unit's short form) as the first words do ("Kementerian Kelautan
    dan Perikanan" stays one)."""
    heads = names.words().org_heads | {(short,) for short in unit_short_forms()}
    out = []
    for m in chosen:
        joint = text.find(" dan ", m.start, m.end) if m.type == "Organization" and m.source != "gazetteer" else -1
        first, after = text[m.start:joint].split(), text[joint + 5:m.end].split()
        if joint > 0 and len(first) >= 2 and after and (first[0],) in heads and (after[0],) in heads:
            out.append(Mention(joint + 5, m.end, text[joint + 5:m.end], m.type, m.source, m.confidence))
            m.end, m.text = joint, text[m.start:joint]
        out.append(m)
    return sorted(out, key=lambda m: m.start)


def _join_split_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """"Marlin Agustina" read by the recogniser as two people, or as a town it does not know and a person,
    side by side: one person (two names are written apart by a comma or "dan", never by a space alone)."""
    out: list[Mention] = []
    for m in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.source == m.source == "model" and m.type == "Person" and \
                (prev.type == "Person" or prev.type == "Place" and not names.geo_known(text[prev.start:prev.end])) \
                and text[prev.end:m.start] == " " and len(text[prev.start:m.end].split()) <= 4:
            prev.end, prev.text, prev.type = m.end, text[prev.start:m.end], "Person"
            continue
        out.append(m)
    return out


def _select(candidates: list[Mention], text: str) -> list[Mention]:
    candidates = candidates + _after_known(candidates, text)
    chosen: dict[tuple[int, int], Mention] = {}
    taken = Taken(len(text))
    around = _Around(candidates, text)
    for m in candidates:
        m.text = m.text or text[m.start:m.end]
    known = {(p.gazetteer_key, p.start) for p in candidates if p.source == "gazetteer"}
    titled = {id(t) for t in candidates if t.source == "gazetteer:title" and (t.gazetteer_key, t.end + 1) in known}
    for m in sorted(candidates, key=lambda m: (_rank(m, around, titled), -(m.end - m.start), m.start)):
        if not taken.overlaps(m.start, m.end):
            chosen[m.start, m.end] = m
            taken.add(m.start, m.end)
        elif (same := chosen.get((m.start, m.end))) and m.title and not same.title:
            same.title = m.title   # a gazetteer person written after a job title
    return _split_joined_bodies(_known_after_dan(sorted(chosen.values(), key=lambda m: m.start), candidates, text), text)


def _title_mentions_of_known(tokens, words, chosen: list[Mention]):
    """Attach a job title written right before an already recognised person."""
    ends = [t.end for t in tokens]
    for m in chosen:
        if m.type != "Person" or m.title:
            continue
        n = bisect_right(ends, m.start)
        before = tokens[max(0, n - 4):n]
        for k in range(len(before)):
            seq = tuple(t.text.lower() for t in before[k:])
            if seq in words.titles:
                m.title = words.titles[seq]
                break


def _dateline(doc: Document) -> list[Mention]:
    out = []
    for span, type_ in ((doc.dateline_place_span, "Place"), (doc.publisher_span, "Organization")):
        if span:
            out.append(Mention(span[0], span[1], "", type_, "rule:dateline", 0.9))
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)?")


def _whole_person_names(text: str, chosen: list[Mention], words: names.Words) -> None:
    """The recogniser may leave out a person's first name ("Fraksi Demokrat Yudi | Kurnianto", "Yudi K | Kurnianto",
    "Brigjen TNI Purwo | Sudaryanto"): up to two name-shaped words right before its one-word person, that no
    other mention holds and that are no ordinary, title, honorific, address, rank or place word,
    belong to the name; not when capitalised words go on before them ("PO Sinar Jaya | Abadi": a
    longer name the recogniser cut)."""
    def taken(w: str, at: int) -> bool:
        return any(c.start < at + len(w) and c.end > at for c in chosen)
    def name_word(w: str, at: int) -> bool:
        return bool(_NAME_WORD.fullmatch(w)) and not (
            is_common_word(w) or evidence.derived_word(w) or _role_word(w, words) or names.geo_known(w) or
            taken(w, at))
    def word_before(pos: int) -> str:
        word = re.search(r"(\S+) $", text[max(0, pos - 30):pos])
        return word.group(1) if word else ""

    for m in chosen:
        if m.source == "model" and m.type != "Person" and re.fullmatch(r"[A-Z] [A-Z][a-z]+", text[m.start:m.end]):
            w = word_before(m.start)   # "dan Lodewyk | F Pardede": a middle initial and a surname, read as a body
            at = m.start - len(w) - 1
            # (after a capitalised word only when that word ends a known body's name: "Fraksi Golkar Hendrik | F
            # Pardede", not "PO Sinar | J Abadi")
            body_before = any(c.end == at - 1 and c.source == "gazetteer" and c.type == "Organization" for c in chosen)
            if name_word(w, at) and (not word_before(at)[:1].isupper() or body_before):
                m.type, m.start = "Person", m.start - len(w) - 1
            continue
        known = m.source == "gazetteer" and " " in text[m.start:m.end]   # ("kepada Abdul | Muhaimin Iskandar")
        if not (m.source == "model" or known) or m.type != "Person" or names.geo_known(text[m.start:m.end]):
            continue
        if " " in text[m.start:m.end]:
            # a name of two words or more lacks at most its first word ("gol Hari | Budi Prasetyo"), with
            # no capitalised word before it: a name word ("dan Ramdani | Slamet Nugraha", "Tiara | Arum Sari"
            # opening a line), an ordinary one capitalised after a lower-case word, or a sentence's opener
            # capitalised inside one ("menggantikan Lalu | Wira Pratama"), or an initial ("tersangka, M. | Fikri Ramadhan")
            w = word_before(m.start)
            at = m.start - len(w) - 1
            before = word_before(at)
            lower_before = before[:1].islower() and before.isalpha()
            opener = lower_before and w in word_set("sentence_openers") and not taken(w, at)
            if w and (opener or w.lower() not in words.portfolios and (   # (not "Menteri Investasi dan | Hilirisasi")
                    (name_word(w, at) or _INITIAL.fullmatch(w)) and _opens_name(before) or
                    lower_before and before not in ("dan", "serta") and _NAME_WORD.fullmatch(w) and
                    w not in word_set("not_names") and is_common_word(w) and
                    not (_role_word(w, words) or w in word_set("time_words") or taken(w, at)))):
                m.start = at
            _surname_after(text, m, name_word)
            continue
        start = m.start
        for k in range(2):
            w = word_before(start)
            # ("Fraksi Demokrat Budi K | Harahap": a middle initial right before it, a name word before that)
            prev = word_before(start - len(w) - 1)
            initial = k == 0 and _INITIAL.fullmatch(w) and name_word(prev, start - len(w) - 2 - len(prev))
            if k == 0 and _INITIAL.fullmatch(w) and _opens_name(prev):
                start -= len(w) + 1   # "yakni M. | Salim (70 tahun)": the initial opens the name
                break
            if not (name_word(w, start - len(w) - 1) or initial):
                break
            start -= len(w) + 1
        w = word_before(start)
        if start < m.start and not (name_word(w, start - len(w) - 1) or w in word_set("address_forms") or
                                    w[:1].isupper() and is_common_word(w)):
            m.start = start
        _surname_after(text, m, name_word)


def _opens_name(before: str) -> bool:
    """The word before a name's first word lets a name start there: none (a line's start), a lower-case
    word, an honorific ("Prof DR KHM | Hanif"), or one that ends a clause with a comma or a sentence with
    its stop."""
    bare = before.rstrip('.!?"”)')
    return not bare or bare[0].islower() or before.endswith(",") or names.honorific_word(before) or \
        before[-1:] in ".!?" and len(bare) > 1 and not is_acronym(bare)


def _surname_after(text: str, m: Mention, name_word) -> None:
    """'Rudi Sumarno | Sadikin mengisi', 'Rudianto | P Simanjuntak, meminta': a name word (after an initial)
    right after the person, before a lower-case word (or a comma after an initial), is its last word."""
    tail = re.match(r" (?:(%s) )?(%s)(?= [a-z]|(,))" % (_INITIAL.pattern, _NAME_WORD.pattern), text[m.end:m.end + 40])
    if tail and (tail.group(1) or not tail.group(3)) and name_word(tail.group(2), m.end + tail.start(2)):
        m.end += tail.end()


def _role_word(w: str, words: names.Words) -> bool:
    """A title, honorific, form of address or rank: a word before a name, not of it."""
    low = w.lower()
    return low in words.title_words or low in words.honorifics or names.is_rank_word(w) or \
        w in word_set("address_forms")


def _fold_title_aliases(text: str, chosen: list[Mention]) -> list[Mention]:
    """'Pemimpin Revolusi Islam Ayatullah Sayyid Ali Khamenei': the title describes the name after it."""
    out = []
    for i, m in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if m.source == "gazetteer:title" and nxt and nxt.type == "Person" and not text[m.end:nxt.start].strip():
            nxt.title = nxt.title or text[m.start:m.end]
            continue
        out.append(m)
    return out


def recognize(doc: Document, cfg: Config = Config()) -> Document:
    words = names.words()
    cands = _dateline(doc)
    spans = [(s.start, s.end) for s in doc.sentences]
    for start, end in spans:
        cands += names.candidates(doc.text, start, end, cfg, words)
    if cfg.use_model:
        cands += _model(doc, spans, words)
    if doc.dateline:
        # the gazetteer may know the dateline's place or outlet: keep its identity
        for m in names.candidates(doc.text, *doc.dateline, cfg, words):
            if m.source == "gazetteer":
                cands.append(m)
    cands = _drop_region_guesses([_trim(m, doc.text) for m in cands], doc.text)
    chosen = [m for m in _select(_split_by_model(cands, doc.text), doc.text) if not doc.is_removed(m.start, m.end)]
    chosen = _place_lists(doc.text, chosen)
    chosen = _join_split_names(doc.text, chosen)
    abbreviated = place_level_abbreviations()   # "Kec. Cibadak": the level's abbreviation names nothing
    chosen = [m for m in chosen if not (doc.text[m.start:m.end] in abbreviated and doc.text[m.end:m.end + 1] == ".")]
    for prev, m in zip(chosen, chosen[1:]):
        if prev.type == "Organization" and is_acronym(doc.text[m.start:m.end]) and \
                doc.text[prev.end:m.start].strip() == "(":
            m.type = "Organization"   # "Front Pembebasan Sinjar (FPS)"
    for m in chosen:
        share = _SHARE_AFTER.search(doc.text, m.start, m.end) if m.source == "model" else None
        if share and share.end() == m.end:
            m.end = share.start()   # "Dogu Percin (0,2 persen)": a share in brackets ends a name
    for prev, m in zip(chosen, chosen[1:]):
        if prev.type == "Person" and m.source == "model" and m.type == "Place" and \
                doc.text[prev.end:m.start] in (" dan ", " serta ") and not names.geo_known(doc.text[m.start:m.end]):
            m.type = "Person"   # "Rudi Cahyono dan Armanto": a name the model took for a town it does not know
    led_by = evidence.led_by_words()
    for m in chosen:
        name = doc.text[m.start:m.end]
        aged = _AGE_AFTER.search(name) if m.source == "model" and m.type != "Person" else None
        aged = aged or (_MINUTE_AFTER.search(name) if m.source == "model" else None)
        if aged and aged.end() == len(name):   # "rumah Nenek Sarinah (72)" read as one place: the age ends a name
            m.end, m.type = m.start + aged.start(), "Person"   # (so does a scorer's minute: "Fajar Ramadhan (87’)")
            continue
        if m.source != "model" or m.type == "Person" or not names.is_capitalized(name) or names.geo_known(name) \
                or _institutional(name) or is_acronym(name):
            continue
        before = doc.text[max(0, m.start - 12):m.start].split()
        degree = _DEGREE_AFTER.match(doc.text, m.end)
        if _AGE_AFTER.match(doc.text, m.end) or before and before[-1].lower() in led_by or _player_at(m, doc.text) or \
                degree and names.is_degree(degree.group(1)) or \
                names.ends_with_rank(doc.text[max(0, m.start - 30):m.start].rstrip(" .")):
            m.type = "Person"   # "Ana Wiharna (58), pegawai BUMN", "kelompok bersenjata pimpinan Egianus Kogoya";
            # "Erlinda, S.E., sebagai ...": a degree; "Brigjen TNI Sumarsono": a rank
    for m, nxt in zip(chosen, chosen[1:]):
        if m.source == "model" and m.type == "Place" and nxt.type == "Organization" and \
                doc.text[m.end:nxt.start] == " dari " and not names.geo_known(doc.text[m.start:m.end]):
            m.type = "Person"   # "Rendi Saputra dari Nasdem": a name the model took for a town, of a party
    for prev, m in zip(chosen, chosen[1:]):
        if prev.type == "Person" and m.type == "Person" and doc.text[prev.end:m.start] == " (" and \
                doc.text[m.end:m.end + 1] == ")" and " " in doc.text[m.start:m.end] and \
                not set(doc.text[m.start:m.end].split()) & set(doc.text[prev.start:prev.end].split()):
            m.type = "Organization"   # "Enea Bastianini (Ducati Lenovo)": another name in brackets is his team's
    for m in chosen:
        post = _BRACKETED_POST.match(doc.text, m.end)
        if m.source == "model" and m.type != "Person" and post and post.group(1) in words.title_words:
            m.type = "Person"   # "Hendra Wijaya (ketua), dan dua anggotanya": the post in brackets is a person's
    by_start = ByStart(chosen)
    for start, end in spans:
        _title_mentions_of_known(tokenize(doc.text, start, end), words, by_start.starting_in(start, end))
    chosen = _fold_title_aliases(doc.text, chosen)
    _whole_person_names(doc.text, chosen, words)
    for body, m in zip(chosen, chosen[1:]):
        first = doc.text[m.start:m.end].split(" ", 1)
        if body.type == "Organization" and m.type == "Person" and m.start == body.end + 1 and len(first) == 2 and \
                " " in first[1] and first[0].lower() in names.english_org_words():
            body.end, m.start = m.start + len(first[0]), m.start + len(first[0]) + 1   # "KAI Commuter | Rudi Hartanto"
    known = {(c.start, c.end): c for c in cands if c.source == "gazetteer"}
    for m in chosen:
        m.text = doc.text[m.start:m.end]
        hit = known.get((m.start, m.end)) if m.gazetteer_key is None else None
        if hit is not None and (m.source == "rule:dateline" or hit.type == m.type):
            # a dateline span the gazetteer knows takes the gazetteer's identity; so does a name a rule
            # read whole as the index writes it ("PT Kereta Api Indonesia (Persero)")
            m.gazetteer_key, m.type = hit.gazetteer_key, hit.type
    doc.mentions = evidence.initialed_people(doc.text, evidence.check(doc.text, chosen, words.titles, doc.sentences),
                                             doc.is_removed)
    for m in doc.mentions:   # "Nami Matsuyama / | Chiharu Shida": a pair's slash left where a name was cut
        span = m.text.rstrip(" /")
        m.end, m.text = m.start + len(span), span
        if m.source == "model" and m.type == "Person" and " " in span and \
                any(names.indonesian_place(f"{head} {span}") for head in ("Kota", "Kabupaten")):
            m.type = "Place"   # "Jakarta Selatan": a city the index knows only with its head word is no one's name
        if m.source in ("model", "rule:title") and m.type == "Person" and span.startswith("The "):
            # "digelar The X Hotel, Bali": an English article opens a hotel's, a paper's or a body's
            # name, no one's; a venue when a known place follows it
            after = re.match(r", ([A-Z][\w-]+)", doc.text[m.end:m.end + 30])
            m.type = "Place" if after and names.geo_known(after.group(1)) else "Organization"
    doc.mentions = [m for m in doc.mentions if m.end > m.start]
    for a, b in zip(doc.mentions, doc.mentions[1:]):   # "Nami Matsuyama / Chiharu Shida": a pair is two people
        if doc.text[a.end:b.start].strip() == "/" and {a.type, b.type} != {"Person"} and "Person" in (a.type, b.type):
            other = a if a.type != "Person" else b
            if other.source == "model" and not names.geo_known(other.text):
                other.type = "Person"
    return doc


def recognize_text(text: str, cfg: Config = Config()) -> list[tuple[int, int, str]]:
    """Mentions of one text as (start, end, type): the hybrid recogniser alone, for evaluation."""
    from kg.stages.segment import segment
    doc = recognize(segment(Document(id="text", text=text)), cfg)
    return [(m.start, m.end, m.type) for m in doc.mentions]
