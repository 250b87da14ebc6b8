"""Indonesian name rules: recognisers that propose mentions from the shape of the words.

Each recogniser reads a sentence's tokens and yields candidate mentions tagged with
its source ("rule:title", "rule:org-name", ...); the mention stage
(kg.stages.mentions) weighs them against the gazetteer and the model. The word
lists (titles, cue words, heads, provinces) are data files beside this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import gazetteer as gaz
from kg.config import Config
from kg.geo import places
from kg.lang.id import place_level_abbreviations, unit_short_forms, word_list, word_set
from kg.lang.id.numbers import WORDS as _NUMBER_WORDS
from kg.lang.id.timex import MONTHS, WEEKDAYS
from kg.model import Mention
from kg.text import BULLET_MARKS, Token, is_acronym, is_capitalized, straight_quotes, tokenize

CITY_MIN_POPULATION = 100_000
# a command's number before "/" and its name ("Kodim 0429/Lampung Timur", "Kodam IV/Diponegoro")
COMMAND_NUMBER = r"\d{1,4}|[IVX]{1,5}"
# a post's number after its title ("Wakil Ketua II DPRD X", "Waka I X")
POST_NUMBER = r"I{1,3}|IV|V"
FUNCTION_WORDS = frozenset("di ke dari pada untuk dengan yang dan atau dalam oleh bagi terhadap sebagai".split())
# nouns that describe a person in an apposition ("X, pemilik usaha ...")
_ROLE_NOUNS = frozenset("""pemilik petugas warga pengamat pegawai karyawan siswa mahasiswa guru dosen dokter perawat
nelayan petani pedagang sopir pengusaha aktivis relawan tokoh seorang salah pendiri peneliti wartawan pengacara
kuasa politikus politisi mantan istri suami anak ayah ibu kakak adik""".split())
# cue words after which a name is a place whatever the model says ("distrik Tal Afar")
_STRONG_PLACE_CUES = frozenset(tuple(c.split()) for c in (
    "kawasan", "wilayah", "distrik", "kecamatan", "kabupaten", "desa", "kelurahan", "provinsi", "kota", "pulau",
    "ibu kota", "negara bagian", "perlintasan", "kamp pengungsi", "perairan", "gunung", "sungai"))   # a bare capitalised name is taken as a city only from this size up
PARTICLES = {"bin", "binti", "ibn", "bint", "al", "el", "van", "der", "den", "von", "de", "da", "dos", "la", "le",
             "br", "boru"}   # ("Rosmawati br Ginting": a Batak woman's clan name after "br")
ACADEMIC_PREFIXES = frozenset(word_list("academic_prefixes"))   # "Prof. Dr. Sri ..."
_COORDINATORS = frozenset({"dan", "serta", "and", "&"})
_ORG_CONNECTORS = {"dan", "untuk", "&", "of", "for", "the", "and", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
_MAX_NAME_TOKENS = 6


@dataclass
class Words:
    titles: dict[tuple[str, ...], str]
    honorifics: frozenset[str]
    org_cues: frozenset[tuple[str, ...]]
    org_heads: frozenset[tuple[str, ...]]
    place_cues: frozenset[tuple[str, ...]]
    place_heads: frozenset[tuple[str, ...]]
    not_names: frozenset[str]
    provinces: frozenset[str]
    title_words: frozenset[str]
    portfolios: frozenset[str]                # "Keuangan" in "Menteri Keuangan"
    regional_titles: frozenset[tuple[str, ...]]
    building_heads: frozenset[tuple[str, ...]]   # "Gedung", "Stadion Utama", "Kantor Gubernur"


@lru_cache(maxsize=1)
def words() -> Words:
    def tuples(name, lower=True):
        return frozenset(tuple((w.lower() if lower else w) for w in entry.split()) for entry in word_list(name))
    titles = {tuple(t.lower().split()): t for t in word_list("titles") + word_list("styles")}
    return Words(titles, frozenset(h.lower() for h in word_list("honorifics")), tuples("org_cues"),
                  tuples("org_heads", lower=False), tuples("place_cues"), tuples("place_heads", lower=False),
                  frozenset(word_list("not_names")), frozenset(word_list("provinces")),
                  frozenset(w.lower() for t in word_list("titles") for w in t.split()),
                  frozenset(w.lower() for w in word_list("portfolios")), tuples("regional_titles"),
                 tuples("building_heads", lower=False))


_PREFIXED = re.compile(r"(?:al|el|as|ad|ar|an|at|asy|ash|az|ez|ed|es|et|er|ul|bin|abu)-[A-Z]")
COMPANY_END = frozenset({"Tbk", "Persero", "Inc", "Ltd", "Corp", "Co", "LLC", "PLC", "AG", "SA", "GmbH"})


# a neighbourhood's number written as one word ("Rt.05", "RW.02"): no part of the village's name
_NEIGHBOURHOOD_WORD = re.compile(r"(?:RT|RW)\.?\d", re.IGNORECASE)


def _is_name_word(tok: Token, words: Words) -> bool:
    t = tok.text
    return (is_capitalized(t) and t[0].isalpha() and t.rstrip(".") not in words.not_names
            and not _NEIGHBOURHOOD_WORD.match(t) and not clitic_word(t)) or bool(_PREFIXED.match(t))


def clitic_word(word: str) -> bool:
    """'Modusnya', 'Rumahnya': a base word with the clitic -nya is no name's word (a headline's capitals)."""
    if not (word.endswith("nya") and len(word) > 6):
        return False
    from kg.lang.id.evidence import is_base_word   # (evidence reads names: imported on use)
    return is_base_word(word[:-3])


def is_degree(word: str) -> bool:
    """An academic degree written after a name ("SH", "M.Si."; degrees.txt)."""
    return word.replace(".", "") in word_set("degrees")


def _opens_sentence(word: str) -> bool:
    """An ordinary word (common_words.txt), capitalised because a sentence starts with it."""
    return word.lower() in word_set("common_words")


_WEEKDAY_NAMES = set(WEEKDAYS) | {"senen", "rebo", "kemis", "jumat"}   # (and their old Javanese spellings)
# the day of a date written in words inside a name ("Sebelas Maret", "Tujuh Belas Agustus")
_DAY_WORDS = set(_NUMBER_WORDS) | {"belas", "puluh"}


_VERSUS_WORDS = ("vs", "versus")   # between two sides of a match: no name goes on across them


# words between a regional title's region and the name of its holder ("Sekdes Kalisalak berinisial RW")
_NAMING_WORDS = ("berinisial", "bernama", "inisial", "yakni", "yaitu")


def _name_end(tokens: list[Token], i: int, words: Words, allow: set[str] = frozenset()) -> int:
    """End index (exclusive) of a capitalised name starting at token i, or i if none."""
    j, last = i, i
    while j < len(tokens) and j - i < _MAX_NAME_TOKENS:
        t = tokens[j].text
        if j > i and tokens[j].start > tokens[j - 1].end + 1:
            break  # names do not span line breaks or double spaces
        if j > i and is_degree(t):
            break  # "Wendry Purbyantoro SH": a degree closes the name
        if j > i and t == "Tahun" and j + 1 < len(tokens) and \
                re.fullmatch(r"Anggaran|(?:19|20)\d\d", tokens[j + 1].text):
            break  # "APBD Kota Bogor | Tahun Anggaran 2025": a budget's year closes the name
        if t.lower() in _VERSUS_WORDS:
            break  # "Bhayangkara FC | Vs Persija": two sides of a match, no one name
        if j > i and t.rstrip(".") in ACADEMIC_PREFIXES and j + 1 < len(tokens) and \
                (tokens[j - 1].text,) not in words.building_heads:
            break  # "Rektor Universitas Mulawarman Prof. Dr. Sri ...": the body ends, a person follows
        if j > i and t in _COORDINATORS and t in allow and j + 1 < len(tokens) and \
                ((tokens[j + 1].text,) in words.org_heads or tokens[j + 1].text.lower() in words.title_words
                 and tokens[j + 1].text.lower() not in words.portfolios):
            break  # "Polsek Cibadak dan Polsubsektor Cikidang": a second office, not one name (nor "... dan Kepala";
            # but "Biro Hukum dan Humas" goes on)
        if _is_name_word(tokens[j], words) or (j > i and (is_acronym(t) or t in allow)) or \
                (j == i and t.rstrip(".").lower() in words.honorifics and t[:1].isupper()) or \
                ((j > i or allow) and t in words.not_names and t.lower() in words.portfolios and j + 1 < len(tokens)
                 and _is_name_word(tokens[j + 1], words)) or \
                (j > i and t == "Dalam" and (j + 1 == len(tokens) or tokens[j + 1].text in ",.;")):
            # ("Konservasi Sumber Daya Alam": a portfolio's word inside, or opening a body's name after its head:
            # "Direktorat | Lalu Lintas"; "Desa Kota Dalam,": "inner", closing a name)
            j += 1
            last = j
        elif j > i and allow and re.fullmatch(r"\d{1,3}", t) and j + 1 < len(tokens) and \
                tokens[j + 1].start == tokens[j].end + 1 and _is_name_word(tokens[j + 1], words) and \
                not _opens_sentence(tokens[j + 1].text) and not geo_known(tokens[j + 1].text):
            j += 1   # "Detasemen Khusus 88 Antiteror": a unit's number inside a body's name
        elif j == i and i and (tokens[i - 1].text,) in words.org_heads and re.fullmatch(r"[1-3]?\d", t) and \
                j + 1 < len(tokens) and tokens[j + 1].text.lower() in MONTHS and is_capitalized(tokens[j + 1].text):
            j += 1   # "Universitas | 17 Agustus 1945": a body named by a date written in figures
        elif j > i and t.lower() in MONTHS and is_capitalized(t) and (
                tokens[j - 1].text.lower() in _DAY_WORDS or re.fullmatch(r"[1-3]?\d", tokens[j - 1].text)):
            j += 1   # "Universitas Sebelas Maret", "Universitas Tujuh Belas Agustus 1945": a date in the name
            if j < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", tokens[j].text):
                j += 1
            last = j
        elif j > 0 and t.lower() in _WEEKDAY_NAMES and is_capitalized(t) and \
                tokens[j - 1].text in word_set("day_named_heads") and not re.match(r"\s*\(\d", "".join(
                    x.text for x in tokens[j + 1:j + 3])):
            j += 1   # "Kecamatan Pasar Minggu": a market named by its market day (not "di Pasar, Minggu (4/5)")
            last = j
        elif j > i and (t.lower() in PARTICLES or t.lower().split("-")[0] in PARTICLES) and j + 1 < len(tokens):
            j += 1
        elif j > i and t == "." and (re.fullmatch(r"[A-Z]", tokens[j - 1].text) or
                                     tokens[j - 1].text + "." in word_set("name_openers")) \
                and tokens[j].start == tokens[j - 1].end \
                and j + 1 < len(tokens) and _is_name_word(tokens[j + 1], words) and not _opens_sentence(tokens[j + 1].text):
            j += 1   # "Idris M. Ali", "Stadion Moch. Soebroto": an initial's or an abbreviated Muhammad's full stop
            # inside the name (not "melalui Komisi A. Jangan ...")
        else:
            break
    return last


_FIRST_WORDS: dict[int, tuple[object, frozenset]] = {}


@lru_cache(maxsize=1)
def _divisions() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.split()) for w in word_list("numbered_divisions"))


def _division_number(tokens: list[Token], j: int) -> int:
    """How many tokens from j name a body's numbered division ("Daop 7", "Daerah Operasi VI"), or 0."""
    n = _match_sequence(tokens, j, _divisions(), lower=False)
    return n + 1 if n and j + n < len(tokens) and re.fullmatch(r"\d{1,2}|[IVX]{1,4}", tokens[j + n].text) and \
        tokens[j + n].start == tokens[j + n - 1].end + 1 else 0


def _first_words(seqs) -> frozenset:
    """The words sequences of ``seqs`` start with (memo per table; the table is kept
    alongside so that its id cannot be reused)."""
    hit = _FIRST_WORDS.get(id(seqs))
    if hit is None or hit[0] is not seqs:
        if len(_FIRST_WORDS) > 64:   # only a few long-lived tables are ever passed
            _FIRST_WORDS.clear()
        hit = _FIRST_WORDS[id(seqs)] = (seqs, frozenset(seq[0] for seq in seqs))
    return hit[1]


def _match_sequence(tokens, i, seqs, lower: bool) -> int:
    """Length of the longest sequence in seqs that starts at token i (0 if none)."""
    first = tokens[i].text if i < len(tokens) else ""
    hit = _FIRST_WORDS.get(id(seqs))   # _first_words(seqs), without a call: this runs for every token and table
    firsts = hit[1] if hit is not None and hit[0] is seqs else _first_words(seqs)
    if (first.lower() if lower else first) not in firsts:
        return 0   # most tokens start no title, cue or head: skip building the n-grams
    best = 0
    for n in range(1, 5):
        if i + n > len(tokens):
            break
        key = tuple((t.text.lower() if lower else t.text) for t in tokens[i:i + n])
        if key in seqs:
            best = n
    return best


@lru_cache(maxsize=8)
def _alias_index(user_files: tuple[str, ...]):
    index: dict[str, list[tuple[tuple[str, ...], gaz.Entry, bool]]] = {}
    for entry in gaz.load(user_files).entries:
        for alias, is_title in [(a, False) for a in entry.aliases] + [(a, True) for a in entry.title_aliases]:
            forms = {alias} | ({alias.upper()} if len(alias) >= 4 and not is_title else set())
            for form in forms:
                toks = tuple(t.text for t in tokenize(form))
                index.setdefault(toks[0], []).append((toks, entry, is_title))
    for entries in index.values():
        entries.sort(key=lambda x: -len(x[0]))
    return index


@lru_cache(maxsize=1)
def _acronym_senses() -> dict[str, frozenset[str]]:
    """Short form -> the words that give it another sense than the gazetteer's (acronym_senses.txt)."""
    return {short.strip(): frozenset(rest.split()) for short, rest in
            (line.split(":", 1) for line in word_list("acronym_senses"))}


@lru_cache(maxsize=1)
def _ordinary_phrases() -> dict[str, frozenset[tuple[str, ...]]]:
    """First word -> the words after it that make an ordinary phrase of it (ordinary_phrases.txt)."""
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for line in word_list("ordinary_phrases"):
        first, *rest = line.split()
        phrases.setdefault(first, set()).add(tuple(rest))
    return {first: frozenset(rests) for first, rests in phrases.items()}


def _gazetteer(tokens: list[Token], cfg: Config, words: Words):
    index = _alias_index(cfg.gazetteers)
    said = {t.text.lower() for t in tokens}
    for i, tok in enumerate(tokens):
        if said & _acronym_senses().get(tok.text, frozenset()):
            continue   # "kenaikan PBB": the land tax, no body
        if any(tuple(t.text for t in tokens[i + 1:i + 1 + len(rest)]) == rest
               for rest in _ordinary_phrases().get(tok.text, ())):
            continue   # "Antara lain ...": among others, not the news agency
        yield from _joined_bodies(tok, index)
        # ("Ma’ruf Amin" with a curly apostrophe is the index's "Ma'ruf Amin")
        for toks, entry, is_title in index.get(straight_quotes(tok.text), ()):
            n = len(toks)
            if tuple(straight_quotes(t.text) for t in tokens[i:i + n]) != toks:
                continue
            if entry.type == "Person" and not is_title:
                # "Abbas" inside "Abbas Araghchi" is somebody else
                nxt = tokens[i + n] if i + n < len(tokens) else None
                if nxt and _is_name_word(nxt, words) and nxt.start == tokens[i + n - 1].end + 1:
                    continue
                # "Yudha Prabowo": a one-word alias after a first name the article gives is somebody else's name
                prev = tokens[i - 1] if i else None
                if n == 1 and prev and i > 1 and prev.end + 1 == tok.start and _is_name_word(prev, words) and \
                        prev.text.lower() not in words.title_words and prev.text.rstrip(".").lower() not in words.honorifics \
                        and not geo_known(prev.text) and prev.text not in words.provinces and \
                        (prev.text,) not in words.org_heads:
                    continue
            elif entry.type == "Organization" and n == 1 and i > 1 and tokens[i - 1].end + 1 == tok.start and \
                    _unknown_word(tokens[i - 1].text):
                continue   # "Fikri Tasnim": a body's one-word name after a first name is that person's family name
            start, end = tok.start, tokens[i + n - 1].end
            source = "gazetteer:title" if is_title else "gazetteer"
            yield Mention(start, end, "", entry.type, source, 0.7 if is_title else 1.0, gazetteer_key=entry.id)
            break


def _one_word_body(word: str, index) -> gaz.Entry | None:
    """The organization the gazetteer names by this one word ("TNI", "Kemnaker"), if any."""
    return next((e for toks, e, title in index.get(word, ()) if toks == (word,) and e.type == "Organization"
                 and not title), None)


def known_body(word: str) -> bool:
    """The shipped gazetteer knows an organization by this one word ("KPK", "TNI")."""
    return _one_word_body(word, _alias_index(())) is not None


def known_body_name(name: str) -> bool:
    """The shipped gazetteer knows an organization by this name, of one word or more ("Aston Martin")."""
    toks = tuple(t.text for t in tokenize(name))
    return bool(toks) and any(t == toks and e.type == "Organization" and not title
                              for t, e, title in _alias_index(()).get(toks[0], ()))


def _joined_bodies(tok: Token, index) -> list[Mention]:
    """"TNI-Polri": bodies the gazetteer knows by one word each, joined by hyphens into one token."""
    parts = tok.text.split("-")
    if len(parts) < 2:
        return []
    found, at = [], tok.start
    for part in parts:
        entry = _one_word_body(part, index)
        if entry is None:
            return []
        found.append(Mention(at, at + len(part), "", "Organization", "gazetteer", 1.0, gazetteer_key=entry.id))
        at += len(part) + 1
    return found


@lru_cache(maxsize=1)
def _ranks() -> tuple[frozenset[str], frozenset[str]]:
    """(ranks, words that only follow a rank), lower case, from ranks.txt."""
    rows = [w.lower() for w in word_list("ranks")]
    return (frozenset(w for w in rows if not w.startswith("after:")),
            frozenset(w.split(":", 1)[1].strip() for w in rows if w.startswith("after:")))


@lru_cache(maxsize=1)
def _long_ranks() -> tuple[tuple[str, ...], ...]:
    """Ranks written in several words ("Ajun Komisaris Besar Polisi"), longest first."""
    return tuple(sorted((tuple(r.split()) for r in _ranks()[0] if " " in r), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    ranks, after = _ranks()
    return frozenset(w for r in ranks for w in r.split()) | after


def ends_with_rank(text: str) -> bool:
    """The text ends with a rank: "... Komisaris Besar", "... AKBP", "... Kombes Pol"."""
    ws = text.lower().replace("(", " ").replace(")", " ").split()
    while ws and ws[-1].rstrip(".") in _ranks()[1]:
        ws.pop()                          # the corps or service after the rank ("Pol", "Inf.", "(Kav)")
    ws = ws[-4:]
    return any(" ".join(ws[-n:]) in _ranks()[0] for n in range(1, len(ws) + 1))


def is_rank_word(word: str) -> bool:
    """'Kombes', 'Brigjen', 'Kapten': a word of a rank (ranks.txt) or of what follows one."""
    return word.lower() in _rank_words()


def is_rank(word: str) -> bool:
    """'Kombes', 'Mayjen': a rank written as one word (ranks.txt)."""
    return word.lower() in _one_word_ranks()


@lru_cache(maxsize=1)
def _one_word_ranks() -> frozenset[str]:
    return frozenset(r for r in _ranks()[0] if " " not in r)


def rank_corps_word(word: str) -> bool:
    """'Pol', 'Inf', 'Purn': a word that only follows a rank (ranks.txt), never a name alone."""
    return word.lower() in _ranks()[1]


ENGLISH_STYLES = frozenset({"Mr", "Mrs", "Ms"})   # "Mr. Zhao Wenliang": a style, no part of the name


_HONORIFIC_LETTERS = frozenset({"H", "Hj", "KH", "HM", "KHM"})   # Haji, Hajah, Kiai Haji (Muhammad)


def honorific_abbreviation(word: str) -> bool:
    """'H.', 'Hj.', 'HM.', 'Dr.', 'K.H.', 'Mr.': an abbreviated honorific written before a name."""
    return word.endswith(".") and honorific_word(word)


def honorific_word(word: str) -> bool:
    """'KHM', 'Prof', 'H.': an honorific or academic title before a name, abbreviated with or without its stops."""
    return word.replace(".", "") in ACADEMIC_PREFIXES | ENGLISH_STYLES | _HONORIFIC_LETTERS


def _rank_length(tokens: list[Token], j: int) -> int:
    """How many tokens from j are a rank ("AKBP", "Kombes Pol", "Brigjen TNI (Purn)"), 0 if none."""
    ranks, after = _ranks()
    if j >= len(tokens):
        return 0
    # the longest rank written from j: "Komisaris Besar Polisi" before "Komisaris"
    first = tokens[j].text.lower()
    k = next((j + len(r) for r in _long_ranks() if r[0] == first and
              tuple(t.text.lower() for t in tokens[j:j + len(r)]) == r), j + 1 if first in ranks else None)
    if k is None:
        return 0
    while k < len(tokens) and (tokens[k].text.lower() in after or tokens[k].text in "()" or
                               # ("Kombes. Pol.": each word of the rank may be written with a dot)
                               tokens[k].text == "." and tokens[k - 1].text.lower() in after | ranks or
                               # "Inspektur Polisi Satu (Iptu)": the rank's short form in brackets
                               tokens[k].text.lower() in ranks and tokens[k - 1].text == "("):
        k += 1
    while tokens[k - 1].text == "(":
        k -= 1
    return k - j


def _after_head(tokens: list[Token], k: int, words: Words) -> bool:
    """'Direktorat Jenderal Pajak': a rank word right after a body's head word is part of the body's name."""
    return k > 0 and (tokens[k - 1].text,) in words.org_heads


def _place_tokens(tokens: list[Token], j: int, words: Words) -> int:
    """How many tokens from j name a known place: a province or a place in the GeoNames index (after an
    abbreviated level: "Kab. Pekalongan")."""
    if j + 2 < len(tokens) and tokens[j].text in place_level_abbreviations() and tokens[j + 1].text == "." \
            and tokens[j + 2].start == tokens[j + 1].end + 1:
        n = _place_tokens(tokens, j + 2, words)
        return n + 2 if n else 0
    end = _name_end(tokens, j, words)
    for n in range(min(3, end - j), 0, -1):
        name = " ".join(t.text for t in tokens[j:j + n])
        if name in words.provinces or geo_known(name):
            # "Jakarta Pusat", "Bekasi Utara": a part of a known city named by its compass point
            return n + (j + n < len(tokens) and tokens[j + n].text in _COMPASS)
    return 0


_COMPASS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Pusat"})


def _bracket_close(tokens: list[Token], start: int, stop: int) -> int | None:
    """The index of the first closing bracket among tokens[start:stop], or None."""
    return next((k for k in range(start, min(stop, len(tokens))) if tokens[k].text == ")"), None)


def _titles(tokens: list[Token], words: Words, known: list[Mention], text: str):
    """'Presiden Joko Widodo', 'Menteri Keuangan Sri Mulyani', 'Presiden Iran Ebrahim Raisi',
    'Bupati Sidoarjo Ahmad Muhdlor Ali' (the region is a place), 'juru bicara militer Houthi Yahya Saree'."""
    # names whose extent is sure; a place or organization head word may run on into a person's name
    known_at = {m.start: m for m in sorted(known, key=lambda m: m.end - m.start)   # the longest per start
                if m.source not in ("rule:place-head", "rule:org-name")}
    known_ends = {m.end for m in known_at.values() if m.type in ("Organization", "Place")}
    portfolio, regional = words.portfolios, words.regional_titles
    for i, tok in enumerate(tokens):
        n = _match_sequence(tokens, i, words.titles, lower=True)
        if not n:
            continue
        if given_name_title(tokens, i, n, words):
            yield Mention(tok.start, tokens[_name_end(tokens, i + 1, words) - 1].end, "", "Person", "rule:name-shape", 0.75)
            continue   # "Raja Arif Nasution": a given name, not the title "Raja"
        prev = tokens[i - 1] if i else None
        if prev and _is_name_word(prev, words) and prev.text.lower() not in words.title_words | words.portfolios and \
                prev.end + 1 == tok.start and tok.text[0].isupper() and not (i == 1 and _ordinary(prev.text)) and \
                not (_short_rank(tok.text) and (_after_unit(tokens, i, words) or len(prev.text) > 1 and prev.text.isupper()
                                                or i > 2 and tokens[i - 2].text == "/" and
                                                re.fullmatch(COMMAND_NUMBER, tokens[i - 3].text))):
            continue   # "Stadion Kapten I Wayan Dipta": part of a longer name (not "Sebelumnya Tan Sri ...",
            # nor "Polda Metro Jaya Kombes Ade ...", "Yonif RK 725/WRG Letkol X", "Kodam XVII/Cenderawasih Letkol
            # X": a shortened rank names nothing, it starts a person)
        inner = _bracket_close(tokens, i + n, i + n + 4) if prev and prev.text == "(" else None
        if inner is not None and i > 1 and (tokens[i - 2].text.lower() not in words.title_words | words.portfolios or
                                           inner + 1 < len(tokens) and tokens[inner + 1].text == ","):
            # "Luhut Binsar Pandjaitan (Menko Marinves)": a short title in brackets after a name names nobody
            # (after a title it is the title's short form: "Menteri Koordinator ... (Menko Pangtan) Dewi ...";
            # so is it before a comma: "Kepala Seksi X (Kasi Yanum), Yusuf")
            continue
        title = " ".join(t.text for t in tokens[i:i + n])
        j = title_end = i + n
        if n == 1 and is_rank(tokens[i].text):
            j = title_end = i + _rank_length(tokens, i)   # "Kolonel Kav Herman Santika": the corps is the rank's
        elif j + 1 < len(tokens) and re.fullmatch(r"\d", tokens[j].text) and _is_name_word(tokens[j + 1], words):
            j = title_end = j + 1   # "Anggota Majelis 1 Ratna Sari": the seat's number on a panel, then the name
        if j < len(tokens) and tokens[j].text.lower() in words.title_words and \
                _match_sequence(tokens, j, words.titles, lower=True):
            continue   # "Plt Kepala ...", "Penjabat Bupati ...": the title goes on at the next word
        while j < len(tokens):
            if tokens[j].text.lower() in portfolio and is_capitalized(tokens[j].text) and \
                    not (tokens[j].start in known_at and known_at[tokens[j].start].type == "Place"):
                j += 1  # "Menteri Keuangan", "Menteri Luar Negeri" (not "pemain Negeri Jiran": a country)
            elif j > i and tokens[j].text.islower() and tokens[j].text.capitalize() in word_set("portfolio_intros") \
                    and j + 1 < len(tokens) and tokens[j + 1].text.lower() in portfolio and \
                    is_capitalized(tokens[j + 1].text):
                j += 1  # "Menteri Koordinator bidang Politik Hukum dan Keamanan": the portfolio goes on
            elif j > i + n and tokens[j].text in ("dan", ",") and j + 1 < len(tokens) and \
                    tokens[j + 1].text.lower() in portfolio and is_capitalized(tokens[j + 1].text):
                j += 1  # "Menteri Pendidikan Dasar dan Menengah", "Menteri Desa dan Pembangunan Daerah Tertinggal"
            elif j > i + n and tokens[j].text == "," and j + 2 < len(tokens) and tokens[j + 1].text == "dan" and \
                    tokens[j + 2].text.lower() in portfolio and is_capitalized(tokens[j + 2].text):
                j += 2  # "Menteri Pendidikan Tinggi, Sains, dan Teknologi"
            else:
                break
        at_end = _name_end(tokens, j + 1, words, allow=_ORG_CONNECTORS) if j + 1 < len(tokens) else j
        if at_end > j + 1 and tokens[j].text == "at" and at_end < len(tokens) and tokens[at_end].text == ",":
            # "Senior Economist at Samuel Sekuritas Indonesia, Fikri ...": the English title's employer
            yield Mention(tokens[j + 1].start, tokens[at_end - 1].end, "", "Organization", "rule:org-name", 0.75)
            j = at_end
        close = _bracket_close(tokens, j + 2, j + 5) if j < len(tokens) and tokens[j].text == "(" else None
        if close is not None and close + 1 < len(tokens) and all(t.text[:1].isupper() for t in tokens[j + 1:close]):
            j = close + 1   # "Menteri Luar Negeri (Menlu) Malaysia ...", "Kepala Seksi X (Kasi Yanum), Y": its short form
        if tuple(t.text.lower() for t in tokens[i:i + n]) in regional:
            if j + 1 < len(tokens) and tokens[j].text in word_set("unit_infixes") and _place_tokens(tokens, j + 1, words):
                j += 1   # "Kapolres Metro Jakarta Pusat": the unit's word, not the city Metro ("Metro Jaya" stays)
            elif j + 1 < len(tokens) and tokens[j].text in word_set("unit_infixes") and is_capitalized(tokens[j + 1].text):
                # "Wakapolda Metro Jaya": the police region is the unit word and the name after it
                yield Mention(tokens[j].start, tokens[j + 1].end, "", "Place", "rule:title-region", 0.8)
                j += 2
            run = _name_end(tokens, j, words)
            if j < run < len(tokens) and tokens[run].text in ("itu", "ini", "tersebut"):
                # "Kapolda Metro Jaya itu", "Bupati Sleman tersebut": the title's region, nobody's name
                yield Mention(tokens[j].start, tokens[run - 1].end, "", "Place", "rule:title-region", 0.7)
                continue
            if j < run and run + 2 < len(tokens) and tokens[run].text == "," and \
                    tokens[run + 1].text in _chain_heads() and _is_name_word(tokens[run + 2], words) and \
                    tokens[run + 1].text != tokens[title_end - 1].text:   # (not "Wali Kota X, Kota Padang ...")
                # "Kepala Desa Sukaluyu, Kecamatan Cibeber, ...": an address goes on, so the name
                # is the title's village or region ("Desa Sukaluyu" when the title ends with the unit)
                start = j - 1 if j == title_end and tokens[j - 1].text in _chain_heads() else j
                yield Mention(tokens[start].start, tokens[run - 1].end, "", "Place", "rule:title-region", 0.7)
                continue
            if j == title_end and tokens[j - 1].text in _chain_heads() and unit_level(tokens[j - 1].text) <= 2 and \
                    run == j + 1 and run + 1 < len(tokens) and tokens[run].text == "," and \
                    _is_name_word(tokens[run + 1], words) and tokens[run + 1].text not in _chain_heads():
                # "Kepala Desa Semparuk, Hendra": the title's village, then its holder after the comma (a town's title
                # is often written with its region after the comma: "Wali Kota Batu, Malang")
                yield Mention(tokens[j - 1].start, tokens[j].end, "", "Place", "rule:title-region", 0.7)
                holder_end = _name_end(tokens, run + 1, words)
                yield Mention(tokens[run + 1].start, tokens[holder_end - 1].end, "", "Person", "rule:title", 0.8,
                              title=title)
                continue
        if j + 2 < len(tokens) and re.fullmatch(COMMAND_NUMBER, tokens[j].text) and tokens[j + 1].text == "/":
            j += 2   # "Danrem 071/Wijayakusuma Brigjen TNI X": a command's number before its name
            if j + 1 >= len(tokens) or not is_capitalized(tokens[j + 1].text):
                continue   # "Pangdam XVII/Cenderawasih, Pangdam II/Sriwijaya": the command alone, no one named
        elif j + 1 < len(tokens) and j == title_end and re.fullmatch(POST_NUMBER, tokens[j].text) and \
                is_capitalized(tokens[j + 1].text):
            j += 1   # "Wakil Ketua II DPRD Lebong X", "Waka I X": the post's number
        k = j
        while k < len(tokens) and k - j < 2 and tokens[k].text.islower() and \
                tokens[k].text not in ("itu", "ini", "tersebut", "yang"):
            k += 1  # "juru bicara militer Houthi ..." (not "sekretaris daerah itu mengatakan ...")
        if k > j and _match_sequence(tokens, k, words.titles, lower=True):
            continue   # "Wakil Presiden sekaligus Menteri Dalam Negeri X": the next title names the holder
        if k == j and j + 1 < len(tokens) and _name_initials(tokens, j, words, known_at, text):
            pass   # "Presiden BJ Habibie", "Menteri Perhubungan RK Siregar": the holder's initials open the name
        elif k < len(tokens) and tokens[k].start in known_at and known_at[tokens[k].start].type != "Person":
            m = known_at[tokens[k].start]   # "Presiden Iran", "Ketua KPK"
            j = k
            while j < len(tokens) and tokens[j].start < m.end:
                j += 1
            longer = k + _place_tokens(tokens, k, words) if m.type == "Place" else j
            if longer > j:   # "Bupati Aceh Besar X": a longer name of a place the index knows
                yield Mention(tokens[k].start, tokens[longer - 1].end, "", "Place", "rule:title-region", 0.8)
                j = longer
            p = _place_tokens(tokens, j, words) if m.type == "Organization" and j < len(tokens) else 0
            if p and _name_end(tokens, j + p, words) >= j + p + 2:
                j += p   # "Kepala Basarnas Pekanbaru | Hendra Saputra": the body's office in a region, then the name
        elif j + 1 < len(tokens) and is_acronym(tokens[j].text) and _is_name_word(tokens[j + 1], words) and \
                tokens[j].text not in word_set("company_heads"):
            if tokens[j].text in unit_short_forms() and _name_end(tokens, j + 1, words) == j + 2 and \
                    _region_of_body(text, tokens[j].text, tokens[j + 1].text):
                # "majelis hakim PN Ende telah menilai ...": a regional body's short form and its region, no one named
                # (not "anggota DPRD Zaini": a region is one the index knows or the article writes so elsewhere)
                yield Mention(tokens[j].start, tokens[j + 1].end, "", "Organization", "rule:title-org", 0.7)
                continue
            p = _place_tokens(tokens, j + 1, words) if tokens[j].text in unit_short_forms() else 0
            if p and _name_end(tokens, j + 1 + p, words) >= j + 1 + p + 2 and not is_acronym(tokens[j + 1 + p].text):
                # "Ketua DPRD Garut Wiryo Handoko": the body of a region the index knows, then the holder's name
                yield Mention(tokens[j].start, tokens[j + p].end, "", "Organization", "rule:title-org", 0.8)
                j += p
            j += 1   # "Ketua KPK Firli Bahuri" (not "Direktur PT Sinar Karya Prakarsa": a company's name)
        elif tuple(t.text.lower() for t in tokens[i:i + n]) in regional:
            p = _place_tokens(tokens, j, words)
            run = _name_end(tokens, j, words)
            if run + 1 < len(tokens) and tokens[run].text == "," and _rank_length(tokens, run + 1):
                p = 0   # "Kapolsek Medan Area, Kompol X": the run before a comma and a rank is all region
            if p and _name_end(tokens, j + p, words) > j + p:
                yield Mention(tokens[j].start, tokens[j + p - 1].end, "", "Place", "rule:title-region", 0.8)
                j += p
        for cue in _POST_PLACE_CUES:   # "Duta Besar RI untuk Vietnam Rangga ...": the post's country
            k = j + len(cue)               # (and where it sits: "... untuk Indonesia berkedudukan di Singapura X")
            if k < len(tokens) and tuple(t.text for t in tokens[j:k]) == cue and tokens[k].start in known_at and \
                    known_at[tokens[k].start].type == "Place":
                place = known_at[tokens[k].start]
                while j < len(tokens) and tokens[j].start < place.end:
                    j += 1
        known_region = known_at.get(tokens[title_end].start) if title_end < len(tokens) else None
        if title_end < j and j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and \
                known_region is not None and known_region.type == "Place" and \
                any(abbreviates(tokens[j + 1].text, [t.text for t in run])
                    for run in (tokens[i:j], tokens[title_end:j], tokens[i:title_end])):
            j += 3   # "Gubernur Jambi (Gubjam) Suharyono": the short form of the post or its region after the region
        place = _place_tokens(tokens, j, words) if j < len(tokens) else 0
        for skip in ((0, place) if place else (0,)):
            second = _match_sequence(tokens, j + skip, words.titles, lower=True)
            if second and given_name_title(tokens, j + skip, second, words):
                second = 0   # "Bupati Tapanuli Tengah Raja Tigor Sianturi": a given name, not a style
            if second and j + skip + second < len(tokens) and _is_name_word(tokens[j + skip + second], words):
                if skip:
                    yield Mention(tokens[j].start, tokens[j + skip - 1].end, "", "Place", "rule:title-region", 0.8)
                # "Menlu Malaysia Datuk Seri Saifuddin Abdullah": a style after the post (a rank with its corps:
                # "Danyonif 123/RW Letkol Inf X"), and more after it ("Yang Mulia Dato' Seri X")
                j += skip + max(second, _rank_length(tokens, j + skip))
                while (more := _match_sequence(tokens, j, words.titles, lower=True)) and j + more < len(tokens) and \
                        _is_name_word(tokens[j + more], words) and not given_name_title(tokens, j, more, words):
                    j += more
                break
        is_regional = tuple(t.text.lower() for t in tokens[i:i + n]) in regional
        if j < len(tokens) and not is_capitalized(tokens[j].text):
            # "Manajer tim voli putri Gelora Sentani, Yuliana Hembring, ...": skip the description
            k = j
            while k < len(tokens) and k - j < 4 and tokens[k].text.isalpha() and tokens[k].text.islower() and \
                    tokens[k].text not in FUNCTION_WORDS and \
                    tokens[k].text not in ("itu", "ini", "tersebut", "adalah", "ialah", "merupakan") and \
                    not _AFFIXED_VERB.fullmatch(tokens[k].text):
                k += 1   # not across "sekretaris daerah itu mengatakan ...": the title names someone known; nor
                # across a verb ("para bupati baru menirukan sumpah yang dibacakan X": X is no regent)
            j = k   # (nor across a copula: "Pengangkatan Menteri adalah Hak Istimewa Presiden")
        if j > title_end and (rank := _rank_length(tokens, j)) and _name_end(tokens, j + rank, words) > j + rank:
            j += rank   # "Kapolres Belu AKBP Yohanes MDP Sinaga": after the region, a rank opens the name
        end = _name_end(tokens, j, words, allow=_ORG_CONNECTORS)
        rank_at = next((k for k in range(j + 1, end) if is_rank(tokens[k].text) and not _after_head(tokens, k, words)
                        and _name_end(tokens, k + _rank_length(tokens, k), words) > k + _rank_length(tokens, k)), None)
        if rank_at is not None:   # "Kapendam XVII Cenderawasih Kolonel (Kav) X": the unit ends at the rank, the name follows
            j = rank_at + _rank_length(tokens, rank_at)
            end = _name_end(tokens, j, words, allow=_ORG_CONNECTORS)
        if end < len(tokens) - 1 and tokens[end].text == "," and _name_end(tokens, end + 1, words) > end + 1 and not (is_regional and title_end < j < end):
            # "Kepala Dinas Ketahanan Pangan Kabupaten Temanggung, Sri Wahyuningsih Prameswari, ...":
            # the run after the title is the institution, the person follows the comma
            j2 = end + 1 + _rank_length(tokens, end + 1)   # "Kapolres Tapteng, AKBP Wahyu Endrajaya,"
            end2 = _name_end(tokens, j2, words)
            ranked = j2 > end + 1   # a rank before it makes one word a name: "Kapolres Tapteng, AKBP Suharto"
            # after a regional head's title and a known region, or another title and a one-word body, a verb may
            # follow the name ("Gubernur Sumatera Barat, Rahmat Hidayat melantik ...", "Direktur Utama Prodia, A B")
            village = " ".join(t.text.lower() for t in tokens[i:i + n]) in word_set("village_titles")
            # (or a body already known before the comma: "striker Persib, A B tidak ...")
            # (or a run that opens with an ordinary word, no name: "Jaksa Wilayah Fayette County, A B menyatakan")
            verb_may_follow = is_regional and (village or _place_tokens(tokens, j, words) == end - j or
                                               end - j == 1 and short_region_name(text, tokens[j].text)) or \
                not is_regional and end - j == 1 and not _place_tokens(tokens, j, words) or \
                not is_regional and end == j and j > title_end and tokens[j - 1].end in known_ends or \
                not is_regional and end - j > 1 and _ordinary(tokens[j].text)
            # one word is a name when a rank precedes it or a comma closes it ("Pelatih Persikembang, Harjowiyono, ...")
            # (or, after a regional head's title and region, a lower-case word: "Bupati Solok, Harjono di ...")
            # (or after a speech verb: "ujar Kepala BPBD Kabupaten X, Yuyun ketika dihubungi")
            spoken = i > 0 and tokens[i - 1].text.lower() in _SPEECH
            # (or the title alone before the comma: "Hakim Ketua, Aswijon menganggap ...")
            bare = end == j == title_end
            closed = end2 - j2 == 1 and end2 < len(tokens) and _unknown_word(tokens[j2].text) and \
                (tokens[end2].text == "," or (verb_may_follow and is_regional or spoken or bare) and tokens[end2].text.islower())
            if end2 - j2 >= (1 if ranked or closed else 2) and (end2 == len(tokens) or tokens[end2].text in {",", ".", ")"} or
                                                      (ranked or verb_may_follow or spoken or bare) and tokens[end2].text.islower()) and \
                    not looks_institutional(tokens, j2, end2, words) and _place_tokens(tokens, j2, words) < end2 - j2 and \
                    tokens[j2].text not in defined_short_forms(text) and \
                    (looks_institutional(tokens, j, end, words) or end > j and all(t.text.isupper() for t in tokens[j:end]) or
                     not (second := _match_sequence(tokens, j2, words.titles, lower=True)) or
                     given_name_title(tokens, j2, second, words)):   # not a list of officials ("Ratu Dewi" is one)
                if is_regional and end - j <= 3:
                    yield Mention(tokens[j].start, tokens[end - 1].end, "", "Place", "rule:title-region", 0.7)
                yield Mention(tokens[j2].start, tokens[end2 - 1].end, "", "Person", "rule:title", 0.8, title=title)
                continue
        end = _name_end(tokens, j, words)
        named_at = end
        if is_regional and named_at + 1 < len(tokens) and tokens[named_at].text == "di" and \
                _name_end(tokens, named_at + 1, words) > named_at + 1:
            named_at = _name_end(tokens, named_at + 1, words)   # "Kepala Desa X di Kecamatan Y yakni Z"
        if is_regional and j < end and named_at < len(tokens) and tokens[named_at].text in _NAMING_WORDS:
            # "Sekdes Kalisalak berinisial RW", "Kepala Desa Randuagung yakni Sutrisno": the title's region; the
            # person is named after it
            yield Mention(tokens[j].start, tokens[end - 1].end, "", "Place", "rule:title-region", 0.7)
            person_end = _name_end(tokens, named_at + 1, words)
            if tokens[named_at].text in ("yakni", "yaitu") and person_end > named_at + 1 and \
                    not looks_institutional(tokens, named_at + 1, person_end, words):
                yield Mention(tokens[named_at + 1].start, tokens[person_end - 1].end, "", "Person", "rule:title", 0.75,
                              title=title)
            continue
        inner = next((k for k in range(j + 1, end - 1) if tokens[k].text.lower() in words.title_words
                      and tokens[k].text.isupper() or _rank_length(tokens, k)), None)
        honorific = next((k for k in range(j + 1, end - 1) if honorific_abbreviation(tokens[k].text)), None)
        regional_end = is_regional or (tokens[title_end - 1].text.lower(),) in regional
        after_rank = j > title_end and (is_rank(tokens[j - 1].text) or rank_corps_word(tokens[j - 1].text))
        if inner is None and regional_end and honorific is not None and not after_rank:
            # (not after a rank: "Kapolda X Irjen Pol Damar H. Sitompul" is one name)
            # "Pj Bupati Katingan H. Asmuni Hadi": an abbreviated honorific ends the region and opens the name
            yield Mention(tokens[j].start, tokens[honorific - 1].end, "", "Place", "rule:title-region", 0.7)
            end = _name_end(tokens, honorific + 1, words)
            if end > honorific + 1:
                yield Mention(tokens[honorific + 1].start, tokens[end - 1].end, "", "Person", "rule:title", 0.8, title=title)
            continue
        if inner is not None:
            # "Kapolres Luwu Utara AKBP Hendrik Palinggi": a rank inside the run ends the region; the
            # name runs on from the rank ("Kasat Narkoba Polres Tapanuli Tengah AKP Gunawan Sinurat")
            if is_regional:
                yield Mention(tokens[j].start, tokens[inner - 1].end, "", "Place", "rule:title-region", 0.7)
            person = inner + max(1, _rank_length(tokens, inner))
            end = max(end, _name_end(tokens, person, words))
            if end > person:
                yield Mention(tokens[person].start, tokens[end - 1].end, "", "Person", "rule:title", 0.8, title=title)
            continue
        if is_regional and j == title_end and end + 2 < len(tokens) and tokens[end].text == "(" and \
                tokens[end + 2].text == ")" and any(abbreviates(tokens[end + 1].text, [t.text for t in run])
                                                    for run in (tokens[j:end], tokens[i:end], tokens[i:j])):
            # "Bupati Musi Rawas Utara (Muratara)": the short form in brackets names the whole run, a region;
            # so does the short form of the title with it or alone ("Gubernur Jambi (Gubjam) Suharyono"), and
            # the name after the brackets is the official's
            yield Mention(tokens[j].start, tokens[end - 1].end, "", "Place", "rule:title-region", 0.7)
            person_end = _name_end(tokens, end + 3, words)
            if person_end > end + 3 and not looks_institutional(tokens, end + 3, person_end, words):
                yield Mention(tokens[end + 3].start, tokens[person_end - 1].end, "", "Person", "rule:title", 0.8,
                              title=title)
            continue
        if is_regional and j == title_end and end - j >= 2 and not _place_tokens(tokens, j, words):
            # an unknown region: the words the article writes after a unit word elsewhere ("Kepala Desa
            # Kali Bening Suratmi" with "Desa Kali Bening"), else none when the whole run is written as a
            # name elsewhere ("Bupati Arif Rahman Hakim" with "..., Arif Rahman Hakim,"), else one
            # word, or two after a place word ("Kepulauan Aru Marthinus Rahanjaan")
            run = [t.text for t in tokens[j:end]]
            written = _region_written(text, run)
            # (no guess from a word that opens people's names: "Gubernur Abdul Gani Kasuba")
            r = written or (0 if _named_elsewhere(text, run, tokens[j].start) or _deputy_after_head(text, tokens[i].start, title)
                            or tokens[j].text in word_set("name_openers") else
                            2 if (tokens[j].text,) in words.place_heads else 1)
            # (a list of the same title, each with its region and holder, makes the guess sure)
            sure = written or _title_listed(tokens, i, n, end)
            if r and end - (j + r) >= (1 if sure else 2) and tokens[j + r].text not in _REGION_TAILS:
                # (not "Kepala Desa Jeruklegi | Kulon": a direction ends the region's name)
                level = j - 1 if tokens[j - 1].text in _chain_heads() else j   # "Kepala Desa X": Desa X
                yield Mention(tokens[level].start, tokens[j + r - 1].end, "", "Place",
                              "rule:title-region" if sure else "rule:title-region-guess", 0.6)
                yield Mention(tokens[j + r].start, tokens[end - 1].end, "", "Person", "rule:title", 0.7, title=title)
                continue
        if is_regional and end - j == 1 and _shortened_region(text, tokens[j].text):
            # "Kapolres Meranti, kata X" after "Polres Kepulauan Meranti": the region's last word, no holder
            yield Mention(tokens[j].start, tokens[j].end, "", "Place", "rule:title-region", 0.7)
            continue
        if is_regional and end > j and _place_tokens(tokens, j, words) == end - j and \
                home_place(" ".join(t.text for t in tokens[j:end])):
            # "Mantan Bupati Lahat periode 2013-2018, X": a region of the country alone names no holder
            yield Mention(tokens[j].start, tokens[end - 1].end, "", "Place", "rule:title-region", 0.7)
            continue
        cut = _split_after_institution(tokens, j, end, words)
        if cut > j:
            yield Mention(tokens[j].start, tokens[cut - 1].end, "", "Organization", "rule:title-org", 0.7)
            j = cut
            end = max(end, _name_end(tokens, j, words))   # (the name may run past the longest run read from the title)
        if end > j and not all(is_acronym(t.text) for t in tokens[j:end]) and \
                tokens[j].text not in word_set("portfolio_intros") and \
                not looks_institutional(tokens, j, end, words) and not _bracketed_title(tokens, end, words) and \
                not (cut > title_end and _place_tokens(tokens, j, words) == end - j and
                     (end - j > 1 or home_place(tokens[j].text))):
            # (not "Kepala Dinas PU Garut Ikut Diperiksa": a known place after the body is its region; but
            # "Gubernur Malut Tono" is a person, though a town of Japan has the name)
            yield Mention(tokens[j].start, tokens[end - 1].end, "", "Person", "rule:title", 0.85, title=title)


# a verb with a prefix and -kan or -i ("mengucapkan", "mengikuti", "diberikan"): a clause, no description
_AFFIXED_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}(?:kan|i)")


def given_name_title(tokens: list[Token], i: int, n: int, words: Words) -> bool:
    """A title that is also a given name (given_name_titles.txt) before two or more name words that name no
    place or rank: the person's name opens with it ("Raja Arif Nasution"); after a post and a comma, before
    one ("Wali Kota Palembang, Ratu Dewi": a mayor is no queen)."""
    if n != 1 or tokens[i].text not in word_set("given_name_titles"):
        return False   # (most titles: no run of names to read)
    run = _name_end(tokens, i + n, words)
    after_post = i >= 2 and tokens[i - 1].text == "," and \
        any(t.text.lower() in words.title_words for t in tokens[max(0, i - 5):i - 1])
    return run - (i + n) >= (1 if after_post else 2) and \
        not any(geo_known(t.text) or is_rank_word(t.text) for t in tokens[i + n:run])


def _region_written(text: str, run: list[str]) -> int:
    """How many first words of ``run`` the article writes after an administrative unit word
    ("Desa Kali Bening", "Kecamatan Cibadak"), leaving at least one word; 0 if none."""
    for n in range(len(run) - 1, 0, -1):
        if re.search(rf"\b(?:{_chain_heads_pattern()}) {re.escape(' '.join(run[:n]))}\b(?! {re.escape(run[n])})", text):
            return n
    return 0


def _shortened_region(text: str, word: str) -> bool:
    """'Meranti' in an article naming "Kepulauan Meranti": the last word of a region of Indonesia the article
    writes in full."""
    return any(indonesian_place(f"{m.group(1)} {word}")
               for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text))


def short_region_name(text: str, word: str) -> str | None:
    """The region the article names in full before defining the word as its short form: "Kabupaten Kotawaringin
    Barat" for "Kobar" after "... Kabupaten Kotawaringin Barat (Kobar)"."""
    found = re.search(rf"\b(?:{_chain_heads_pattern()}) [A-Z][\w ]{{1,40}}?(?= \({re.escape(word)}\))", text)
    if found and tuple(text[:found.start()].split()[-1:]) in longer_head_openers():
        return None   # "Ibu Kota Nusantara (IKN)": the level word ends a longer head, the place is named whole
    return found.group() if found else None


@lru_cache(maxsize=1)
def longer_head_openers() -> frozenset[tuple[str, ...]]:
    """The words before the last of a place head of two words or more ("Ibu" of "Ibu Kota"): a level word after
    them ends that head, not a place's name."""
    return frozenset(h[:-1] for h in words().place_heads if len(h) > 1)


def _name_initials(tokens: list[Token], j: int, words: Words, known_at: dict, text: str) -> bool:
    """Two capitals after a title are the holder's initials, not a body's short form, when nothing else
    makes them a body or a place: no list, gazetteer or bracket of the article defines them, the one to
    three name words after them are no known name, and the article writes them before no other word
    ("Presiden BJ Habibie"; not "Ketua KY Amzulian" in an article that also writes "laporan KY menyebut")."""
    short = tokens[j].text
    if not (len(short) == 2 and short.isalpha() and short.isupper()) or short in unit_short_forms() or \
            short in words.not_names or short in word_set("org_short_heads") | word_set("whole_body_acronyms") | \
            word_set("thing_acronyms") | word_set("company_heads") or geo_known(short) or f"({short})" in text or \
            tokens[j + 1].start in known_at:
        return False
    end = _name_end(tokens, j + 1, words)
    if not 1 <= end - (j + 1) <= 3 or any(is_acronym(t.text) for t in tokens[j + 1:end]):
        return False
    return set(re.findall(rf"\b{short}\b ?([\w'-]*)", text)) == {tokens[j + 1].text}


def _region_of_body(text: str, short: str, word: str) -> bool:
    """The word after a regional body's short form is its region: a place the index knows, or a word the article
    writes after the body's full name or an administrative unit word too ("Pengadilan Negeri (PN) Ende")."""
    heads = f"{re.escape(unit_short_forms()[short])}(?: \\([^()]{{1,12}}\\))?|{_chain_heads_pattern()}"
    return geo_known(word) or re.search(rf"\b(?:{heads}) {re.escape(word)}\b", text) is not None


def _named_elsewhere(text: str, run: list[str], at: int) -> bool:
    """The whole run is written elsewhere in the article after a comma or an opening bracket, as a
    name is ("Bupati Kolaka Timur, Arif Rahman Hakim,")."""
    name = re.escape(" ".join(run))
    return any(m.start() != at for m in re.finditer(rf"(?<=[,(] ){name}\b|(?<=[,(]){name}\b", text))


def _bracketed_title(tokens: list[Token], k: int, words: Words) -> bool:
    """'Kepala Unit Reserse Kriminal (Kanit Reskrim) ...': the run before k spells out a post whose short
    form follows in brackets; it is the post's unit, nobody's name."""
    close = next((i for i in range(k + 1, min(k + 5, len(tokens))) if tokens[i].text == ")"), None)
    return k < len(tokens) and tokens[k].text == "(" and close is not None and \
        tuple(t.text.lower() for t in tokens[k + 1:close]) in words.titles


_POST_PLACE_CUES = (("untuk",), ("berkedudukan", "di"))
# a list of officials writes degrees after each name and styles before the next: "1. Sdr. H. A, S.E., M.M. dan
# Ir. H. B (X)"; two names joined so in a list item are a pair (a ticket, a governor and a deputy)
DEGREES_AFTER = re.compile(r"(?:,?[ \t]*[A-Z][A-Za-z]{0,4}\.)*,?")
STYLES_BEFORE = re.compile(r"(?:[A-Z][a-z]{0,3}\.[ \t]+)*")
PAIR_JOINT = re.compile(r"-| (?:dan|serta|&) ")


def pair_starts(text: str, end: int, limit: int) -> tuple[int, ...]:
    """Where the second name of a pair may start after a name ending at end ("A, M.H. dan Drs. H. B"): right after
    the joint, or past the styles after it; none when no joint follows."""
    joint = PAIR_JOINT.match(text, DEGREES_AFTER.match(text, end, limit).end(), limit)
    return (joint.end(), STYLES_BEFORE.match(text, joint.end(), limit).end()) if joint else ()


def paired(text: str, end: int, start: int) -> bool:
    """The name ending at end and the one starting at start are a pair: "A, M.H. dan Drs. H. B"."""
    starts = pair_starts(text, end, start)
    return bool(starts) and starts[-1] == start


_UNSPELLED = frozenset({"al", "el", "dan", "&", "of", "the", "and", "untuk", "di", "bin", "binti"})


def abbreviates(short: str, run: list[str]) -> bool:
    """'Muratara' for 'Musi Rawas Utara', 'BMKG' for 'Badan Meteorologi Klimatologi Geofisika': a short
    form made of letters of every word of the run, in order, starting with its first letter."""
    letters, parts = short.lower(), [w.lower() for w in run]

    def inside(piece: str, word: str) -> bool:
        chars = iter(word)
        return all(ch in chars for ch in piece)   # a subsequence

    def fits(at: int, k: int) -> bool:
        if k == len(parts):
            return at == len(letters)
        if k and parts[k] in _UNSPELLED and fits(at, k + 1):
            return True   # "YASH" for "Yayasan Amal Sosial Al Hikmah": an article or a conjunction may give no letter
        rest = sum(1 for p in parts[k + 1:] if p not in _UNSPELLED)   # (each later word gives a letter, or may not)
        return any(inside(letters[at:at + n], parts[k]) and fits(at + n, k + 1)
                   for n in range(len(letters) - at - rest, 0, -1))

    return len(parts) >= 2 and letters[:1] == parts[0][:1] and fits(0, 0)


def popular_name(nick: str, name: str) -> bool:
    """'Cak Imin', 'Zulhas' after "Muhaimin Iskandar atau", "Zulkifli Hasan atau": a person's popular
    name, opened by a form of address (nickname_forms.txt) or made of the letters of the name's words."""
    words = nick.split()
    return len(words) == 2 and words[0] in word_set("nickname_forms") or \
        len(words) == 1 and len(nick) >= 4 and abbreviates(nick, name.split())


def _english_and_names(tokens: list[Token], words: Words):
    """'Ernst and Young Indonesia', 'Procter & Gamble': capitalised words joined by the English 'and' (or
    '&') in Indonesian text are one company's name, unless every word is an ordinary foreign word
    ('Research and Development'; foreign_words.txt)."""
    from kg.lang.id.evidence import is_foreign_word
    for k, tok in enumerate(tokens):
        if tok.text not in ("and", "&") or not k or k + 1 >= len(tokens):
            continue
        start = k
        while start > 0 and k - start < 6 and tokens[start - 1].text.lower() not in words.title_words and \
                (_is_name_word(tokens[start - 1], words) or
                 (tokens[start - 1].text in ("of", "for", "the") and start > 1 and
                  _is_name_word(tokens[start - 2], words))):
            start -= 1   # "Organisation for Economic Co-operation and Development"
        end = _name_end(tokens, k + 1, words, allow=_ORG_CONNECTORS - {"dan", "and", "&"})
        run = [t.text for t in tokens[start:end] if t.text not in ("and", "&")]
        if start < k < end - 1 and not all(is_foreign_word(w) for w in run):
            yield Mention(tokens[start].start, tokens[end - 1].end, "", "Organization", "rule:org-shape", 0.75)


def _english_of_names(tokens: list[Token], words: Words):
    """'Syrian Observatory for Human Rights', 'Bank of America': capitalised words joined by the English 'for' or
    'of', one of them an English organization word (org_words_en.txt), are one body's name."""
    from kg.lang.id.evidence import is_common_word
    english = english_org_words()
    for k, tok in enumerate(tokens):
        if tok.text not in ("for", "of") or not k or k + 1 >= len(tokens) or not _is_name_word(tokens[k - 1], words):
            continue
        start = k - 1
        while start > 0 and k - start < 4 and _is_name_word(tokens[start - 1], words) and \
                tokens[start - 1].text.lower() not in words.title_words and not is_common_word(tokens[start - 1].text):
            start -= 1   # (not "Data | Syrian Observatory ...": an ordinary word opening the sentence)
        end = _name_end(tokens, k + 1, words, allow={"and", "&", "the", "of", "for", "on"})
        run = [t.text.lower() for t in tokens[start:end]]
        if start < k < end - 1 and any(w in english for w in run):
            yield Mention(tokens[start].start, tokens[end - 1].end, "", "Organization", "rule:org-shape", 0.75)


def _english_short_formed(tokens: list[Token], words: Words):
    """'Korean Central News Agency (KCNA)': capitalised words written before the short form they spell, one of
    them an English organization word (org_words_en.txt), are one body's name."""
    english = english_org_words()
    for k in range(2, len(tokens) - 1):
        if tokens[k - 1].text != "(" or tokens[k + 1].text != ")" or not is_acronym(tokens[k].text):
            continue
        start = k - 1
        while start > 0 and k - 1 - start < 6 and (_is_name_word(tokens[start - 1], words) or
                                                    tokens[start - 1].text in ("of", "for", "and", "&", "the")):
            start -= 1
            run = tokens[start:k - 1]
            if len(run) >= 2 and run[0].text[:1].isupper() and any(t.text.lower() in english for t in run) and \
                    abbreviates(tokens[k].text, [t.text for t in run]):
                # (not inside a longer name: "Kepala Perwakilan Japan International Cooperation Agency (JICA) Indonesia")
                if not start or not _is_name_word(tokens[start - 1], words) or tokens[start - 1].start == 0:
                    yield Mention(run[0].start, run[-1].end, "", "Organization", "rule:org-shape", 0.8)
                break


def _short_rank(word: str) -> bool:
    """'Kombes', 'AKBP', 'Brigjen': a rank in its short form, never a word of a street's or a building's
    name (unlike 'Kapten', 'Jenderal', which are also ordinary words)."""
    from kg.lang.id.evidence import is_base_word
    return word.lower() in _ranks()[0] and not is_base_word(word.lower())


def _after_unit(tokens: list[Token], i: int, words: Words) -> bool:
    """The run of names before token i starts with an organization's head word ('Polda Metro Jaya')."""
    k = i
    while k > 0 and _is_name_word(tokens[k - 1], words):
        k -= 1
    return k < i and any(tuple(t.text for t in tokens[k:k + len(h)]) == h for h in words.org_heads)


def _unknown_word(word: str) -> bool:
    """A capitalised word no word list knows ("Harjowiyono"), not "Informasi" or "Bandung"."""
    from kg.lang.id.evidence import unknown_name_word
    return unknown_name_word(word)


def _ordinary(word: str) -> bool:
    from kg.lang.id.evidence import is_common_word
    return is_common_word(word)


_LIST_MARK = re.compile(rf"^(?:{BULLET_MARKS}|\d{{1,2}}[.)]?)$")


def _list_items(tokens: list[Token], words: Words):
    """'- Kepala Dinas Pariwisata (Dispar): Ayu Laksmi Damayanti', '2. Menteri Keuangan: Bramantyo
    Adi Kusumo', a line 'Menteri Koperasi: Budi Santoso': in a list of officials the name after the
    colon is the person holding the post. A sentence may hold several such lines."""
    start = 0
    for k in range(1, len(tokens) + 1):
        if k == len(tokens) or tokens[k].start > tokens[k - 1].end + 1:   # a line break (or a wide gap)
            yield from _list_item(tokens[start:k], words)
            start = k


def _list_item(tokens: list[Token], words: Words):
    if not tokens:
        return
    first = 1 + (len(tokens) > 1 and tokens[1].text == ".") if _LIST_MARK.match(tokens[0].text) else 0
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or colon < first + 1 or not _match_sequence(tokens, first, words.titles, True):
        return
    j = colon + 1
    while j < len(tokens) and (tokens[j].text in "()." or tokens[j].text.lower() in words.title_words or
                               tokens[j].text.rstrip(".").lower() in words.honorifics or
                               tokens[j].text.lower() in ("purn", "purn.") or is_acronym(tokens[j].text)):
        j += 1   # "Jenderal TNI (Purn) Agus ...", "Ir. Bagus ...", "dr. Wening ..."
    end = _name_end(tokens, j, words)
    closes = end == len(tokens) or tokens[end].text in (".", ";")
    if (end - j >= 2 or end - j == 1 and closes) and (first or closes):   # an unmarked line holds the name alone
        title = " ".join(t.text for t in tokens[first:colon])
        yield Mention(tokens[j].start, tokens[end - 1].end, "", "Person", "rule:title", 0.85, title=title)


_PAIR = re.compile(r"^[A-Z][\w'’]{2,}-[A-Z][\w'’]{2,}$")


def _pairs(tokens: list[Token], words: Words):
    """'pasangan Anies-Muhaimin' (a ticket: two people) and 'rute Denpasar-Seoul' (two known places):
    one candidate the evidence check (kg.lang.id.evidence) splits in two."""
    cues = frozenset(word_list("pair_cues"))
    for i, tok in enumerate(tokens):
        if not _PAIR.match(tok.text) or geo_known(tok.text):
            continue
        a, b = tok.text.split("-", 1)
        if geo_known(a) and geo_known(b):
            yield Mention(tok.start, tok.end, "", "Place", "rule:place-name", 0.75)
        elif i and tokens[_before_ballot_number(tokens, i) - 1].text.lower() in cues:
            yield Mention(tok.start, tok.end, "", "Person", "rule:title", 0.8)


def _before_ballot_number(tokens: list[Token], i: int) -> int:
    """'paslon nomor urut 1 Hakim-Rina', 'pasangan nomor urut 2 yaitu A-B': where the ballot number before
    token i starts (i if none)."""
    if i >= 4 and tokens[i - 1].text.lower() in ("yaitu", "yakni") and tokens[i - 2].text.isdigit():
        i -= 1
    if i >= 3 and tokens[i - 1].text.isdigit() and tokens[i - 2].text.lower() in ("urut", "nomor"):
        return i - 2 - (tokens[i - 3].text.lower() == "nomor" and tokens[i - 2].text.lower() == "urut")
    return i


def _party_branches(tokens: list[Token], words: Words):
    """'DPD PAN Kota Magelang', 'DPC Partai Gerindra Bantul': a party's branch, its party and its region are
    one organization; after a title, the name that follows is its officer's ('Sekretaris DPD PAN Kota
    Magelang Yudhi')."""
    units = _unit_words()
    for i, tok in enumerate(tokens):
        if tok.text not in word_set("party_branches"):
            continue
        k = i + (i + 1 < len(tokens) and tokens[i + 1].text in ("I", "II"))   # "DPD II Partai Golkar": its level
        placed = k + 1 < len(tokens) and not is_acronym(tokens[k + 1].text) and _place_tokens(tokens, k + 1, words)
        # (a branch named by its region alone, its party told before: "Ketua DPD Papua Barat | Yohanes ...")
        j = k if placed \
            else k + 2 if k + 2 < len(tokens) and tokens[k + 1].text == "Partai" and \
            _is_name_word(tokens[k + 2], words) \
            else k + 1 if k + 1 < len(tokens) and (is_acronym(tokens[k + 1].text) or   # "DPD I Golkar Jateng"
                                                   _is_name_word(tokens[k + 1], words) and _place_tokens(tokens, k + 2, words)) \
            else None
        if j is None:
            continue
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "Perjuangan") if j > k else 1   # "PDI Perjuangan"
        unit = j < len(tokens) and tokens[j].text.lower() in units and tokens[j].text[:1].isupper()
        region = _place_tokens(tokens, j + unit, words) or (unit and j + 1 < len(tokens) and
                                                            _is_name_word(tokens[j + 1], words))
        end = j + unit + region if region else j
        holder = _name_end(tokens, end, words)
        titled = i and tokens[i - 1].text.lower() in words.title_words
        if not region and not (titled and holder - end >= 2):
            continue   # (a branch named without its region: "Sekretaris DPC Partai Gerindra | Name Name")
        yield Mention(tok.start, tokens[end - 1].end, "", "Organization", "rule:party-branch", 0.85)
        if titled and holder > end:
            yield Mention(tokens[end].start, tokens[holder - 1].end, "", "Person", "rule:title", 0.75)


def _lowercase_head(tokens: list[Token], i: int, heads: frozenset[tuple[str, ...]], words: Words) -> int:
    """1 when token i is a street or building head written in lower case before a name ("di
    stadion Kanjuruhan"; lowercase_heads.txt) that opens a name in ``heads`` when capitalised."""
    t = tokens[i].text
    if t not in word_set("lowercase_heads") or (t.capitalize().rstrip("."),) not in heads or i + 1 >= len(tokens) \
            or i and tokens[i - 1].text.lower() in words.title_words:   # "komandan lapangan Hizbullah": a post
        return 0
    after = tokens[i + 1]
    # (not "pelabuhan Hodeidah": the structure of a place the index knows, named by that place; nor "gedung KPK",
    # "rutan KPK", "gedung DPRD Kalbar": a body's building, described, not named)
    return int(_is_name_word(after, words) and after.text.lower() not in words.title_words and
               not is_acronym(after.text) and (after.text,) not in words.org_heads and
               _place_tokens(tokens, i + 1, words) < _name_end(tokens, i + 1, words) - i - 1)


def _buildings(tokens: list[Token], words: Words):
    """'Gedung DPR', 'Stadion Utama Gelora Bung Karno', 'Bandara Internasional I Gusti Ngurah Rai',
    'Kantor Gubernur Kaltim': a named building or venue is one place, whatever names are inside it."""
    for i, tok in enumerate(tokens):
        n = _match_sequence(tokens, i, words.building_heads, lower=False) or \
            _lowercase_head(tokens, i, words.building_heads, words)
        if n and not (i and _is_name_word(tokens[i - 1], words) and tokens[i - 1].text.lower() not in words.title_words):
            after = i + n + _grade(tokens, i + n)   # "Rutan Kelas IIA Sleman": a prison's grade inside its name
            end = max(_name_end(tokens, after, words, allow=_ORG_CONNECTORS - {"dan", "untuk"}), after)
            graded = next((k + _grade(tokens, k) for k in range(after, end) if _grade(tokens, k)), None)
            if graded is not None:   # "Rumah Tahanan Negara Kelas II/B Kendari": the grade further in
                end = max(end, graded, _name_end(tokens, graded, words, allow=_ORG_CONNECTORS - {"dan", "untuk"}))
            if end + 3 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" \
                    and re.fullmatch(r"[A-Z][A-Za-z]{1,12}", tokens[end + 1].text) and \
                    (abbreviates(tokens[end + 1].text, [t.text for t in tokens[i:end]])
                     or (tokens[end + 1].text,) in words.building_heads):
                # "Rumah Sakit Umum Daerah (RSUD) Wates", "Pangkalan Udara TNI AU (Lanud) Sultan Hasanuddin": the
                # name goes on after its short form (not after a region's: "Kantor Gubernur Jawa Barat (Jabar) |
                # Hendra Wijaya")
                after = end + 3 + _grade(tokens, end + 3)
                more = _name_end(tokens, after, words)
                if more > after or after > end + 3:   # (brackets closing the name are no part of it)
                    end = max(more, after)
            # (not "Gedung Pelayanan Terpadu RSUD X": a building of the hospital)
            inner = next((k for k in range(after + 1, end) if not is_acronym(tokens[k].text)
                          and _match_sequence(tokens, k, words.building_heads, lower=False)), None)
            if inner is not None:
                end = inner   # "Ruang Kredensial | Istana Merdeka": a room, then the building it is in
            # (a building's, not a room's: "Aula Utama Kementerian X" is the ministry's hall)
            owner = next((k for k in range(after + 1, end) if tok.text == "Gedung"
                          and tokens[k].text in word_set("ministry_heads")), None)
            if owner is not None:
                end = owner   # "Gedung Nusantara | Kementerian Dalam Negeri": the building, then the body it belongs to
            while end > after and end + 1 < len(tokens) and tokens[end].text == "/" and \
                    tokens[end].start == tokens[end - 1].end and tokens[end + 1].start == tokens[end].end and \
                    is_acronym(tokens[end + 1].text):
                # "Gedung DPR/MPR RI": the building of two bodies
                end = max(end + 2, _name_end(tokens, end + 1, words, allow=_ORG_CONNECTORS - {"dan", "untuk"}))
            street = next((k for k in range(i + n + 1, end - 1) if tokens[k].text.lower().rstrip(".") in _STREET_HEADS
                           and tokens[k].text[:1].isupper()), end)
            unit = min(street, _next_unit(tokens, i + n, end))   # "Kantor Gubernur Sumut | Jalan Diponegoro"
            if unit < end and (unit == street or tokens[unit].text not in REGION_HEADS and
                               not any(is_acronym(t.text) for t in tokens[i + n:unit])):
                end = unit   # "Hotel Permata | Kelurahan Tlogosari", "Gedung BPR Sejahtera | Jalan X": the address goes on
                # ("Aula KPU Kabupaten X" stays)
            while end > i + n and tokens[end - 1].text in _ORG_CONNECTORS and tokens[end - 1].text != "II":
                end -= 1
            if end > i + n and _closing_number(tokens, end) and tokens[end].start == tokens[end - 1].end + 1:
                end += 1   # "Trans Park 2, Bandung": a numbered park or hall is named with its number
            if end > i + n:
                body = " ".join(t.text for t in tokens[i:i + n]) in word_set("body_building_heads")
                yield Mention(tok.start, tokens[end - 1].end, "", "Organization" if body else "Place",
                              "rule:building", 0.85)


def _aliased_people(tokens: list[Token], words: Words):
    """'Mardin alias Sapi', 'Faisal Alias Ical': the capitalised name before 'alias' is a person's (even one
    the place index knows) and the one after it her nickname."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text.lower() != "alias" or not tokens[k + 1].text[:1].isupper():
            continue
        start = k
        while start > 0 and k - start < 3 and _is_name_word(tokens[start - 1], words) and \
                tokens[start - 1].text.lower() not in words.title_words:
            start -= 1
        end = _name_end(tokens, k + 1, words)
        if start < k and k + 1 < end <= k + 4 and not looks_institutional(tokens, start, k, words):
            yield Mention(tokens[start].start, tokens[k - 1].end, "", "Person", "rule:apposition", 0.75)
            yield Mention(tokens[k + 1].start, tokens[end - 1].end, "", "Person", "rule:apposition", 0.75)


def _person_appositions(tokens: list[Token], words: Words, known: list[Mention]):
    """'Benediktus Tanaem, pemilik usaha tenun ...': a name followed by a comma and a role noun, or by a title and
    its known region ('Rudi Hartanto Bupati Kendal'); 'Syahrizal sebagai Kepala Dinas ...': a name (one unknown
    word is enough) appointed to a post."""
    from kg.lang.id.evidence import verb_form
    roles = words.title_words | _ROLE_NOUNS
    taken = {m.start for m in known}
    # "Praka Sudirman, anggota ...": the name starts after a rank
    ranks = [_rank_length(tokens, k) for k in range(len(tokens))]
    after_rank = {k + n for k, n in enumerate(ranks) if n}
    for i in range(len(tokens)):
        if (i and _is_name_word(tokens[i - 1], words) and i not in after_rank) or tokens[i].start in taken or ranks[i]:
            continue
        if verb_form(tokens[i].text):
            continue   # "Ditambahkan Prasetyo, ...": a verb opens the sentence, the name follows it
        end = _name_end(tokens, i, words)
        # ("Rudi Hartanto Bupati Kendal", "Hendra Wijaya Direktur Utama PT Sinar Jaya": a name, then with no comma a
        # regional title and its region, or a title and a body's acronym or head word)
        titled = next((k for k in range(i + 2, min(i + 5, end + 1, len(tokens))) if tokens[k].text[:1].isupper() and (
            (n := _match_sequence(tokens, k, words.regional_titles, lower=True)) and _place_tokens(tokens, k + n, words)
            or (n := _match_sequence(tokens, k, words.titles, lower=True)) and k + n < len(tokens) and
            (is_acronym(tokens[k + n].text) or (tokens[k + n].text,) in words.org_heads))), None)
        # ("Muhaimin Wakil Ketua DPRD X": the longer title opens a word earlier; a one-word name then only when no
        # ordinary word)
        longer = titled and next((k for k in range(i + 1, titled) if tokens[k].text[:1].isupper() and
                                  k + _match_sequence(tokens, k, words.titles, lower=True) > titled), None)
        if longer:
            titled = longer if longer > i + 1 or _unknown_word(tokens[i].text) else None
        if titled and not _place_tokens(tokens, i, words) and not looks_institutional(tokens, i, titled, words) and \
                not _match_sequence(tokens, i, words.titles, lower=True):   # (not "Kepala Bidang | Humas Polda X")
            yield Mention(tokens[i].start, tokens[titled - 1].end, "", "Person", "rule:apposition", 0.75)
            continue
        if not 1 <= end - i <= 4 or end + 1 >= len(tokens) or looks_institutional(tokens, i, end, words):
            continue
        # (not a title and its region: "Menurut Kapolres Polewali Mandar, AKBP X")
        if end - i >= 2 and tokens[end].text == "," and tokens[end + 1].text.lower() in roles and \
                not _match_sequence(tokens, i, words.titles, lower=True) or \
                tokens[end].text == "sebagai" and _match_sequence(tokens, end + 1, words.titles, lower=True) and \
                (end - i >= 2 or _unknown_word(tokens[i].text)) and not _place_tokens(tokens, i, words):
            yield Mention(tokens[i].start, tokens[end - 1].end, "", "Person", "rule:apposition", 0.75)


_SPEECH = frozenset("kata ujar tutur ucap ungkap imbuh".split())


def _speakers(tokens: list[Token], words: Words, known: list[Mention]):
    """'..., kata Vena': a name right after a postposed speech verb is a person."""
    taken = {m.start for m in known}
    for i in range(1, len(tokens)):
        if tokens[i - 1].text.lower() in _SPEECH and tokens[i].start not in taken and \
                not _match_sequence(tokens, i, words.titles, lower=True):   # "ucap Direktur Utama X, A": a title's
            end = _name_end(tokens, i, words)
            if end > i and not looks_institutional(tokens, i, end, words):
                yield Mention(tokens[i].start, tokens[end - 1].end, "", "Person", "rule:apposition", 0.7)


def _listed_regional_heads(tokens: list[Token], words: Words, known: list[Mention]):
    """'Gubernur Riau Andi Suryadi, Jambi Benny Kurniawan dan ...': after a regional head, a
    listed province or Indonesian place and a name of two to four words are another head, of that place."""
    from kg.lang.id.evidence import is_common_word
    ends = {m.end: m for m in known if m.type == "Person" and m.source == "rule:title" and m.title and
            tuple(m.title.lower().split()) in words.regional_titles}
    by_end = {t.end: k for k, t in enumerate(tokens)}
    for end, head in ends.items():
        k = by_end.get(end)
        while k is not None and k + 2 < len(tokens) and tokens[k + 1].text in (",", "dan", "serta"):
            j = k + 2 + (tokens[k + 1].text == "," and tokens[k + 2].text in ("dan", "serta"))
            p = _place_tokens(tokens, j, words) if j < len(tokens) else 0
            place = " ".join(t.text for t in tokens[j:j + p])
            if not p or not (place in words.provinces or indonesian_place(place)):
                break
            stop = _name_end(tokens, j + p, words)
            if not 2 <= stop - (j + p) <= 4 or any(is_common_word(t.text) or t.text.lower() in words.title_words
                                                    for t in tokens[j + p:stop]):
                break
            yield Mention(tokens[j].start, tokens[j + p - 1].end, "", "Place", "rule:title-region", 0.7)
            yield Mention(tokens[j + p].start, tokens[stop - 1].end, "", "Person", "rule:title", 0.75, title=head.title)
            k = stop - 1


@lru_cache(maxsize=1)
def _chain_heads() -> frozenset[str]:
    """Words that open a place named with its unit ("Kabupaten", "Kecamatan", "Desa" ...)."""
    return word_set("admin_unit_heads") | {w.title() for w in _unit_words()}


@lru_cache(maxsize=1)
def _chain_heads_pattern() -> str:
    return "|".join(map(re.escape, sorted(_chain_heads(), key=len, reverse=True)))


def _places_before_units(tokens: list[Token], words: Words):
    """'warga Sukorejo, Kabupaten Ponorogo': a name after a lowercase word, then a comma and a place
    named with its administrative unit, is the lower place of that chain."""
    heads = _chain_heads()
    for i in range(1, len(tokens)):
        if not (tokens[i - 1].text.islower() or i == 1 and _ordinary(tokens[0].text)) or \
                not _is_name_word(tokens[i], words):
            continue   # ("Warga Sukorejo, Kecamatan ...": an ordinary word opening the sentence)
        end = _name_end(tokens, i, words)
        if end - i <= 3 and end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text in heads \
                and _is_name_word(tokens[end + 2], words) and not looks_institutional(tokens, i, end, words):
            yield Mention(tokens[i].start, tokens[end - 1].end, "", "Place", "rule:place-cue", 0.6)


def _places_before_regions(tokens: list[Token], words: Words):
    """'Sintang, Kalimantan Barat' and 'Manila, Filipina': a name before a comma and a province or country."""
    for i in range(len(tokens)):
        if i and (_is_name_word(tokens[i - 1], words) or tokens[i - 1].text in _PLACE_PARTICLES):
            continue   # (nor the end of "Rio de | Janeiro, Brasil")
        end = _name_end(tokens, i, words)
        if end - i not in (1, 2) or end + 1 >= len(tokens) or tokens[end].text != ",":
            continue
        region_end = _name_end(tokens, end + 1, words)
        region = " ".join(t.text for t in tokens[end + 1:region_end])
        after = tokens[region_end].text if region_end < len(tokens) else "."
        if region_end > end + 1 and (region in words.provinces or geo_country(region)) and \
                (after in {",", ".", "(", ")", ";"} or after.lower() in {"pada", "yang", "dan"}) and \
                not looks_institutional(tokens, i, end, words):
            yield Mention(tokens[i].start, tokens[end - 1].end, "", "Place", "rule:place-before-region", 0.75)


_RESIDENT_CUES = frozenset(("warga", "penduduk"))


def _resident_addresses(tokens: list[Token], words: Words):
    """'GM (21) warga Piyungan Bantul': after "warga" a one- or two-word place (a village or district the
    index need not know) then a regency or city of Indonesia it does know, written without a comma: two places."""
    for i in range(1, len(tokens) - 1):
        if tokens[i - 1].text.lower() not in _RESIDENT_CUES:
            continue
        end = _name_end(tokens, i, words)
        if not 2 <= end - i <= 3 or any(t.text.lower() in words.title_words or t.text in REGION_HEADS
                                        for t in tokens[i:end]):
            continue
        last = places.lookup(tokens[end - 1].text)
        if last is None or last.country_code != "ID" or last.kind not in ("city", "regency"):
            continue
        yield Mention(tokens[i].start, tokens[end - 2].end, "", "Place", "rule:place-name", 0.7)
        yield Mention(tokens[end - 1].start, tokens[end - 1].end, "", "Place", "rule:place-name", 0.75)


# a house number, block or neighbourhood inside an address ("Blok C7", "RT 04", "RW 9", "No. 15"): no place
_ADDRESS_PART = re.compile(r"(?:Blok|Blk|No|Nomor|Nomer|Kav|Kavling|RT|RW|Rt|Rw)\.?\s*[\w/.-]*\d[\w/.-]*")


def _town_or_region(name: str, words: Words) -> bool:
    """A town, regency, province or country the index knows ("Surabaya", "Jakarta Barat" as its city)."""
    if name in words.provinces:
        return True
    p = places.lookup(name) or places.lookup(f"Kota {name}")
    return p is not None and p.kind in ("city", "regency", "region", "territory", "country")


def _address_segments(tokens: list[Token], i: int, words: Words, opens: frozenset[str]) -> list[tuple[int, int]]:
    """The names of an address from token i: runs of name words joined by commas, its house numbers and
    neighbourhoods skipped; a run that ends in a town of two words or more is two ("Menteng Jakarta Pusat";
    not "Kebayoran Baru", nor a street's or a building's name, "Gang Melati", which other rules read)."""
    segments, j = [], i
    while j < len(tokens):
        part = _ADDRESS_PART.match(tokens[j].text + " " + " ".join(t.text for t in tokens[j + 1:j + 3]))
        if part:
            while j < len(tokens) and tokens[j].text != ",":
                j += 1
        else:
            end = _name_end(tokens, j, words)
            if end == j:
                break
            split = None if tokens[j].text in opens else next((k for k in range(j + 1, end - 1) if _town_or_region(
                " ".join(t.text for t in tokens[k:end]), words)), None)
            segments += [(j, split), (split, end)] if split and split - j <= 3 else [(j, end)]
            j = end
        if j + 1 >= len(tokens) or tokens[j].text != ",":
            break
        j += 1
    return segments


def _address_chains(tokens: list[Token], words: Words):
    """'di Pademangan Barat, Pademangan Jakarta Utara', 'warga Kapas Madya, Tambaksari, Surabaya': after an
    address cue (address_cues.txt), the names of an address that rises to a town the index knows are places,
    however ordinary their words ("Kembangan", "Nilai"); a street, building or unit opening a name (other
    rules read it) lets the chain go on, a title or a body's head word ends it."""
    cues = word_set("address_cues")
    opens = frozenset(_chain_heads() | {h[0] for h in words.place_heads | words.building_heads} |
                      {w.title() for w in _STREET_HEADS})
    for i in range(1, len(tokens)):
        if tokens[i - 1].text not in cues or not _is_name_word(tokens[i], words):
            continue
        segments = _address_segments(tokens, i, words, opens)
        town = max((n for n, (a, b) in enumerate(segments)
                    if _town_or_region(" ".join(t.text for t in tokens[a:b]), words)), default=0)
        for n, (a, b) in enumerate(segments[:town + 1]):
            if tokens[a].text in opens:
                continue
            if n == town:   # the town, when the address wrote it after a name with no comma
                if n and segments[n - 1][1] == a:
                    yield Mention(tokens[a].start, tokens[b - 1].end, "", "Place", "rule:place-chain", 0.7)
                break
            if b - a > 3 or looks_institutional(tokens, a, b, words) or \
                    any(t.text.lower() in words.title_words or is_acronym(t.text) for t in tokens[a:b]):
                break
            yield Mention(tokens[a].start, tokens[b - 1].end, "", "Place", "rule:place-chain", 0.7)


@lru_cache(maxsize=1)
def english_org_words() -> frozenset[str]:
    return frozenset(w.lower() for entry in word_list("org_words_en") for w in entry.split())


def looks_institutional(tokens: list[Token], start: int, end: int, words: Words) -> bool:
    """A run of names that is an organization or place, not a person: it has an organization or
    place head word, a club or company tail, an acronym, a body's one-word name the gazetteer knows
    ("Kemnaker"), or ends in a known place."""
    texts = [t.text for t in tokens[start:end]]
    if not texts:
        return False
    heads = {h[0] for h in words.org_heads} | {h[0] for h in words.place_heads}
    english = english_org_words()
    return bool(heads & set(texts) or set(texts) & _ORG_TAILS or any(t.lower() in english for t in texts) or
                len(texts) > 1 and any(_one_word_body(t, _alias_index(())) is not None for t in texts) or
                any(is_acronym(t) and not _inside_name(tokens, start + k, words) for k, t in enumerate(texts))
                or texts[-1] in words.provinces or (len(texts) == 1 and home_place(texts[0])))


_CLASS_MARK = re.compile(r"[IVX]{1,4}[AB]?")   # "Pengadilan Negeri Kelas IA Khusus ...": a grade, not a body's acronym


def _split_after_institution(tokens: list[Token], start: int, end: int, words: Words,
                             country_first: bool = False) -> int:
    """In a run of capitalised words that goes on with a person's name, where the institution ends:
    after its last acronym ("Komisi II DPR | Ahmad Doli Kurnia"), company suffix ("... Tbk | Bambang")
    or country ("Partai Komunis Vietnam | Nguyen Phu Trong"), or a company's or organization's closing word
    ("Foster Asset Management | Riki Adi Saputra", "Indo Premier Sekuritas | Mino"; org_words_en.txt).
    Returns start when there is no such point."""
    cut, by_word = start, False
    english = english_org_words()
    for k in range(start, end - 1):
        t = tokens[k].text
        # a country's two-word name goes whole ("Brunei Darussalam", "Papua Nugini")
        two = k + 2 < end and geo_country(f"{t} {tokens[k + 1].text}")
        if k == start and t in word_set("company_heads"):
            continue   # "Direktur PT Sinar Karya Prakarsa": the legal form opens the company's name
        if k == start and t in word_set("vehicle_makes") and end - k > 2:
            cut, by_word = k + 1, False   # "Pebalap Honda | Rico Saputra": a maker (or its racing team)
            continue
        if is_acronym(t) and not _CLASS_MARK.fullmatch(t) and not _inside_name(tokens, k, words) or \
                t in COMPANY_END or ((k > start or country_first) and (two or geo_country(t))):
            cut, by_word = k + 1 + two, False
        elif k > start and t.lower() in english:
            cut, by_word = k + 1, True
        elif k > start and t[:1].isupper() and known_body(t):
            cut, by_word = k + 1, False   # "Pusat Penerangan Hukum Kejakgung | Mukri Santoso": a body the gazetteer knows
        elif k > start and cut == start and t in word_set("admin_unit_heads") and \
                (p := _place_tokens(tokens, k + 1, words)) and \
                k + 1 + p < end and geo_known(f"{t} {' '.join(x.text for x in tokens[k + 1:k + 1 + p])}"):
            cut, by_word = k + 1 + p, True   # "Dinas Kesehatan Kabupaten Temanggung | Sulastri": a known region ends it
    if cut < end and tokens[cut].text == "(":   # "PT Pertamina (Persero)"
        close = next((k for k in range(cut, min(cut + 4, len(tokens))) if tokens[k].text == ")"), None)
        cut = close + 1 if close is not None else cut
    if cut == start < end and tokens[start].text in word_set("plain_named_heads") and \
            not (end < len(tokens) and _is_name_word(tokens[end], words)):   # a run cut at its longest
        # "Partai Buruh | Sahid Ikbar": the party's ordinary words, then only words of no party's name
        cut = next((k for k in range(start + 2, end - 1) if _ordinary(tokens[k - 1].text) and
                    not any(_ordinary(t.text) or geo_known(t.text) for t in tokens[k:end])), start)
    return cut if end - cut >= 2 or (by_word and end - cut == 1 and not geo_country(tokens[cut].text)) else start


def indonesian_place(name: str) -> bool:
    """A place in Indonesia the index knows ("Bandung", "Jabar")."""
    p = places.lookup(name)
    return p is not None and p.country_code == "ID"


def geo_country(name: str) -> bool:
    p = places.lookup(name)
    return p is not None and p.kind == "country"


def home_place(name: str) -> bool:
    """A place of Indonesia, or a country or region anywhere: not a foreign town that shares a person's name."""
    p = places.lookup(name)
    return p is not None and (p.country_code == "ID" or p.kind != "city")


def geo_known(name: str, min_population: int = 0) -> bool:
    p = places.lookup(name)
    return p is not None and (p.kind != "city" or p.population >= min_population)


_PLACE_PARTICLES = frozenset(("de", "da", "do", "del", "dos", "das", "es", "el"))


def _known_places(tokens: list[Token], words: Words):
    """A capitalised name that is, as a whole, a province, a country or a large city."""
    i, titled = 0, False
    while i < len(tokens):
        low = tokens[i].text.lower()
        if (low in words.title_words or (titled and low in words.portfolios and is_capitalized(tokens[i].text))) and \
                not any(geo_country(" ".join(t.text for t in tokens[i:i + n])) for n in (2, 3)):   # not "Negeri Jiran"
            # "Presiden Vietnam Vo Van Thuong", "Menteri Luar Negeri Filipina": the run of names starts after
            # the title and its portfolio
            titled = titled or _match_sequence(tokens, i, words.titles, lower=True) > 0
            i += 1
            continue
        end = _name_end(tokens, i, words)
        if end == i or (i > 0 and _is_name_word(tokens[i - 1], words) and not titled and
                        tokens[i - 1].text.lower() not in words.title_words):
            i = max(end, i + 1)
            continue
        name = " ".join(t.text for t in tokens[i:end])
        joined = _name_end(tokens, end + 1, words) if end + 1 < len(tokens) and tokens[end].text in _PLACE_PARTICLES \
            else end
        if joined > end + 1 and geo_known(" ".join(t.text for t in tokens[i:joined]), CITY_MIN_POPULATION):
            # "Rio de Janeiro", "Dar es Salaam": a lower-case particle inside a known city's name
            yield Mention(tokens[i].start, tokens[joined - 1].end, "", "Place", "rule:place-name", 0.75)
            end = joined
        elif end - i <= 3 and (name in words.provinces or geo_known(name, CITY_MIN_POPULATION)):
            yield Mention(tokens[i].start, tokens[end - 1].end, "", "Place", "rule:place-name", 0.75)
        else:
            for n in (2, 1):   # "Presiden Vietnam Vo Van Thuong": the country before a name
                prefix = " ".join(t.text for t in tokens[i:i + n])
                # (after a title one name word will do: "Gubernur NTB Zulkieflimansyah"; not "Pelatih Bali United")
                named = i + n < end - 1 or titled and i + n == end - 1 and \
                    not looks_institutional(tokens, i + n, end, words) and not _ordinary(tokens[end - 1].text)
                if named and (prefix in words.provinces or geo_country(prefix)):
                    yield Mention(tokens[i].start, tokens[i + n - 1].end, "", "Place", "rule:place-name", 0.7)
                    break
        i, titled = end, False


def indonesian_city(name: str) -> bool:
    """'Bandung', 'Sleman', 'Medan' of 'Medan Deli': a city or regency of Indonesia the place index knows."""
    p = places.lookup(name)
    return p is not None and p.country_code == "ID" and p.kind == "city"


def _place_appositions(tokens: list[Token], words: Words, known: list[Mention]):
    """'Kabupaten Cianjur, Jawa Barat' and 'Istana Merdeka, Jakarta': a name after a place and a comma."""
    starts = {t.start: n for n, t in enumerate(tokens)}
    for m in known:
        if m.type != "Place":
            continue
        j = next((n for n, t in enumerate(tokens) if t.start >= m.end), None)
        if j is None or tokens[j].text != "," or j + 1 >= len(tokens) or tokens[j + 1].start in starts and \
                any(k.start == tokens[j + 1].start for k in known):
            continue
        end = _name_end(tokens, j + 1, words)
        after = tokens[end].text if end < len(tokens) else "."
        name = " ".join(t.text for t in tokens[j + 1:end])
        if end > j + 1 and (after in {",", ".", ")", ";"} or after.lower() in {"yang", "pada", "dan"}) and \
                (name in words.provinces or geo_known(name)):
            yield Mention(tokens[j + 1].start, tokens[end - 1].end, "", "Place", "rule:place-cue", 0.7)
        elif end == j + 3 and after in {",", ".", ";"} and indonesian_city(tokens[j + 1].text) and \
                not indonesian_city(name):
            # "Kelurahan Mabar, Medan Deli": a district named after the town it lies in, in the address
            yield Mention(tokens[j + 1].start, tokens[end - 1].end, "", "Place", "rule:place-chain", 0.7)


def _portfolio_end(tokens: list[Token], i: int, words: Words) -> int:
    """End of a ministry's portfolio starting at token i: capitalised portfolio words, joined by commas
    and "dan" ("Energi dan Sumber Daya Mineral"); it ends on a portfolio word."""
    j = end = i
    while j < len(tokens) and (tokens[j].text in (",", "dan") or
                               (is_capitalized(tokens[j].text) and tokens[j].text.lower() in words.portfolios)):
        j += 1
        if tokens[j - 1].text not in (",", "dan"):
            end = j
    return end


def _title_listed(tokens: list[Token], i: int, n: int, end: int) -> bool:
    """'Kades Sukorame Warsito, Kades Jatimulyo Sukardi, dan Kades Ngemplak M. Salim': the title at tokens[i:i+n]
    is one item of a list of the same title, each with its region and its holder."""
    title = [t.text.lower() for t in tokens[i:i + n]]
    def same_at(k: int) -> bool:
        return [t.text.lower() for t in tokens[k:k + n]] == title
    after = end + 1 < len(tokens) and tokens[end].text == "," and \
        (same_at(end + 1) or tokens[end + 1].text in ("dan", "serta") and same_at(end + 2))
    before = i >= 2 and tokens[i - 1].text in (",", "dan", "serta") and \
        any(same_at(k) for k in range(max(0, i - 8), i - 1))
    return after or before


def _deputy_after_head(text: str, start: int, title: str) -> bool:
    """'Gubernur Jambi Hendra Kusumawardana dan Wakil Gubernur Sukardi Tjahaja Purnama': a deputy named right after
    the head, whose title gave the region, or after the head's title alone; no region is written after the
    deputy's own title."""
    first, _, base = title.partition(" ")
    before = text[max(0, start - 150):start]
    if re.search(r"\bWakil\s+$", before, re.I):   # the title matched without its "Wakil"
        first, base, before = "wakil", title, before[:re.search(r"\bWakil\s+$", before, re.I).start()]
    if first.lower() != "wakil" or not base:
        return False
    # (or the two titles joined: "pasangan Bupati dan Wakil Bupati Abdul Hakim-Joko Purnomo")
    return re.search(r"\b%s\s+(?:[A-Z][^.]*?)?(?:,|\bdan|\bserta)\s*$" % re.escape(base), before, re.I) is not None


def _listed_end(tokens: list[Token], end: int, words: Words) -> int:
    """End of a body's name that goes on as a list before its short form in brackets ("Federasi Serikat
    Pekerja Kimia, Energi, Farmasi, dan Tekstil (FSPKEFT)"): capitalised words joined by commas,
    the last item after "dan"; without the bracketed short form right after, the name ends at ``end``."""
    j, joined, items = end, False, 0
    while j + 1 < len(tokens) and tokens[j].text in (",", "dan", "serta") and not joined:
        items += 1
        joined = tokens[j].text != "," or tokens[j + 1].text in ("dan", "serta")
        j += 2 if tokens[j].text == "," and joined else 1
        k = j
        while k < len(tokens) and k - j < 3 and is_capitalized(tokens[k].text) and tokens[k].text.isalpha() \
                and (tokens[k].text,) not in words.org_heads:   # (not "Polres X, Polsek Y dan Polsek Z (PMZ)")
            k += 1
        if k == j:
            return end
        j = k
    short = j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and \
        tokens[j + 1].text.isupper() and len(tokens[j + 1].text) >= 3
    return j if joined and short and items >= 2 else end   # (not "PT X, dan Rico Sianipar (RMS)": a list of two)


# a body's number ("Densus 88", "Kodim 0618"), not a year
_BODY_NUMBER = re.compile(r"\d{1,3}|0\d{3}")


def _org_names(tokens: list[Token], words: Words):
    from kg.lang.id.evidence import is_common_word
    in_rank = set()   # "Komisaris Besar Polisi": "Polisi" of a rank opens no body
    for i in range(len(tokens)):
        in_rank.update(range(i + 1, i + _rank_length(tokens, i)))
    for i in range(1, len(tokens) - 1):   # "Pelaksana Harian | Kepala Biro X": a head word closing a title before
        if _match_sequence(tokens, i - 1, words.titles, lower=True) == 2 and \
                _match_sequence(tokens, i + 1, words.titles, lower=True):   # another title opens no body
            in_rank.add(i)
    for i, tok in enumerate(tokens):
        n = 0 if i in in_rank else _match_sequence(tokens, i, words.org_heads, lower=False)
        if n and i + 2 < len(tokens) and tok.text == "Majelis" and tokens[i + 1].text.lower() == "hakim" and \
                _match_sequence(tokens, i + 2, words.org_heads, lower=False):
            continue   # "Majelis Hakim Pengadilan Negeri X": the court's panel, the court is the body named
        if n:
            end = _name_end(tokens, i + n, words, allow=_ORG_CONNECTORS)
            if tok.text in word_set("whole_body_acronyms") and end - (i + n) >= 2 and \
                    not _place_tokens(tokens, i + n, words) and (tokens[i + n].text,) not in words.place_heads:
                end = i + n   # "Kepala Disdukcapil | Budi Prasetyo": the body named alone, then its head's name
            region_end = next((k + 1 + p for k in range(i + n, end - 1) if tokens[k].text in word_set("admin_unit_heads")
                               and (p := _place_tokens(tokens, k + 1, words)) and k + 1 + p < end), None)
            if region_end is not None and end - region_end <= 2 and \
                    all(_unknown_word(t.text) for t in tokens[region_end:end]) and \
                    (end == len(tokens) or tokens[end].text[:1].islower()):
                end = region_end   # "Dinas Kesehatan Kabupaten Temanggung | Sulastri mengatakan": the head's name
            graded = next((k + _grade(tokens, k) for k in range(i + n, end) if _grade(tokens, k)), None)
            if graded is not None:   # "Pengadilan Negeri Kelas IA Khusus Bandung Raya Jawa Barat": a grade inside
                end = max(end, _name_end(tokens, graded, words, allow=_ORG_CONNECTORS))
            if end - i - n == _MAX_NAME_TOKENS:
                # "Tim Opsnal Subdit III Ditreskrimum Polda Kalimantan Barat": a long unit's name runs on
                # as far as the body inside it does
                inner = next(((k, h) for k in range(end - 1, i + n, -1)
                              if (h := _match_sequence(tokens, k, words.org_heads, lower=False))), None)
                if inner is not None:
                    end = max(end, _name_end(tokens, sum(inner), words, allow=_ORG_CONNECTORS))
                # "Badan Pengelola Keuangan dan Aset Daerah Provinsi | Kaltim": on to the region of its level word
                unit = next((k for k in (end - 1, end) if k < len(tokens) and
                             tokens[k].text in word_set("admin_unit_heads")), None)
                # (not when a person's name follows: the region's words may run into it; a larger region may follow)
                region = _place_tokens(tokens, unit + 1, words) if unit is not None else 0
                after = unit + 1 + region if region else 0
                if region and (after == len(tokens) or not _is_name_word(tokens[after], words) or
                               _place_tokens(tokens, after, words)):
                    end = max(end, after)
                more = _name_end(tokens, end, words, allow=_ORG_CONNECTORS)
                if end < more <= end + 3 and more + 2 < len(tokens) and tokens[more].text == "(" and \
                        is_acronym(tokens[more + 1].text) and tokens[more + 2].text == ")":
                    end = more   # "Aliansi Mahasiswa Peduli ... Perampasan Aset (AMPRUPA)": on to its short form
            if end + 3 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" \
                    and (tokens[end + 1].text in word_set("region_unit_heads")
                         or (end == i + n or end - i == 2 and not tokens[end + 3].text[:1].isdigit())
                         and abbreviates(tokens[end + 1].text, [t.text for t in tokens[i:end]])):
                # "Kepolisian Sektor (Polsek) Tegalsari Surabaya", "Pengadilan Negeri (PN) Kediri": a unit's name
                # after the short form of its head, or of a two-word name (the city it lies in after that is no part of it)
                run = _name_end(tokens, end + 3, words)
                town = _place_tokens(tokens, end + 3, words)
                if town and any(_unknown_word(t.text) for t in tokens[end + 3 + town:run]):
                    run = end + 3 + town   # "Pengadilan Negeri (PN) Kediri Rudi W": then its official's name
                # (or its province: "Kejaksaan Negeri (Kejari) Batang Jawa Tengah"; not the region's own name after
                # its level: "(BPBD) Kabupaten Blitar", "(Kejati) DKI Jakarta"; nor the town of a body named by its
                # kind: "Pengadilan Negeri (PN) Tindak Pidana Korupsi Palembang")
                kind_and_town = indonesian_place(tokens[run - 1].text) and all(
                    not _unknown_word(x.text) and not indonesian_place(x.text) for x in tokens[end + 3:run - 1])
                cut = next((k for k in (2, 1) if run - k > end + 3 and
                            tokens[run - k - 1].text not in word_set("admin_unit_heads") | {"DKI"} and (
                                " ".join(t.text for t in tokens[run - k:run]) in words.provinces or
                                k == 1 and indonesian_place(tokens[run - 1].text) and not kind_and_town)), 0)
                run -= cut
                own_short = run < len(tokens) and tokens[run].text == "("   # "(Polda) Nusa Tenggara Barat (NTB)": the province
                # (four words when they name the body's kind before its town: "(PN) Tindak Pidana Korupsi Palembang")
                end = run if (1 <= run - (end + 3) <= 3 or kind_and_town and run - (end + 3) == 4) \
                    and (tokens[end + 3].text,) not in words.org_heads and not own_short else end
            elif end > i + n and end + 4 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" \
                    and re.fullmatch(r"\d{1,3}", tokens[end + 3].text) \
                    and abbreviates(tokens[end + 1].text, [t.text for t in tokens[i:end]]):
                # "Detasemen Khusus (Densus) 88 Antiteror": the unit's number and the rest after the short form
                end = max(end + 4, _name_end(tokens, end + 4, words, allow=_ORG_CONNECTORS))
            # ("Yonif R 200/BN", "Yonif Raider 321/GT": the battalion's kind before its number)
            q = i + n + (i + n < len(tokens) and bool(re.fullmatch(r"[A-Z]{1,2}|Raider|Mekanis|Para", tokens[i + n].text)))
            if end > q and end + 2 < len(tokens) and re.fullmatch(COMMAND_NUMBER, tokens[end].text):
                q = end   # "Batalyon Infanteri 123/Rajawali": the number after the unit's words
            numbered = end <= q + 1 and q + 2 < len(tokens) and \
                re.fullmatch(COMMAND_NUMBER, tokens[q].text) and tokens[q + 1].text == "/" and \
                tokens[q + 2].start == tokens[q + 1].end
            if numbered:
                # "Kodim 0429/Lampung Timur", "Kodam IV/Diponegoro", "Yonif R 200/BN": a command's number and its name
                end = max(q + 3, _name_end(tokens, q + 2, words, allow=_ORG_CONNECTORS))
            elif end == i + n and i + n < len(tokens) and (re.fullmatch(r"[IVX]{2,4}", tokens[i + n].text) or
                                                            _BODY_NUMBER.fullmatch(tokens[i + n].text) and
                                                            not is_common_word(tok.text)):
                # "Komisi VI DPR", "Densus 88 Antiteror Polri": a body's number (not a year), then the body it
                # belongs to
                end = max(i + n + 1, _name_end(tokens, i + n + 1, words, allow=_ORG_CONNECTORS))
            if end > i + n and end < len(tokens) and _BODY_NUMBER.fullmatch(tokens[end].text) and \
                    (tokens[end - 1].text,) in words.org_heads and not is_common_word(tokens[end - 1].text):
                # "Tim Densus 88 Antiteror": the number of a body inside the name
                end = max(end + 1, _name_end(tokens, end + 1, words, allow=_ORG_CONNECTORS))
            division = next((k for k in range(max(i + n, end - 2), end + 1) if _division_number(tokens, k) > end - k),
                            None)
            if division is not None:   # "PT KAI Daop 4", "PT KA Daerah Operasi II Bandung": a division and its number
                after = division + _division_number(tokens, division)
                end = max(after, _name_end(tokens, after, words, allow=_ORG_CONNECTORS))
            if tok.text in word_set("ministry_heads"):
                end = max(end, _portfolio_end(tokens, i + n, words))
            balinese = next((k for k in range(i + n + 1, end - 1) if tokens[k].text == "I" and
                             tokens[k + 1].text in word_set("name_openers")), None)
            if balinese is not None:
                end = balinese   # "DPD Partai Demokrat Bali | I Made Mudarta": a Balinese name, not a number
            rank = next((k for k in range(i + n, end) if _rank_length(tokens, k) and not _after_head(tokens, k, words)),
                        None)
            if rank is not None:
                end = rank   # "Polres Tapanuli Tengah | AKP Gunawan Sinurat": a rank starts the person
                person = rank + _rank_length(tokens, rank)
                holder = _name_end(tokens, person, words)
                if holder > person and rank > i + n and \
                        not any(is_common_word(t.text) or (t.text,) in words.org_heads for t in tokens[person:holder]):
                    yield Mention(tokens[person].start, tokens[holder - 1].end, "", "Person", "rule:title", 0.7)
            while end > i + n and tokens[end - 1].text in _ORG_CONNECTORS and not tokens[end - 1].text.isupper():
                end -= 1
            # (the title's portfolio may come between: "Direktur Pengadaan | Perum Bulog X", "Asisten Perekonomian
            # dan Pembangunan | Pemprov Lampung X")
            k = i - 1
            while k > 0 and i - k <= 6 and tokens[k].text.lower() not in words.title_words and \
                    (tokens[k].text.lower() in words.portfolios and is_capitalized(tokens[k].text)
                     or tokens[k].text in ("dan", ",", "&")):
                k -= 1
            titled = i > 0 and tokens[k].text.lower() in words.title_words or \
                i > 1 and tokens[i - 1].text in ("dari", "di") and \
                any(t.text.lower() in words.title_words for t in tokens[max(0, i - 6):i - 1])
            # ("anggota Komisi III DPR dari Fraksi PDIP X": the post is written before the faction)
            if titled and (" ".join(t.text for t in tokens[i:i + n]),) in _sector_heads() and end - (i + n) >= 2 and \
                    not any(t.text in word_set("portfolios") or is_acronym(t.text) or _ordinary(t.text)
                            for t in tokens[i + n:end]) and not indonesian_place(tokens[i + n].text):
                yield Mention(tokens[i + n].start, tokens[end - 1].end, "", "Person", "rule:title", 0.7)
                continue   # "Kepala Dinas | Muhammad Arief": the office's head word alone, then its holder
            if end > i + n and end + 3 < len(tokens) and tokens[end].text == "(" and \
                    tokens[end + 2].text == ")" and re.fullmatch(r"[A-Z][A-Za-z]{1,12}", tokens[end + 1].text) and \
                    tokens[end + 1].text not in COMPANY_END:
                # "Kejaksaan Negeri (Kejari) Boyolali": the short form in brackets, then the region the name ends
                # in, when nothing of a name follows it (not "... (NasDem) Bima Hartawan": a city opening a name)
                # nor a short form of its own ("... (Polda) Nusa Tenggara Barat (NTB)": the province is named)
                grade = _grade(tokens, end + 3)   # "Kantor Imigrasi (Kanim) Kelas I Tanjung Priok"
                region = _place_tokens(tokens, end + 3 + grade, words) or \
                    _region_after_acronym(tokens, end + 3 + grade, words)
                if grade and not region:   # a grade after the short form: the name goes on with its region
                    region = min(3, _name_end(tokens, end + 3 + grade, words) - (end + 3 + grade))
                run = _name_end(tokens, end + 3, words) - (end + 3)
                if run >= 2 and indonesian_place(tokens[end + 2 + run].text):
                    run -= 1   # ("... (KSKP) Sunda Kelapa | Jakarta": the town it lies in)
                if not region and not titled and 1 <= run <= 2 and (tokens[end + 3].text,) not in words.org_heads \
                        and tokens[end + 3].text not in word_set("name_openers") and abbreviates(tokens[end + 1].text,
                                                                                 [t.text for t in tokens[i:end]]):
                    region = run   # "Kepolisian Sektor Kawasan Pelabuhan (KSKP) Sunda Kelapa": the short form of the
                    # whole name, then the place the unit serves (after a title that may be the holder's name)
                named = next((" ".join(t.text for t in tokens[k:end]) for k in range(i + n, end)
                              if _place_tokens(tokens, k, words) == end - k), None)
                if region and named and places.elsewhere_in_province(
                        named, " ".join(t.text for t in tokens[end + 3:end + 3 + region])):
                    region = 0   # "Polres Rokan Hilir (Rohil) Pekanbaru": the unit's region is named; a town after it
                region = region + grade if region else 0
                after = end + 3 + region
                holder = _name_end(tokens, after, words) if region else after
                town = holder == after + 1 and indonesian_place(tokens[after].text)   # ("... Sunda Kelapa | Jakarta")
                if region and (holder == after or town) and not (after < len(tokens) and tokens[after].text == "("):
                    end = after
                elif region and titled and holder - after >= 2 and not any(_ordinary(t.text) for t in tokens[after:holder]) \
                        and is_regional_unit(tokens[end + 1].text):
                    # "Kepala Kejaksaan Negeri (Kejari) Boyolali | Budi Santoso": after a title, a regional body's
                    # region, then the holder (not "Kepala Badan Nasional ... (BNPB) Ahmad Fauzan": a first name)
                    yield Mention(tokens[after].start, tokens[holder - 1].end, "", "Person", "rule:title", 0.75)
                    end = after
            if titled and n == 1 and tok.text in word_set("region_unit_heads") and not numbered:
                held = _person_after_place(tokens, i + 1, end, words)
                if held < end:   # "Kepala Kejari Tegal | Suparno": the unit's region, then its head
                    yield Mention(tokens[held].start, tokens[end - 1].end, "", "Person", "rule:title", 0.75)
                    end = held
            elif titled and not numbered and end - (i + n) >= 3:
                # "Direktur Akademi Komunitas Negeri Rembang | Sulastri Wibowo": the body ends in a known place,
                # then the holder's name
                first = i + n + (not is_acronym(tok.text))   # (an acronym and its region name a body: "DPD Papua")
                for k in range(end - 2, first - 1, -1):
                    # (the place may start before k: "DPD Nanggroe Aceh Darussalam | Teuku ...", not at "Aceh")
                    k = next((s for s in range(max(first, k - 2), k) if _place_tokens(tokens, s, words) > k - s), k)
                    if _place_tokens(tokens, k, words) and (held := _person_after_place(tokens, k, end, words)) < end:
                        yield Mention(tokens[held].start, tokens[end - 1].end, "", "Person", "rule:title", 0.7)
                        end = held
                        break
            short_form = any(tokens[k].text == "(" for k in range(i + n, end))   # "Pengadilan Tinggi (PT) Medan"
            cut = _split_after_institution(tokens, i + n, end, words, country_first=True) \
                if titled and not short_form else i + n
            if division is not None and division <= cut:
                cut = i + n   # (the division's words are no holder's name)
            if cut > i + n:
                if tokens[i - 1].text in ("dari", "di") and 2 <= end - cut <= 4 and \
                        not any(_ordinary(t.text) for t in tokens[cut:end]):
                    yield Mention(tokens[cut].start, tokens[end - 1].end, "", "Person", "rule:title", 0.7)
                end = cut   # "Ketua Komisi II DPR Ahmad Doli Kurnia": the name is not the institution's
            elif end < len(tokens) and tokens[end].text == "(" and end + 2 < len(tokens) and \
                    tokens[end + 1].text in COMPANY_END and tokens[end + 2].text == ")":
                end += 3   # "PT Pertamina (Persero)"
                if end < len(tokens) and tokens[end].text == "Tbk":
                    end += 1   # "PT Garuda Indonesia (Persero) Tbk"
            if end > i + n and tokens[end - 1].text == "Tbk" and end + 1 < len(tokens) and tokens[end].text == "." \
                    and (tokens[end + 1].text == "(" or tokens[end + 1].text[:1].islower()):
                end += 1   # "PT Vale Indonesia Tbk. (INCO)": the abbreviation's full stop, not a sentence end
            if end > i + n and re.fullmatch(r"[A-Z]", tokens[i + n].text) and \
                    not (end > i + n + 1 and tokens[i + n + 1].text[:1].isdigit()) and \
                    " ".join(t.text for t in tokens[i:i + n]) not in word_set("lettered_bodies"):
                continue   # "Grup A (Piala X)" of a tournament is no body ("Komisi A" of a council, "Yonif R 300" are)
            if end > i + n:
                end = _listed_end(tokens, end, words)
                yield Mention(tok.start, tokens[end - 1].end, "", "Organization", "rule:org-name", 0.8)


@lru_cache(maxsize=1)
def _sector_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split()) for line in word_set("sector_heads"))


@lru_cache(maxsize=1)
def _source_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(c.split()) for c in word_list("source_cues"))


def _after_cues(tokens, words, cues, type_, source, conf, known: list[Mention], opens_clause: bool = False):
    known_at = {m.start: m for m in known}
    for i in range(len(tokens)):
        n = _match_sequence(tokens, i, cues, lower=True)
        if not n or not (tokens[i].text[0].islower() or i == 0 or
                         (opens_clause and not tokens[i - 1].text[:1].isalnum())):
            continue   # a cue may open a sentence; a source cue a clause too ("COM - Dilansir dari X")
        j = i + n
        if type_ == "Organization" and j < len(tokens) and tokens[j].start in known_at \
                and known_at[tokens[j].start].type == "Place":
            m = known_at[tokens[j].start]   # "gerakan perlawanan Palestina Hamas"
            while j < len(tokens) and tokens[j].start < m.end:
                j += 1
        end = _name_end(tokens, j, words)
        if end > j and tokens[i].text[:1].isupper() and _defined_by_initials(tokens, i, end):
            j = i                                 # "Kelompok Kriminal Bersenjata (KKB)": the cue is in the name
        if end > j and not (type_ == "Place" and all(is_acronym(t.text) for t in tokens[j:end])) and \
                " ".join(t.text for t in tokens[j:end]) not in words.not_names:   # "di Tanah Air", "di Luar Negeri"
            yield Mention(tokens[j].start, tokens[end - 1].end, "", type_, source, conf)


def _defined_by_initials(tokens, start: int, end: int) -> bool:
    """The words tokens[start:end] are followed by a bracketed short form made of their initials."""
    if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in tokens[start:end] if t.text[:1].isalpha())
    return tokens[end + 1].text.upper() == initials.upper() and len(initials) > 1


_MAX_COMPANY_TOKENS = 12


@lru_cache(maxsize=1)
def _school_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(h.split()) for h in word_list("school_heads"))


def _schools(tokens: list[Token], words: Words):
    """'SMPN 3 Mentok', 'Sekolah Menengah Atas (SMA) Negeri 2 Tanjungpinang': a school's type, its short form in
    brackets, its status, its number and its town are one school (school_heads.txt, school_states.txt)."""
    heads = _school_heads()
    for i in range(len(tokens)):
        j = i + _match_sequence(tokens, i, heads, lower=False)
        if j == i:
            continue
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            j += 3                                # "(SMA)"
        while j < len(tokens) and tokens[j].text in word_set("school_states"):
            j += 1
        if not (j < len(tokens) and re.fullmatch(r"\d{1,3}", tokens[j].text)):
            continue                              # no number: "MA" is the Supreme Court
        end = _name_end(tokens, j + 1, words)
        end = j + 1 + min(end - j - 1, 3)         # the town: at most three words
        if end == j + 1:
            continue                              # no town: "putusan MA 2 tahun lalu"
        yield Mention(tokens[i].start, tokens[end - 1].end, "", "Organization", "rule:school", 0.85)


def _legal_companies(tokens: list[Token], words: Words):
    """'PT Indonesia Kendal Tbk', 'PT Bank Rakyat Indonesia (Persero) Tbk': a legal form before the name
    and a legal tail after it enclose one company, whatever its words (company_heads.txt, org_legal_tails.txt);
    without a tail, up to three capitalised words after the legal form ('PT. Sinar Bumi Karya') are one; so
    are those after a club's head word ('PS TNI': club_heads.txt)."""
    heads = word_set("company_heads") | word_set("club_heads")
    for i, tok in enumerate(tokens):
        if tok.text not in heads:
            continue
        if tok.text in word_set("club_heads") and i and tokens[i - 1].text[:1].isupper() and \
                tokens[i - 1].end + 1 == tok.start and tokens[i - 1].text.lower() not in words.title_words:
            continue                              # "Bhayangkara FC": a club's word closing a name, opening none
        first = j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end else i + 1
        while j < len(tokens) and j - i <= _MAX_COMPANY_TOKENS and tokens[j].start <= tokens[j - 1].end + 1 and \
                (tokens[j].text[:1].isupper() or tokens[j].text[:1].isdigit() or tokens[j].text in ("&", "-")) and \
                tokens[j].text != "Tbk" and tokens[j].text.lower() not in _VERSUS_WORDS:
            j += 1
        end = j
        if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" and \
                f"({tokens[end + 1].text})" in word_set("org_legal_tails"):
            end += 3                              # "(Persero)"
        if end < len(tokens) and tokens[end].text == "Tbk":
            end += 1
            if end + 1 < len(tokens) and tokens[end].text == "." and \
                    (tokens[end + 1].text == "(" or tokens[end + 1].text[:1].islower()):
                end += 1                          # "Tbk. (INCO)": the abbreviation's full stop
        if end > j > first:                       # a legal tail closes at least one name word
            yield Mention(tok.start, tokens[end - 1].end, "", "Organization", "rule:company", 0.9)
        elif end == j and first < j <= first + 3 and (not (i > 0 and tokens[i - 1].text.lower() in words.title_words)
                                                      or tok.text in word_set("club_heads") and j == first + 1):
            # "PT. Sinar Bumi Karya yang ...": without a tail, up to three capitalised words before the next
            # lower-case word or mark (not after a title, where the holder's name may follow the company's;
            # but "Pelatih AC Milan mengatakan": one word after a club's head word is the club's)
            yield Mention(tok.start, tokens[end - 1].end, "", "Organization", "rule:org-name", 0.8)


_ORG_TAILS = {"FC", "United", "City", "SC", "Club", "Tbk", "Group", "Corporation", "Foundation", "Airlines"}


def _initials_spelled(tokens: list[Token], words: Words):
    """'RS (Robert Simanjorang)': a person's initials, then in brackets the name they spell (a name shaped like a
    person's: not 'BPBD (Badan Penanggulangan Bencana Daerah)')."""
    from kg.lang.id.evidence import personal_name
    for i in range(len(tokens) - 3):
        if not (is_acronym(tokens[i].text) and tokens[i + 1].text == "("):
            continue
        end = _name_end(tokens, i + 2, words)
        if 2 <= end - (i + 2) <= 4 and end < len(tokens) and tokens[end].text == ")" and \
                "".join(t.text[0] for t in tokens[i + 2:end]) == tokens[i].text and personal_name(tokens[i + 2:end]):
            yield Mention(tokens[i + 2].start, tokens[end - 1].end, "", "Person", "rule:apposition", 0.8)


def _teams(tokens: list[Token], words: Words):
    """'tim Surabaya Samudra Perkasa', 'klub Medan Bank Nusantara Putra': after a lowercase word for a team, a name that
    opens with its city and goes on with a sponsor or a body is one team, whatever bodies are named inside it."""
    for i in range(len(tokens) - 2):
        if tokens[i].text.lower() not in ("tim", "klub", "skuad"):
            continue
        end = _name_end(tokens, i + 1, words)
        run = tokens[i + 1:end]
        if len(run) >= 2 and geo_known(run[0].text) and not geo_known(" ".join(t.text for t in run)) and \
                run[1].text.lower() not in words.title_words:   # (not "tim Jakarta Pelatih ...")
            yield Mention(run[0].start, run[-1].end, "", "Organization", "rule:team", 0.8)


@lru_cache(maxsize=1)
def _national_team_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The words that open a national team's name, and those of its sport and side."""
    return tuple(frozenset(tuple(w.split()) for w in word_list(name))
                 for name in ("national_team_words", "national_team_sports"))


def _national_teams(tokens: list[Token], words: Words):
    """'Timnas basket putra Indonesia', 'Timnas voli putri Thailand U-23': a national team's word, its sport and
    side written in lower case (national_team_sports.txt), then its country, are one team."""
    opens, sports = _national_team_words()
    for i, tok in enumerate(tokens):
        n = _match_sequence(tokens, i, opens, lower=True)
        j = i + n
        while n and (k := _match_sequence(tokens, j, sports, lower=True)) and tokens[j].text.islower():
            j += k
        country = j < len(tokens) and j > i + n and tok.text[:1].isupper() and geo_country(tokens[j].text)
        if country:
            end = j + 1 + (j + 1 < len(tokens) and bool(re.fullmatch(r"U-?\d{2}", tokens[j + 1].text)))
            yield Mention(tok.start, tokens[end - 1].end, "", "Organization", "rule:team", 0.85)


@lru_cache(maxsize=4)
def defined_short_forms(text: str) -> frozenset[str]:
    """Short forms the article defines in brackets after a body's name written in full, also those not in
    capitals ("Himpunan Pengusaha Muda Indonesia (Hipmi)"): the body's name wherever it is written."""
    heads = {h[0] for h in words().org_heads}
    found = set()
    for m in re.finditer(r"((?:[A-Z][\w'’]*,? (?:(?:dan|&) )?){2,9})\(([A-Z][A-Za-z]{2,11})\)", text):
        run = [w.rstrip(",") for w in m.group(1).split() if w not in ("dan", "&")]
        start = next((k for k, w in enumerate(run) if w in heads), None)
        if start is not None and abbreviates(m.group(2), run[start:]):
            found.add(m.group(2))
    return frozenset(found)


def _org_shapes(tokens: list[Token], words: Words, text: str = ""):
    """'Arema FC', 'Bali United', 'PT X Tbk'; and an acronym with its region: 'BPBD Lampung', 'PSIS Semarang',
    also a body's short form the article defines: 'Hipmi Balikpapan'."""
    defined = defined_short_forms(text)
    for i, tok in enumerate(tokens):
        if tok.text in _ORG_TAILS and i > 0 and _is_name_word(tokens[i - 1], words):
            start = i - 1
            while start > 0 and i - start < 3 and _is_name_word(tokens[start - 1], words) and \
                    tokens[start - 1].text.lower() not in words.title_words:
                start -= 1
            yield Mention(tokens[start].start, tok.end, "", "Organization", "rule:org-shape", 0.75)
        elif (is_acronym(tok.text) or tok.text in defined) and tok.text not in words.not_names and \
                i + 1 < len(tokens) and not (i and _grade(tokens, i - 1)):   # ("PN Kelas IA Tanjungkarang": a grade, no body "IA")
            known = _place_tokens(tokens, i + 1, words)
            n = known or _region_after_acronym(tokens, i + 1, words)
            if n and " ".join(t.text for t in tokens[i:i + 1 + n]) in words.provinces:
                continue   # "DKI Jakarta", "DKJ Jakarta": a province named with its status, no body
            if n and not (i + 1 + n < len(tokens) and _is_name_word(tokens[i + 1 + n], words)):
                yield Mention(tok.start, tokens[i + n].end, "", "Organization", "rule:org-name", 0.7)
            elif known and is_regional_unit(tok.text) and \
                    tokens[i + 1].text not in REGION_HEADS and i > 0 and \
                    (tokens[i - 1].text.islower() or tokens[i - 1].text.lower() in words.title_words) and \
                    ((region := " ".join(t.text for t in tokens[i + 1:i + 1 + known])) in words.provinces or
                     indonesian_place(region)):
                # "Juru bicara PN Bandung | Dodi": after a title, the body, its city, then its officer
                run_end = _name_end(tokens, i + 1, words)
                if _person_after_place(tokens, i + 1, run_end, words) == i + 1 + n:
                    yield Mention(tok.start, tokens[i + n].end, "", "Organization", "rule:org-name", 0.7)
                    yield Mention(tokens[i + 1 + n].start, tokens[run_end - 1].end, "", "Person", "rule:title", 0.75)


def is_regional_unit(word: str) -> bool:
    """A short form or head word of a body that serves one region ("Kejari", "Polres", "BPBD")."""
    return word in unit_short_forms() or word in word_set("region_unit_heads")


# (and the Javanese and Malay ones of village names: "Jeruklegi Kulon", "Tanjung Ilir")
_REGION_TAILS = frozenset("Utara Selatan Timur Barat Tengah Raya Tenggara Daya Laut Kulon Wetan Lor Kidul Ilir Ulu"
                          .split())


def _person_after_place(tokens: list[Token], start: int, end: int, words: Words) -> int:
    """Where a region named after a head word ends when, after a job title, the holder's name follows in
    the same run ('Kepala Bidang ... BPBD Kabupaten Banjarnegara | Andri Sulistyo'): the known place, else one
    word (two with a direction), then two or three name words that are no head word or ordinary word.
    Returns end when no name follows."""
    before = tokens[max(0, start - 9):start - 1]
    # (a unit word of a title is no title: "Desa Kali Bening, Desa Padang Sari" lists villages)
    titled = next((k for k in range(len(before) - 1, -1, -1) if before[k].text.lower() in words.title_words
                   and before[k].text.lower() not in _unit_words()), None)
    if end - start < 2 or titled is None or any(t.text.islower() and t.text != "dan" for t in before[titled + 1:]):
        return end   # only right after a title and the unit it heads: "Kepala Bidang ... BPBD Kabupaten X"
    known = _place_tokens(tokens, start, words)
    p = known or (2 if tokens[start + 1].text in _REGION_TAILS else 1)
    rest = tokens[start + p:end]
    heads = {h[0] for h in words.org_heads | words.place_heads}
    from kg.lang.id.evidence import is_base_word, is_common_word
    # after a known place the name may be one word ("Kepala Kejari Tegal | Suparno")
    if not (1 if known else 2) <= len(rest) <= 3 or geo_known(" ".join(t.text for t in rest)) or any(
            (is_acronym(t.text) and len(t.text) > 1) or t.text in heads or t.text in _REGION_TAILS or
            t.text in words.provinces or is_common_word(t.text) for t in rest) or \
            all(is_base_word(t.text) for t in rest if len(t.text) > 1) or rest[0].text.lower() in words.portfolios:
        return end   # ("Kepala Kantor Komunikasi Kepresidenan X": a portfolio word goes on with the office)
    return start + p


REGION_HEADS = frozenset(("Kabupaten", "Kota", "Provinsi"))


def _region_after_acronym(tokens: list[Token], j: int, words: Words) -> int:
    """'BPBD Kabupaten Bandung', 'KPU Kota Serang': a region head word and its one- or two-word name
    after a body's acronym (tokens from j), or 0."""
    if tokens[j].text not in REGION_HEADS:
        return 0
    run_end = _name_end(tokens, j + 1, words)
    end = _person_after_place(tokens, j + 1, run_end, words)
    return end - j if 1 <= end - (j + 1) <= 2 else 0


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Administrative unit words ("Desa", "Kecamatan", "RT"; the levels of relations.toml)."""
    from kg.lang.id import relation_kinds
    return frozenset(w for w in relation_kinds.load().levels if " " not in w)


def _unit_named(name: str) -> bool:
    """'Kecamatan X', 'Banjar Dinas X': a place named with its administrative unit."""
    from kg.lang.id import relation_kinds
    words = name.lower().split()
    return len(words) > 1 and (words[0] in _unit_words() or " ".join(words[:2]) in relation_kinds.load().levels)


def _next_unit(tokens: list[Token], start: int, end: int) -> int:
    """Where a place name ends before the next unit of a chain written without commas: "Desa Wanasari |
    Kecamatan Cipedes | Kabupaten Garut", "Dusun Karangsari | RT 03 RW 07"."""
    units = _unit_words()
    for j in range(start + 1, end):
        t = tokens[j].text
        if t.lower() in units and t[:1].isupper() and j + 1 < len(tokens) and \
                (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text[:1].isdigit()):
            return j
    return end


# a neighbourhood's numbers inside an address chain ("Kampung A, RT 3/RW 11, Desa B", "Dusun A Rt/Rw 03/01
# Desa B", "Kampung A RT 04 RW 13 Desa B"): the places on either side are adjacent levels
NEIGHBOURHOOD = re.compile(r"\b(?:RT\.?\s*\d+\s*/?\s*RW\.?\s*\d+|RT\s*/\s*RW\s*\d+\s*/\s*\d+)\b", re.IGNORECASE)


_STREET_HEADS = {"jalan", "jl", "jln", "gang", "lorong"}


@lru_cache(maxsize=4)
def companies(text: str) -> frozenset[tuple[str, str]]:
    """The first two words of the companies the text names with their legal form ("PT Bukit Asam Tbk")."""
    return frozenset(re.findall(r"\bPT\.? ([A-Z][\w'-]*) ([A-Z][\w'-]*)", text))


def _place_names(tokens, words, text: str):
    named = companies(text)
    for i, tok in enumerate(tokens):
        n = _match_sequence(tokens, i, words.place_heads, lower=False) or \
            _lowercase_head(tokens, i, words.place_heads, words)
        if n and i + 1 < len(tokens) and (tok.text, tokens[i + 1].text) in named and \
                not (i and tokens[i - 1].text in ("PT", "PT.")):
            # "Presiden Direktur Bukit Asam X": "PT Bukit Asam" again without its legal form
            yield Mention(tok.start, tokens[i + 1].end, "", "Organization", "rule:company", 0.75)
            continue
        before = [t.text.lower() for t in tokens[max(0, i - 3):i] if t.text != ","] if n else []
        if before[-2:-1] and before[-1] == "dan" and tok.text.lower() in words.portfolios and \
                before[-2] in words.portfolios:
            continue   # "Kementerian Pekerjaan Umum dan Perumahan Rakyat": a portfolio, no housing estate
        if n == 1 and _opens_sentence(tok.text) and i + 1 < len(tokens) and _opens_sentence(tokens[i + 1].text):
            continue   # "Kali Pertama ia datang": a head that is also an ordinary word, then another ("Kali Ciliwung" stays)
        if n > 1 and tuple(t.text.lower() for t in tokens[i:i + n]) in words.place_cues and \
                _place_tokens(tokens, i + n, words):
            continue   # "Ibu Kota Ukraina": a cue before a place the index knows ("Ibu Kota Nusantara" is a name)
        if n:
            run_end = _name_end(tokens, i + n, words)
            run_end = _next_unit(tokens, i + n, run_end)
            street = tok.text.rstrip(".").lower() in _STREET_HEADS
            if run_end > i + n + 1 and tokens[run_end - 1].text in ("No", "Nomor") and run_end < len(tokens) and \
                    (tokens[run_end].text == "." or street and tokens[run_end].text.isdigit()):
                run_end -= 1   # "Jl. Sudirman No. 5": the house number is no part of the street's name
            elif run_end > i + n + 1 and tokens[run_end - 1].text in ("No", "Nomor") and run_end < len(tokens) and \
                    re.fullmatch(r"\d{1,3}", tokens[run_end].text):
                run_end += 1   # "Perumahan Griya Asri No 1": a numbered estate or block is named with its number
            elif street and run_end > i + n and run_end < len(tokens) and \
                    re.fullmatch(r"\d{1,2}", tokens[run_end].text) and tokens[run_end].start == tokens[run_end - 1].end + 1 \
                    and (run_end + 1 == len(tokens) or tokens[run_end + 1].text not in ("/", ".", "-", ":")):
                run_end += 1   # "Jalan Cempaka Putih 2": a numbered lane is named with its number
            end = _person_after_place(tokens, i + n, run_end, words)
            if end < run_end:
                yield Mention(tokens[end].start, tokens[run_end - 1].end, "", "Person", "rule:title", 0.75)
            if tok.text.lower() in _unit_words():
                level = unit_level(tok.text)
                end = _known_place_end(tokens, i + n, end, words, level)
                region = _region_after(tokens, i + n, end, level)
                if region < end:
                    yield Mention(tokens[region].start, tokens[end - 1].end, "", "Place", "rule:place-name", 0.75)
                    end = region
            if end > i + n:
                yield Mention(tok.start, tokens[end - 1].end, "", "Place", "rule:place-head", 0.75)


def unit_level(word: str) -> float:
    """The administrative level of a unit word ("Desa": 2, "Kabupaten": 4, "Negara  Bagian": 5; relations.toml's
    levels)."""
    from kg.lang.id import relation_kinds
    return relation_kinds.load().levels.get(" ".join(word.lower().split()), 0)


def _above(p, level: float) -> bool:
    """A known place of a higher level than a unit's ("Kecamatan Tarik | Sidoarjo", not "Kabupaten Tanah Paser")."""
    from kg.lang.id import relation_kinds
    return relation_kinds.load().kind_levels.get(p.kind, 0) > level


def _region_after(tokens: list[Token], start: int, end: int, level: float) -> int:
    """'Kecamatan Tarik | Sidoarjo': a regency, city or province of Indonesia, above the unit's level, closing a
    unit's name is the region the unit lies in, written without a comma (not in "Kota Banda Aceh", a known place
    as a whole; not in "Kabupaten Tanah Paser", a regency in no regency)."""
    if indonesian_place(" ".join(t.text for t in tokens[start:end])):
        return end
    if end + 1 < len(tokens) and tokens[end].text == "," and (tokens[end + 1].text in REGION_HEADS or any(
            (p := places.lookup(" ".join(t.text for t in tokens[end + 1:end + 1 + n]))) is not None
            and p.country_code == "ID" and p.kind == "regency" for n in (1, 2))):
        return end   # "Kecamatan Bukit Batu, (Kabupaten) Bengkalis": the region is written after the comma
    if end < len(tokens) and tokens[end].text in REGION_HEADS:
        return end   # "Kecamatan Tanah Abang Kota X": the region follows with its head word
    for k in range(start + 1, end):
        name = " ".join(t.text for t in tokens[k:end])
        p = places.lookup(name) if end - k <= 2 else None
        if p is not None and p.country_code == "ID" and _above(p, level) and \
                (p.kind in ("regency", "province") or p.kind == "city" and (
                    p.population >= CITY_MIN_POPULATION or _regency_seat(name))):
            return k
    return end


def _regency_seat(name: str) -> bool:
    """'Sleman': a small town named like the regency it is the seat of, which the name then means
    ("Kecamatan Godean Sleman")."""
    p = places.lookup("Kabupaten " + name)
    return p is not None and p.kind == "regency" and p.country_code == "ID"


def _known_place_end(tokens: list[Token], start: int, end: int, words: Words, level: float) -> int:
    """'Kabupaten Pekalongan | Masa Jabatan 2024-2029': ordinary capitalised words after a region the
    index knows are no part of its name (a street's are: 'Jalan Medan Merdeka Timur'; a village's named like a
    town of a higher level are too: 'Desa Batu Kajang')."""
    from kg.lang.id.evidence import is_common_word
    p = _place_tokens(tokens, start, words)
    tail = tokens[start + p:end]
    known = places.lookup(" ".join(t.text for t in tokens[start:start + p])) if p and tail else None
    if known is not None and level and _above(known, level):
        return end
    # (an Indonesian place: "Kecamatan Banda Sakti" is no town Banda in India and a word)
    # (ordinary words that name a place themselves stay: "Kecamatan Bukit Batu" is no Bukit and the city Batu)
    if p and tail and indonesian_place(" ".join(t.text for t in tokens[start:start + p])) and \
            all(is_common_word(t.text) and t.text.lower() not in _unit_words() and t.text not in _COMPASS for t in tail) \
            and not indonesian_place(" ".join(t.text for t in tail)):
        return start + p
    return end


def _acronyms(tokens, words):
    for k, tok in enumerate(tokens):
        if is_acronym(tok.text) and tok.text not in words.not_names and not _inside_name(tokens, k, words) or \
                tok.text in word_set("whole_body_acronyms"):   # "Kepala Disdukcapil", "DPMPTSP": a body's short form
            yield Mention(tok.start, tok.end, "", "Organization", "rule:acronym", 0.5)


def _inside_name(tokens: list[Token], k: int, words: Words) -> bool:
    """'AKBP Yohanes MDP Sinaga': capital letters between two words of a person's name are her initials."""
    from kg.lang.id.evidence import is_common_word
    if 0 < k < len(tokens) - 1 and re.fullmatch(r"[A-HJ-UWYZ]", tokens[k - 1].text):
        return _is_name_word(tokens[k + 1], words)   # "Walikota Jambi H AR Dimas Putra" (not "Komisi X")
    return 0 < k < len(tokens) - 1 and all(
        _is_name_word(tokens[x], words) and tokens[x].text.isalpha() and len(tokens[x].text) >= 3 and
        not is_acronym(tokens[x].text) and not re.fullmatch(r"[IVXLC]+", tokens[x].text) and
        tokens[x].text.lower() not in words.title_words and not is_common_word(tokens[x].text) and
        not geo_known(tokens[x].text) and not looks_institutional(tokens, x, x + 1, words) for x in (k - 1, k + 1))


_GRADE = re.compile(r"(?:[IV]{1,3}|[1-4])[ABC]?")


def _grade(tokens: list[Token], i: int) -> int:
    """How many tokens from i are a grade ('Kelas I', 'Klas IIB', 'Kelas 1', 'Kelas II/B'), else 0."""
    if not (i + 1 < len(tokens) and tokens[i].text in ("Kelas", "Klas") and _GRADE.fullmatch(tokens[i + 1].text)):
        return 0
    split = i + 3 < len(tokens) and tokens[i + 2].text == "/" and tokens[i + 3].text in ("A", "B", "C")
    return 4 if split else 2


def _closing_number(tokens: list[Token], k: int) -> bool:
    """A number of one or two digits at k closes a venue's name: a mark follows it ("Trans Park 2, Bandung")."""
    return k + 1 < len(tokens) and re.fullmatch(r"\d{1,2}", tokens[k].text) is not None and tokens[k + 1].text in ",.;"


def _building_tails(tokens: list[Token], words: Words):
    """'Pertamina Mandalika International Circuit', 'Garuda City Center': a run of capitalised words
    closed by an English building word is one place."""
    tails = word_set("building_tails")
    for i, tok in enumerate(tokens):
        if tok.text not in tails or not i:
            continue
        start = i
        while start > 0 and i - start < 5 and (_is_name_word(tokens[start - 1], words) or
                                               start > 1 and tokens[start - 1].text in PARTICLES and
                                               _is_name_word(tokens[start - 2], words)) and \
                tokens[start - 1].text.lower() not in words.title_words:
            start -= 1   # ("Jassim bin Hamad Stadium": a name particle inside)
        end = i + 2 if _closing_number(tokens, i + 1) else i + 1   # "Trans Park 2, Bandung": named with its number
        if start < i:
            yield Mention(tokens[start].start, tokens[end - 1].end, "", "Place", "rule:building", 0.85)


@lru_cache(maxsize=1 << 14)
def _plain(word: str) -> str:
    """The word without diacritics ("Phạm" -> "Pham")."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_SYLLABLES = re.compile(r"[A-Z][a-z]{0,6}(?:-[a-z]{1,6})?")


def vehicle(words: list[str]) -> bool:
    """'Toyota Fortuner', 'Sigra': a vehicle's model (vehicle_models.txt), alone or with makers
    (vehicle_makes.txt), names no person, body or place."""
    models, makes = word_set("vehicle_models"), word_set("vehicle_makes")
    return " ".join(words) in models or \
        any(w in models for w in words) and all(w in models or w in makes for w in words)


def _east_asian_names(tokens: list[Token], words: Words):
    """'Nguyen Xuan Phuc', 'Wang Yi', 'Kim Sang-sik': a family name of the list, then one to three
    short name syllables (none an ordinary word, a title or a known place) is a person."""
    from kg.lang.id.evidence import is_common_word
    surnames = word_set("east_asian_surnames")
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1].text if i else ""
        if _plain(tok.text) not in surnames or (i and _is_name_word(tokens[i - 1], words) and not geo_known(prev) and
                                                prev.lower() not in words.title_words):
            continue   # part of a longer name, unless after a title or a country ("China Lin Jian")
        end = _name_end(tokens, i, words)
        given = [_plain(t.text) for t in tokens[i + 1:end]]
        if not 1 <= len(given) <= 3 or geo_known(" ".join(t.text for t in tokens[i:end])):
            continue
        if all(_SYLLABLES.fullmatch(g) and not is_common_word(g) and g.lower() not in words.title_words and
               not geo_known(g) and g not in words.provinces for g in given):
            yield Mention(tok.start, tokens[end - 1].end, "", "Person", "rule:name-shape", 0.75)


_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]+")


def _prefixed_surnames(tokens: list[Token], words: Words):
    """'Simon McMenemy', 'Sinead O'Connor': one or two given names, then a surname of the Gaelic shape with its
    capital inside, is a person (no ordinary word, title, head word or country among the given names)."""
    for i, tok in enumerate(tokens):
        if not i or not _PREFIXED_SURNAME.fullmatch(tok.text):
            continue
        first = i
        while first > max(0, i - 2) and _given_name_before(tokens, first, words):
            first -= 1
        if first < i:
            yield Mention(tokens[first].start, tok.end, "", "Person", "rule:name-shape", 0.75)


def _given_name_before(tokens: list[Token], k: int, words: Words) -> bool:
    """The word right before token k may be a given name: a name word, no ordinary word, title, head word or
    country."""
    from kg.lang.id.evidence import is_common_word
    w = tokens[k - 1]
    return _is_name_word(w, words) and w.end + 1 == tokens[k].start and not is_common_word(w.text) and \
        w.text.lower() not in words.title_words and not geo_country(w.text) and (w.text,) not in words.org_heads


def _abbreviated_first_names(tokens: list[Token], words: Words):
    """'Muh. Arfan Tasrifuddin', 'Moh. Rizal Fahrezi': an abbreviated Muhammad with its full stop (name_openers.txt),
    then one to three name words (the last no ordinary word; none a head word, known place or acronym), is a person."""
    from kg.lang.id.evidence import is_common_word
    dotted = {w for w in word_set("name_openers") if w.endswith(".")}
    for i, tok in enumerate(tokens[:-1]):
        # (the tokenizer keeps a known abbreviation's full stop, else it is a token of its own)
        first = i + 1 if tok.text in dotted else i + 2 if tok.text + "." in dotted and \
            tokens[i + 1].text == "." and tokens[i + 1].start == tok.end else None
        if first is None:
            continue
        end = _name_end(tokens, first, words)
        given = [t.text for t in tokens[first:end]]
        if 1 <= len(given) <= 3 and not is_common_word(given[-1]) and \
                not any(g in _first_words(words.org_heads) or g in _first_words(words.place_heads) or geo_known(g)
                        or is_acronym(g) for g in given):
            yield Mention(tok.start, tokens[end - 1].end, "", "Person", "rule:name-shape", 0.75)


def candidates(text: str, start: int, end: int, cfg: Config, words: Words) -> list[Mention]:
    """Every rule's candidate mentions in text[start:end] (one sentence)."""
    tokens = tokenize(text, start, end)
    found = list(_gazetteer(tokens, cfg, words))
    found += _org_names(tokens, words)
    found += _legal_companies(tokens, words)
    found += _schools(tokens, words)
    found += _teams(tokens, words)
    found += _national_teams(tokens, words)
    found += _initials_spelled(tokens, words)
    found += _place_names(tokens, words, text)
    found += _org_shapes(tokens, words, text)
    found += _known_places(tokens, words)
    found += _buildings(tokens, words)
    found += _party_branches(tokens, words)
    found += _building_tails(tokens, words)
    found += _list_items(tokens, words)
    found += _pairs(tokens, words)
    found += _east_asian_names(tokens, words)
    found += _abbreviated_first_names(tokens, words)
    found += _prefixed_surnames(tokens, words)
    found += _english_and_names(tokens, words)
    found += _english_of_names(tokens, words)
    found += _english_short_formed(tokens, words)
    found += _titles(tokens, words, found, text)
    found += _listed_regional_heads(tokens, words, found)
    found += _after_cues(tokens, words, words.org_cues, "Organization", "rule:org-cue", 0.75, found)
    found += _after_cues(tokens, words, _source_cues(), "Organization", "rule:org-cue", 0.75, found, opens_clause=True)
    found += _after_cues(tokens, words, words.place_cues, "Place", "rule:place-cue", 0.7, found)
    found += _after_cues(tokens, words, _STRONG_PLACE_CUES, "Place", "rule:place-cue-strong", 0.8, found)
    found += _acronyms(tokens, words)
    found += _person_appositions(tokens, words, found)
    found += _aliased_people(tokens, words)
    found += _speakers(tokens, words, found)
    found += _places_before_regions(tokens, words)
    found += _address_chains(tokens, words)
    found += _resident_addresses(tokens, words)
    found += _places_before_units(tokens, words)
    found += _place_appositions(tokens, words, found)
    # "Kecamatan Tanjung Balai Selatan": a body's head word inside a district's or village's name is the name's
    units = [m for m in found if m.source == "rule:place-head" and _unit_named(text[m.start:m.end])]
    return [m for m in found if not (m.source == "rule:org-name" and any(
        u.start < m.start and m.end <= u.end for u in units))]
