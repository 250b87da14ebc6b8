"""Events from Indonesian trigger words, with their actors, places, times and numbers.

A trigger ("bertemu dengan", "melakukan perjalanan ke", "mengatakan",
"melancarkan serangan", "kampanye militer", "jumlah ... tewas", "mendukung")
opens an event; its roles are read from the sentence frame around it:
the subject before the trigger (skipping prepositional phrases, appositions
and clauses that end before it), the object after it, "di PLACE" for the
place, and the nearest time phrase of its clause.
"""
from __future__ import annotations

import re
from datetime import date

from kg.lang.id import numbers, timex
from kg.model import Document, Event, Evidence, Quantity, TimeValue
from kg.stages.frame import ACTOR, AGENT, ORG, PLACE, Frame, frames

_PREPOSITIONS = {"di", "ke", "dari", "dengan", "terhadap", "oleh", "kepada", "pada", "atas", "menurut", "antara",
                 "melawan", "bersama", "tentang", "untuk", "bagi", "kota", "wilayah", "kawasan", "daerah",
                 "pemukim", "warga", "pendudukan", "negara", "provinsi", "kabupaten", "sekutu", "pendukung",
                 "anggota", "politbiro", "utama", "dalam", "sejak", "hingga", "melalui", "pemerintah"}
_BOUNDARY = re.compile(r"\b(?:bahwa|meskipun|walaupun|namun|tetapi|sementara|setelah|sebelum|ketika|saat|sedangkan|"
                       r"karena|sehingga|dan|serta|lalu|kemudian|untuk|dengan|mengatakan|menyatakan)\b|[;:]|,(?! yang)",
                       re.IGNORECASE)
_APPOSITIVE = re.compile(r", yang [^,]*,")
_DESCRIPTIVE_SUBJECT = re.compile(
    r"^(?:seorang |salah (?:satu|seorang) |para |sejumlah |beberapa )?(?:[a-z]+ )?(?:anggota|pejabat|petinggi|sumber|"
    r"juru bicara|jubir|tokoh|komandan|diplomat|politisi|perwakilan)\b", re.IGNORECASE)
_COORDINATION = re.compile(r"^[\s“”\"']*(?:dan|untuk|lalu|kemudian|serta|guna)\b", re.IGNORECASE)

MEETING = re.compile(rf"\b(?:[Pp]ertemuan (?:antara )?(?P<a1>{AGENT}) (?:dan|dengan) (?P<b1>{AGENT})|bertemu(?: dan berbicara)?(?: dengan)?|berbicara dengan|bertatap muka dengan|"
                     r"(?:mengadakan|menggelar|melakukan|melangsungkan) (?:pertemuan|rapat|pembicaraan|perundingan|dialog|"
                     r"rapat kerja|rapat dengar pendapat)(?: [a-z]+){0,2}? dengan|menerima kunjungan|"
                     r"(?P<nominal>pertemuan(?P<nya>nya)?)(?: (?:baru-baru ini|terakhir|tersebut))? (?:dengan|antara))",
                     re.IGNORECASE)
TRAVEL = re.compile(rf"\b(?:melakukan (?:perjalanan|kunjungan)(?: \w+)? ke|berkunjung ke|mengunjungi|tiba di|"
                    rf"bertolak ke|terbang ke|berangkat ke|pergi ke|datang ke|berada di|kunjungan(?: kerja)? ke|"
                    rf"lawatan(?: [a-z]+)? ke|kunjungan(?: [a-z]+)? di)(?: [a-z]+){{0,2}}? (?P<dest>{PLACE})(?:, (?P<dest2>{PLACE}))?",
                    re.IGNORECASE)
STATEMENT = re.compile(r"\b(?:mengatakan|menyatakan|mengungkapkan|menegaskan|menyebutkan|menyebut|menjelaskan|berkata|"
                       r"mengklaim|membantah|mengumumkan|memperingatkan|menambahkan|menekankan|menuturkan|meminta|"
                       r"mengakui|mengaku|menilai|memaparkan|mendesak|mengimbau|mengingatkan|menyampaikan)\b|"
                       r"\b(?P<nya>kata|ujar|tutur|ungkap|jelas|tegas|imbuh|ucap)nya\b|"
                       r"\b(?P<post>kata|ujar|tutur|ungkap|jelas|tegas)(?:nya)?\b(?=(?: [\w-]+){0,5}? ⟨[PO]\d)", re.IGNORECASE)
ATTACK = re.compile(rf"\b(?:melancarkan (?:operasi|serangan)|(?:meluncurkan|menembakkan) (?:[\w-]+ ){{0,2}}?"
                    rf"(?:serangan|roket|rudal|misil|peluru kendali|drone|pesawat nirawak)|menyerang|mengebom|membombardir|"
                    rf"(?P<nominal>serangan(?: udara| darat| roket| rudal| pesawat nirawak)?) (?P<by>{AGENT}|{PLACE}))",
                    re.IGNORECASE)
CAMPAIGN = re.compile(r"\b(?:kampanye militer|agresi(?: militer)?|invasi|operasi militer|serangan darat|"
                      r"operasi darat|perang)\b", re.IGNORECASE)
CASUALTY = re.compile(r"\b(?:jumlah|total|angka)(?: korban)?(?: warga sipil| warga| orang| penduduk| jiwa)?"
                      r"(?: yang)? (?:tewas|meninggal(?: dunia)?|terbunuh|gugur|syahid|terluka|luka-luka)\b|"
                      r"\b(?:korban (?:tewas|jiwa|meninggal))\b", re.IGNORECASE)
SUPPORT = re.compile(rf"\b(?:mendukung|menyokong|membantu|mendanai|mempersenjatai|memberikan dukungan (?:kepada|bagi|untuk))"
                     rf" (?P<b>{ACTOR})", re.IGNORECASE)
TRIGGERED = re.compile(r"\b(?:operasi|serangan|peristiwa|insiden|kejadian|aksi) (?:tersebut|itu|ini) "
                       r"(?:memicu|menyebabkan|mendorong|memancing|berujung pada)\b", re.IGNORECASE)
_AGENT_AFTER = re.compile(rf"\s*(?:[a-z]+ ){{0,3}}?(?:yang (?:dilakukan|dilancarkan|digelar)|oleh) "
                          rf"(?:rezim |pasukan |militer |tentara |pemerintah )?(?P<a>{ACTOR})", re.IGNORECASE)
_TARGET_AFTER = re.compile(rf"\s*(?:[\w-]+ ){{0,6}}?(?:ke|terhadap|atas|kepada) (?:(?!di\b)[\w-]+ ){{0,4}}?(?P<t>{ACTOR})",
                           re.IGNORECASE)
_OBJECT_AFTER = re.compile(rf"[\s“”\"']*(?:(?:dan|atau) [a-z]+ )?(?:dengan )?(?:[\w-]+ ){{0,4}}?(?:⟨O\d+⟩ )?(?P<o>{AGENT})")
_MORE_OBJECTS = re.compile(rf"(?: \({ACTOR}\))?(?P<sep>,? (?:dan|serta)|, (?:lalu|kemudian|setelah itu)|,) "
                           rf"(?:[\w-]+ ){{0,5}}?(?:⟨O\d+⟩ |⟨L\d+⟩ )?(?P<o>{AGENT})")
_PLACE_AFTER = re.compile(rf"\bdi (?:[a-z-]+ ){{0,4}}?(?P<l>{PLACE})", re.IGNORECASE)
_SOURCE = re.compile(rf"\b(?:menurut|dilansir(?: dari)?|dikutip dari|mengutip|dilaporkan(?: oleh)?|dirilis(?: oleh)?|"
                     rf"kata|data)(?: (?:sebuah|seorang|laporan|keterangan|pernyataan|oleh|dari|[a-z]+)){{0,4}} "
                     rf"(?:[⟨].*?[⟩] )?(?:[a-z]+ ){{0,3}}?(?P<s>{ORG})", re.IGNORECASE)
_N = r"(?:\d[\d.,]*(?: (?:ribu|juta))?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu)"
_KILLED = [re.compile(rf"\b(?:menewaskan|membunuh|menelan korban)\s+(?:sedikitnya |setidaknya |sekitar |lebih dari )?(?P<n>{_N})", re.I),
           re.compile(rf"\b(?P<n>{_N}) (?:orang |jiwa |warga )?(?:tewas|meninggal|terbunuh)\b", re.I),
           re.compile(rf"\b(?P<n>{_N}) (?:orang|jiwa|warga)\b[^.;⟨]{{0,40}}?(?:⟨L\d+⟩[^.;⟨]{{0,40}}?)?\b(?:tewas|meninggal|terbunuh)\b", re.I),
           re.compile(rf"\b(?:tewas|meninggal(?: dunia)?|terbunuh)\b.*?\b(?:mencapai|menjadi|sebanyak|sebesar|adalah)\s+"
                      rf"(?:sedikitnya |setidaknya |sekitar |lebih dari )?(?P<n>{_N})", re.I)]
_INJURED = [re.compile(rf"\b(?P<n>{_N}) (?:orang |warga )?(?:lainnya )?(?:terluka|luka-luka|cedera)\b", re.I),
            re.compile(rf"\b(?:melukai|mencederai)\s+(?:sedikitnya |setidaknya |sekitar |lebih dari )?(?P<n>{_N})", re.I)]
_DISPLACED = [re.compile(rf"\b(?P<n>{_N}) (?:orang |warga |jiwa |kepala keluarga )?(?:terpaksa )?"
                         rf"(?:mengungsi|kehilangan tempat tinggal)\b", re.I)]
_REPORTER = re.compile(rf"(?P<s>{ORG})(?: \({ACTOR}\))? (?:mencatat|melaporkan|menyebutkan|merilis|mengumumkan)\b",
                       re.IGNORECASE)
_CHILDREN = re.compile(rf"\btermasuk (?P<n>{_N}) (?:anak-anak|anak|balita)\b", re.I)
_SINCE = re.compile(r"\bsejak\s*$", re.I)
_RELATIVE = re.compile(r"^\s*(?:setelah|sebelum|sesudah)\b", re.I)


class _Extractor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.events: list[Event] = []
        self.counter: dict[str, int] = {}
        self.last_agent: str | None = None   # the most recent person acting, for "pertemuannya"
        self.last_day: date | None = None    # the last day mentioned, for "keesokan harinya"
        self.last_speaker: str | None = None  # for '"...," ujarnya' 

    def new(self, kind: str, f: Frame, m: re.Match, extractor: str, confidence: float) -> Event:
        n = self.counter[kind] = self.counter.get(kind, 0) + 1
        start, end = f.doc_span(*m.span())
        e = Event(f"{kind.lower()}-{n}", kind,
                  evidence=[Evidence(f.sentence.index, start, end, f"events.{extractor}", confidence)])
        e.hints["trigger"] = (m.start(), m.end())   # frame span, used while reading this sentence
        if kind != "Statement" and _NOT_HAPPENED.search(f.text[max(0, m.start() - 40):m.start()]):
            e.hints["unreal"] = True
        self.events.append(e)
        return e


def _oblique(f: Frame, slot: re.Match) -> bool:
    """Is the mention the object of a preposition (directly or in a list after one)?"""
    before = f.text[:slot.start()].rstrip()
    word = re.search(r"([\w-]+)$", before)
    if word and word.group(1).lower() in _PREPOSITIONS:
        return True
    if before.endswith(",") or re.search(r"\b(?:dan|serta|atau)$", before):
        prev = [s for s in f.slots(0, slot.start())]
        return bool(prev) and _oblique(f, prev[-1]) and re.fullmatch(r"[\s,]*(?:dan|serta|atau)?\s*",
                                                                      f.text[prev[-1].end():slot.start()]) is not None
    return False


_PRONOUN = re.compile(r"(?:^|\s)(?:ia|dia|beliau)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)


def subject(f: Frame, pos: int, letters: str = "PO", last_person: str | None = None) -> str | None:
    """The actor before frame position pos that is the subject of the clause ending there;
    'ia' / 'dia' / 'beliau' is the last person who acted."""
    head = _APPOSITIVE.sub(lambda m: " " * len(m.group()), f.text[:pos])
    bounds = [m.end() for m in _BOUNDARY.finditer(head)]
    start = bounds[-1] if bounds else 0
    cands = [s for s in f.slots(start, pos) if s.group(1) in letters and not _oblique(f, s)]
    if cands:
        return f.entity(cands[-1].group())
    if last_person and "P" in letters and _PRONOUN.search(head[start:]):
        return last_person
    return None


_REPORTED = re.compile(r"\bbahwa\b|" + STATEMENT.pattern, re.IGNORECASE)


# Indonesian verbs mostly carry these prefixes; the words listed are not verbs
_VERB = re.compile(r"\b(?!(?:menteri|mereka|meskipun|melalui|menurut|menjelang|mengenai|terhadap|tersebut|termasuk|"
                   r"terkait|terakhir|tertinggi|terbesar|bersama|berbagai|beberapa|berdasarkan|berikut|dinas|diri|dini)\b)"
                   r"(?:me[nmy]?[a-z]{3,}|ber[a-z]{3,}|di[a-z]{4,}|ter[a-z]{3,}|adalah|merupakan|telah|sudah|akan)\b")


def main_subject(f: Frame, letters: str = "POL", before: int | None = None) -> str | None:
    """The subject of the sentence, or of the reported clause after 'bahwa' / a speech verb:
    its first actor before the first verb that is not governed by a preposition."""
    starts = [m.end() for m in _REPORTED.finditer(f.text, 0, len(f.text) if before is None else before)]
    start = starts[-1] if starts else 0
    verb = _VERB.search(f.text, start, len(f.text) if before is None else before)
    if verb:
        before = verb.start()
    for s in f.slots(start, before):
        if s.group(1) in letters and not _oblique(f, s):
            return None if _DESCRIPTIVE_SUBJECT.match(f.text[start:s.start()].strip()) else f.entity(s.group())
    return None


_COORDINATOR = re.compile(r",? (?:dan|serta|lalu|kemudian|sebelum|setelah) |;")


def _time_for(f: Frame, times: list[timex.Timex], pos: int, end: int, look_back: bool = True) -> timex.Timex | None:
    """The first time phrase after the trigger in its clause (up to the next trigger or coordinated
    clause), else one just before the trigger in its clause; never 'sejak', nor one relative to
    another event ("beberapa minggu setelah ...")."""
    coordinated = _COORDINATOR.search(f.text, pos, end)
    end = coordinated.start() if coordinated else end
    before = [m.end() for m in _COORDINATOR.finditer(f.text, 0, pos)]
    start = before[-1] if before else 0
    usable = []
    for t in times:
        a, b = _frame_pos(f, t.start), _frame_pos(f, t.end - 1)
        if not _SINCE.search(f.text[:a]) and not _RELATIVE.match(f.text[b + 1:]):
            usable.append((a, t))
    after = [t for a, t in usable if pos <= a < end]
    if after or not look_back:
        return after[0] if after else None
    just_before = [t for a, t in usable if start <= a < pos]
    return just_before[-1] if just_before else None


def _frame_pos(f: Frame, doc_offset: int) -> int:
    for i, o in enumerate(f.offsets):
        if o >= doc_offset:
            return i
    return len(f.offsets)


def _tv(t: timex.Timex) -> TimeValue:
    return TimeValue(t.text, t.start, t.end, t.value, t.earliest, t.latest, t.year_inferred)


def _quantities(f: Frame, start: int, end: int, patterns, prop: str) -> list[Quantity]:
    out = []
    for p in patterns:
        for m in p.finditer(f.text, start, end):
            a, b = f.doc_span(*m.span("n"))
            found = next(numbers.find(f.doc.text, a, b), None)
            if found:
                out.append(Quantity(prop, found[2], f.doc.text[found[0]:found[1]], found[0], found[1]))
    return out


_CAPITAL_OF = re.compile(rf"ibu ?kota (?:negara )?{PLACE},? (?P<l>{PLACE})", re.IGNORECASE)


def _places_after(f: Frame, pos: int, end: int) -> list[str]:
    capital = _CAPITAL_OF.search(f.text, pos, end)
    if capital:   # "di ibu kota Vietnam, Hanoi"
        return [f.entity(capital.group("l"))]
    return [f.entity(m.group("l")) for m in _PLACE_AFTER.finditer(f.text, pos, end)]


def _extract(x: _Extractor, f: Frame) -> None:
    doc, t = x.doc, f.text
    times = timex.find(doc.text, f.sentence.start, f.sentence.end, ref=doc.published, today=doc.reference_date)
    for tm in times:
        if tm.relative_days is not None and x.last_day:
            day = timex.shift(x.last_day, tm.relative_days)
            if day:
                tm.value, tm.earliest, tm.latest = day.isoformat(), day, day
        elif tm.value and len(tm.value) == 10:
            x.last_day = tm.earliest
    found: list[tuple[int, Event]] = []

    def clause_end(pos):
        m = re.compile(r"[,;]|\b(?:bahwa|setelah|sebelum|menurut|tempat|yang menewaskan)\b").search(t, pos)
        return m.start() if m else len(t)

    for m in STATEMENT.finditer(t):
        if m.group("nya"):   # '"...," ujarnya': the one who spoke last
            if x.last_speaker:
                e = x.new("Statement", f, m, "statement", 0.7)
                e.hints["postposed"] = True
                e.roles.append(("speaker", x.last_speaker))
                found.append((m.start(), e))
            continue
        if m.group("post"):   # "..., kata juru bicara Houthi Yahya Saree": the person, else the body
            after = re.match(r"(?:\s*[\w-]+){0,5}?\s*((?:⟨[PO]\d+⟩\s*)+)", t[m.end():]).group(1)
            slots = re.findall(r"⟨[PO]\d+⟩", after)
            speaker = f.entity(next((x for x in slots if x.startswith("⟨P")), slots[0]))
        else:
            speaker = subject(f, m.start(), "PO", x.last_agent)
            desc = _DESCRIPTIVE_SUBJECT.match(t)
            if desc and speaker and f.doc.entities[speaker].type != "Person" and desc.start() < m.start():
                e = x.new("Statement", f, m, "statement", 0.7)
                e.hints["speaker_affiliation"] = speaker
                speaker = None
                found.append((m.start(), e))
                continue
            speaker = speaker or main_subject(f, "POL", m.start())
        if not speaker:
            continue
        e = x.new("Statement", f, m, "statement", 0.8)
        e.hints["postposed"] = bool(m.group("post") or m.group("nya"))
        e.roles.append(("speaker", speaker))
        e.places += _places_after(f, m.end(), min(len(t), m.end() + 80, clause_end(m.end() + 1)))[:1]
        found.append((m.start(), e))
        src = _SOURCE.search(t, m.end())
        if src:
            e.roles.append(("source", f.entity(src.group("s"))))
    for m in TRAVEL.finditer(t):
        traveler = subject(f, m.start(), "P", x.last_agent) or subject(f, m.start(), "O")
        fallback = None if traveler else main_subject(f, "PO", m.start())
        traveler = traveler or fallback
        if not traveler:
            continue
        e = x.new("Travel", f, m, "travel", 0.75)
        e.hints["fallback"] = fallback
        e.roles.append(("traveler", traveler))
        e.places += [f.entity(m.group("dest")), f.entity(m.group("dest2")) if m.group("dest2") else None]
        found.append((m.start(), e))
    for m in MEETING.finditer(t):
        if m.group("a1"):
            e = x.new("Meeting", f, m, "meeting", 0.8)
            e.roles += [("participant", f.entity(m.group("a1"))), ("participant", f.entity(m.group("b1")))]
            e.places += _places_after(f, m.end(), clause_end(m.end()))
            found.append((m.start(), e))
            continue
        if m.group("nominal") and m.group("nya"):
            a = x.last_agent
        else:
            a = subject(f, m.start(), "PO", x.last_agent)
        fallback = None if a else main_subject(f, "PO", m.start())
        a = a or fallback
        obj = _OBJECT_AFTER.match(t, m.end())
        b = f.entity(obj.group("o")) if obj else None
        e = x.new("Meeting", f, m, "meeting", 0.8)
        e.hints["fallback"] = fallback
        e.roles += [("participant", p) for p in (a, b) if p]
        pos = obj.end() if obj else m.end()
        while obj:
            more = _MORE_OBJECTS.match(t, pos)
            if not more:
                break
            if more.group("sep").strip(", ").lower() in ("lalu", "kemudian", "setelah itu"):
                e.places += _places_after(f, pos, clause_end(pos))
                found.append((m.start(), e))
                e = x.new("Meeting", f, more, "meeting", 0.75)
                e.hints["fallback"] = fallback
                e.roles += [("participant", a)] if a else []
            e.roles.append(("participant", f.entity(more.group("o"))))
            pos = more.end()
        e.places += _places_after(f, pos, clause_end(pos))
        found.append((m.start(), e))
    for m in ATTACK.finditer(t):
        if m.group("nominal"):
            agent, after = f.entity(m.group("by")), m.end()
        else:
            agent, after = subject(f, m.start(), "POL"), m.end()
            if re.search(r"\bdengan\s*$", t[:m.start()]):
                agent = main_subject(f, "POL", m.start())   # "dengan melancarkan serangan": a means of the main clause
        if not agent and not m.group("nominal") and _OWN_GROUP.search(t[:m.start()]):
            # "juru bicara Houthi ... mengatakan kelompoknya menembakkan"
            agent = f.last_org_before(m.start(), earlier_sentences=False)
        e = x.new("Attack", f, m, "attack", 0.75)
        if agent:
            e.roles.append(("agent", agent))
            both = re.search(rf"({ACTOR}) (?:dan|serta) ({ACTOR})\s+(?:[a-z]+\s+){{0,2}}$", t[:m.start()])
            if both and agent in (f.entity(both.group(1)), f.entity(both.group(2))):
                e.roles += [("agent", f.entity(both.group(1))), ("agent", f.entity(both.group(2)))]
        tgt = None if m.group("nominal") else _TARGET_AFTER.match(t, after)
        if tgt and f.entity(tgt.group("t")) != agent:
            e.roles.append(("target", f.entity(tgt.group("t"))))
            if f.mention(tgt.group("t")).type == "Place":
                e.places.append(f.entity(tgt.group("t")))
        e.places += _places_after(f, after, clause_end(after))
        e.quantities += _quantities(f, after, len(t), _KILLED, "killed")
        e.quantities += _quantities(f, after, len(t), _INJURED, "injured")
        e.hints["nominal"] = bool(m.group("nominal"))
        found.append((m.start(), e))
    for m in CAMPAIGN.finditer(t):
        ag = _AGENT_AFTER.match(t, m.end())
        agent = f.entity(ag.group("a")) if ag else subject(f, m.start(), "POL")
        e = x.new("MilitaryCampaign", f, m, "campaign", 0.75)
        if agent:
            e.roles.append(("agent", agent))
        e.places += _places_after(f, m.end(), clause_end(ag.end() if ag else m.end()))
        trig = TRIGGERED.search(t, 0, m.start())
        if trig:
            e.hints["triggered_by_previous_attack"] = True
        found.append((m.start(), e))
    for m in CASUALTY.finditer(t):
        e = x.new("CasualtyReport", f, m, "casualty", 0.8)
        e.quantities += _quantities(f, m.start(), len(t), _KILLED, "killed")
        e.quantities += _quantities(f, m.start(), len(t), _INJURED, "injured")
        e.quantities += _quantities(f, m.start(), len(t), [_CHILDREN], "childrenKilled")
        e.places += _places_after(f, m.end(), len(t))
        src = _SOURCE.search(t)
        if src:
            e.roles.append(("source", f.entity(src.group("s"))))
        since = [tt for tt in times if _SINCE.search(t[:_frame_pos(f, tt.start)])]
        if since:
            e.since = _tv(since[0])
        report = [tt for tt in times if tt not in since]
        if report:
            e.times.append(_tv(report[0]))
        found.append((m.start(), e))
    _casualties_without_trigger(x, f, found, times)
    for m in SUPPORT.finditer(t):
        agent = subject(f, m.start(), "POL") or main_subject(f, "POL", m.start())
        e = x.new("Support", f, m, "support", 0.75)
        if agent:
            e.roles.append(("agent", agent))
        e.roles.append(("beneficiary", f.entity(m.group("b"))))
        e.places += [f.entity(s.group()) for s in f.slots(0, m.start()) if s.group(1) == "L" and _oblique(f, s)
                     and not agent]
        found.append((m.start(), e))

    # times, and what a coordinated clause ("... ke Tehran dan bertemu dengan ...") shares with the one before
    found.sort(key=lambda p: p[0])
    for i, (pos, e) in enumerate(found):
        nxt = found[i + 1][0] if i + 1 < len(found) else len(t)
        look_back = True
        if e.kind == "Statement":
            # when it was said stands by the verb ("mengatakan pada Sabtu (4/11) bahwa") or after a
            # postposed speaker ("kata Asep di Jakarta, Senin"), never inside what was said
            end_of_verb = e.hints["trigger"][1]
            if e.hints.get("postposed"):
                nxt, look_back = min(nxt, end_of_verb + 90), False
            else:
                content = re.compile(r",|\bbahwa\b").search(t, end_of_verb)
                nxt = min(nxt, content.start() if content else len(t), end_of_verb + 40)
        if not e.times:
            tm = _time_for(f, times, pos, nxt, look_back)
            if tm:
                e.times.append(_tv(tm))
        if i > 0 and e.kind in ("Meeting", "Travel"):
            prev = found[i - 1][1]
            between = t[prev.hints["trigger"][1]:pos]
            if prev.kind in ("Meeting", "Travel") and _COORDINATION.search(re.sub(r"^.*?(?=\b(?:dan|untuk)\b)", "", between)):
                actor = prev.actors()[0] if prev.actors() else None
                guessed = e.hints.get("fallback")
                if actor and (guessed or len(e.actors()) < (2 if e.kind == "Meeting" else 1)):
                    role = "participant" if e.kind == "Meeting" else "traveler"
                    if guessed in e.actors():
                        e.roles.remove((role, guessed))
                    if actor not in e.actors():
                        e.roles.insert(0, (role, actor))
                if not e.places:
                    e.places = list(prev.places)
                if not e.times:
                    e.times = list(prev.times)
    for _, e in found:
        if e.kind == "Statement" and e.actors("speaker"):
            x.last_speaker = e.actors("speaker")[0]
        persons = [a for a in e.actors() if doc.entities[a].type == "Person"]
        if persons and e.kind in ("Meeting", "Travel", "Statement"):
            x.last_agent = persons[0]


_NOT_HAPPENED = re.compile(r"\b(?:akan|dijadwalkan|berencana|direncanakan|rencananya|hendak|bakal|rencana|"
                           r"jika|apabila|seandainya|belum)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


_OWN_GROUP = re.compile(r"\b(?:kelompok|pihak|lembaga|partai|pasukan|negara|organisasi)nya\s+(?:[a-z]+\s+){0,2}$",
                        re.IGNORECASE)


def _casualties_without_trigger(x: _Extractor, f: Frame, found: list, times) -> None:
    """Figures of dead and injured outside 'jumlah ... tewas' and outside an attack's own clause:
    they complete the attack of the previous sentence ("Kementerian Kesehatan menyebutkan tiga orang
    tewas"), or make a report of their own ("Gempa ... menewaskan 602 orang")."""
    t = f.text
    if any(e.kind == "CasualtyReport" or (e.kind == "Attack" and e.quantities) for _, e in found):
        return
    qs = _quantities(f, 0, len(t), _KILLED, "killed")[:1] + _quantities(f, 0, len(t), _INJURED, "injured")[:1] + \
        _quantities(f, 0, len(t), [_CHILDREN], "childrenKilled")[:1] + _quantities(f, 0, len(t), _DISPLACED, "people")[:1]
    if not qs:
        return
    attacks_here = [e for _, e in found if e.kind == "Attack"]
    previous = [e for e in x.events if e.kind in ("Attack", "CasualtyReport")
                and e.evidence[-1].sentence == f.sentence.index - 1]
    src = _SOURCE.search(t) or _REPORTER.search(t)
    if not attacks_here and previous and not {q.prop for q in qs} & {q.prop for q in previous[-1].quantities}:
        # "... 14 orang meninggal dunia. Sebanyak 23 orang luka-luka dan 1.250 warga mengungsi.": the same count
        previous[-1].quantities += qs
        previous[-1].evidence.append(Evidence(f.sentence.index, *f.doc_span(0, len(t)), "events.casualty", 0.6))
        return
    if not any(q.prop in ("killed", "injured") for q in qs):
        return
    since = [tt for tt in times if _SINCE.search(t[:_frame_pos(f, tt.start)])]
    nominal = [a for a in attacks_here if a.hints.get("nominal")]
    if nominal and not since:
        # "27 orang tewas dalam serangan udara Israel ... pada Sabtu": the figures are that attack's
        nominal[0].quantities = qs
        nominal[0].hints["nominal"] = False
        return
    m = re.search(r"\S", t)
    e = x.new("CasualtyReport", f, m, "casualty", 0.7)
    e.quantities += qs
    agents = {k for a in attacks_here for k in a.actors("agent")}
    e.places += [f.entity(s.group()) for s in f.slots() if s.group(1) == "L" and f.entity(s.group()) not in agents]
    if src:
        e.roles.append(("source", f.entity(src.group("s"))))
    if since:
        e.since = _tv(since[0])
    report = [tt for tt in times if tt not in since]
    if report:
        e.times.append(_tv(report[0]))
    for a in attacks_here:
        a.quantities = []
        e.links.append(("about", a.id))
    found.append((m.start(), e))


def _keep(e: Event) -> bool:
    """Drop events too empty to say anything, and planned or hypothetical ones."""
    if e.hints.get("unreal"):
        return False
    if e.kind == "Meeting":
        return len(set(e.actors())) >= 2
    if e.kind == "Attack":
        return bool(e.actors("agent") or set(e.places) - set(e.actors("target")) or e.quantities)
    if e.kind == "Statement" and "speaker_affiliation" in e.hints:
        return True
    if e.kind == "CasualtyReport":
        return bool(e.quantities)
    return bool(e.actors() or e.places)


def extract_events(doc: Document) -> Document:
    x = _Extractor(doc)
    for f in frames(doc):
        _extract(x, f)
    for e in x.events:
        e.places = list(dict.fromkeys(p for p in e.places if p))
        e.roles = list(dict.fromkeys((r, k) for r, k in e.roles if k))
    doc.events = [e for e in x.events if _keep(e)]
    return doc
