"""Check the chosen mentions against the evidence of the text: where a name really starts and
ends, and whether it is a name at all.

Runs after the mention stage has chosen among its candidates. Each check is one
kind of evidence:
- token shape: a mention ends at a word's end ("Jung Hae-won", not "Jung Hae");
  a name does not start with a lowercase word ("kompleks Istana ...") nor end with "dan";
- the title table: a job title at the start of a mention is the person's title, not
  their name ("Seskab Dimas Prayogo"), and a title alone is no name ("Chairman");
- pairs: "Jokowi-Ma'ruf" is two people, "Denpasar-Seoul" two places;
- fragments: one or two letters are a name only when the gazetteer knows them;
- common words: a lone capitalised ordinary word ("Beruntung", "Persen") is not a name
  unless the same word is part of a longer name in the article;
- headlines: in a title-cased headline every word is capitalised, so a name found only
  there (and nowhere in the body) is not trusted;
- name shape: a run of given and family names the model typed as an organization or a
  place, with no organization or place word in it, is a person.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from kg.geo import places
from kg.lang.id import names, place_level_abbreviations, relation_kinds, unit_short_forms, word_list, word_set
from kg.lang.id.timex import MONTHS, WEEKDAYS
from kg.model import Mention
from kg.spans import Taken, listed_runs
from kg.text import BULLET_MARKS, Token, WordRuns, is_acronym, line_at, title_cased, tokenize, without_nickname

_PAIR = re.compile(r"^([A-Z][\w'’]+)-([A-Z][\w'’]+)$")
_CAP_WORD = re.compile(r"[A-Z][a-z][\w'’\-]*")
_NAME_AFTER_SLASH = re.compile(r"/([A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){0,2})(?![\w/])")
_CONNECTORS = {"dan", "atau", "serta", "&", "of", "the", "and"}
_KEEP_LOWER_START = {"al", "el", "bin", "binti", "van", "von", "de", "da", "di", "dos", "du", "le", "la", "ibn"}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(word_list("common_words")) | frozenset(word_list("occupations")) | frozenset(
        w.lower() for w in word_list("not_names") if w.isalpha()) | _geo_stopwords()


# an Indonesian number plate: region letters, digits, letters ("F 6235 FDD", "AG-1201-PI")
_PLATE = re.compile(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}")


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The one-word nouns that tell an event of a kind (events.toml: "demo", "gempa")."""
    from kg.events.kinds import declaration
    return frozenset(n for k in declaration().kinds.values() for n in k.nouns if " " not in n)


def is_common_word(word: str) -> bool:
    """An ordinary Indonesian word (common_words.txt, occupations.txt, not_names.txt, the place index's stopwords)."""
    return word.lower() in _common_words()


def _geo_stopwords() -> frozenset[str]:
    from pathlib import Path
    path = Path(places.__file__).parent / "data" / "stopwords_id.txt"
    return frozenset(s for line in path.read_text(encoding="utf-8").splitlines()
                     if (s := line.split("#", 1)[0].strip().lower()))


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Words that mark an organization or a place (head words, cue words, English company words)."""
    words = set()
    for name in ("org_heads", "place_heads", "org_cues", "place_cues", "org_words_en"):
        for entry in word_list(name):
            words.update(w.lower() for w in entry.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _base_words() -> frozenset[str]:
    """The base words of the lemma table (kg/parse/data/lemmas.tsv.xz, nlp-id, MIT licence)."""
    import lzma
    from kg.parse.lemmas import TABLE_PATH
    text = lzma.decompress(TABLE_PATH.read_bytes()).decode("utf-8")
    return frozenset(line.partition("\t")[0] for line in text.splitlines())


def is_base_word(word: str) -> bool:
    return word.lower() in _base_words()


_base_word = is_base_word


# nominalising confixes ke-an, pe(N)-an, per-an, with the first letter the nasal replaced
_CONFIX = (("peng", ("", "k")), ("peny", ("s",)), ("pem", ("", "p")), ("pen", ("", "t")), ("per", ("",)),
           ("pe", ("",)), ("ke", ("",)))


# the prefixes of nouns of an act ("Penyampaian", "Pengungkapan", "Pembangunan"), not those of bodies
# ("Perserikatan", "Kepolisian")
_TOPIC_PREFIX = re.compile(r"Pe(?:n|m|ng|ny)?(?!r)[a-z]")


def _passive_verb(word: str) -> bool:
    """'Ditahan', 'Diperiksa': a di- or ter- verb of a base word (no name: "Diponegoro")."""
    w = word.lower()
    return any(w.startswith(p) and any(w[len(p):len(w) - len(x)] in _base_words() for x in ("", "kan", "i")
                                       if w.endswith(x)) for p in ("di", "ter"))


@lru_cache(maxsize=1)
def _category_names() -> frozenset[str]:
    return frozenset(n.lower() for n in word_list("category_names"))


def _confixed(word: str) -> bool:
    """'Keuangan', 'Penataan', 'Pembangunan': an abstract noun built from a base word, which no
    personal name is."""
    w = word.lower()
    if not w.endswith("an") or len(w) < 7 or not w.isalpha():
        return False
    for prefix, restored in _CONFIX:
        if w.startswith(prefix):
            stem = w[len(prefix):-2]
            if len(stem) >= 3 and any(r + stem in _base_words() for r in restored):
                return True
    return False


# passive, stative and intransitive prefixes of verbs ("Dituntut", "Tercatat", "Beruntung") and the nasal ones
_VERB_PREFIX = re.compile(r"(?:di|ter|ber|mem|men|meng|meny)(?=[a-z]{5})")


def verb_form(word: str) -> bool:
    """'Dituntut', 'Dicopot', 'Beruntung': a base word of five letters or more with a verb's prefix
    (and maybe -kan or -i), which no name is ("Dimas", "Diana": no base word of that length after "di")."""
    w = word.lower()
    prefix = _VERB_PREFIX.match(w)
    if not prefix or not w.isalpha():
        return False
    stem = w[prefix.end():]
    return any(s in _base_words() for s in (stem, stem[:-3] if stem.endswith("kan") else "",
                                               stem[:-1] if stem.endswith("i") else "") if len(s) >= 5)


def derived_word(word: str) -> bool:
    """'Dibebaskannya', 'Bebasnya', 'Penataan', 'Dituntut': a verb, an abstract noun or a base word with
    "-nya", built from a base word of the lemma table, which no name is."""
    w = word.lower()
    bare = w[:-3] if w.endswith("nya") and len(w) > 6 else w
    return verb_form(bare) or _confixed(bare) or names.clitic_word(w)


def after_post_noun(text: str, at: int) -> bool:
    """The word right before ``at`` names a post, not its holder (post_nouns.txt: "posisi Menpora")."""
    return bool(set(text[max(0, at - 12):at].lower().split()[-1:]) & word_set("post_nouns"))


def _bare_kan_verb(word: str) -> bool:
    """'Lakukan', 'Resmikan', 'Serahkan': a base word of four letters or more with -kan and no prefix, the
    verb of a headline (not 'Gerakan', the noun of the base word 'gerak' with -an)."""
    w = word.lower()
    return w.isalpha() and w.endswith("kan") and len(w) >= 7 and w[:-3] in _base_words() and \
        w[:-2] not in _base_words()


def title_case_line(text: str, at: int) -> bool:
    """The line around ``at`` capitalises nearly every word (but the short words headlines leave in lower
    case: headline_small_words.txt) and ends with no full stop (a headline or a teaser's title), so
    capitals tell no names there."""
    small = word_set("headline_small_words")
    line = line_at(text, at)
    if _LIST_NUMBER.match(line):
        return False   # "2. A, Kepala Dinas ..., ditunjuk sebagai ...": a numbered list's item
    return title_cased(" ".join(w for w in line.split(" ") if w not in small), min_words=4)


_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s+\S")


def _known_place(name: str) -> bool:
    return places.lookup(name) is not None


@lru_cache(maxsize=1)
def _currency_before() -> re.Pattern:
    return re.compile(r"(?i)\b(?:%s)\s+$" % "|".join(map(re.escape, word_list("currency_words"))))


def _names_currency(m: Mention, text: str) -> bool:
    """'US$ 1,2 miliar', 'per dolar AS': the place names a currency, it is not mentioned as a place."""
    return m.type == "Place" and (text[m.end:m.end + 1] == "$" or
                                  _currency_before().search(text, max(0, m.start - 12), m.start) is not None)


@lru_cache(maxsize=1)
def _org_cue_words() -> frozenset[str]:
    return frozenset(c.lower() for c in word_list("org_cues") + word_list("team_words"))


@lru_cache(maxsize=1)
def _place_cue_words() -> frozenset[str]:
    """Lowercase words that introduce a place: the place cues and the place head words written in
    lower case ("pelabuhan Hodeidah", "kota Gaza")."""
    heads = {" ".join(h).lower() for h in names.words().place_heads}
    return frozenset(heads | set(word_list("place_cues")) - {"di", "ke", "dekat", "menuju", "perbatasan"})


def _cue_before(cues: frozenset[str], m: Mention, text: str) -> bool:
    """One of the lowercase cue phrases is written right before the mention (a vessel prefix such as
    'MV' or 'KRI' may stand between)."""
    before = text[max(0, m.start - 40):m.start]
    found = re.search(r"(?:^|\s)([A-Za-z][a-z]*(?: [a-z]+)*)\s+(?:[A-Z]{2,4}\s+)?$", before)
    if not found:
        return False
    words = found.group(1).lower().split()
    if any(" ".join(words[-n:]) in cues for n in range(1, min(3, len(words)) + 1)):
        return True
    # "rudal balistik Iskander": the cue, then one describing word (not a preposition, nor a verb: "pencuri motor
    # dibekuk Polsek X")
    # (nor a word that names who leads it: "tim polesan Gilang Pramudya" is the team's coach)
    return len(words) >= 2 and words[-2] in cues and words[-1] not in _LINKS and not verb_form(words[-1]) \
        and words[-1] not in led_by_words()


@lru_cache(maxsize=1)
def led_by_words() -> frozenset[str]:
    """The words between a group and who leads it (led_by_words.txt), lower-cased: "pimpinan", "asuhan"."""
    return frozenset(w.lower() for w in word_list("led_by_words"))


_LINKS = {"di", "ke", "dari", "untuk", "milik", "asal", "menuju", "dengan", "oleh", "dan", "yang", "atau", "serta", "anggota"}


def _snap(m: Mention, text: str) -> None:
    """Extend a mention that stops inside a word: the model splits 'Hae-won' at its hyphen. An ordinary
    Indonesian word glued by a hyphen is no part of the name ('Houthi Yaman-tangkapan layar'), nor is the
    editors' '-red' ('Budi Santoso-red') or a particle ('Pratikno-lah'). The
    dateline's parts are read whole ('OUTLET-Jakarta :' is the outlet and the place)."""
    # (a gazetteer match ends where its name does: "TNI" of "TNI-Polri")
    while m.source not in ("rule:dateline", "gazetteer") and m.end < len(text) and text[m.end] in "-'’" and m.end + 1 < len(text) and text[m.end + 1].isalpha():
        m.end += 1
        while m.end < len(text) and (text[m.end].isalnum()):
            m.end += 1
    glued = re.search(r"(?<=[A-Za-z])-([a-z]{5,})$", text[m.start:m.end])
    w = glued.group(1) if glued else ""
    if glued and (w in _common_words() or _confixed(w) or _base_word(w) or
                  (w[-2:] == "an" and _base_word(w[:-2])) or (w[-3:] == "nya" and _base_word(w[:-3]))):
        m.end = m.start + glued.start()
    glued = re.search(r"(?<=[A-Za-z])-(?:red|lah|pun|kah)$", text[m.start:m.end])
    if glued:   # "Mas Budi (Budi Santoso-red)": the editors' note glued to the name they explain;
        m.end -= len(glued.group())   # "Pratikno-lah yang mengirim": a particle of emphasis
    opener = re.search(r" (\w{1,2})$", text[m.start:m.end]) if m.type != "Person" else None
    if opener and any(p.startswith(opener.group(1) + " ") and text.startswith(p[len(opener.group(1)):] + " ", m.end)
                      for p in word_set("name_particles")):
        m.end -= len(opener.group())   # "Dinas X Kabupaten Gianyar I | Wayan Suta": "I Wayan" opens the person


_AMOUNT = re.compile(r"Rp\.?\s?[\d.,]+|\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def _trim_words(m: Mention, text: str) -> bool:
    """Drop lowercase words before a name and connectors after it. False when nothing is left."""
    if names.is_degree(text[m.start:m.end].replace(" ", "")):
        return False   # "Rina Marlina, S. Sos": a degree written with a space, no one's name
    toks = tokenize(text, m.start, m.end)
    while toks and toks[0].text[:1].islower() and toks[0].text.lower() not in _KEEP_LOWER_START \
            and not re.match(r"[a-z]+[A-Z]", toks[0].text) and \
            not (m.source in ("rule:building", "rule:place-head") and toks[0].text in word_set("lowercase_heads")):
        toks = toks[1:]
    if m.source == "model" and m.type != "Person" and len(toks) >= 2 and verb_form(toks[0].text) and \
            re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, toks[0].start - 3):toks[0].start]):
        toks = toks[1:]   # "Disampaikan | Komandan Lanal Banjarmasin, ...": the verb opening the sentence
    if m.source == "model" and len(toks) >= 3 and toks[0].text.lower() in word_set("occupations") and \
            all(t.text[:1].isupper() and t.text.lower() not in institution_words() for t in toks[1:]):
        toks, m.type = toks[1:], "Person"   # "Pengusaha | Rudi Santosa ditahan": an occupation opening the sentence
    elif m.source == "model" and m.type == "Person" and len(toks) == 2 and \
            toks[0].text.lower() in word_set("occupations") and _known_place(toks[1].text):
        toks, m.type = toks[1:], "Place"    # "Atlet | Papua, A": an occupation and the region it is of
    if toks and toks[0].text == "(" and any(t.text == ")" for t in toks):
        # "(Pemkab) Kudus", "(Kuansing) Budi Santosa": the short form closing the name before is not this one's
        toks = toks[next(k for k, t in enumerate(toks) if t.text == ")") + 1:]
        if not toks or not _known_place(text[toks[0].start:toks[-1].end]):
            return False   # (what follows it is a place the index knows, or nothing sure)
    honor = names.words().honorifics
    def closing(k):   # a degree, or an abbreviated honorific ("Prof.", not the family name "Habib")
        w = toks[k].text
        dotted = w.endswith(".") or w in _STYLE_ABBREVIATIONS and text[toks[k].end:toks[k].end + 1] == "."
        # ("Surabaya Mr| . Liu Wenhao": a style written short, not the family name closing "Abdallah Bou Habib.")
        return (len(toks) + k > 0 and dotted and w.rstrip(".").lower() in honor) or \
            (w[:1].isupper() and names.is_degree(w)) or \
            (m.type == "Person" and len(toks) > 1 and w.replace(".", "") in word_set("person_degrees"))
    while toks and (toks[-1].text.lower() in _CONNECTORS or toks[-1].text in ",;:-" or closing(-1) or
                    re.fullmatch(r"\d{1,2}[-–]\d{1,2}", toks[-1].text) or   # "Semen Padang 2-0": the score
                    # (a distance, "Km 20", or a fiscal year, "Provinsi X TA 2020")
                    (toks[-1].text in ("Km", "KM", "TA") and re.match(r" \d", text[toks[-1].end:toks[-1].end + 2])) or
                    (toks[-1].text == "." and len(toks) > 1 and closing(-2)) or _AMOUNT.fullmatch(toks[-1].text) or
                    (len(toks) > 1 and re.fullmatch(r"[A-Z]", toks[-1].text) and
                     re.match(r"-\d", text[toks[-1].end:toks[-1].end + 2]))):
        # "Haldun SH MH", "Universitas Airlangga Prof. Dr.": degrees and honorifics end no name; nor does an
        # amount ("Desa Suka Rp350.000.000") or an age group's letter ("Filipina U-19")
        toks = toks[:-1]
    if len(toks) > 3 and toks[-1].text == ")" and toks[-3].text == "(" and toks[-4].text[:1].isupper() and \
            toks[-2].text not in names.COMPANY_END:
        toks = toks[:-3]   # "Pembangkit Listrik Tenaga Air (PLTA)": the short form is not part of the name
    if m.type == "Place" and len(toks) > 1 and toks[0].text == "Negara" and \
            names.geo_country(text[toks[1].start:toks[-1].end]):
        toks = toks[1:]   # "Negara Jepang" (also "Aparatur Negara | Jepang"): the country is Jepang
    occasion = max((len(h) for h in _occasion_heads() if tuple(t.text for t in toks[:len(h)]) == h), default=0)
    if occasion and m.source != "rule:dateline" and not m.source.startswith("gazetteer"):
        toks = toks[occasion:]   # "Musyawarah Luar Biasa | Partai Hanura", "Rapat Pleno | Penetapan ..."
        while toks and not toks[0].text[:1].isupper():
            toks = toks[1:]
        if len(toks) < 2 or _opens_with([t.text for t in toks], _occasion_heads()):
            return False
    elif m.type == "Organization" and not m.source.startswith("gazetteer") and \
            any(text.endswith(" ".join(h) + " ", 0, m.start) for h in _occasion_heads()) and \
            not any(is_acronym(t.text) or _institution_head(t.text) for t in toks):
        return False   # "Rapat | Umum Pemegang Saham": the rest of a meeting's name, no body in it
    if m.type == "Organization" and m.source != "rule:dateline" and not m.source.startswith("gazetteer"):
        cut = _panel_words(toks)
        if cut < 0:
            return False
        toks = toks[cut:]
    headline = title_case_line(text, m.start)
    if m.type == "Person":
        while len(toks) > 1 and (toks[0].text.lower() in word_set("case_nouns") or names.honorific_word(toks[0].text)
                                 or toks[0].text == "."):
            toks = toks[1:]   # "Terdakwa Sahrul Wibisono": a party to the case, then the name; "H. Asmuni", "Dr Hendri",
            # "KH Yahya Cholil Staquf"
        cut = next((k for k in range(1, len(toks)) if toks[k].text in word_set("name_enders") or
                    _title_after_name(toks, k)), len(toks))
        toks = toks[:cut]   # "Rudi Basuki Sebagai Bupati Terpilih": a capitalised function word ends a person's name
        # (so does a title after two words of a name: "Lim Teck Hoe | Pelatih Malaysia")
        if toks and verb_form(toks[0].text):
            if headline or len(toks) == 1:
                return False   # "Kapolsek X Dicopot Gegara Setoran": what a headline's verb did is no one's name;
                # nor is a verb alone ("Mendapati peristiwa itu, ...")
            if len(toks) > 2 and re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, m.start - 3):m.start]):
                toks = toks[1:]   # "Beruntung Rizky Saputra menyapu bola ...": a verb opening the sentence
    if headline:   # "Honorer Supriyati Dituntut Bebas", "Kediri Ditangkap": a headline's verb ends a name
        # (headlines drop the prefix: "Pemkab Pasuruan Lakukan Rotasi Pejabat")
        toks = toks[:next((k for k in range(1, len(toks)) if verb_form(toks[k].text) or
                           _bare_kan_verb(toks[k].text) or toks[k].text in word_set("headline_verbs")), len(toks))]
    elif not m.source.startswith("gazetteer"):   # a headline run on into a caption: its bare verb still ends the name
        toks = toks[:next((k for k in range(1, len(toks)) if _bare_kan_verb(toks[k].text)), len(toks))]
    while len(toks) > 1 and toks[-1].text[:2] == "Di" and len(toks[-1].text) > 5 and _passive_verb(toks[-1].text) and \
            not _known_place(text[toks[0].start:toks[-1].end]):
        toks = toks[:-1]   # "guru honorer asal Blitar Ditangkap.": a caption's capitalised verb ends the name
        # (not "Kabupaten Boven Digoel": a place the index knows; nor a short name such as "Dimas")
    if not toks:
        return False
    m.start, m.end = toks[0].start, toks[-1].end
    return True


def _player_title(title: str | None) -> bool:
    """A player's title ("kiper", "striker"): the team is its unit, never a region."""
    from kg.lang.id.relation_kinds import load
    kind = load().titles.get((title or "").lower())
    return kind is not None and kind.predicate == "playsFor"


def _title_after_name(toks: list[Token], k: int) -> bool:
    """The k-th word, after two words of a name or more and before its unit, is a title alone ("Pelatih",
    "Kapolres"), neither a given name ("Ratu") nor an honorific (a family name "Hakim" ends the name)."""
    w = toks[k].text
    return 2 <= k < len(toks) - 1 and toks[k + 1].text[:1].isupper() and w[:1].isupper() and not w.isupper() and \
        (w.lower(),) in _single_titles() and w not in word_set("given_name_titles") and \
        w.lower() not in names.words().honorifics and \
        not any(t.text.lower() in names.words().title_words for t in toks[:k])   # ("Chief Executive Officer")


@lru_cache(maxsize=1)
def _single_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(t for t in names.words().titles if len(t) == 1)


_STYLE_ABBREVIATIONS = names.ENGLISH_STYLES | {"Dr", "Prof", "Ir", "Drs"}


def _with_clitic(word: str) -> bool:
    """'Instagramnya', 'Direktur Utamanya': one word with the possessive '-nya' glued to a stem of four
    letters or more is a word of the sentence, no name (not 'Kenya', 'Sonya')."""
    return re.fullmatch(r"[A-Z][a-z]{3,}nya", word) is not None and not _known_place(word) and \
        not names.geo_country(word)


def _split_at_semicolons(m: Mention, text: str) -> list[Mention]:
    """'Fajar Nugraha; Dimas Pratama' (a line-up): a semicolon separates names, it is never inside one."""
    if ";" not in text[m.start:m.end] or m.source.startswith("gazetteer"):
        return [m]
    out = []
    for part in re.finditer(r"[^;]+", text[m.start:m.end]):
        s, e = m.start + part.start(), m.start + part.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Mention(s, e, text[s:e], m.type, m.source, m.confidence, title=m.title if not out else None))
    return out


AGE = r" ?\(\d{1,2}(?: ?tahun| ?th)?\)"   # " (46)", " (46 tahun)", " (25 th)": an age in brackets after a name
_INITIAL_CUE = re.compile(r"\b(?:ber)?inisial\s+")
_INITIAL_ITEM = re.compile(rf"([A-Z]{{1,4}})(?:{AGE})?")
_LIST_CUE = re.compile(r"\b(?:[Mm]ereka|[Kk]e\w+ tersangka|tersangka(?: lain(?:nya)?)?)"
                       r",? (?:yakni|yaitu|adalah|ialah|masing-masing|antara lain)\s+")
_LIST_ITEM = re.compile(r"(?:(?<=yakni )|(?<=yaitu )|(?<=adalah )|(?<=ialah )|(?<=masing-masing )|(?<=lain )|"
                        r"(?<=, )|(?<=dan )|(?<=serta ))([A-Z]{2,4}) (?!dan\b|serta\b)(?=[A-Za-z])")
# (past a nickname, and a cue said again: "DS alias CI, MS, ... dan inisial S")
_INITIAL_GAP = re.compile(r"(?: alias [A-Z][\w'’]*)?(?:,? (?:dan|serta) |, )(?:(?:ber)?inisial )?")


_SUSPECT_NOUN = re.compile(r"\b(?:[Tt]ersangka|[Tt]erdakwa|[Pp]elaku)\b")
_POST_INITIALS = re.compile(r", ([A-Z]{1,4})(?=,| dan | serta |$)")
_RANKED_OR_SUSPECT_INITIALS = re.compile(r"\b([A-Z][A-Za-z]+) ([A-Z]{2,4})(?![\w.'’-])( (?:me|di|ber|ter)[a-z]+\b)?(?! [A-Z])")
_SUSPECT_NOUNS = frozenset(("tersangka", "terdakwa", "terpidana", "pelaku"))
_CUED_INITIALS = re.compile(r"([A-Z]{2,4})(?=,| dan | serta | yang | alias |\s?\(|\.)")


@lru_cache(maxsize=1)
def _initial_cues() -> re.Pattern:
    # (also opening a sentence, and before a comma: "Pelaku, AG, tercatat ...")
    return re.compile(r"\b(?i:%s),?\s+" % "|".join(map(re.escape, word_list("initial_cues"))))


@lru_cache(maxsize=1)
def _listed_initial_cues() -> re.Pattern:
    """'dua kurir asal Medan, yakni R dan TW': a cue, a few plain words, then "yakni"."""
    return re.compile(r"\b(?:%s)(?: \w+){0,4},? (?:yakni|yaitu|masing-masing)\s+"
                      % "|".join(map(re.escape, word_list("initial_cues"))))


_LISTED_INITIALS = re.compile(r"([A-Z]{1,4})(?=,| dan | serta | yang |\s?\(|\.)")
_LAST_INITIALS = re.compile(r"([A-Z]{1,4})(?=,| dan | serta | yang |\s?\(|\.| [a-z])")   # (a list's last: a verb may follow)


@lru_cache(maxsize=1)
def _initial_things() -> frozenset[str]:
    """Acronyms of things and words that are no names ("ASN Pemkab X", "SD"): never anyone's initials."""
    return frozenset(word_set("thing_acronyms") | word_set("not_names"))


@lru_cache(maxsize=4)
def listed_initials(text: str) -> frozenset[str]:
    """'dua kurir asal Medan, yakni R dan TW': initials listed after a cue and "yakni", a lone
    letter too when listed with others; so are the lists after a cue alone ("meringkus BW, R, dan S") and
    before one ("NF, GA, dan P masing-masing selaku ...")."""
    things = _initial_things()
    listed = list(_initials_after(text, _listed_initial_cues(), _LISTED_INITIALS, lambda item: item.group(1) not in things))
    found = set(listed) if len(listed) > 1 else set()
    for cue in _initial_cues().finditer(text):   # (the first item as a cue wants it, the others may be one letter)
        if (first := _CUED_INITIALS.match(text, cue.end())) and first.group(1) not in things:
            gap = _INITIAL_GAP.match(text, first.end())
            items = [first.group(1), *(_initials_from(text, gap.end(), _LAST_INITIALS,
                                                      lambda item: item.group(1) not in things) if gap else ())]
            found.update(items if len(items) > 1 else ())
    found.update(i for items in _initials_before_cues(text) if len(items) > 1 for i in items)
    return frozenset(found)


@lru_cache(maxsize=1)
def _initial_tail_cues() -> re.Pattern:
    """'RB selaku ketua ...', 'NF, GA, dan P masing-masing selaku ...', 'HD ditangkap ...': initials, one or a
    list, before the words of initial_tail_cues.txt."""
    return re.compile(r"(?<![\w.])((?:[A-Z]{1,4}(?:,? (?:dan|serta) |, ))*[A-Z]{1,4}),? (%s)\b"
                      % "|".join(map(re.escape, word_list("initial_tail_cues"))))


@lru_cache(maxsize=4)
def _initials_before_cues(text: str) -> tuple[tuple[str, ...], ...]:
    """The lists of initials before a tail cue, each without the items that name something else (a body, a
    country, a rank); not the end of a longer name ("PT KMB selaku ...")."""
    things, out = _initial_things(), []
    for m in _initial_tail_cues().finditer(text):
        if re.search(r"[A-Z][\w.]*\s$", text[max(0, m.start() - 30):m.start()]):
            continue
        # (a country's initials only in apposition where what befell them befalls no country: "Kepala Desa X,
        # AS, sebagai tersangka")
        befell = "selaku" not in m.group(2) and text[max(0, m.start() - 2):m.start()] == ", "
        items = tuple(i for i in re.findall(r"[A-Z]{1,4}", m.group(1)) if i not in things and not
                      names.known_body(i) and not (names.geo_country(i) and not befell) and not names.is_rank(i))
        if items:
            out.append(items)
    return tuple(out)


# "RK, 31 dan T, 27 yang ...", "RS, 31 tahun,": an age after a comma, as other outlets write it
_COMMA_AGE = r", (?:\d{1,2} tahun\b|\d{2}(?= dan | serta |, |,[\"”]| yang |\.(?:\s|$)))"


@lru_cache(maxsize=4)
def suspect_initials(text: str) -> frozenset[str]:
    """'berinisial AS (19), FR (17), dan MRP (20)', 'RH (29)': the initials that stand for people the
    article does not name (suspects, victims). Such initials are no entity anywhere in the article:
    'AS' is then not the United States, 'MRP' no place."""
    # "RH (29)", and "RS, 31 tahun," as other outlets write an age
    # ("AF alias Ucok (34)": the initials, then the nickname, then the age)
    found = set(m.group(1) for m in re.finditer(
        r"(?<![\w.])([A-Z]{1,4})(?: alias [A-Z][\w'’]*(?: [A-Z][\w'’]+){0,2})?"
        r"(?:%s|%s)" % (AGE, _COMMA_AGE), text))
    # "RS (kepala desa) dan TWH (bendahara desa)", "SS (mantan Kepala Seksi Kecamatan X)": initials with
    # the post in brackets
    posts = names.words().title_words
    found.update(m.group(1) for m in re.finditer(
        r"(?<![\w.])([A-Z]{2,4}) \((?:mantan |eks |bekas )?([A-Za-z]+)(?:[a-z ]{0,30}|[^()\n]{0,80})\)", text)
                 if m.group(2).lower() in posts and not names.geo_country(m.group(1)))
    # (not "Menteri Dalam Negeri RI (Mendagri)": a country's short form, then the title's)
    things = _initial_things()
    # "Mereka yakni HS Kepala Bidang ..., RK Bendahara ... dan TW swasta": a list of people by their
    # initials, each followed by what they are (not "Mereka adalah TNI, Polri, dan BPBD")
    for cue in _LIST_CUE.finditer(text):
        end = text.find(". ", cue.end())
        if not _LIST_ITEM.match(text, cue.end()):
            continue   # "tersangka lain, yakni Kepala Dinas X Budi ...": people named, not by initials
        found.update(item.group(1) for item in _LIST_ITEM.finditer(text, cue.end(), len(text) if end < 0 else end)
                     if item.group(1) not in things)
    found.update(_posts_initials(text))
    # "menahan AM dan TW yang ...": initials right after an arrest verb or a role noun
    found.update(_initials_after(text, _initial_cues(), _CUED_INITIALS, lambda item: item.group(1) not in things))
    found.update(listed_initials(text))
    found.update(i for items in _initials_before_cues(text) for i in items if len(i) > 1)
    # "Brigadir AK merupakan ...", "Tersangka AS mencintai ...": after a rank, or a suspect's noun and before
    # a verb, initials stand for a person (not a corps after a rank: "Mayjen TNI"; nor a body the index knows)
    for m in _RANKED_OR_SUSPECT_INITIALS.finditer(text):
        word, initials = m.group(1), m.group(2)
        if initials in things or names.rank_corps_word(initials) or names.known_body(initials):
            continue
        before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 30):m.start()])
        titled = before is not None and before.group(1).lower() in names.words().title_words
        if names.is_rank(word) and not titled and f"({initials})" not in text or \
                word.lower() in _SUSPECT_NOUNS and m.group(3):
            found.add(initials)   # (not "Sekretaris Jenderal LDP": a title's word, then a body's short form)
    found.update(_initials_after(text, _INITIAL_CUE, _INITIAL_ITEM,
                                 lambda item: not re.match(r"\w|\.\w", text[item.end(1):item.end(1) + 2])))
    return frozenset(found)


@lru_cache(maxsize=4)
def _posts_initials(text: str) -> frozenset[str]:
    """'Tersangka tersebut adalah Sekda X, HS, anggota DPRD, R, dan ...': in a sentence about suspects,
    initials after a comma that closes a post stand for its holder (not a rank: "Kapolres X, AKBP ...")."""
    things, posts, found = _initial_things(), names.words().title_words, set()
    sentences = {}
    for noun in _SUSPECT_NOUN.finditer(text):   # (each sentence with a suspects' noun, once)
        start = max(text.rfind(".", 0, noun.start()), text.rfind("\n", 0, noun.start())) + 1
        ends = [e for e in (text.find(".", noun.end()), text.find("\n", noun.end())) if e >= 0]
        sentences[start] = text[start:min(ends, default=len(text))]
    for sentence in sentences.values():
        for item in _POST_INITIALS.finditer(sentence):
            post = sentence[:item.start()].rsplit(",", 1)[-1]
            if item.group(1) not in things and not names.is_rank(item.group(1)) and \
                    not names.known_body(item.group(1)) and any(w.lower() in posts for w in re.findall(r"[A-Za-z]+", post)):
                found.add(item.group(1))
    return frozenset(found)


def _initials_after(text: str, cues: re.Pattern, item_re: re.Pattern, accept) -> Iterator[str]:
    """The initials listed after each cue ("berinisial A, B dan C"): items of item_re joined by commas,
    "dan" or "serta", as long as accept(item) holds."""
    for cue in cues.finditer(text):
        yield from _initials_from(text, cue.end(), item_re, accept)


def _initials_from(text: str, pos: int, item_re: re.Pattern, accept) -> Iterator[str]:
    """The initials listed from pos on, joined by commas, "dan" or "serta"."""
    while (item := item_re.match(text, pos)) and accept(item):
        yield item.group(1)
        if not (gap := _INITIAL_GAP.match(text, item.end())):
            break
        pos = gap.end()


def initialed_people(text: str, ms: list[Mention], removed) -> list[Mention]:
    """'berinisial FR (20)', 'AS (38)': initials of two to four letters that the article introduces
    stand for a person it does not name; each time the article writes them they are that person
    (not the United States, nor Associated Press). A lone letter ('berinisial W') stays out: it
    tells two people of one article apart no better than a pronoun, unless an age follows it ('Pelaku
    pertama, M (46), ...') or it is listed with others ('yakni R dan TW')."""
    aged = set(re.findall(r"(?<![\w.])([A-Z])(?:%s|%s)" % (AGE, _COMMA_AGE), text))
    posts = _posts_initials(text)
    listed = listed_initials(text) | (posts if len(posts) > 1 else frozenset())
    people = {i for i in suspect_initials(text) if len(i) >= 2 or i in aged or i in listed}
    if not people:
        return ms
    by_span = {(m.start, m.end): m for m in ms}
    added = []
    for m in re.finditer(r"(?<![\w.])(%s)(?!\w|\.\w)" % "|".join(sorted(people)), text):
        s, e = m.span()
        if removed(s, e):
            continue
        if (hit := by_span.get((s, e))) is not None:
            hit.type, hit.gazetteer_key, hit.source = "Person", None, "rule:initials"
            continue
        hit = next((o for o in ms if o.start == s and o.end > e and o.source == "rule:building"
                    and _passive_verb(text[e:o.end].split()[0])), None)
        if hit is not None:   # "RS (34) ... RS Ditahan": the person's initials, not a hospital ("RS Polri")
            hit.end, hit.text, hit.type, hit.source = e, m.group(1), "Person", "rule:initials"
            continue
        for o in ms:   # "Bendahara Dinas Sosial dan TW swasta": a name ends before someone's initials
            if o.end == e and o.start < s and o.type != "Person" and \
                    (joint := re.search(r",? (?:dan|serta) $|, $", text[o.start:s])) and joint.start() > 0:
                o.end = o.start + joint.start()
                o.text = text[o.start:o.end]
            elif o.end == e and o.start < s and o.source == "rule:place-head" and " " not in text[o.start:s - 1]:
                o.end = o.start   # "Kepala Dusun RW (54)": a post's place word, then the initials (dropped below)
        if not any(o.start < e and s < o.end for o in ms):
            added.append(Mention(s, e, m.group(1), "Person", "rule:initials", 0.9))
    return sorted([m for m in ms if m.end > m.start] + added, key=lambda m: m.start)



def _given_name_title_at(text: str, m: Mention, tokens: int, n: int) -> bool:
    """The mention's first n words are a title that opens the person's name here (read with the words
    before it: "Wali Kota Palembang, Ratu Dewi")."""
    window = names.tokenize(text[max(0, m.start - 60):m.end])
    return names.given_name_title(window, len(window) - tokens, n, names.words())

def _strip_title(m: Mention, text: str, titles: dict[tuple[str, ...], str]) -> bool:
    """'Seskab Dimas Prayogo' -> title Seskab, person Dimas Prayogo. False when the mention is only
    a title ('Chairman', 'Brigadir Jenderal')."""
    toks = tokenize(text, m.start, m.end)
    words = [t.text.lower() for t in toks]
    if tuple(words) in titles:
        return False
    if m.source.startswith("gazetteer"):
        return True
    if (m.type == "Person" or m.source == "model") and len(toks) > 1 and toks[0].text in word_set("address_forms") \
            and toks[0].text not in ("Bung", "Daeng") and not is_common_word(toks[1].text):
        # "rumah Nenek Sarinah", "Mas Darto bersama warga": the form of address; one the model read as
        # a body's or a place's word still opens a person ("beserta Nyonya Kim Keon-hee")
        m.start, m.type = toks[1].start, "Person"
        m.text = text[m.start:m.end]
        toks, words = toks[1:], words[1:]
    bare = [w for w in words if w != "."]
    if len(bare) == 1 and (bare[0] in names.words().title_words or toks[0].text in word_set("org_short_heads")):
        return False   # "Plt.", "PT": the first word of a title or a legal form, no name
    if len(toks) > 1 and names.is_rank(toks[0].text) and toks[1].text[:1].isupper() and \
            not names.is_rank_word(toks[1].text):
        # "Praka Sudirman", read as a body by the recogniser: a rank, then the soldier
        m.title, m.start, m.type = m.title or toks[0].text, toks[1].start, "Person"
        return True
    if m.type == "Person" and len(toks) > 1 and relation_kinds.load().head_title_word.fullmatch(toks[-1].text):
        m.title, m.end = m.title or toks[-1].text, toks[-2].end   # "Rudi Hartono KaBPBD": his post after the name
        m.text = text[m.start:m.end]
        toks, words = toks[:-1], words[:-1]
    for n in range(min(5, len(toks) - 1), 0, -1):
        if tuple(words[:n]) in titles and not (m.type == "Person" and _given_name_title_at(text, m, len(toks), n)):
            rest = toks[n:]
            while rest and (rest[0].text in "()" or rest[0].text.lower() in ("purn", "purn.")):
                rest = rest[1:]   # "Laksamana (Purn) Sutrisno"
            if rest and rest[0].text[:1].isupper():
                if m.type == "Person":
                    m.title = m.title or " ".join(t.text for t in toks[:n])
                m.start = rest[0].start   # "Kasat Reskrim Polrestabes Medan": the office, not its head
                # ("Menteri Luar Negeri": the portfolio's words left alone name nothing)
                return text[m.start:m.end] not in names.words().not_names
            return True
    return True


# (a Balinese second name may open with its particle: "Made Sudarta-I Wayan Sukra")
_TICKET = re.compile(r"((?:[A-Z][\w'’.]* )+[A-Z][\w'’]{2,})- ?((?:I |Ni )?[A-Z][\w'’]{2,}(?: [A-Z][\w'’.]*)*)$")


_UNEVEN_TICKET = re.compile(r"([A-Z][\w'’]{2,}(?: [A-Z][\w'’]{2,})?)-([A-Z][\w'’]{2,}(?: [A-Z][\w'’]{2,})?)$")


# "Gubernur dan Wakil Gubernur Bengkulu, A-B": a post and its deputy's written just before the names
_PAIRED_POSTS = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:dan|serta) [Ww]akil \1\b[^.;:]*, $")


# "... Bupati dan Wakil Bupati Gresik " right before a name: the names of the two posts' holders follow
_PAIRED_POSTS_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:dan|serta) [Ww]akil \1(?: [A-Z][\w'’]*){0,3},? $")
# two names of one to four words joined by a hyphen ("Rina M-Joko Widarto")
_PAIRED_TICKET = re.compile(r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}-[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}")


def _ticket_told(text: str, m: Mention, ticket: re.Match) -> bool:
    """A hyphenated name of three words is a ticket of two people when a ticket's word stands just before it
    ("pasangan A-B C") or one half is written on its own elsewhere in the article."""
    if ticket.group(1).count(" ") + ticket.group(2).count(" ") != 1:
        return False
    # the cue may stand a few words back: "capres-cawapres nomor urut 02 A-B", "pasangan lain ..., yaitu A-B C"
    before = re.split(r"[.;:!?\n]", text[max(0, m.start - 80):m.start])[-1].lower().split()[-8:]
    if set(before) & word_set("pair_cues") or _PAIRED_POSTS.search(text, max(0, m.start - 80), m.start):
        return True
    return any(_told_alone(text, m, ticket.group(k)) for k in (1, 2))


def _told_alone(text: str, m: Mention, half: str) -> bool:
    """A half of the hyphenated name m is written on its own elsewhere in the article."""
    rest = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return re.search(r"(?<![\w'’-])%s(?![\w'’-])" % re.escape(half), rest) is not None


# a stretch of road named by its ends ("Cikampek-Purwakarta", "Cawang-Tomang-Grogol")
STRETCH = r"[A-Z][\w.]*(?: [A-Z][\w.]*)*(?:-[A-Z][\w.]*(?: [A-Z][\w.]*)*)+"
_STRETCH_JOINT = r"(?:, | dan | serta |, dan | hingga )"
_NEXT_STRETCH = re.compile(_STRETCH_JOINT + r"[A-Z][\w.]*(?: [A-Z][\w.]*)*-[A-Z]")


@lru_cache(maxsize=1)
def _segment_cue() -> re.Pattern:
    """A word of segment_cues.txt ("ruas tol") right before a pair of places, or before a list of such pairs."""
    return re.compile(r"\b(?:%s) (?:%s%s)*$" % ("|".join(map(re.escape, word_list("segment_cues"))), STRETCH,
                                                _STRETCH_JOINT))


def _split_pair(m: Mention, text: str) -> list[Mention]:
    """'Jokowi-Ma'ruf' (a ticket) and 'Denpasar-Seoul' (a route) are two names, unless the whole
    is a known place ('Timor-Leste') or the halves are one known name; so is a ticket of full names
    ('Anies Baswedan-Muhaimin Iskandar'; not 'Sven-Goran Eriksson' nor 'Laura Whitfield-Moreno', one name)."""
    if m.source != "gazetteer" and m.type == "Person" and re.search(r"\w-\s?[A-Z]\w*$", text[m.start:m.end]):
        # "Rahmat Syahputra-Sukirno | Abit", "Hendri Yoga- Mukhlis Hasan": the ticket's second name runs on past the span
        more = re.match(r"(?: [A-Z][a-z][\w'’]*){1,2}(?![\w'’-])", text[m.end:m.end + 40])
        if more and not any(w.lower() in names.words().title_words for w in more.group().split()):
            m = Mention(m.start, m.end + more.end(), text[m.start:m.end + more.end()], m.type, m.source, m.confidence)
    if m.source != "gazetteer" and m.type != "Person" and _PAIR.match(text[m.start:m.end]):
        # "Andi Zola Zulfikar-Fahrudin Umar" with the middle read as a place: a ticket of two full names
        left = re.search(r"(?:[A-Z][a-z][\w'’]* )+$", text[max(0, m.start - 40):m.start])
        right = re.match(r"(?: [A-Z][a-z][\w'’]*)+", text[m.end:m.end + 40])
        if left and right:
            start, end = m.start - len(left.group()), m.end + right.end()
            halves = re.split(r"-", text[start:end], maxsplit=1)
            words = " ".join(halves).split()
            if not any(_known_place(w) or is_common_word(w) or w.lower() in names.words().title_words for w in words):
                m = Mention(start, end, text[start:end], "Person", m.source, m.confidence)
    if m.source != "gazetteer" and m.type == "Person" and _PAIRED_TICKET.fullmatch(text, m.start, m.end) and \
            _PAIRED_POSTS_BEFORE.search(text, max(0, m.start - 80), m.start):
        # "Bupati dan Wakil Bupati Blora Hendra Wijaya-Suroto": the post and its deputy's, then their names
        cut = text.find("-", m.start, m.end)
        return [Mention(m.start, cut, text[m.start:cut], "Person", m.source, m.confidence),
                Mention(cut + 1, m.end, text[cut + 1:m.end], "Person", m.source, m.confidence)]
    ticket = _TICKET.match(text, m.start, m.end) if m.source != "gazetteer" else None
    if ticket and " " in ticket.group(2) and m.type in ("Person", "Organization" if m.source == "model" else "Person"):
        return [Mention(*ticket.span(k), ticket.group(k), "Person", m.source, m.confidence) for k in (1, 2)]
    uneven = _UNEVEN_TICKET.match(text, m.start, m.end) if m.source != "gazetteer" and m.type != "Place" else None
    # (a run typed a body is a ticket only when both halves are written alone: "deklarasi Hendra Wijaya-Sutrisno"
    # after "pasangan Hendra Wijaya dan Sutrisno")
    if uneven and _ticket_told(text, m, uneven) and \
            (m.type == "Person" or all(_told_alone(text, m, uneven.group(k)) for k in (1, 2))):
        # "Gubernur X Hermanto-Rudi Sanjaya", "Arif Kurniawan-Darmaji" with a half named alone elsewhere: a ticket
        # (not "Sven-Goran Eriksson": one name)
        return [Mention(*uneven.span(k), uneven.group(k), "Person", m.source, m.confidence) for k in (1, 2)]
    found = _PAIR.match(text[m.start:m.end])
    if not found or m.source == "gazetteer" or _known_place(text[m.start:m.end]):
        return [m]
    a, b = found.group(1), found.group(2)
    if len(a) < 3 or len(b) < 3:
        return [m]
    both_places = _known_place(a) and _known_place(b)
    cue = _segment_cue().search(text, max(0, m.start - 120), m.start) if both_places else None
    if cue and ("-" in cue.group() or _NEXT_STRETCH.match(text, m.end)):
        # "tol Cikampek-Purwakarta, Purwakarta-Padalarang": a list of stretches of one road, each one place (a lone
        # pair may be a route's two towns)
        return [Mention(m.start, m.end, m.text, "Place", m.source, m.confidence)]
    if m.type == "Person" or both_places:
        type_ = "Place" if both_places else "Person"
        cut = m.start + len(a)
        return [Mention(m.start, cut, a, type_, m.source, m.confidence),
                Mention(cut + 1, m.end, b, type_, m.source, m.confidence)]
    return [m]


def _overlapping_tickets(ms: list[Mention], text: str) -> list[Mention]:
    """'Bambang Sutrisno-Hasan' and 'Hasan Basri' read across the hyphen of a ticket: the first ends
    before the hyphen, when both are then full names."""
    people = sorted((m for m in ms if m.type == "Person"), key=lambda m: m.start)
    for a, b in zip(people, people[1:]):
        if a.start < b.start < a.end and text[b.start - 1] == "-" and " " in text[a.start:b.start - 1] \
                and " " in text[b.start:b.end]:
            a.end, a.text = b.start - 1, text[a.start:b.start - 1]
    return ms


_AFFIXED = re.compile(r"^(?:(?:Ber|Ter|Meng|Mem|Men|Peng|Pem|Pen|Per|Ke|Se)[a-z]{4,}|[A-Z][a-z]{3,}(?:kan|nya|lah|pun))$")
_REGION_ENDS = {"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Barat Daya", "Timur Laut"}
_DIRECTIONS = {"Utara", "Selatan", "Timur", "Barat", "Tengah", "Raya", "Daya", "Laut", "Darat"}


def _split_inner_title(m: Mention, text: str, titles: dict[tuple[str, ...], str]) -> list[Mention]:
    """'Polda Metro Jaya Kombes Yudhistira Kusuma', 'Kota Nusantara Raden Wirawan': a rank, title or
    honorific (or a group's "Pimpinan") inside a run ends the institution; the name after it is a person."""
    if m.source.startswith("gazetteer") or m.source in ("rule:building", "rule:company"):
        return [m]
    toks = tokenize(text, m.start, m.end)
    honor = names.words().honorifics
    initial = next((k for k in range(2, len(toks) - 1) if re.fullmatch(r"[A-Z]\.?", toks[k].text)), None) \
        if m.type == "Person" and m.source == "rule:title" else None
    if initial is not None:
        # "Kepala Bulog Sulselbar M Arif Setiawan": the unit read into the name ends where an initial opens it
        return [Mention(toks[initial].start, m.end, text[toks[initial].start:m.end], "Person", m.source, m.confidence,
                        title=m.title)]
    if m.type == "Organization" and len(toks) >= 2 and toks[-1].text in word_set("led_by_words") and \
            personal_name(tokenize(text, m.end + 1, _run_end(text, m.end))):
        m.end = toks[-2].end   # "KKB Papua Pimpinan | Goliat Tabuni": the leader's word is no part of the group
        m.text = text[m.start:m.end]
        return [m]
    for k in range(1, len(toks)):
        w = toks[k].text
        if m.type == "Organization" and w in word_set("led_by_words") and personal_name(toks[k + 1:]):
            s, e = toks[k + 1].start, m.end   # "KKB Papua Pimpinan | Goliat Tabuni": the group, then its leader
            return [Mention(m.start, toks[k - 1].end, text[m.start:toks[k - 1].end], m.type, m.source, m.confidence),
                    Mention(s, e, text[s:e], "Person", m.source, m.confidence)]
        if not ((w.lower(),) in titles and (w.isupper() or w.lower() in honor or k + 1 < len(toks))) \
                and w.lower() not in honor:
            continue
        if m.type == "Person" and k == 1 and len(w) == 1 and not names.geo_known(toks[0].text):
            continue   # "Yasonna H Laoly": a middle initial, not the haji's style after a region
        words = names.words()
        if m.type != "Person" and all(re.fullmatch(r"[A-Z]\.?", t.text) for t in toks[1:k]) and \
                any((toks[0].text,) in heads for heads in (words.org_heads, words.building_heads, words.place_heads)):
            continue   # "Universitas Jenderal Soedirman", "Jalan Jenderal Sudirman": named after a general
            # (or a kiai: "Jalan K H Wahid Hasyim")
        rest = [t for t in toks[k + 1:] if t.text not in "()" and t.text.lower() not in ("purn", "purn.")]
        portfolio = 0
        while portfolio < len(rest) and rest[portfolio].text.lower() in names.words().portfolios:
            portfolio += 1
        if m.type == "Person" and portfolio and portfolio < len(rest) and _is_region(rest[portfolio:]):
            # "Jokowi Terima Menteri Luar Negeri Malaysia" (a title-cased headline): the post names nobody
            s, e = rest[portfolio].start, rest[-1].end
            return [Mention(s, e, text[s:e], "Place", m.source, m.confidence)]
        names_after = len(rest) >= 1 and all(t.text[:1].isupper() for t in rest) and \
            rest[0].text.lower() not in names.words().title_words and \
            not names.looks_institutional(rest, 0, len(rest), names.words())   # "Dewan Gubernur Bank Indonesia"
        if not w.isupper() and (len(rest) < 2 or not names_after):
            continue   # "Dewan Gubernur", "Direktorat Jenderal Bea dan Cukai": a body named after a post
        head = Mention(m.start, toks[k - 1].end, text[m.start:toks[k - 1].end], m.type, m.source, m.confidence,
                       title=m.title if m.type == "Person" else None)
        out = [head] if m.type != "Person" else []
        if names_after:
            start = toks[k].start if w.lower() in honor else rest[0].start
            end = _run_end(text, m.end)
            out.append(Mention(start, end, text[start:end], "Person", m.source, m.confidence,
                               title=None if w.lower() in honor else w))
        return out
    return [m]


def _run_end(text: str, end: int) -> int:
    """Where the run of capitalised words that goes on at end stops: a name cut by a length limit
    ('... Kombes Ade Ary Syam | Indradi') is completed."""
    while True:
        m = re.match(r" ([A-Z][\w'’\-]*)", text[end:end + 40])
        if not m or m.group(1).lower() in _common_words():
            return end
        end += m.end()


def _split_conjoined(m: Mention, text: str) -> list[Mention]:
    """'Pemprov Kaltim dan Otorita IKN', 'Bank Indonesia dan Otoritas Jasa Keuangan', 'Pfizer Inc dan
    BioNTech': two bodies joined by 'dan' when what follows it starts another name (an organization head
    word, a country) or what precedes it is closed by a company suffix."""
    if m.type != "Organization" or m.source.startswith("gazetteer"):
        return [m]
    toks = tokenize(text, m.start, m.end)
    heads = {h[0] for h in names.words().org_heads}
    for k in range(2, len(toks) - 1):
        if toks[k].text == "dan":
            right = " ".join(t.text for t in toks[k + 1:])
            if toks[k + 1].text in heads or names.geo_country(right) or toks[k - 1].text in names.COMPANY_END or \
                    (is_acronym(toks[k + 1].text) and len(toks[k + 1].text) > 1 and len(toks) - k > 2 and
                     (toks[0].text,) in names.words().org_heads):   # not "Kementerian Hukum dan HAM"
                type_ = "Place" if names.geo_country(right) else "Organization"
                return [Mention(m.start, toks[k - 1].end, text[m.start:toks[k - 1].end], m.type, m.source, m.confidence),
                        Mention(toks[k + 1].start, m.end, right, type_, m.source, m.confidence)]
    return [m]


_LISTED_REST = re.compile(r"((?:, [A-Z][\w\-]*)*,? (?:dan|&) [A-Z][\w\-]*) \(([A-Z][\w\-]{1,15})\)")


def _bodies_among_bodies(ms: list[Mention], text: str) -> list[Mention]:
    """'dilakukan Brigade Api KLHK, TNI dan Polri': a name ending in a body's short form, listed with
    bodies, is a body (its unit), not a person the recogniser took it for."""
    for prev, m, nxt in zip([None, *ms], ms, [*ms[1:], None]):
        last = m.text.split()[-1] if m.type == "Person" and not m.source.startswith("gazetteer") else ""
        if len(m.text.split()) < 2 or not re.fullmatch(r"[A-Z]{2,6}", last) or re.fullmatch(r"[IVX]+", last) or \
                names.is_degree(last):
            continue
        gaps = ((prev, text[prev.end:m.start] if prev else ""), (nxt, text[m.end:nxt.start] if nxt else ""))
        if any(o is not None and o.type == "Organization" and re.fullmatch(r",\s*|\s*,?\s*dan\s+", gap)
               for o, gap in gaps):
            m.type = "Organization"
    return ms


def _listed_body_names(ms: list[Mention], text: str) -> list[Mention]:
    """'Badan Meteorologi, Klimatologi dan Geofisika (BMKG)': a body's name that lists its fields is
    one name up to the short form that abbreviates all of it (the recogniser stops at the comma)."""
    out = ms
    for m in [m for m in ms if m.type == "Organization"]:
        rest = _LISTED_REST.match(text, m.end)
        if not rest:
            continue
        words = [w for w in re.findall(r"[\w\-]+", text[m.start:rest.end(1)]) if w not in ("dan",)]
        if names.abbreviates(rest.group(2), words):
            whole = Mention(m.start, rest.end(1), text[m.start:rest.end(1)], "Organization", m.source, m.confidence)
            out = [x for x in out if not (m.start <= x.start and x.end <= rest.end(1))] + [whole]
    return sorted(out, key=lambda x: x.start)


def _merge_defined(ms: list[Mention], text: str) -> list[Mention]:
    """'Satuan Reserse Kriminal (Satreskrim) Polrestabes Medan': a body whose short form is given in
    brackets before its unit or region is written as one name."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev and m.type == "Place" and _region_named(prev, m.text):
            out.append(m)
            continue
        if prev and prev.type == "Organization" and m.type in ("Organization", "Place") and \
                re.fullmatch(r" \([A-Z][\w\-]{1,15}\) ", text[prev.end:m.start]) and \
                not m.source.startswith("gazetteer") or (prev and prev.type == "Organization" and
                                                           re.fullmatch(r" \([A-Z][\w\-]{1,15}\) ", text[prev.end:m.start])
                                                           and len(m.text.split()) <= 3 and m.type == "Place"):
            prev.end, prev.text = m.end, text[prev.start:m.end]
            continue
        out.append(m)
    for m in out:   # "Pengadilan Negeri (PN) Sigli, Aceh": a region the recogniser left unmarked
        region = _DEFINED_REGION.match(text, m.end)
        if m.type == "Organization" and region and _known_place(region.group(1)) and \
                not any(o.start < region.end(1) and m.end < o.end for o in out if o is not m) and \
                not _region_named(m, region.group(1)):
            m.end, m.text = region.end(1), text[m.start:region.end(1)]
    return out


def _region_named(body: Mention, place: str) -> bool:
    """'Polres Rokan Hilir (Rohil) | Pekanbaru': the body's name ends in its region, and the place after its
    short form is a town or the province the region lies in, no part of the body's name."""
    return body.type == "Organization" and \
        any(places.elsewhere_in_province(" ".join(body.text.split()[-n:]), place) for n in (1, 2, 3))


_DEFINED_REGION = re.compile(r" \([A-Z][\w\-]{1,15}\) ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b(?![ \t]+[A-Z])")


def _split_province_tail(m: Mention, text: str) -> list[Mention]:
    """'Muara Enim Sumatera Selatan', 'Paya Lebar Air Base Singapura': a place written without a comma before its
    province (or, after a name of two words or more, its country) is two places."""
    toks = tokenize(text, m.start, m.end)
    if m.type != "Place" or m.source.startswith("gazetteer") or m.source in ("rule:building", "rule:dateline") or \
            len(toks) < 2 or _known_place(m.text):
        return [m]
    for n in (3, 2, 1):
        tail, head = toks[-n:], toks[:-n]
        name = " ".join(t.text for t in tail)
        country = len(head) >= 2 and names.geo_country(name)   # (a head word may be English: "Air Base")
        if head and (name in names.words().provinces or country) and all(t.text[:1].isupper() for t in head) and \
                not any(t.text.lower() in institution_words() for t in (head[:1] if country else head)):
            return [Mention(m.start, head[-1].end, text[m.start:head[-1].end], "Place", m.source, m.confidence),
                    Mention(tail[0].start, m.end, text[tail[0].start:m.end], "Place", m.source, m.confidence)]
    return [m]


def _split_region_levels(m: Mention, text: str) -> list[Mention]:
    """'Sumberagung Kecamatan Gemuh Kabupaten Kendal' (after "Kepala Desa"): places of rising levels written
    without commas are one place each, split before each level word (the levels of relations.toml)."""
    from kg.lang.id.relation_kinds import load
    if m.type != "Place" or m.source.startswith("gazetteer") or m.source == "rule:building" or _known_place(m.text):
        return [m]
    level_re = load().level_re
    # (not a level word ending a two-word head: "Ibu Kota Nusantara")
    heads = [h for h in level_re.finditer(m.text) if h.start() > 0 and m.text[h.start() - 1] == " "
             and m.text[h.end():h.end() + 2][1:2].isupper()
             and tuple(m.text[:h.start()].split()[-1:]) not in names.longer_head_openers()]
    cuts, level = [], -1
    for h in heads:
        first = level_re.match(m.text, cuts[-1] if cuts else 0)
        lower = names.unit_level(first.group()) if first else level
        if first and not m.text[first.end():h.start()].strip() or names.unit_level(h.group()) <= lower:
            return [m]   # "Desa Kota Baru": a level word in a name; levels must rise
        cuts.append(h.start())
        level = names.unit_level(h.group())
    bounds = [0, *cuts, len(m.text)]
    return [Mention(m.start + a, m.start + a + len(m.text[a:b].rstrip()), m.text[a:b].rstrip(), "Place", m.source,
                    m.confidence) for a, b in zip(bounds, bounds[1:])] if cuts else [m]


def _split_faction(m: Mention, text: str) -> list[Mention]:
    """'Komisi III DPR Fraksi PKS': a body, then a party's faction in it (faction_heads of relations.toml), are two
    bodies."""
    from kg.lang.id.relation_kinds import load
    if m.type != "Organization" or m.source.startswith("gazetteer"):
        return [m]
    at = next((f.start() + 1 for f in re.finditer(r" (\w+)(?= )", m.text) if f"{f.group(1)} " in load().faction_heads), None)
    if at is None:
        return [m]
    return [Mention(m.start, m.start + at - 1, m.text[:at - 1], m.type, m.source, m.confidence),
            Mention(m.start + at, m.end, m.text[at:], m.type, m.source, m.confidence)]


def _split_street_town(m: Mention, text: str) -> list[Mention]:
    """'Jalan Melati VII Medan Denai', 'Kampung Damai Balikpapan Barat': a street or neighbourhood, then with no
    comma the town or district it lies in, opening with a city or regency the place index knows
    (kg/lang/id/street_heads.txt), are two places; so are a stadium and the town closing its name
    (stadium_heads.txt)."""
    words = m.text.split(" ")
    def two_places(j: int) -> list[Mention]:   # the place up to word j, the town from it
        cut = len(" ".join(words[:j]))
        return [Mention(m.start, m.start + cut, m.text[:cut], "Place", m.source, m.confidence),
                Mention(m.start + cut + 1, m.end, m.text[cut + 1:], "Place", m.source, m.confidence)]
    if len(words) >= 3 and words[0] in word_set("stadium_heads") and not m.source.startswith("gazetteer"):
        for j in range(2, len(words)):   # "Stadion Jatidiri | Semarang": the town closes the name
            if len(words) - j <= 2 and names.indonesian_city(" ".join(words[j:])):
                return two_places(j)
        return [m]
    if len(words) < 3 or words[0] not in word_set("street_heads") or m.source.startswith("gazetteer"):
        return [m]
    first = 3 if words[1] == "Raya" else 2   # ("Jalan Raya Bogor": a road named after the town it leads to)
    town = re.match(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text[m.end:m.end + 30])
    town = town.group(1) if town and names.indonesian_city(town.group(1)) else None
    for j in range(first, len(words)):
        if town and not town.startswith(words[j]):
            continue   # "Jalan Embong Malang, Surabaya": another town after the comma; the street's name is whole
        if names.indonesian_city(words[j]) or names.indonesian_city(" ".join(words[j:j + 2])):
            return two_places(j)
    return [m]


def _split_place_head(m: Mention, text: str) -> list[Mention]:
    """'di Canberra Marko Horvat': a name read with the place after "di" that opens it (a city of 100,000 or a
    country the place index knows), before a person's name of two words or more, is the place and the person."""
    words = m.text.split(" ")
    if m.type not in ("Person", "Place") or m.source != "model" or len(words) < 3 or \
            not re.search(r"\bdi $", text[max(0, m.start - 3):m.start]):
        return [m]
    for n in (2, 1):
        cut = m.start + len(" ".join(words[:n]))
        if len(words) - n >= 2 and names.geo_known(" ".join(words[:n]), min_population=100_000) and \
                personal_name(tokenize(text, cut + 1, m.end)):
            return [Mention(m.start, cut, text[m.start:cut], "Place", m.source, m.confidence),
                    Mention(cut + 1, m.end, text[cut + 1:m.end], "Person", m.source, m.confidence)]
    return [m]


_PERSON_TAIL = re.compile(r" ([A-Z][a-z]+(?: [A-Z]\.?| (?:%s))+ [A-Z][a-z]+)$" % "|".join(sorted(names.PARTICLES)))


def _split_person_tail(m: Mention, text: str) -> list[Mention]:
    """'Komisi Eropa Hanna van der Berg', 'Divisi Keuangan Asabri Rudi W Simanjuntak': a body read with the name
    after it, a name a middle initial or a particle marks as a person's, is the body and the person."""
    tail = _PERSON_TAIL.search(m.text) if m.type == "Organization" and not (
        m.source.startswith("gazetteer") or m.source in ("rule:building", "rule:company")) else None
    if tail is None or not personal_name([t for t in tokenize(text, m.start + tail.start(1), m.end)
                                          if len(t.text) > 2 and t.text[:1].isupper()]):
        return [m]
    cut = m.start + tail.start(1)
    return [Mention(m.start, cut - 1, text[m.start:cut - 1], m.type, m.source, m.confidence),
            Mention(cut, m.end, text[cut:m.end], "Person", m.source, m.confidence)]


def _outlet_typed(m: Mention) -> Mention:
    """'Myanmar Now', 'Saudi Press Agency': a listed news outlet's name of two words or more (the outlets of
    relations.toml) read as a person or a place is the outlet."""
    from kg.lang.id.relation_kinds import load
    if m.type != "Organization" and " " in m.text and m.text.lower() in load().outlets:
        m.type = "Organization"
    return m


def _split_leading_acronym(m: Mention, text: str, defined: set[str]) -> list[Mention]:
    """'Kepala Dispar Ayu Laksmi': a short form the article defines in brackets ('Dinas Pariwisata
    (Dispar)') before a person's name is the office, not part of the name."""
    toks = tokenize(text, m.start, m.end)
    # (the short form may follow the title's own words: "Direktur Penyaluran Baznas Hendra Wibawa")
    k = next((k for k, t in enumerate(toks[:-2]) if t.text in defined), None) if m.type != "Place" else None
    if k is None or k > 2:
        return [m]
    person = Mention(toks[k + 1].start, m.end, text[toks[k + 1].start:m.end], "Person", m.source, m.confidence,
                     title=m.title)
    before = text[max(0, m.start - 40):m.start].lower().split()[-2:]
    if m.type != "Person" and not (_name_shaped_person(person, text) and not _known_place(person.text.split()[-1])
                                   and set(before) & names.words().title_words):
        return [m]   # (a body typed so: a person's name after the short form, and a title before it)
    return [Mention(toks[k].start, toks[k].end, toks[k].text, "Organization", m.source, m.confidence), person]


def _is_region(toks: list[Token], doc_places: frozenset[str] = frozenset()) -> bool:
    words = names.words()
    name = " ".join(t.text for t in toks)
    return name in words.provinces or name in doc_places or names.geo_country(name) or (len(toks) >= 2 and (
        toks[-1].text in _DIRECTIONS or _known_place(name)))


def _foreign_city(name: str) -> bool:
    """'Beijing', 'Canberra': a city abroad the place index knows."""
    p = places.lookup(name)
    return p is not None and p.kind == "city" and p.country_code not in ("ID", None)


def _city_and_country(m: Mention, text: str) -> list[Mention]:
    """'ke Shanghai China', 'di Osaka Jepang': a city abroad and its country written without a comma are two
    places, not one name (also when the recogniser took them for a body)."""
    if m.type == "Person" or m.type != "Place" and m.source != "model":
        return [m]
    ws = m.text.split(" ")
    for n in (2, 1):
        city, country = places.lookup(" ".join(ws[:-n])), places.lookup(" ".join(ws[-n:]))
        if len(ws) > n and country and country.kind == "country" and \
                _foreign_city(" ".join(ws[:-n])) and city.country_code == country.country_code and \
                not names.geo_known(m.text):
            cut = m.end - len(" ".join(ws[-n:]))
            return [Mention(m.start, cut - 1, text[m.start:cut - 1], "Place", m.source, m.confidence),
                    Mention(cut, m.end, text[cut:m.end], "Place", m.source, m.confidence)]
    return [m]


def _region_before(m: Mention, text: str, doc_places: frozenset[str]) -> bool:
    """The title's region is written right before the name ("Walikota Palembang | Romi Saputra"): the name's
    first word is no second region, though the article reads it as a place elsewhere ("Romi dan istrinya")."""
    before = re.search(r"([A-Z][\w-]+)\s+$", text[max(0, m.start - 30):m.start])
    return bool(before) and (before.group(1) in doc_places or _known_place(before.group(1)))


def _region_and_one_name(m: Mention, toks: list[Token], text: str, doc_places: frozenset[str]) -> list[Mention]:
    """'Ketua DPRD Jateng Sumanto', 'Sekretaris Daerah Provinsi Jawa Tengah Sumarno': after a job title,
    the region it governs, then a one-word name."""
    if len(toks) < 2 or m.type == "Organization" or (m.type == "Place" and _known_place(text[m.start:m.end])):
        return []   # "Sultan Brunei Darussalam | Abdul Karim": the country's whole name
    if text[max(0, m.start - 3):m.start].rstrip().endswith(","):
        return []   # "Bupati Lebong, Hendra Saputra": the region came before the comma
    last, head = toks[-1], toks[:-1]
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
    titled = (m.type == "Person" and m.title) or (before and before.group(1).lower() in names.words().title_words)
    if not titled or not re.fullmatch(r"[A-Z][a-z]{2,}", last.text) or last.text in _DIRECTIONS or \
            last.text.lower() in _common_words() or _base_word(last.text) or names.home_place(last.text) or \
            last.text.lower() in institution_words() or last.text in names._ORG_TAILS:
        return []
    bare = head[1:] if (head[0].text,) in names.words().place_heads and len(head) > 1 else head
    if len(head) == 1 and head[0].text in word_set("unit_infixes"):
        return []   # "Kapolda Metro Jaya": the police region's name, nobody's
    if not (_is_region(head, doc_places) or _is_region(bare, doc_places) or
            (len(head) == 1 and names.indonesian_city(head[0].text))):   # "Juru bicara PN Bandung Dodi"
        return []
    if len(head) == 1 and _region_before(m, text, doc_places):
        return []
    return [Mention(m.start, head[-1].end, text[m.start:head[-1].end], "Place", m.source, m.confidence),
            Mention(last.start, last.end, last.text, "Person", m.source, m.confidence,
                    title=m.title if m.type == "Person" else before.group(1))]


def _split_leading_place(m: Mention, text: str, doc_places: frozenset[str] = frozenset()) -> list[Mention]:
    """'Kaltim Sugeng Widodo Pranoto', 'Provinsi Kaltim Ratna Dewi Handayaningsih', 'Stasiun Geofisika
    Mamuju Rusdin Tahir Lamadda': a title's region or office written before a person's name is not part
    of the name; the name after it (two to four name-shaped words) is the person."""
    if m.source.startswith("gazetteer") or m.source in ("rule:building", "rule:company"):
        return [m]
    rank = re.search(r"(\S+)\s+$", text[max(0, m.start - 20):m.start])
    if m.type == "Person" and rank and names.is_rank_word(rank.group(1)):
        return [m]   # "Brigjen Pol Norman Siregar": a rank opens a person's name, never a place
    toks = tokenize(text, m.start, m.end)
    words = names.words()
    one = _region_and_one_name(m, toks, text, doc_places)
    if one:
        return one
    # ("Duta Besar RI Canberra | Made Sudira": the city of a post abroad, after the country)
    country = re.search(r"(\w+) $", text[max(0, m.start - 20):m.start])
    abroad_first = m.type == "Person" and m.title is not None and len(toks) > 2 and _foreign_city(toks[0].text) and \
        bool(country and names.geo_country(country.group(1)))
    for k in range(len(toks) - 2, 0, -1):
        end = _run_end(text, m.end)
        rest = Mention(toks[k].start, end, text[toks[k].start:end], "Person", m.source, m.confidence,
                       title=m.title)
        if m.type == "Person" and k == 1 and toks[0].text in _DIRECTIONS:
            return [rest]   # "Tengah Hamka Pawennari Rauf": the end of the region before the title
        abroad = k == 1 and abroad_first
        region = _is_region(toks[max(0, k - 3):k]) or _is_region(toks[max(0, k - 2):k]) or _is_region(toks[k - 1:k]) \
            or (k == 1 and m.type == "Person" and m.title is not None and toks[0].text in doc_places
                and not _region_before(m, text, doc_places)) \
            or abroad
        # (a portfolio's word follows its title, not a lower-case word: "menggantikan Lalu Wira Pratama")
        portfolio = m.type == "Person" and k == 1 and toks[0].text.lower() in words.portfolios and \
            not (rank and rank.group(1).isalpha() and rank.group(1).islower())
        if toks[k].text in _DIRECTIONS:
            continue   # "Provinsi Jawa | Tengah Sumarno": the region's name goes on
        if not (region or portfolio) or not (m.type == "Person" or _name_shaped_person(rest, text)):
            continue
        if m.type != "Person" and (not _name_shaped_person(rest, text) or _known_place(toks[-1].text)):
            continue   # ("Bank BPD DIY | Garuda Perkasa Jogja": a name ending in a town is a team's, no one's)
        head_type = m.type if m.type != "Person" else "Place"
        if portfolio or (m.type == "Person" and not (_is_region(toks[:k]) or toks[0].text in doc_places or abroad)):
            return [rest]   # "Hukum Edwin Santoso": a portfolio word of the title
        return [Mention(m.start, toks[k - 1].end, text[m.start:toks[k - 1].end], head_type, m.source, m.confidence),
                rest]
    return [m]


def _after_confixed(m: Mention, text: str) -> Mention | None:
    """'Perhubungan Dudy Purwagandhi': the person named after the last portfolio word, if any."""
    toks = tokenize(text, m.start, m.end)
    last = max(k for k, t in enumerate(toks) if _confixed(t.text))
    rest = toks[last + 1:]
    if not rest:
        return None
    cand = Mention(rest[0].start, m.end, text[rest[0].start:m.end], "Person", m.source, m.confidence, title=m.title)
    return cand if _name_shaped_person(cand, text) else None


@lru_cache(maxsize=1)
def _occasion_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(h.split()) for h in word_list("occasion_heads"))


def _panel_words(toks) -> int:
    """How many words open the name with a team or panel drawn from the body named after them ("Tim
    Penyidik | Kejati Kepri", "Majelis Hakim | PN Jakarta Selatan"), and its division: none unless a
    body's head word, short form or acronym follows, all in capitals ("Tim SAR Gabungan", a search team,
    stays); -1 when a panel names no body at all (no organization)."""
    words = [t.text for t in toks]
    cut = max((len(h) for h in _panel_heads() if tuple(words[:len(h)]) == h and len(words) > len(h)), default=0)
    if not cut:
        return 0
    def body(w: str) -> bool:   # (a sub-unit is no body a team is cut from: "Tim Opsnal Subdit III ...")
        return w not in word_set("sub_unit_heads") and (w in _org_head_words() or w in unit_short_forms() or
                                                         is_acronym(w) and w not in word_set("thing_acronyms"))

    # (past the division a panel belongs to: "Penyidik | Tindak Pidana Khusus | Kejaksaan Tinggi X"; a team's
    # words are its name: "Tim Putri Jakarta Electric PLN")
    reach = 1 if words[0] == "Tim" else 4
    at = next((k for k in range(cut, min(cut + reach, len(words))) if body(words[k])), None)
    if at is None and words[0] != "Tim" and not any(body(w) for w in words[cut:]):
        return -1   # a panel and its division, the body named apart ("Penyidik Tindak Pidana Khusus | Kejati X")
    if at is None or not all(w[:1].isupper() or not w[:1].isalpha() for w in words[cut:]):
        return 0
    return at


@lru_cache(maxsize=1)
def _panel_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(h.split()) for h in word_list("panel_heads"))


@lru_cache(maxsize=1)
def _org_head_words() -> frozenset[str]:
    return frozenset(h for h in word_list("org_heads") if " " not in h)


@lru_cache(maxsize=1)
def _document_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(h.split()) for h in word_list("document_heads"))


@lru_cache(maxsize=1)
def _office_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(h.split()) for h in word_list("office_heads"))


def personal_name(toks: list[Token]) -> bool:
    """Two to four capitalised words that can be a person's name: no institution, place or portfolio
    word, no acronym, and no ordinary word but the first of two ('Juni Gultom')."""
    inst, common, words = institution_words(), _common_words(), names.words()
    if not 2 <= len(toks) <= 4:
        return False
    for k, t in enumerate(toks):
        w = t.text
        if not re.fullmatch(r"[A-Z][a-z][\w'’\-]*", w) or w.lower() in inst or _confixed(w) or \
                w in words.provinces or names.geo_country(w) or _known_place(w) or w in _DIRECTIONS or \
                w.lower() in words.portfolios or \
                ((k or len(toks) > 2) and w.lower() in common) or \
                w in word_list("place_words"):
            return False
    return not any(_known_place(f"{a.text} {b.text}") for a, b in zip(toks, toks[1:]))


def _split_office_head(m: Mention, text: str) -> list[Mention]:
    """'Kepala Dinas Kehutanan Agustan Saining': after a job title, a government office named by its
    portfolio ends where a person's name (two to four capitalised words, no institution word, not a
    known place, not ending in an ordinary word) closes the run."""
    if m.type == "Person" or m.source.startswith("gazetteer"):
        return [m]
    before = re.search(r"(\w+)\.?\s+$", text[max(0, m.start - 30):m.start])
    if not before or before.group(1).lower() not in names.words().title_words:
        return [m]
    toks = tokenize(text, m.start, m.end)
    words = names.words()
    heads = _office_heads() | words.place_heads | words.building_heads if m.type == "Place" else _office_heads()
    head = max((len(h) for h in heads if tuple(t.text for t in toks[:len(h)]) == h), default=0)
    if not head:
        return [m]
    if text[m.end:m.end + 2] == " (" or _base_word(toks[-1].text):
        return [m]   # "Mitigasi Bencana Geologi (PVMBG)": the name of the office goes on
    for size in (3, 2, 4):   # most names have two or three words
        k = len(toks) - size
        rest = toks[k:]
        if k > head and toks[k - 1].text.lower() not in _CONNECTORS and personal_name(rest):
            return [Mention(m.start, toks[k - 1].end, text[m.start:toks[k - 1].end], m.type, m.source, m.confidence),
                    Mention(rest[0].start, m.end, text[rest[0].start:m.end], "Person", m.source, m.confidence,
                            title=before.group(1))]
    return [m]


def _body_after_division(m: Mention, text: str) -> None:
    """'Kabid Berantas BNNP Sumatera Utara', 'Kasat Reserse Narkoba Polres X': after a title, the
    capitalised words before a body's short form or head word name the holder's division (part of
    the post); the body starts at that word."""
    if m.type != "Organization":
        return
    before = re.search(r"(\w+)\.?\s+$", text[max(0, m.start - 30):m.start])
    if not before or before.group(1).lower() not in names.words().title_words:
        return
    toks = tokenize(text, m.start, m.end)
    if _institution_head(toks[0].text) or is_acronym(toks[0].text) or toks[0].text in word_set("portfolio_intros"):
        return   # ("Divisi Keselamatan Nuklir IAEA": a division the text names as a unit of its own)
    heads = names._first_words(names.words().org_heads)
    for t in toks[1:5]:
        if _institution_head(t.text) and t.text not in heads:
            return   # "Pendidikan Kabupaten Bogor": a region, not a body
        if t.text in heads or is_acronym(t.text) and not _known_place(t.text) and not names.geo_country(t.text):
            m.start, m.text = t.start, text[t.start:m.end]
            return
        if not (t.text[:1].isupper() or t.text in _CONNECTORS):
            return


def _institution_head(word: str) -> bool:
    words = names.words()
    return any(word in names._first_words(table) for table in (words.org_heads, words.place_heads, words.building_heads))


_LIST_NEXT = re.compile(r"(?:,? (?:dan|serta|atau) |, )([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})(?=[,.;:)]|\s(?:dan|serta|atau)\b|\s[a-z]|$)")


_NAME_RUN = r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})"


_CUED_ITEM = re.compile(r"(?:[A-Z]\. )?[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}")   # ("M. Sulistyo": an initial)
_ITEM_GAP = re.compile(r",? (?:dan|serta) |, ")
_CITY = 100_000   # a listed word that names a place this large is the place, even after 'bernama'
_ALIAS = re.compile(r" [Aa]lias [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}")
_NICKNAME = re.compile(r"[A-Z][\w'’\-]*")
# "Agus Salim Lubis bin Umar Lubis": the father's name after a suspect's or defendant's
_BIN = r"(?:[Bb]in|[Bb]inti)"
_PATRONYMIC = re.compile(r" %s [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}" % _BIN)
# the father's name right after a person's ("Rahmat | bin Usman", "Mohd Hafiz | bin Hj Tun Ismail"),
# and his father's after it ("Ahmad bin Zaid bin Salim")
_FATHER_AFTER = re.compile(r"(?: %s (?:[A-Z][a-z]?\.|[A-Z][\w'’\-]*)(?: (?:[A-Z][a-z]?\.|[A-Z][\w'’\-]*)){0,4}(?<!\.))+" % _BIN)


def _aliases(ms: list[Mention], text: str) -> list[Mention]:
    """'Dedi Kurniawan alias Bewok': the nickname after a person's name is that person (the resolver
    joins the two), whatever the recogniser took it for."""
    # ("Faisal Alias Ical": a name written before "alias" and a capitalised word is a person's too)
    for m in ms:
        if m.type != "Person" and m.source == "model" and _ALIAS.match(text, m.end):
            m.type = "Person"
    ends = {m.end for m in ms if m.type == "Person"}
    for m in ms:
        if m.type != "Person" and m.start - len(" alias ") in ends and text[:m.start].lower().endswith(" alias "):
            m.type = "Person"
    # ... and the nickname the recogniser missed ("Sulaiman Alias Ucok")
    added = []
    for end in sorted(ends):
        word = _NICKNAME.match(text, end + len(" alias ")) if _ALIAS.match(text, end) else None
        if word and not is_common_word(word.group()) and not any(m.start < word.end() and m.end > word.start()
                                                                 for m in ms):
            added.append(Mention(word.start(), word.end(), word.group(), "Person", "rule:alias", 0.7))
    return sorted(ms + added, key=lambda m: m.start) if added else ms


def _patronymics(ms: list[Mention], text: str) -> list[Mention]:
    """'Agus Salim Lubis bin Umar Lubis', 'Mohd Hafiz bin Hj Tun Ismail': the father's name after
    "bin"/"binti" is part of the person's full name (as court papers and Malay and Arab names write it; every
    real page's gold keeps it), also where the recogniser cut it off or read it as a person of its own; after a
    nickname ('Tono alias Gundul bin Karta') it stays the nickname's, no person of the story."""
    drop: set[int] = set()
    for m in ms:
        if m.type != "Person" and m.source == "model" and _FATHER_AFTER.match(text, m.end):
            m.type = "Person"   # "Dedi Kurnia | bin Muhammad Yusuf" read as a body: a father's name follows no body
        if m.type != "Person" or id(m) in drop:
            continue
        if text[:m.start].endswith(" alias "):
            father = _PATRONYMIC.search(m.text)
            if father is not None:
                m.end = m.start + father.start()
                m.text = text[m.start:m.end]
            continue
        if re.search(r"[A-Z][\w'’\-]* %s $" % _BIN, text[max(0, m.start - 40):m.start]):
            drop.add(id(m))   # "... Sultan Ahmad bin | Zuhir": the father named after a name that is no person's
            continue
        if re.match(r"(?:Bin|Binti) ", m.text) and \
                (son := re.search(r"(?<![\w'’\-])[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3} $", text[max(0, m.start - 50):m.start])):
            m.start -= len(son.group())   # "dan Heri Gunawan | Bin Sarmin": the father's name taken alone
        elif father := _FATHER_AFTER.match(text, m.end):
            inside = [o for o in ms if o is not m and m.end <= o.start and o.end <= father.end()]
            if any(o.source.startswith("gazetteer") and o.type != "Person" for o in inside) or \
                    any(o.start < father.end() < o.end for o in ms):
                continue
            drop |= {id(o) for o in inside}
            m.end = father.end()
        m.text = text[m.start:m.end]
    return [m for m in ms if id(m) not in drop]


def _cued_list_items(text: str, cues: str) -> list[tuple[int, int]]:
    """'masing-masing bernama Sarip, Tono, Agus Salim, dan Budi alias Gondrong': every name listed
    after a person cue, single words and the nickname after 'alias' too (not the father's name after
    'bin': 'Tono alias Gundul bin Karta')."""
    spans = []
    for cue in re.finditer(r"\b(?:%s) (?=[A-Z])" % cues, text):
        pos = cue.end()
        while (item := _CUED_ITEM.match(text, pos)):
            spans.append(item.span())
            pos = item.end()
            if (alias := _ALIAS.match(text, pos)):
                spans.append((pos + len(" alias "), alias.end()))
                pos = alias.end()
            if (father := _PATRONYMIC.match(text, pos)):
                pos = father.end()
            if not (gap := _ITEM_GAP.match(text, pos)):
                break
            pos = gap.end()
    return spans


def _cued_body(text: str, start: int, cues: str) -> str | None:
    """'geng motor bernama | Kobra Malam', 'kapal bernama | Sinar Jaya': the person cue before `start` follows a
    noun for a body (org_cues.txt: "Organization") or a thing (thing_cues.txt: "Thing"), so no person is named."""
    cue = re.search(r"\b(?:%s) $" % cues, text[max(0, start - 20):start])
    if cue is None:
        return None
    at = Mention(start - len(cue.group()), start, cue.group(), "Person", "", 0)
    return "Organization" if _cue_before(_org_cue_words(), at, text) else \
        "Thing" if _cue_before(word_set("thing_cues"), at, text) else None


_LIST_GAPS = (", ", " dan ", ", dan ", " serta ")


def _listed_name(m: Mention, text: str) -> bool:
    """A run the model typed that has the shape of a person's name in a list of people, no word of it a
    town ("Rina Sari Putri", not "Borobudur Marathon" nor "Magelang")."""
    return m.source == "model" and " " in m.text and _name_shaped_person(m, text, listed=True) and \
        not any(names.geo_known(w, _CITY) for w in m.text.split())


def _cued_and_listed_persons(ms: list[Mention], text: str) -> list[Mention]:
    """'bernama Tan Boon Keat' (a person cue) and 'Nguyen Van Duc Thinh dan Pham Thi Lan Huong' (a
    name-shaped run listed right after a person): people no recogniser took."""
    cues = "|".join(re.escape(c) for c in word_list("person_cues"))
    listed = [span for span in _cued_list_items(text, cues) if _cued_body(text, span[0], cues) is None]
    at = {(m.start, m.end): m for m in ms}
    words = names.words()
    for s, e in listed:   # a listed name taken for a place ("bernama Darto, Ruslan") unless a city
        m = at.get((s, e))
        if m is not None and m.type != "Person" and m.source in ("model", "rule:place-list") and \
                not names.geo_known(m.text, _CITY):
            m.type = "Person"
    taken = Taken(len(text), ((m.start, m.end) for m in ms))
    added = []
    for s, e in listed:
        parts = text[s:e].split()
        if e - s > 1 and not is_acronym(text[s:e]) and not taken.overlaps(s, e) and \
                not any(w in words.not_names or w.lower() in words.title_words for w in parts) \
                and not (len(parts) > 1 and is_common_word(parts[-1])) \
                and not names.geo_known(text[s:e], _CITY) and (len(parts) == 1 or re.fullmatch(r"[A-Z]\.", parts[0])):
            # (one word, or a name after an initial: "bernama M. Sulistyo")
            added.append(Mention(s, e, text[s:e], "Person", "rule:person-list", 0.6))
            taken.add(s, e)
    for aged in _AGED.finditer(text):   # "dikendarai Sutrisno (40)": a name with an age is a person
        s, e = _aged_name(aged)
        if s < e and not taken.overlaps(s, e):
            added.append(Mention(s, e, text[s:e], "Person", "rule:person-age", 0.6))
            taken.add(s, e)
    # "terdakwa Warsidi", "Sadeli, selaku juru mudi": one unknown word a role names
    roles = "|".join(re.escape(c) for c in word_list("person_role_cues"))
    single = [s for s in _cued_list_items(text, roles) if " " not in text[s[0]:s[1]]]
    after = "|".join(re.escape(c) for c in word_list("person_after_cues"))
    single += [m.span(1) for m in re.finditer(r"(?<![\w'’\-] )(?<![A-Z]\w)\b([A-Z][a-z][\w'’\-]+),? (?:%s)\b" % after, text)]
    for s, e in single:
        w = text[s:e]
        if _PARTICLE.match(text, e):
            continue   # "dicetak oleh David | da Silva": a name with a particle, read whole later
        if not re.fullmatch(r"[A-Z][a-z]+(?:['’\-][A-Za-z]+)?", w) or is_common_word(w) or is_base_word(w) or \
                w in words.not_names or w.lower() in words.title_words or names.geo_known(w, _CITY):
            continue
        m = at.get((s, e))
        if m is not None and m.type != "Person" and m.source == "model":
            m.type = "Person"   # "Kabupaten Kampar, Riau, Sadeli, selaku ...": no place
        elif m is None and not taken.overlaps(s, e):   # ("saksi Prabowo-Sandi": a ticket's two)
            added += _split_pair(Mention(s, e, w, "Person", "rule:person-list", 0.6), text)
            taken.add(s, e)
    # "diketuai Made Suryana", "terdakwa Rudi Hartono", "wakilnya, Kartini W": a name-shaped run the model typed
    # otherwise after a role
    starts = {c.end() for c in re.finditer(r"\b(?:%s),? " % roles, text)}
    companions = "|".join(re.escape(c) for c in word_list("companion_cues"))
    ends = {c.start() for c in re.finditer(r",? (?:%s)(?!\w)" % companions, text)}   # ("Galang Permadi dan kawan-kawan")
    for m in ms:
        if (m.start in starts or m.end in ends) and m.type != "Person" and m.source == "model" and " " in m.text and \
                _name_shaped_person(m, text) and not names.geo_known(m.text, _CITY):
            m.type = "Person"
    # ("terdakwa Wulan Sasmita": a run of names no recogniser took after a role is a person too)
    spans = [m.span(1) for m in re.finditer(r"\b(?:%s|%s) %s" % (cues, roles, _NAME_RUN), text)]
    for m in [m for m in ms if m.type == "Person"]:
        nxt = re.compile(r"(?:,? (?:dan|serta|atau) |, )" + _NAME_RUN).match(text, m.end)
        if nxt:
            spans.append(nxt.span(1))
    for s, e in spans:
        cand = Mention(s, e, text[s:e], "Person", "rule:person-list", 0.6)
        body = _cued_body(text, s, cues)
        if body:   # "geng motor bernama Kobra Malam": a body's name, or a thing's ("kapal bernama ...")
            if body == "Organization" and not taken.overlaps(s, e):
                added.append(Mention(s, e, text[s:e], body, "rule:org-cue", 0.6))
                taken.add(s, e)
        elif not taken.overlaps(s, e) and _name_shaped_person(cand, text) and \
                cand.text.split()[0].lower() not in words.title_words:
            added.append(cand)
            taken.add(s, e)
    # "A, Rina Sari Putri, Bona Raja Sitorus dan B": a name-shaped run the model typed otherwise between people
    # of one list is a person too
    ordered = sorted(ms + added, key=lambda m: m.start)
    for _ in range(3):   # (each one retyped may make its neighbour one of a list of people)
        changed = False
        for prev, m, nxt in zip([None, *ordered], ordered, [*ordered[1:], None]):
            before = prev is not None and text[prev.end:m.start] in _LIST_GAPS
            after = nxt is not None and text[m.end:nxt.start] in _LIST_GAPS
            if m.type != "Person" and before and after and "Person" in (prev.type, nxt.type) and \
                    all(x.type == "Person" or _listed_name(x, text) for x in (prev, m, nxt)):
                m.type, changed = "Person", True
        if not changed:
            break
    return sorted(ms + added, key=lambda m: m.start)


# "Wagiman (40)", and as some outlets write it, "Wagiman, 40 tahun," or in a list "Wagiman, 40, dan Sutini, 38"
_AGE_AFTER = re.compile(rf"(?:{AGE}|, \d{{1,2}} tahun(?=[,.;])|, \d{{1,2}}(?=, | dan | serta | selaku ))")
# (a Balinese "I" or "Ni", or "La"/"Wa" before "Ode", opens the name: "I Gusti Putu Sunarta (62)")
_AGED = re.compile(r"(?<![\w.])((?:(?:I|Ni|La|Wa) (?=[A-Z][a-z]))?(?:[A-Z][a-z][\w'’\-]* ){0,3}[A-Z][a-z][\w'’\-]*)"
                   + _AGE_AFTER.pattern)


def _aged_name(found: re.Match) -> tuple[int, int]:
    """The words before an age in brackets that can be a person's name: read back from the age, stop
    at a title, a place, an ordinary word or a head word ('warga Desa Bulu, Darto (52)')."""
    words = names.words()
    start = end = found.end(1)
    parts, particles = found.group(1).split(), word_set("name_particles")
    if len(parts) > 2 and f"{parts[0]} {parts[1]}" in particles:
        return found.start(1), end   # "I Ketut Soria (52)": after a Balinese name's opening, a name (though a town's)
    for i, w in reversed(list(enumerate(parts))):
        if i == 0 and len(parts) > 1 and f"{w} {parts[1]}" in particles:
            start -= len(w) + 1   # "I Gusti ...", "La Ode ...": the particle opens the name
            break
        # an ordinary word capitalised inside a sentence is a name ("menangkap Ali (37)"), not
        # one that opens the sentence ("Pelaku (25) ...")
        opens = found.string[:start - len(w)].rstrip()[-1:] in ("", ".", "!", "?", "\n", '"', "“", "-", "–")
        if w.lower() in words.title_words or w.lower() in words.honorifics or _known_place(w) or \
                w in words.provinces or (w.lower() in _common_words() and opens) or \
                w.lower() in institution_words() or _confixed(w) or w in words.not_names:
            break
        start -= len(w) + 1
    return start + 1 if start < end else end, end


# a middle part: one to three initials ("George W. Bush") or a nickname in quotes ("Stefano “Teco” Cugurra")
_INITIALED = re.compile(r"((?:[A-Z][a-z][\w'’\-]* ){1,4})(?:(?:[A-Z]\. ?){1,3} ?|[“\"‘'][A-Z][\w'’\-]+[”\"’'] )"
                        r"([A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*)?)")


def _initialed_names(ms: list[Mention], text: str) -> list[Mention]:
    """'Herson B. Aden', 'Stefano “Teco” Cugurra': a middle initial or a nickname in quotes joins the
    words around it into one person's name, whatever was found inside it (a place 'Aden', a person cut at the initial)."""
    words = names.words()
    out = ms
    regions = {m.start for m in ms if m.source == "rule:title-region"}
    for found in _INITIALED.finditer(text):
        first = []
        for w in reversed(list(re.finditer(r"\S+", found.group(1)))):
            at, w = found.start(1) + w.start(), w.group()
            if w.lower() in words.title_words or (_known_place(w) and (first or names.geo_country(w))) or \
                    w in words.provinces or w.lower() in _common_words() or _confixed(w) or \
                    w.lower() in institution_words() or at in regions or w.lower() in words.portfolios or \
                    names.is_rank_word(w) or w.rstrip(".") in names.ACADEMIC_PREFIXES:
                break   # "Setda Kalteng Herson B. Aden": the title and its region stay out ("George W. Bush" in)
                # (and a portfolio's last word: "Menteri Dalam Negeri R. Hendarto Wibisono")
                # ("Pj Bupati Katingan H. Asmuni": the region of the title, then the honorific)
            first.insert(0, w)
        last = found.group(2).split()
        if not first or last[-1].lower() in _common_words() or names.is_degree(text[found.end(1):found.end(2)]):
            continue   # (nor a degree after the name: "Rizky Aditya S.Sos")
        start = found.end(1) - len(" ".join(first)) - 1
        end = found.start(2) + len(found.group(2))
        inside = [m for m in out if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in out if m not in inside) or \
                any(m.type != "Person" and " " in m.text for m in inside):
            continue
        person = Mention(start, end, text[start:end], "Person", "rule:initial", 0.7,
                         title=next((m.title for m in inside if m.title), None))
        out = sorted([m for m in out if m not in inside] + [person], key=lambda m: m.start)
    return out


def _nicknames(ms: list[Mention]) -> list[Mention]:
    """'Menurut Chico, ...' after 'Sergio “Chico” Monteiro': a person's quoted nickname alone is that
    person, whatever else it may name (a town 'Chico')."""
    nicks = {without_nickname(m.text)[1] for m in ms if m.type == "Person"} - {None}
    for m in ms:
        if m.text in nicks:
            m.type = "Person"
    return ms


_PARTICLE = re.compile(r" (?:del|de|da|dos|das|van|von|der|den|ten|ter|bin|binti|ibn)(?: der)? [A-Z][\w'’\-]+")


def _doubles_partners(ms: list[Mention], text: str, sentences) -> list[Mention]:
    """'Rudi Hartanto/Yoga Pratama': the partner written across the slash from a person of a doubles
    pair is a person too (the recogniser reads the slashed words as one); never in furniture such as a
    photo credit ('Rudi Hartanto/Kompas.com'), which no sentence holds."""
    add = []
    for m in ms:
        if m.type != "Person":
            continue
        before = [w for w in _CAP_WORD.finditer(text, max(0, m.start - 60), m.start - 1)]
        run = []
        for w in reversed(before):   # the capitalised words just before the slash, at most three
            if len(run) == 3 or (run and w.end() + 1 != run[0].start()) or (not run and w.end() != m.start - 1) or \
                    _sentence_opener(w.group()):
                break   # "Adapun Galih/Yehezkiel ...": the adverb opens the sentence
            run.insert(0, w)
        after = _NAME_AFTER_SLASH.match(text, m.end)
        spans = [(run[0].start(), run[-1].end())] if run and text[m.start - 1] == "/" else []
        spans += [(after.start(1), after.end(1))] if after else []
        for a, b in spans:
            while a < b and any(o.start <= a < o.end for o in ms):   # "Korea Selatan Kang Min-hyuk/..."
                a = text.find(" ", a, b) + 1 or b
            if a < b and not any(o.start < b and a < o.end for o in ms + add) and \
                    any(x.start <= a and b <= x.end for x in sentences) and \
                    text[a:b] not in names.words().not_names:   # ("A/Ist": a photo credit's word)
                add.append(Mention(a, b, text[a:b], "Person", m.source, m.confidence))
    return sorted(ms + add, key=lambda x: (x.start, -x.end))


_DASH = re.compile(r" [–—-] ")
# a name on one side of a spaced dash: capitalised words, and initials ("Rusli M. Tondo")
_DASHED_NAME = r"[A-Z][a-z][\w'’\-]*(?: (?:[A-Z]\.|[A-Z][a-z][\w'’\-]*)){0,3}"
_DASHED_MATE = re.compile(rf"{_DASH.pattern}({_DASHED_NAME})(?![\w-])")   # the dash and the name after a person


def _dashed_tickets(ms: list[Mention], text: str, sentences) -> list[Mention]:
    """'Yunus Ngata – Pieter Lima untuk Banggai Laut': a ticket written with a spaced
    dash is two people (no name holds a spaced dash), when a person's name stands on one side and capitalised
    words no other name covers on the other."""
    out, add = [], []
    for m in ms:
        halves = _DASH.split(m.text) if m.type == "Person" else []
        if len(halves) == 2 and all(re.fullmatch(_DASHED_NAME, h) for h in halves):
            cut = _DASH.search(m.text)
            out += [Mention(m.start, m.start + cut.start(), halves[0], "Person", m.source, m.confidence),
                    Mention(m.start + cut.end(), m.end, halves[1], "Person", m.source, m.confidence)]
            continue
        out.append(m)
        after = _DASHED_MATE.match(text, m.end) if m.type == "Person" else None
        if after and not any(o.start < after.end(1) and after.start(1) < o.end for o in ms) and \
                _ticket_mate(tokenize(text, after.start(1), after.end(1))) and \
                any(x.start <= m.start and after.end(1) <= x.end for x in sentences):
            add.append(Mention(after.start(1), after.end(1), after.group(1), "Person", m.source, m.confidence))
    return sorted(out + add, key=lambda x: (x.start, -x.end))


def _ticket_mate(toks: list[Token]) -> bool:
    """Words that can name a ticket's other person: a personal name, or two words or more that name no known place
    and hold no institution's word ("Daniel Riga", whose last name is a city's)."""
    return personal_name(toks) or len(toks) >= 2 and not names.geo_known(" ".join(t.text for t in toks)) and \
        not any(t.text.lower() in institution_words() for t in toks)


def _split_slashed_names(ms: list[Mention], text: str) -> list[Mention]:
    """'Galih/Yehezkiel' (a doubles pair by their short names, which the model reads as one name): two
    people, when both words are words of people's names in the article; 'Rudi Hartanto Wijaya/Yoga
    Pratama' (full names of two words or more on both sides, the slash maybe spaced): two people always."""
    words = {w for m in ms if m.type == "Person" and "/" not in m.text for w in m.text.split()}
    out = []
    for m in ms:
        pair = re.fullmatch(r"([A-Z][a-z][\w'’\-]+)/([A-Z][a-z][\w'’\-]+)", m.text)
        full = re.fullmatch(r"((?:[A-Z][\w'’\-]+ ){1,3}[A-Z][\w'’\-]+) ?/ ?((?:[A-Z][\w'’\-]+ ){1,3}[A-Z][\w'’\-]+)", m.text)
        # ("Rina Kusuma / Dewi Lestari", spaced, read as a body: two people when both halves are personal names)
        full = full if full and (m.type == "Person" or m.source == "model" and
                                 all(personal_name(tokenize(h, 0, len(h))) for h in full.groups())) else None
        if full or pair and m.source == "model" and pair.group(1) in words and pair.group(2) in words:
            pair = full or pair
            out += [Mention(m.start + a, m.start + b, pair.group(k + 1), "Person", m.source, m.confidence)
                    for k, (a, b) in enumerate((pair.span(1), pair.span(2)))]
        else:
            out.append(m)
    return out


def _particle_names(ms: list[Mention], text: str) -> list[Mention]:
    """'Tyronne del Pino', 'Robin van Persie': a lowercase name particle and the capitalised word after
    it go on a person's name the model cut before the particle."""
    drop = set()
    for m in ms:
        tail = _PARTICLE.match(text, m.end)
        if not tail or m.source not in ("model", "rule:title", "rule:apposition") or \
                not (m.type == "Person" or " " not in m.text):
            continue
        inside = [o for o in ms if o is not m and m.end <= o.start and o.end <= tail.end()]
        if any(o.source.startswith("gazetteer") for o in inside) or \
                any(o.start < tail.end() < o.end for o in ms):
            continue
        drop |= {id(o) for o in inside}
        m.end, m.type = tail.end(), "Person"
        first = re.match(r"(\S+) (?=[A-Z])", text[m.start:m.end])
        if first and names.geo_country(first.group(1)):
            m.start += first.end()   # "asal Spanyol Sergio del Valle": the country is not part of the name
        m.text = text[m.start:m.end]
    return [m for m in ms if id(m) not in drop]


@lru_cache(maxsize=1)
def _pair_re() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in word_list("pair_cues"))
    name = r"[A-Z][\w'’]+(?: [A-Z][\w'’]*){0,3}"   # ("Joko S Wibowo": an initial inside the name)
    # the cue may open the sentence ("Pasangan nomor urut 1 ..."), or the ticket's posts follow the
    # pair ("A B-C D sebagai Bupati dan Wakil Bupati Solok")
    # ("Pasangan calon bupati dan wakil bupati nomor urut 02 A B-C D": the ticket's posts between)
    # ("pasangan calon Herman – Yusuf": a dash with spaces around it)
    return re.compile(r"\b(?i:%s)\b[a-z0-9 ,]{0,60}?\s(%s)(?:-| [-–—] )(%s)\b|(?<![\w-])(%s)-(%s) (?=[a-z]+ [A-Z][\w ]{0,25}? dan Wakil )"
                      % (cues, name, name, name, name))


def _full_name_pairs(ms: list[Mention], text: str) -> list[Mention]:
    """'pasangan calon nomor urut 2, Budhi Sarwono-Wahyu Kristianto': a ticket of two full names is two
    people, whatever was found across the hyphen."""
    for pair in _pair_re().finditer(text):
        spans = [pair.span(1), pair.span(2)] if pair.group(1) else [pair.span(3), pair.span(4)]
        if all(" " not in text[s:e] for s, e in spans) and text[spans[0][1]:spans[1][0]] == "-":
            continue   # "Anies-Muhaimin": the pair rule of the mention stage reads it
        over = [m for m in ms if m.start < spans[1][1] and spans[0][0] < m.end]
        if any(m.source.startswith("gazetteer") and (m.start < spans[0][0] or m.end > spans[1][1]) for m in over):
            continue
        people = [Mention(s, e, text[s:e], "Person", "rule:pair", 0.7) for s, e in spans]
        ms = sorted([m for m in ms if m not in over] + people, key=lambda m: m.start)
    return ms


def _places_between(ms: list[Mention], text: str) -> list[Mention]:
    """'Jalan SM Raja, Bandar Sono, Kota Tebing Tinggi': a name the model took for a person, written
    between two places in an address, is a place."""
    for a, b, c in zip(ms, ms[1:], ms[2:]):
        if b.source == "model" and b.type == "Person" and a.type == c.type == "Place" and \
                text[a.end:b.start] == ", " and text[b.end:c.start] == ", ":
            b.type = "Place"
    persons = {w for m in ms if m.type == "Person" and m.source != "model" for w in m.text.split()}
    for a, b in zip(ms, ms[1:]):
        if b.source == "model" and b.type == "Person" and a.type == "Place" and text[a.end:b.start] == ", " and \
                " " not in b.text and b.text not in persons and _known_place(b.text):
            b.type = "Place"   # "Port Klang, Selangor": a known place after a place and a comma
        if b.source == "model" and b.type == "Person" and a.type == "Place" and text[a.end:b.start] in (", ", " dan ") \
                and re.search(r"[ -]", b.text) and names.geo_known(b.text):
            b.type = "Place"   # "kota Khan Younis dan Deir Al-Balah": a place the index knows by its whole name, listed
    return ms


def _listed_places(ms: list[Mention], text: str, heads=(), body: str = "") -> list[Mention]:
    """'ke Busan dan Jeju', 'Kuta dan Seminyak': a capitalised name listed right after a place is a
    place too, when no recogniser took it; not a word of a person's name ('Dari Bogor, Nguyen
    dijadwalkan ...'), nor words of a title-cased headline the body does not write ('... di Tol
    Batang-Semarang, Bus Dihantam Truk')."""
    taken = Taken(len(text), ((m.start, m.end) for m in ms))
    person_words = {w for m in ms if m.type == "Person" for w in m.text.split()}
    common = _common_words()
    added = []
    regional = names.words().regional_titles
    for m in [m for m in ms if m.type == "Place"]:
        end = m.end
        before = tuple(text[max(0, m.start - 40):m.start].lower().split()[-3:])
        titled = any(before[k:] in regional for k in range(len(before)))
        while True:
            nxt = _LIST_NEXT.match(text, end)
            if not nxt:
                break
            s, e = nxt.span(1)
            name = nxt.group(1)
            if name in place_level_abbreviations() and text[e:e + 1] == ".":
                break   # "Desa X, Kec. Cibadak": a level's abbreviation, the name after it the recogniser's
            words = name.split()
            while len(words) > 1 and re.fullmatch(r"(?:ber|ter|se)?(\w+)-\1", words[-1].lower()):
                words.pop()   # "AS dan Jepang Berturut-turut": a repeated word is no part of a name
            if words != name.split():
                name, e = " ".join(words), s + len(" ".join(words))
            if taken.overlaps(s, e) or name.lower() in common or \
                    name.split()[0].lower() in names.words().title_words or \
                    name.split()[0] in names.ACADEMIC_PREFIXES or \
                    (all(w.lower() in common for w in words) and not _known_place(name)) or \
                    any(w in person_words or names.clitic_word(w) for w in name.split()) or \
                    (any(a <= s < b for a, b in heads) and name not in body) or \
                    (titled and end == m.end and not _known_place(name)) or names.vehicle(words):
                # "Bupati Solok, Harjono": the region of a title is followed by its holder ("di Kolombo,
                # Sri Lanka, Super Hercules itu": a vehicle names no place)
                break   # "di Brebes, Dua Penumpang Tewas dan ...": ordinary words of a title-cased headline
            added += _city_and_country(Mention(s, e, name, "Place", "rule:place-list", 0.6), text)
            taken.add(s, e)
            end = e
    return sorted(ms + added, key=lambda m: m.start)


def _head_tails(ms: list[Mention]) -> dict[str, str]:
    """'Kecamatan Dayeuhkolot' -> {'Dayeuhkolot': 'Place'}: the name after a place or organization head
    word, which the article may write alone."""
    words = names.words()
    heads = {h[0]: "Place" for h in words.place_heads} | {h[0]: "Organization" for h in words.org_heads}
    out = {}
    for m in ms:
        toks = m.text.split()
        if m.type == "Person" or len(toks) < 2:
            continue
        if heads.get(toks[0]) == m.type and toks[1][:1].isupper() and (toks[0],) not in words.building_heads and \
                toks[0] not in word_list("region_unit_heads"):
            out.setdefault(" ".join(toks[1:]), m.type)
        n = max((len(h) for h in words.building_heads if tuple(toks[:len(h)]) == h), default=0)
        if n and len(toks) > n:
            # "Gelora Bung Karno" of "Stadion Utama Gelora Bung Karno"; only a person's name is retyped
            # by it ("Gedung DPR" does not make the DPR a place)
            out.setdefault(" ".join(toks[n:]), "Place:venue")
    return out


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HEAD_SEPARATOR = re.compile(r" [-–—|] ")
# verb and noun prefixes of headline words ("Ditangkap", "Beraksi", "Pencuri"), nasals restored
_PREFIXES = (("di", ("",)), ("ter", ("",)), ("te", ("",)), ("ber", ("",)), ("be", ("",)), ("meng", ("", "k")),
             ("meny", ("s",)), ("mem", ("", "p")), ("men", ("", "t")), ("me", ("",)), ("peng", ("", "k")),
             ("peny", ("s",)), ("pem", ("", "p")), ("pen", ("", "t")), ("pe", ("",)))


def _affixed(word: str) -> bool:
    """'Ditangkap', 'Terendam', 'Sebabkan': a base word of the lemma table with a verb or agent affix."""
    w = word.lower()
    stems = [w] + [w[:-len(x)] for x in ("kan", "i") if w.endswith(x)]
    return any(len(r + st[len(p):]) >= 3 and r + st[len(p):] in _base_words()
               for st in stems for p, restored in _PREFIXES if st.startswith(p) for r in restored) or \
        (w.endswith("kan") and w[:-3] in _base_words())


def _headline_styled(words: list[str]) -> bool:
    """Most words capitalised, and at least two of them ordinary words no name is made of, one an
    affixed verb or noun ('Banjir Rendam Ratusan Rumah Warga ... Terendam'), not a title before a name
    ('Menteri Luar Negeri Sugiono')."""
    if len(words) < 4 or sum(w[0].isupper() for w in words) / len(words) < 0.6:
        return False
    ordinary = [w for w in words[1:] if w[0].isupper() and w.lower() not in names.words().title_words
                and w.lower() not in institution_words()
                and (w.lower() in _common_words() or _affixed(w) or _confixed(w))]
    return len(ordinary) >= 2 and any(_affixed(w) for w in ordinary)   # a headline has its verb


def is_headline(line: str) -> bool:
    """A title-cased line with its verb: another article's title ('Bupati Resmikan Jembatan Baru')."""
    return _headline_styled(_WORD.findall(line))


def headline_lines(text: str, sentences) -> list[tuple[int, int]]:
    """Spans of title-cased text: lines with most words capitalised and no closing full stop (a question
    or an exclamation only when it is the whole line: 'Jokowi Bertemu Surya Paloh di Istana, Bahas Apa ?'),
    and a headline repeated before a caption at the start of a line ('Banjir Rendam Ratusan Rumah Warga
    Kampung Cibuntu Terendam - Petugas mengevakuasi warga ...')."""
    out = []
    results = [(row.start(), row.end()) for _, rows in match_blocks(text) for row in rows]
    for s in sentences:
        line = text[s.start:s.end]
        if any(a <= s.start < b for a, b in results):
            continue   # a match of a team tie: "A/B vs C/D 21-13, 15-21"
        newline = text.rfind("\n", 0, s.start + 1)   # the line before this sentence's line ends there
        previous = text[text.rfind("\n", 0, newline) + 1:newline] if newline > 0 else ""
        if re.match(rf"\s*(?:{BULLET_MARKS}|\d{{1,2}}[.)])\s", line) or post_line(line) or _LISTED_LINE.match(line) or \
                names_line(line) or list_item_line(line) or list_item_line(previous):
            continue   # an item of a list of officials: "- Kepala Dinas Pariwisata: Ayu Laksmi"; a line-up; a list
            # whose items end in semicolons ("A, Duta Besar X; dan\nB, Duta Besar Y")
        words = _WORD.findall(line)
        line_start = not text[text.rfind("\n", 0, s.start) + 1:s.start].strip()
        whole_line = line_start and not text[s.end:(text.find("\n", s.end) + 1 or len(text) + 1) - 1].strip()
        closing = r"[.!?;,]" if not whole_line else r"[.;,]"   # (";", ",": an item of a list, no headline)
        # (a headline is short: a paragraph of 26 words or more cut before its full stop is body text)
        if 4 <= len(words) <= 25 and not re.search(closing + r"[\"'”’)]*$", line.strip()):
            caps = sum(w[0].isupper() for w in words)
            # (a title-cased headline capitalises its verbs: "Hadir pula mendampingi Kepala Dinas X, Kepala Dinas Y,
            # serta", a list of officials cut at the page's end, is body text)
            if caps / len(words) >= 0.6 and not any(w[0].islower() and _affixed(w) for w in words):
                out.append((s.start, s.end))
                continue
        sep = _HEAD_SEPARATOR.search(line)
        if line_start and sep and _headline_styled(_WORD.findall(line[:sep.start()])):
            out.append((s.start, s.start + sep.start()))
    return out


# "Persib (4-3-3): Teja; Henhen, Nick, Kakang, ...": a label and a list of names, no headline; and a match
# of a team tie: "Tunggal Putri 1: A vs B: 19-21, 21-15"
_LISTED_LINE = re.compile(r"\s*[^:\n]{1,50}:(?:(?:[^;,:\n]+[;,]){3,}|\s*[A-Z][^\n]* vs\.? [A-Z])")
_NAMES_LINE = re.compile(r"(?:[A-Z][^;,:\n]{1,40}[;,]\s*){3,}[A-Z][^;,:\n]*")


# a team tie's results below a head naming its two sides ("Indonesia vs Thailand:", "Indonesia 3-1 Thailand:"),
# one match a line, with a label or not: "Tunggal Putri 1: A vs B: 19-21, 21-15", "A/B vs C/D 21-13, 15-21",
# "A vs B tidak dimainkan"
_VERSUS = r"\s+(?:vs\.?|versus|kontra)\s+"
_MATCH_HEAD = re.compile(rf"[ \t]*(?P<a>[A-Z][^:\n]{{0,40}}?)(?:{_VERSUS}|\s+\d{{1,2}}\s*-\s*\d{{1,2}}\s+)"
                         rf"(?P<b>[A-Z][^:\n]{{0,40}}?)[ \t]*:?[ \t]*")
_MATCH_LINE = re.compile(rf"[ \t]*(?:[^:\n]{{1,40}}:[ \t]*)?(?P<a>[A-Z][^\n]*?){_VERSUS}(?P<b>[A-Z][^\n]*?)"
                         r"(?:[:,]?[ \t]+(?:\d|[a-z])[^\n]*)?[ \t]*")


def match_blocks(text: str) -> list[tuple[re.Match, list[re.Match]]]:
    """Each head of a team tie in text, with the match lines right below it (blank lines between)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        head = _MATCH_HEAD.fullmatch(text, line.start(), line.end())
        if not head or re.search(r"\d-\d", head.group("b")) or out and line.start() < out[-1][1][-1].end():
            continue   # (a match line with its score, "A vs B 21-6", is no head)
        rows, pos = [], head.end()
        while (below := _NEXT_LINE.match(text, pos)) and \
                (row := _MATCH_LINE.fullmatch(text, below.start(1), below.end(1))):
            rows.append(row)
            pos = below.end()
        if rows:
            out.append((head, rows))
    return out


_NEXT_LINE = re.compile(r"\n+([^\n]+)")

# a line of a race's results: a rank, the rider, a dash and the team (a dash and the make may follow:
# "8. Carlos Vega - Aprilia Racing - Aprilia")
RANKED_LINE = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+(?P<name>[A-Z][\w'.-]*(?: (?:(?:da|de|di|van|von) )?[A-Z][\w'.-]*){1,3})"
                         r"[ \t]+[-–][ \t]+(?P<team>[A-Z][\w'&.]*(?: [\w'&.]+){0,4}?)(?:[ \t]+[-–][ \t]+[A-Z][\w ]{1,20})?"
                         r"[ \t]*$", re.MULTILINE)
RANKED_MIN_LINES = 3   # (one such line may be anything; a table has several)


def ranked_lines(text: str) -> list[re.Match]:
    """The lines of a race's results table in text, when it has several."""
    lines = list(RANKED_LINE.finditer(text))
    return lines if len(lines) >= RANKED_MIN_LINES else []


def names_line(line: str) -> bool:
    """Four names or more joined by commas and semicolons, filling the line ("Filip Nguyen; Bui Tien Dung,
    ..." below "Vietnam:"): a team's line-up or squad, no headline."""
    return bool(_NAMES_LINE.fullmatch(line.strip()))


def list_item_line(line: str) -> bool:
    """'A, Duta Besar X;', 'B, Duta Besar Y; dan': an item of a list that goes on in the next line."""
    return _LIST_ITEM_END.search(line) is not None


_LIST_ITEM_END = re.compile(r";(?:\s+(?:dan|serta))?\s*$")


def post_line(line: str) -> bool:
    """'Menteri Koperasi: Bramantyo Adi Kusumo': a post and the name of who holds it, a line of a list."""
    post, colon, holder = line.strip().partition(": ")
    return bool(colon and post.split()) and post.split()[0].lower() in names.words().title_words and \
        re.fullmatch(r"(?:[A-Z][\w'’.\-]*)(?: [A-Z][\w'’.\-]*){0,4}", holder) is not None and \
        not any(w.lower() in _common_words() for w in holder.split())


def outside(text: str, sentences, spans: list[tuple[int, int]]) -> str:
    """The sentences' text without the given spans (the body without its headlines)."""
    parts = []
    for s in sentences:
        a = s.start
        for b, e in sorted(x for x in spans if s.start <= x[0] < s.end):
            parts.append(text[a:b])
            a = max(a, e)
        parts.append(text[a:s.end])
    return " ".join(p for p in parts if p.strip())


def _sentence_opener(word: str) -> bool:
    """'Sebelumnya', 'Kemudian', 'Sementara': an adverb or conjunction that opens a sentence
    (sentence_openers.txt), never the first word of the name after it."""
    return word in word_set("sentence_openers")


def _name_shaped_person(m: Mention, text: str, listed: bool = False) -> bool:
    """Two to four capitalised words, none an organization or place word, an acronym or a known
    place, not a common word: the shape of a person's name (``listed``: among people, only the first
    word need be no common word: "Rina Sari Putri")."""
    toks = tokenize(text, m.start, m.end)
    # (a middle initial is no word of its own: "Rahmat S. Wijaya")
    toks = [t for k, t in enumerate(toks) if not (0 < k < len(toks) - 1 and re.fullmatch(r"[A-Z]|\.", t.text))]
    if not 2 <= len(toks) <= 4 or names.vehicle([t.text for t in toks]):
        return False
    inst = institution_words()
    common = _common_words()
    for t in toks:
        w = t.text
        if not (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’\-]*", w)) or is_acronym(w) or w.lower() in inst \
                or w.lower() in common and (t is toks[0] or not listed) or w in names.words().provinces or \
                names.geo_country(w):
            return False
    return not _known_place(text[m.start:m.end])


def after_academic_prefix(text: str, start: int, end: int) -> int:
    """Where a person's name starts in text[start:end]: after academic titles ('Drs. Ardiansyah Putra',
    'Prof. Dr. Ir. Siti Aminah'), which are not part of it; a lone name after one stays whole
    ('Dr Sardjito', a hospital's namesake)."""
    toks = tokenize(text, start, end)
    k = 0
    def dotted(k):   # "KH. Miftahul", with the dot its own token
        return toks[k].text + ("." if k + 1 < len(toks) and toks[k + 1].text == "." else "")
    while k < len(toks) and (toks[k].text.rstrip(".") in names.ACADEMIC_PREFIXES or toks[k].text == "." and k or
                             names.honorific_abbreviation(dotted(k))):   # (or "H. Asmuni", "Hj. Siti")
        k += 1
    return toks[k].start if k and k + 1 < len(toks) else start


# a company's legal form written after its name ("... Investment Co Ltd", "PT" alone is none)
_LEGAL_FORM = re.compile(r"(?:(?:Co|Ltd|Inc|Corp|LLC|PLC|Limited|Company|PT)\.?(?: |$))+")


def _with_company_tails(ms: list[Mention], text: str) -> list[Mention]:
    """'Shenzhen ... Trading | Co Ltd': a legal form the recogniser took apart belongs to the company
    right before it; alone it names none."""
    out: list[Mention] = []
    for m in ms:
        if _LEGAL_FORM.fullmatch(m.text + " "):   # (whatever type the recogniser gave it)
            prev = out[-1] if out else None
            if prev is not None and prev.type == "Organization" and text[prev.end:m.start] == " ":
                prev.end, prev.text = m.end, text[prev.start:m.end]
            continue
        out.append(m)
    return out


def _lowercase_defined(text: str) -> set[str]:
    """Acronyms defined in brackets after lower-case words whose initials spell them
    ("orang dengan gangguan jiwa (ODGJ)"): the names of bodies are capitalised."""
    out = set()
    for m in re.finditer(r"((?:\b[a-z][a-z-]*\s+){2,6})\(([A-Z]{2,6})\)", text):
        words = m.group(1).split()
        if len(words) >= len(m.group(2)) and \
                "".join(w[0] for w in words[-len(m.group(2)):]) == m.group(2).lower():
            out.add(m.group(2))
    return out


def _occasions_defined(text: str) -> set[str]:
    """Short forms defined in brackets after the name of a meeting or a law ("Rapat Paripurna (Rapur)",
    "Rancangan Undang-Undang tentang Masyarakat Hukum Adat (MHA)"): things, no body's name."""
    heads = _occasion_heads() | _document_heads()
    out = set()
    for m in re.finditer(r"((?:[A-Z][\w'’-]*,? (?:(?:dan|&|tentang) )?){1,9})\(([A-Z][A-Za-z]{1,11})\)", text):
        words = [w.rstrip(",") for w in m.group(1).split()]
        topic = max((k + 1 for k, w in enumerate(words) if w == "tentang"), default=0)
        if topic and not any(tuple(words[topic - 1 - len(h):topic - 1]) == h for h in heads):
            continue
        if (topic or _opens_with(words, heads)) and names.abbreviates(m.group(2), words[topic:] if topic else words):
            out.add(m.group(2))
    return out


def check(text: str, chosen: list[Mention], titles: dict[tuple[str, ...], str], sentences) -> list[Mention]:
    """The chosen mentions, with boundaries, types and titles corrected and non-names dropped."""
    out: list[Mention] = []
    defined = set(re.findall(r"\(([A-Z][A-Za-z]{2,11})\)", text))   # "Dinas Pariwisata (Dispar)"
    things = _lowercase_defined(text) | _occasions_defined(text)
    for m in (piece for c in chosen for piece in _split_at_semicolons(c, text)):
        _snap(m, text)
        trusted = m.source.startswith("gazetteer") or m.source == "rule:dateline"
        if not (trusted or _trim_words(m, text)) or not _strip_title(m, text, titles) or \
                (not trusted and _with_clitic(m.text)):
            continue
        for part in _split_pair(m, text):
            for piece in _split_conjoined(part, text):
                for inner in _split_inner_title(piece, text, titles):
                    for part2 in _split_leading_acronym(inner, text, defined):
                        out += [p for tail in _split_province_tail(part2, text)
                                for levels in _split_region_levels(tail, text)
                                for street in _split_street_town(levels, text)
                                for body in _split_faction(street, text)
                                for head in _split_place_head(body, text)
                                for p in _split_person_tail(_outlet_typed(head), text)]
    for m in out:
        if m.type == "Person":
            m.start = after_academic_prefix(text, m.start, m.end)
        m.text = text[m.start:m.end]
    out = _with_company_tails(out, text)
    in_longer = {w for m in out for w in m.text.split() if " " in m.text}
    heads = headline_lines(text, sentences)
    body = outside(text, sentences, heads)
    common = _common_words()
    # words of people's full names; not of a run read in a title-cased headline only ("DPRD Sragen Pilih ...")
    person_words = {w for m in out if m.type == "Person" and " " in m.text and
                    (m.text in body or not any(s <= m.start < e for s, e in heads)) for w in m.text.split()}
    tails = _head_tails(out)
    places_named = {m.text for m in out if m.type == "Place" and m.source != "model"}
    # the places the article names, with the names after their head words ("Kabupaten Banjarnegara")
    doc_places = frozenset(places_named | {t for t, kind in tails.items() if kind == "Place"})
    sentence_starts = {s.start for s in sentences}
    initials = suspect_initials(text)
    runs = WordRuns(text)   # whole-text word lookups, one pass for all mentions
    kept = []
    for m in out:
        trusted = m.source.startswith("gazetteer") or m.source == "rule:dateline"
        in_address = m.source == "rule:place-chain"   # (an address's names are places, however ordinary)
        letters = re.sub(r"\W", "", m.text)
        if _names_currency(m, text):
            continue
        if m.type == "Person" and names.rank_corps_word(m.text):
            continue   # "Kapolri Jenderal Pol. Listyo ...": the rank's corps, no person
        if not trusted and " " in m.text and all(w.lower() in _foreign_words() for w in re.findall(r"[A-Za-z]+", m.text)) \
                and m.text.lower() not in _listed_outlets():
            continue   # "Climate Change", "Opening and Plenary Session": ordinary English words, no name (but "Global Times")
        if ">" in m.text:
            continue   # "Nasional>Peristiwa": a page's breadcrumb of sections
        if m.type == "Place" and _competition(re.findall(r"\S+", text[m.start:m.end + 15])[:len(m.text.split()) + 1]):
            continue   # "Indonesia Open", "Jakarta Marathon": a competition named after a place, not the place
        if not trusted and m.text.count("(") != m.text.count(")"):
            continue   # "Plh) Sekretaris Dewan": a run cut inside brackets is no name
        if m.type == "Person" and not trusted and " " not in m.text and any(c.isdigit() for c in m.text):
            continue   # "Covid-19": nobody's name has a digit (a longer run may hold one: "Timnas U-23 A B")
        if m.text in initials and m.source != "rule:dateline":
            continue   # "berinisial AS (19)": a suspect's initials, here and wherever the article repeats them
        if len(letters) <= 4 and m.text.isupper() and \
                re.match(r" \(\d{1,3}\)|, \d{1,2}(?:,| dan\b| tahun\b|\))", text[m.end:m.end + 12]):
            continue   # "AS (50), F (27)", "SIBS, 20, RN, 20": a suspect's initials and age, not a country or a body
        word_before = re.search(r"(\w+) $", text[max(0, m.start - 20):m.start])
        if len(letters) <= 3 and m.text.isupper() and m.type == "Place" and word_before and \
                word_before.group(1).lower() in word_set("case_nouns"):
            continue   # "pelaku AS", "korban RN": initials, not the United States
        if not trusted and (len(letters) <= 2 or m.text[:1].isdigit() or re.match(r"Rp ?\d", m.text)):
            continue   # "AM", "DK": fragments of initials or of another name; "Rp16.210"
        before = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
        after_title = before is not None and before.group(1).lower() in names.words().title_words
        if before and tuple(f"{before.group(1)} {m.text}".lower().split()) in titles:
            continue   # "Jenderal TNI (Purn)", "Letjen TNI": the acronym belongs to a rank
        if m.source == "rule:acronym" and is_acronym(m.text) and m.text not in defined and \
                not after_title and runs.count(m.text) < 2:
            continue   # "PNBP", "ZEE": an acronym of a thing, used once, never defined, nobody's office
        if not trusted and m.text in things:
            continue   # "awan panas guguran (APG)": spelled out in lower case, a thing's short form
        toks = m.text.split()
        # "Pangdam II Sriwijaya | Mayjen TNI X": a rank (and its corps) ending a body's name opens the person
        rank = 1 if names.is_rank(toks[-1]) else 2 if len(toks) > 2 and names.is_rank(toks[-2]) and \
            names.rank_corps_word(toks[-1]) else 0
        if not trusted and m.type != "Person" and 0 < rank < len(toks):
            toks = toks[:-rank]
            m.text = m.text.rsplit(maxsplit=rank)[0]
            m.end = m.start + len(m.text)
        if not trusted and any(names.is_rank(w) for w in toks) and \
                all(names.is_rank_word(w) or m.type == "Person" and (w.lower(),) in titles for w in toks):
            continue   # "Kabidhumas Kombes Pol", "Kombes Pol": a title and a rank, no name (but "TNI" is a body)
        if not trusted and m.start in sentence_starts and len(toks) >= 2 and _sentence_opener(toks[0]):
            cut = re.match(r"\S+\s+", m.text).end()   # "Sebelumnya Arema FC menang ...": the adverb opens the sentence
            m.start, m.text, toks = m.start + cut, m.text[cut:], toks[1:]
        if not trusted and m.type == "Person" and len(toks) == 2 and toks[0].lower() in common and \
                (toks[1].lower(),) in titles:
            continue   # "Kursi Pj Gubernur X jadi milik Y": an ordinary word and a title, no one's name
        if not trusted and len(toks) >= 2 and any(w in word_set("clause_words") for w in toks):
            continue   # "Guru Honorer Bukan Pekerja Kelas Dua": a slogan on a banner, not a name
        if not trusted and len(toks) >= 2 and all(w.lower() in common for w in toks) and \
                not _institution_head(toks[0]) and not in_address:
            continue   # "Pusat Data", "Reserse Kriminal Khusus": ordinary words cut from a longer name (not an
            # address's "Kembangan Selatan")
        if not trusted and m.type == "Person" and any(_confixed(w) for w in toks):
            rest = _after_confixed(m, text)
            if rest is None:
                continue   # "Keuangan Derivatif", "Penataan Ruang": words of a portfolio, not a person
            m.start, m.text = rest.start, rest.text
            toks = m.text.split()
        after_portfolio = re.search(r"(\w+)(?:,\s*(?:dan\s+)?|\s+dan\s+)$", text[max(0, m.start - 40):m.start])
        if not trusted and all(w.lower() in names.words().portfolios for w in toks) and after_portfolio and \
                after_portfolio.group(1).lower() in names.words().portfolios:
            continue   # "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Agraria dan Tata Ruang": the portfolio's words
        if not trusted and m.type == "Person" and before and before.group(1) in word_set("portfolio_intros"):
            continue   # "Deputi Bidang Protokoler, Pers, dan Media": a portfolio
        if not trusted and len(toks) > 1 and toks[0] in word_set("portfolio_intros") and \
                (m.type == "Person" or
                 all(_confixed(w) or w.lower() in common or w.lower() in names.words().portfolios for w in toks[1:])):
            continue   # "Bidang Kedaruratan" of "Kepala Bidang Kedaruratan dan Logistik BPBD": a portfolio
            # (and never a person: "Kepala Seksi Surveilans ...")
        one_titled = m.source == "rule:title" and len(toks) == 1
        state = re.match(r" (\w+) [A-Z]", text[m.end:m.end + 30]) if one_titled else None
        if state and state.group(1) in word_set("post_states"):
            continue   # "Bupati Morotai nonaktif Rusli Hakim": the region, the post's state, then the holder
        if not trusted and len(toks) == 1 and toks[0].startswith("Ka") and \
                toks[0][2:].capitalize() in word_set("whole_body_acronyms"):
            continue   # "Kadisdikbud", "Kadinkes": the head of a regional body, a title fused with its short form
        if len(toks) == 1 and toks[0] in word_set("whole_body_acronyms"):
            m.type = "Organization"   # "Kepala Disdikbud": a regional body's short form names the body
        elif not trusted and len(toks) == 1 and _institution_head(toks[0]):
            continue   # "Kelurahan", "Masjid": a head word without its name
        if not trusted and m.type == "Organization" and len(toks) == 2 and _institution_head(toks[0]) and \
                (_institution_head(toks[1]) or (toks[1].lower(),) in titles):
            continue   # "Pemerintah Kabupaten", "Rapat Dewan Gubernur (RDG)": head words or a board without a name
        if not trusted and m.type == "Organization" and m.text in word_set("level_bodies") and \
                text[m.end:m.end + 2] != " (":
            continue   # "Kejaksaan Negeri", "Pemerintah Daerah": a body of a level, its region not named
        if m.source == "model" and _foreign_phrase(m):
            continue   # "Letter of Intent", "Gracias", "News" cut from "BBC News"
        if not trusted and " " not in m.text and m.text not in in_longer and \
                (m.text.lower() in common or runs.alone(m.text.lower())) and \
                not (m.type == "Person" and _AGE_AFTER.match(text, m.end)) and not in_address:
            continue   # "Beruntung", "Persen": an ordinary word, or one the article also writes in lower case
            # (not "Ali (37)": a name; nor "di Nilai, Negeri Sembilan": a name in an address)
        if not trusted and m.start in sentence_starts and " " not in m.text and m.text not in in_longer and \
                _AFFIXED.match(m.text) and text[m.end:m.end + 1] == ",":
            continue   # "Beruntung, ...", "Sebaliknya, ...": an affixed Indonesian word opening the sentence
        if not trusted and m.start in sentence_starts and " " not in m.text and m.type != "Person" and \
                m.text.lower() in _base_words() and not _known_place(m.text):
            continue   # "Jenazah Prada X dimakamkan ...": a dictionary word opening the sentence names no place
        if not trusted and " " not in m.text and m.text.istitle() and m.text not in in_longer and \
                m.text.lower() in _event_nouns():
            continue   # "Demo buruh dari X berlangsung ricuh": a noun that tells an event is nobody's name
        if m.source == "model" and m.type == "Person" and m.start in sentence_starts and " " not in m.text and \
                m.text not in in_longer and m.text.lower() in _base_words() and \
                (text[m.end + 1:].split(None, 1) or [""])[0].lower().strip(".,") in word_set("verb_objects") and \
                not re.search(r"(?<=[a-z,] )%s\b" % re.escape(m.text), text):
            continue   # "Maksud saya ...", "Anggap saja ...": a dictionary word opening the sentence, no name elsewhere
        office = re.match(r"(?:Kantor|Tim) (\S+)", m.text)
        if not trusted and office and _institution_head(office.group(1)) and \
                not _opens_with(toks, names.words().building_heads):
            m.start, m.type = office.start(1) + m.start, "Organization"   # "di Kantor Kementerian Luar Negeri Vietnam"
            m.text = text[m.start:m.end]
            toks = m.text.split()
        bare = toks[1:] if toks[0] == "Tim" else toks
        if not trusted and bare and (bare[0] in word_set("thing_acronyms") and
                                     all(w.lower() in common or _confixed(w) or w.isdigit() for w in bare[1:]) or
                                     bare[-1] in word_set("thing_acronyms") and (bare[0],) not in _office_heads() and
                                     all(w.lower() in common for w in bare[:-1])):
            continue   # "APBD Perubahan", "Tim SAR", "Dana BOS": an acronym of a thing
        if not trusted and len(bare) > 2 and bare[0] in word_set("thing_acronyms") and \
                bare[1] in word_set("admin_unit_heads"):
            cut = m.text.index(" " + bare[1]) + 1   # "UMR | Kabupaten Demak": a thing of the region named after it
            m.start, m.text, m.type, toks = m.start + cut, m.text[cut:], "Place", toks[len(toks) - len(bare) + 1:]
        if m.source == "model" and len(toks) > 1 and all(w.islower() for w in toks[1:]) and is_common_word(toks[0]):
            continue   # "Pasukan pemerintah militer ...": an ordinary word capitalised, then ordinary words
        if m.source == "rule:acronym" and re.fullmatch(r"[IVX]{2,5}", m.text):
            continue   # "Pangdam XVII/Cenderawasih": a command's number, no body's acronym
        if not trusted and m.type != "Organization" and re.search(rf"\b(?:{names.COMMAND_NUMBER})/$", text[max(0, m.start - 6):m.start]):
            continue   # "Pangdam II/Sriwijaya": the name of a numbered command, no person or place
        if not trusted and " ".join(toks).lower() in _category_names():
            continue   # "Badan Usaha Milik Negara (BUMN)", "Dewan Pimpinan Wilayah": a kind of body, not one
        expands = re.match(r" \((\w+)\)", text[m.end:m.end + 12])
        if not trusted and len(toks) > 1 and expands and expands.group(1) in word_set("thing_acronyms"):
            continue   # "Daftar Pencarian Orang (DPO)": spelled out before a thing's acronym
        word_before = re.search(r"([A-Z][\w-]*) $", text[max(0, m.start - 30):m.start])
        if not trusted and (_opens_with(toks, _document_heads()) or
                            word_before and _opens_with([word_before.group(1), *toks], _document_heads())):
            continue   # "Raperda Pencabutan Perda ...", "UU Cipta Kerja", "Peraturan | Pemerintah Pengganti ...": a law's title
        if m.source == "model" and m.type == "Organization" and _TOPIC_PREFIX.match(toks[0]) and _confixed(toks[0]) \
                and not any(_institution_head(w) or is_acronym(w) for w in toks):
            continue   # "Pengungkapan Kasus Peredaran Narkoba": a topic written in title case, no body
        if not trusted and (_opens_with(toks, _competition_words()[0]) or _competition(toks) and toks[-1] == "Games"
                            if m.type == "Person" else _competition(toks) or _in_competition(text, m.start, toks)):
            continue   # "Piala AFF 2025", "SEA Games", "BWF World Tour Finals": a tournament is an event
            # ("Babak Final" is nobody either; a person's name may end like a tournament's, "... Open", but
            # not in "Games": "menyambut Asian Games 2018")
        if not trusted and m.type == "Person" and any(ch.isdigit() for ch in m.text) and \
                sum(w.isalpha() and len(w) > 1 for w in toks) < 2:
            continue   # "M 5.8": a magnitude, no one's name
        if not trusted and (names.vehicle(toks) or _PLATE.fullmatch(m.text)):
            continue   # "Daihatsu Sigra", "Fortuner": a vehicle's make and model; "F-6235-FDD": its plate
        if not trusted and (_cue_before(word_set("thing_cues"), m, text) or (len(toks) > 1 and toks[0].lower() in word_set("thing_cues"))):
            continue   # "indeks Hang Seng", "rudal Iskander", "kapal MV Ocean Crescent": a thing's name
        if not trusted and " " not in m.text and not is_acronym(m.text) and re.match(r" \d", text[m.end:m.end + 2]) \
                and m.text not in person_words and not _known_place(m.text):
            continue   # "Tikungan 10", "Pasal 33": a numbered part of something
        if not trusted and " " not in m.text and m.type != "Person" and m.text in person_words and \
                not m.source.startswith("rule:title-region") and \
                (not _known_place(m.text) or _cue_before(word_set("speech_verbs"), m, text) or after_title) and \
                m.text not in names.words().provinces and \
                not re.search(r"\b(?:di|ke|dari)\s+$", text[max(0, m.start - 6):m.start]):
            m.type = "Person"   # "kata Hairul", "kata Chen": a part of a person's name written alone
        if not trusted and m.type == "Person" and _cue_before(_org_cue_words(), m, text):
            m.type = "Organization"   # "Pembalap tim Ducati Lenovo": the title's team, not its holder
        if m.source == "model" and m.type == "Person" and len(toks) == 1 and re.fullmatch(r"Kemen[a-z]{2,}", m.text):
            m.type = "Organization"   # "Kemenhub", "Kemenkeu": a ministry's short name
        if m.source == "model" and m.type == "Person" and len(toks) >= 2 and (toks[-1],) in names.words().place_heads:
            continue   # "Undang-Undang ... tentang Lalu Lintas dan Angkutan Jalan": a head word ends no person's name
        if not trusted and m.type == "Person" and re.match(r" \d", text[m.end:m.end + 2]):
            continue   # "Lending Facility 6,5 persen": a rate's or a product's name
        acr = re.match(r" \(([A-Z][A-Za-z]{2,15})\)", text[m.end:m.end + 20])
        if not trusted and m.type == "Person" and acr and (acr.group(1).lower(),) in titles:
            continue   # "Direktur Reserse Kriminal Khusus (Dirreskrimsus)": the post spelled out
        if not trusted and m.type == "Person" and len(toks) >= 2 and toks[-1] in _REGION_ENDS:
            m.type = "Place"   # "mantan Bupati Tapanuli Tengah": a region, not a person
        if not trusted and m.type == "Person" and " " not in m.text and after_title and m.text not in person_words \
                and (_known_place(m.text) or m.text in names.words().provinces) and \
                not names.ends_with_rank(text[max(0, m.start - 40):m.start]) and not _player_title(m.title):
            m.type = "Place"   # "Kapolrestabes Makassar menyatakan": the region of a title (not "Komisaris Besar
            # Kamal", nor "kiper Lucas": a player's title names no region)
        if m.source == "model" and m.type == "Organization" and " " not in m.text and not is_acronym(m.text) and \
                re.search(r"\b(?:di|ke|dari)\s+$", text[max(0, m.start - 6):m.start]):
            m.type = "Place"   # "wartawan di Bayah": a place cue before a lone name
        chain = re.match(r", ([A-Z][a-z]+) [A-Z]", text[m.end:m.end + 40])
        address = m.source == "model" and chain is not None and (chain.group(1),) in names.words().place_heads \
            and re.search(r"\b(?:di|ke|dari)\s+$", text[max(0, m.start - 6):m.start]) is not None
        if address:
            m.type = "Place"   # "di Meunasah Tuha, Kecamatan Baktiya": the first place of an address
        if m.source == "model" and m.type == "Person" and " " not in m.text and m.text not in person_words and \
                (m.text in places_named or _cue_before(_place_cue_words(), m, text)):
            m.type = "Place"   # "pelabuhan Hodeidah", "Mamuju" after the dateline "Mamuju (ANTARA)"
        tail = tails.get(m.text)
        if not trusted and tail and m.type != tail and (tail == "Place" or not _known_place(m.text)) and \
                m.text not in names.words().provinces and (tail != "Place:venue" or m.type == "Person") and \
                not in_address:
            # "Dayeuhkolot" after "Kecamatan Dayeuhkolot", "Citarum" after "Sungai Citarum" (not "Kalideres"
            # in an address after "Polisi Kalideres": the address says it is a place)
            m.type = tail.split(":")[0]
        if not trusted and m.type != "Place" and names.geo_country(m.text):
            m.type = "Place"   # "asal Uni Emirat Arab": a country, as place or actor
        if m.type == "Organization" and m.text.startswith("Republik ") and \
                any(names.geo_country(" ".join(m.text.split()[k:])) for k in range(1, len(m.text.split()))):
            m.type = "Place"   # "Presiden Republik Demokratis Timor Leste": a country by its form of state
        gov = re.match(r"Pemerintah (.+)$", m.text)
        if gov and names.geo_country(gov.group(1)):
            m.start, m.text, m.type = m.end - len(gov.group(1)), gov.group(1), "Place"   # the country acts
        if m.source == "model" and m.type == "Person" and any(w.lower() in institution_words() for w in m.text.split()
                                                               if w.lower() in _english_words()):
            m.type = "Organization"   # "Dorna Sports", "Aegean Crest Shipping"
        if m.source == "model" and m.type != "Organization" and len(m.text.split()) > 1 and \
                m.text.split()[-1].rstrip(".") in names.COMPANY_END:
            m.type = "Organization"   # "Jet Tech Ventures Pte Ltd": a company's legal form ends the name
        if m.type != "Organization" and _WEB_NAME.fullmatch(m.text):
            m.type = "Organization"   # "kabarbanten.com": a web address names an outlet or a company
        if not trusted and any(s <= m.start < e for s, e in heads) and m.text not in body:
            continue   # a run of capitalised headline words found nowhere in the body
        if m.source == "model" and (m.type, m.text.count(" ") >= 2) in (("Organization", True), ("Place", True)) \
                and not address and _name_shaped_person(m, text):
            m.type = "Person"
        if (m.type == "Place" or (m.type == "Organization" and m.source == "model" and not is_acronym(m.text))) \
                and " " not in m.text and _AGE_AFTER.match(text, m.end) and \
                not names.geo_country(m.text) and m.text not in names.words().provinces:
            m.type = "Person"   # "menganiaya Reno (41)": a town's (or a word the model took for a body) with an age
        if m.source == "model" and m.type != "Person" and (
                not address and _holder_of_post_in_place(m, text, titles) or (
                    _holder_after_post_body(m, text) or _holder_after_bracketed_title(m, text)
                    or _player_before_bracketed_side(m, text))
                and _name_shaped_person(m, text) and not names.geo_known(m.text, _CITY)):
            m.type = "Person"
        post = re.match(r" sebagai ([A-Za-z]+)", text[m.end:m.end + 30])
        if m.source == "model" and m.type != "Person" and post and post.group(1).lower() in names.words().title_words \
                and (post.group(1).lower(),) in titles and _name_shaped_person(m, text):
            m.type = "Person"   # "adalah Dian Puspitasari sebagai Wakil Menteri Kesehatan": a post is held by a person
        if not trusted:
            _body_after_division(m, text)
        for piece in _split_office_head(m, text):
            kept += [p for part in _split_leading_place(piece, text, doc_places) for p in _city_and_country(part, text)]
    kept = _places_between(_listed_places(_nicknames(_initialed_names(_particle_names(kept, text), text)), text,
                                          heads, body), text)
    kept = _overlapping_tickets(_doubles_partners(_split_slashed_names(_dashed_tickets(kept, text, sentences), text),
                                                  text, sentences), text)
    kept = _merge_defined(_cued_and_listed_persons(_full_name_pairs(_listed_body_names(kept, text), text), text), text)
    kept = _bodies_among_bodies(kept, text)
    kept = _aliases(_patronymics(kept, text), text)
    kept = _cued_name_lists(_listed_persons(_one_type_per_name(_name_openers(kept, text), text), text), text)
    kept = _full_names_of_short_ones(kept, text, sentences, heads)
    kept = _regional_body_and_place(_place_after_short_form(_unknown_name_runs(kept, text, sentences, heads), text),
                                    text)
    for m in kept:
        lead = re.match(r"[IVX]{2,4} (?=[A-Z][a-z])", m.text) if m.type in ("Place", "Organization") else None
        if lead and (m.type == "Place" or places.lookup(m.text[lead.end():]) is not None):
            # "(MMI) IV Gianyar, III Tabanan": a shaking level before the place, no part of its name; "PON XX
            # Papua": an edition's number before the region that hosts it, no body
            m.start, m.text, m.type = m.start + lead.end(), m.text[lead.end():], "Place"
    kept = _holder_after_unit(_body_of_a_country(_regional_office(_longer_defined_body(kept, text), text), text), text)
    _offices_of_bodies(kept)
    return _openings_taken_back(_names_joined_by_hyphen(_holder_after_titled_body(kept, text), text), text)


def _openings_taken_back(ms: list[Mention], text: str) -> list[Mention]:
    """'Kepala Disdukcapil Klungkung AA | Ngurah Wirawan': the last word of a name right before a person that
    opens the person's name with its first word (name_particles.txt) is the person's."""
    particles = word_set("name_particles")
    for a, b in zip(ms, ms[1:]):
        word = a.text.rsplit(" ", 1)[-1]
        if b.type == "Person" and a.type != "Person" and b.start == a.end + 1 and " " in a.text and \
                f"{word} {b.text.split()[0]}" in particles:
            a.end, a.text = a.end - len(word) - 1, a.text[:-len(word) - 1]
            b.start, b.text = a.end + 1, text[a.end + 1:b.end]
    return ms


def _offices_of_bodies(ms: list[Mention]) -> None:
    """'Kantor KPK', 'Kantor KPU Kota Semarang', 'Kantor DPP PDI-P': the office of a body the gazetteer knows (or of
    a regional unit or a party's branch) is a building, a place; 'Kantor SAR Jakarta', 'Kantor Berita X' and 'Kantor
    Imigrasi Y' are bodies of their own."""
    heads = word_set("office_of_body_heads")
    for m in ms:
        words = m.text.split()
        if m.type == "Organization" and not m.source.startswith("gazetteer") and len(words) > 1 and \
                words[0] in heads and (names.known_body(words[1]) or names.is_regional_unit(words[1])
                                       or words[1] in word_set("party_branches")):
            m.type = "Place"


def _names_joined_by_hyphen(ms: list[Mention], text: str) -> list[Mention]:
    """'Presiden Santos-Horta' after 'Mateus Santos-Horta': the halves of a hyphenated word that ends a person's
    name are no places ("Santos", "Horta"), wherever the word is written again."""
    joined = {w for m in ms if m.type == "Person" for w in m.text.split()[1:] if "-" in w.strip("-")}
    if not joined:
        return ms
    def in_joined(m: Mention) -> bool:
        word = re.search(r"[\w'’-]*$", text[:m.start]).group() + m.text + re.match(r"[\w'’-]*", text[m.end:]).group()
        return m.type == "Place" and word != m.text and word in joined
    return [m for m in ms if not in_joined(m)]


def _holder_after_titled_body(ms: list[Mention], text: str) -> list[Mention]:
    """'Kepala SKK | Migas Rudi Santoso': a person read after a title right behind the body the title
    names, whose first words are words of bodies' names (body_words.txt), places, acronyms or institution
    words while the last two to four make a name, is that name; the words before it continue the body's."""
    body_words = word_set("body_words")

    def of_body(w: str) -> bool:
        return w in body_words or _known_place(w) or is_acronym(w) or w.lower() in institution_words()
    out = []
    for before, m in zip([None, *ms], ms):
        toks = tokenize(text, m.start, m.end)
        if m.type != "Person" or m.source != "rule:title" or len(toks) < 3 or before is None or \
                before.type != "Organization" or before.end + 1 != m.start or text[before.end] != " ":
            out.append(m)
            continue
        cut = next((k for k in range(1, len(toks) - 1) if personal_name(toks[k:]) and not of_body(toks[k].text)
                    and all(of_body(t.text) for t in toks[:k])), None)
        if cut is None:
            out.append(m)
            continue
        end = toks[cut - 1].end
        body = Mention(before.start, end, text[before.start:end], "Organization", "rule:org-name", before.confidence)
        out[-1:] = [body] if out and out[-1] is before else out[-1:] + [body]
        out.append(Mention(toks[cut].start, m.end, text[toks[cut].start:m.end], "Person", m.source, m.confidence,
                           title=m.title))
    return out


_POST_BEFORE_COMMA = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z][\w.&'’\-]*){1,7}, $")
_POST_REGION_BEFORE_COMMA = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z][\w.&'’\-]*){1,7}, ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), $")
_WEB_NAME = re.compile(r"[A-Za-z][\w\-]*(?:\.[a-z]{2,4})*\.(?:com|co\.id|id|net|org|co)", re.I)
_POST_IN_PLACE = re.compile(r"([A-Za-z()]+(?: [A-Za-z()]+){0,5}) di [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}, $")


def _holder_of_post_in_place(m: Mention, text: str, titles: dict[tuple[str, ...], str]) -> bool:
    """'Konsul Jenderal Jepang di Medan, Hiroshi Tanaka, ...': the name after a post held in a
    place (a title, its country, 'di' and the place) is the one who holds it."""
    found = _POST_IN_PLACE.search(text, max(0, m.start - 90), m.start)
    if not found or not re.fullmatch(r"[A-Z][a-z][\w'’\-]*( [A-Z][a-z][\w'’\-]*){1,3}", m.text):
        return False
    words = [w.strip("()").lower() for w in found.group(1).split()]
    return any(tuple(words[i:j]) in titles for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _holder_after_post_body(m: Mention, text: str) -> bool:
    """'Kepala Kantor SAR X, Hendrik Lumbantoruan': a run after a title, the body of the post and a comma is
    the one who holds it (when it is shaped as a person's name and no known place: checked by the caller); so is
    one after the post's region and its province ('Wali Kota Tegal, Jawa Tengah, Haris Jaya')."""
    titles = names.words().title_words
    post = _POST_BEFORE_COMMA.search(text, max(0, m.start - 80), m.start)
    if post is not None and post.group(1).lower() in titles:
        return True
    post = _POST_REGION_BEFORE_COMMA.search(text, max(0, m.start - 100), m.start)
    return post is not None and post.group(1).lower() in titles and _known_place(post.group(2))


_BRACKETED_SIDE = re.compile(r" \(([A-Z][\w'’.\- ]{1,30})\)")


def _player_before_bracketed_side(m: Mention, text: str) -> bool:
    """'Kenji Morita (Alpine)', 'Lee Wei Han (Malaysia)': a run with a country or a body the gazetteer knows in
    brackets right after it is a player or an athlete (when shaped as a person's name: checked by the caller)."""
    side = _BRACKETED_SIDE.match(text, m.end)
    return side is not None and (names.geo_country(side.group(1)) or names.known_body_name(side.group(1)))


_BRACKETED_TITLE = re.compile(r"\(([A-Za-z]+)[^()]{0,40}\) $")


def _holder_after_bracketed_title(m: Mention, text: str) -> bool:
    """'Menteri Pemuda dan Olahraga (Menpora) Galih Wiratama': a run right after a title's short form in
    brackets is the one who holds it (when shaped as a person's name: checked by the caller)."""
    title = _BRACKETED_TITLE.search(text, max(0, m.start - 45), m.start)
    return title is not None and title.group(1).lower() in names.words().title_words


def _holder_after_unit(ms: list[Mention], text: str) -> list[Mention]:
    """'Kepala Bidang ... BPBD Gresik Wisnu Prasetyo': a body's acronym, its region (which a regional body's
    short form may go without: 'Kepala Disdukcapil Budi Prasetyo') and then two or three words of a name, read
    by the recogniser as one body, are the body and the person who works there."""
    out = []
    inst, common = institution_words(), _common_words()
    for m in ms:
        words = m.text.split()
        whole = words[0] in word_set("whole_body_acronyms") and len(words) - 1 in (2, 3)   # "Disdukcapil | Budi Prasetyo"
        if m.type == "Organization" and m.source == "model" and (len(words) >= 4 and is_acronym(words[0]) or whole):
            p = next((p for p in (2, 1) if len(words) - 1 - p in (2, 3) and _known_place(" ".join(words[1:1 + p]))), 0)
            rest = words[1 + p:]
            if (p or whole) and all(re.fullmatch(r"[A-Z][a-z][\w'’\-]*", w) and w.lower() not in inst and w.lower() not in common
                         and not _known_place(w) for w in rest):
                cut = m.start + len(" ".join(words[:1 + p]))
                person = cut + 1
                out += [Mention(m.start, cut, text[m.start:cut], "Organization", m.source, m.confidence),
                        Mention(person, m.end, text[person:m.end], "Person", m.source, m.confidence)]
                continue
        out.append(m)
    return out


def _longer_defined_body(ms: list[Mention], text: str) -> list[Mention]:
    """'Dewan Perwakilan Rakyat Daerah (DPRD) Pacitan': a body the gazetteer (or a body-name rule) knows,
    followed by more capitalised words and a short form that abbreviates them all, is that longer body; so is a
    country the gazetteer knows at the head of such a run ('Indonesia Malaysia Thailand Growth Triangle (IMT-GT)')."""
    grown = []
    for m in ms:
        body = m.type == "Organization" and (m.source.startswith("gazetteer") or m.source == "rule:org-name") \
            and " " in m.text
        if body or m.type == "Place" and m.source.startswith("gazetteer"):
            more = re.match(r"((?: [A-Z][a-z]+){%d,%d}) \(([A-Z][A-Z-]{2,10})\)((?: (?:Kabupaten|Kota|Provinsi))?"
                            r" [A-Z][a-z]+(?: [A-Z][a-z]+)?)?" % ((1, 2) if body else (2, 5)), text[m.end:m.end + 80])
            # ("Yayasan Amal Sosial" + "Al Hikmah (YASH)": a body the rules cut before a name-like tail)
            if more and names.abbreviates(more.group(2).replace("-", ""), (m.text + more.group(1)).split()):
                m.type = "Organization"
                region = more.group(3) and re.sub(r"^ (?:Kabupaten|Kota|Provinsi)", "", more.group(3)).strip()
                known = region and (region in names.words().provinces or _known_place(region))
                m.end += len(more.group(0) if known else more.group(1))   # "... (DPRD) Pacitan": the region's body
                m.text, m.source, m.gazetteer_key = text[m.start:m.end], "rule:org-name", None
                grown.append(m)
    return _without_swallowed(ms, grown)


_REGION_AFTER = re.compile(r" ((?:Kabupaten |Kota |Provinsi )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")


def _regional_office(ms: list[Mention], text: str) -> list[Mention]:
    """'Basarnas Bandung', 'KPU Kabupaten Bantul', 'Satpol PP Sambas': a national body the gazetteer knows by its short
    form, followed by a region of Indonesia, is that region's office (one name, not the national body)."""
    grown = []
    for m in ms:
        # (a body named in one or two words: "Satpol PP Sambas", "Bea Cukai Pangkalpinang")
        if m.type == "Organization" and m.source.startswith("gazetteer") and len(m.text.split()) <= 2:
            after = _REGION_AFTER.match(text, m.end)
            words = after.group(1).split() if after else []
            for n in range(len(words), 0, -1):   # the longest run of words that names a region ("Kota Medan")
                run = " ".join(words[:n])
                region = re.sub(r"^(?:Kabupaten|Kota|Provinsi) ", "", run)
                # (a region written with its level is one, known to the index or not, of one word: "Bawaslu
                # Kabupaten Lebak", not "KPU Kabupaten Buru Mansur": a name follows)
                if region in names.words().provinces or names.indonesian_place(region) or \
                        region != run and " " not in region:
                    m.end += 1 + len(run)
                    m.text, m.source, m.gazetteer_key = text[m.start:m.end], "rule:org-name", None
                    grown.append(m)
                    break
    return _without_swallowed(ms, grown)


def _body_of_a_country(ms: list[Mention], text: str) -> list[Mention]:
    """'Kementerian Dalam Negeri Ukraina': a ministry the gazetteer knows as Indonesia's, written with
    another country after it, is that country's ministry (one name, not Indonesia's body)."""
    grown = []
    for m in ms:
        if m.type == "Organization" and m.source.startswith("gazetteer") and m.text.split()[0] in _MINISTRY_HEADS:
            after = re.match(r" ([A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})", text[m.end:m.end + 40])
            words = after.group(1).split() if after else []
            n = next((n for n in range(len(words), 0, -1) if names.geo_country(" ".join(words[:n]))), 0)
            if n and places.lookup(" ".join(words[:n])).name != "Indonesia":
                m.end = m.end + 1 + len(" ".join(words[:n]))
                m.text, m.source, m.gazetteer_key = text[m.start:m.end], "rule:org-name", None
                grown.append(m)
    return _without_swallowed(ms, grown)


_MINISTRY_HEADS = frozenset(("Kementerian", "Kemenlu", "Kemendagri", "Kemenkes"))


def _without_swallowed(ms: list[Mention], grown: list[Mention]) -> list[Mention]:
    """The mentions without those that start inside a mention grown over them."""
    return [m for m in ms if not any(g is not m and g.start <= m.start < g.end for g in grown)] if grown else ms


# "Kejaksaan Negeri (Kejari) Kendal": a body's name with its short form in brackets inside, then the rest
INNER_SHORT_FORM = re.compile(r"(.+?) \(([A-Z][A-Za-z]{1,12})\) (\S.*)")


def _place_after_short_form(ms: list[Mention], text: str) -> list[Mention]:
    """'Universitas Diponegoro (Undip) Semarang': the body, its short form and the city it stands in,
    for bodies named without their region (located_heads.txt); 'Kejaksaan Negeri (Kejari) Kendal'
    stays one body."""
    out = []
    for m in ms:
        inner = INNER_SHORT_FORM.fullmatch(m.text) if m.type == "Organization" else None
        if inner and any(inner[1].startswith(h + " ") for h in word_list("located_heads")) and \
                (inner[3] in names.words().provinces or _known_place(inner[3])):
            out += [Mention(m.start + inner.start(i), m.start + inner.end(i), inner[i], t, m.source, m.confidence)
                    for i, t in ((1, "Organization"), (2, "Organization"), (3, "Place"))]
        else:
            out.append(m)
    return out


_SHORT_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z]{1,12})\) ")


@lru_cache(maxsize=1)
def _competition_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    return (frozenset(tuple(h.split()) for h in word_list("competition_heads")),
            frozenset(tuple(t.split()) for t in word_list("competition_tails")))


def _competition(words: list[str]) -> bool:
    """The words name a sports competition (competition_heads.txt, competition_tails.txt), its year aside."""
    heads, tails = _competition_words()
    core = words[:-1] if len(words) > 1 and re.fullmatch(r"\d{4}", words[-1]) else words
    return _opens_with(words, heads) or len(core) > 1 and any(tuple(core[-len(t):]) == t for t in tails) or \
        _TOURNAMENT_GROUP.fullmatch(" ".join(words[:2])) is not None


# a tournament's group ("Grup 1 Liga 2", "Grup K"), not a business group ("Grup Djarum")
_TOURNAMENT_GROUP = re.compile(r"(?:Grup|Group|Pool) (?:[A-Z]|\d{1,2})")


def _in_competition(text: str, start: int, words: list[str]) -> bool:
    """The words go on a competition's name that capitalised words right before them open ("AFF" of
    "Piala AFF 2024", "Indonesia" of "Piala Indonesia")."""
    before = re.search(r"((?:[A-Z][\w-]* ){1,3})$", text[max(0, start - 40):start])
    run = before.group(1).split() if before else []
    return any(_opens_with(run[-k:] + words, _competition_words()[0]) for k in range(1, len(run) + 1))


def _opens_with(words: list[str], heads) -> bool:
    """The words begin with one of the heads (tuples of words: "Rumah Tahanan", "Raperda")."""
    return any(tuple(words[:len(h)]) == h for h in heads)


def _regional_body_and_place(ms: list[Mention], text: str) -> list[Mention]:
    """'Badan Penanggulangan Bencana Daerah (BPBD) | Kabupaten Serang': a regional body ('... Daerah'), its
    short form and the region it serves, read apart, are one body ('Kejaksaan Negeri (Kejari) Kendal')."""
    out: list[Mention] = []
    for m in ms:
        # the body, then perhaps its short form's own mention inside the brackets
        # (or a building: 'Rumah Tahanan (Rutan) | Boyolali')
        body = next((b for b in out[-2:][::-1] if b.type == "Organization" and b.text.split()[-1] == "Daerah" or
                     b.type == "Place" and _opens_with(b.text.split(), names.words().building_heads)), None)
        if body and m.type == "Place" and _SHORT_IN_BRACKETS.fullmatch(text[body.end:m.start]) and \
                (m.text.split()[0] in word_set("admin_unit_heads") or m.text in names.words().provinces or
                 body.type == "Place" and _known_place(m.text)):
            out = [x for x in out if x.end <= body.start]
            out.append(Mention(body.start, m.end, text[body.start:m.end], body.type, body.source, body.confidence))
        else:
            out.append(m)
    return out


def _listed_persons(ms: list[Mention], text: str) -> list[Mention]:
    """'Yoga Firmansyah; Dika Hermawan, Jens van der Berg, Rizal Anugerah': in a list of three or more
    names, at least half of them people, a name-shaped item the model typed otherwise is a person too, and so
    is one word no word list or place index knows ("Terdakwa Sahrul Wibisono, Karso, Tarmin, dan Halim Munir")."""
    for g in listed_runs(ms, text, r"[,;] (?:dan |serta )?| (?:dan|serta) "):
        persons = sum(m.type == "Person" for m in g)
        if len(g) >= 3 and persons * 2 >= len(g):
            for m in g:
                if m.type != "Person" and m.source == "model" and (_name_shaped_person(m, text) or
                                                                   unknown_name_word(m.text)):
                    m.type = "Person"
        elif len(g) == 2 and persons == 1:
            # "Bonar Sitanggang dan Lamhot Pardede": a full name joined to a person's is a person's
            for m in g:
                if m.type != "Person" and m.source == "model" and " " in m.text and _name_shaped_person(m, text):
                    m.type = "Person"
    return ms


_PEOPLE_ITEM = r"(?:[A-Z]\.? )?[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*)?"   # (after an initial: "I Hasanah")


@lru_cache(maxsize=1)
def _cued_list() -> re.Pattern:
    cues = "|".join(map(re.escape, word_list("people_list_cues")))
    # (after a colon, "yang belum ditemukan: A, B, C", or an enumerator, "empat pelaku begal yakni A, B, C")
    # (the words between may name the body they belong to: "Ketiga terdakwa itu adalah anggota DPRD Kabupaten Sleman
    # periode lalu, yakni A, B dan C")
    return re.compile(r"\b(?:%s)\b(?:[^.:;\n]{0,60}:|(?: [\w\-]+){0,10},? (?:yakni|yaitu|adalah|ialah|masing-masing),?)?"
                      r" ((?:%s(?:%s)){2,}%s)" % (cues, _PEOPLE_ITEM, _ITEM_GAP.pattern, _PEOPLE_ITEM))


def _cued_name_lists(ms: list[Mention], text: str) -> list[Mention]:
    """'lima warga yang masih dicari: Warsini, Tarmuji, Sukemi': a list of three or more names after a
    people noun (people_list_cues.txt) names people; an item typed a place that is no large place is one
    too, and an item nobody took that no word list knows is added."""
    at = {(m.start, m.end): m for m in ms}
    taken = Taken(len(text), ((m.start, m.end) for m in ms))
    added = []
    heads = {w.lower() for w in word_list("place_heads")} | {"lokasi", "wilayah", "daerah", "tempat"}
    for found in _cued_list().finditer(text):
        if set(re.findall(r"\w+", text[found.start():found.start(1)].lower())[-2:]) & heads:
            continue   # "korban berasal dari tiga desa: A, B, dan C": places
        items = list(re.finditer(_PEOPLE_ITEM, text[found.start(1):found.end(1)]))
        spans = [(found.start(1) + item.start(), found.start(1) + item.end()) for item in items]
        # ("terdakwa yaitu Rudi, Joko, dan Bambang": with a person among them, a name that is also a word is one)
        among_people = any(at.get(span) is not None and at[span].type == "Person" for span in spans)
        for item, (s, e) in zip(items, spans):
            m, words = at.get((s, e)), item.group().split()
            if m is not None and m.type == "Place" and m.source in ("model", "rule:place-list") and \
                    not names.geo_known(m.text, _CITY) and words[0] not in names.words().provinces:
                m.type = "Person"
            elif m is None and not taken.overlaps(s, e) and (unknown_name_word(words[-1]) or among_people and
                                                             _listed_word(words[-1])) and \
                    (len(words) == 1 or unknown_name_word(words[0]) or not _names_thing(words[0])):
                added.append(Mention(s, e, item.group(), "Person", "rule:person-list", 0.6))
    return sorted(ms + added, key=lambda m: m.start) if added else ms


def _listed_word(word: str) -> bool:
    """A capitalised word listed among people that may be a name though a word list knows it ("Bambang"): no
    word of an institution or a title, no day or month, no country, province or city."""
    w = word.lower()
    return re.fullmatch(r"[A-Z][a-z]{2,}", word) is not None and w not in institution_words() and \
        w not in WEEKDAYS and w not in MONTHS and \
        w not in names.words().title_words and not names.geo_country(word) and \
        word not in names.words().provinces and not names.geo_known(word, _CITY)


def _name_openers(ms: list[Mention], text: str) -> list[Mention]:
    """'(PKB) Abdul | Halim Fathoni', 'I | Wayan Sudarsa', 'Haryanto-Wibowo | Bambang Setiaji': the word written
    right before a person the recogniser found opens that name when it only opens names (name_openers.txt,
    name_particles.txt) or is shaped like a name and is no Indonesian word, title, place or word of an
    institution (the recogniser is unsure of rare first names)."""
    openers, particles = word_set("name_openers"), word_set("name_particles")
    ends = {m.end for m in ms}
    for m in ms:
        for _ in range(2):   # "I | Gusti | Putu Sunarta": an opener, then a particle before it
            # ("AA | Gde Agung": a short form of nobility, only as a two-word opening of name_particles.txt)
            before = re.search(r"(?<![\w'’])([A-Z][a-z]*\.?|[A-Z]{2}) $", text[max(0, m.start - 16):m.start])
            if m.type != "Person" or m.source.startswith("gazetteer") or not before:
                break
            word, first = before.group(1), m.text.split()[0]
            start = m.start - len(before.group(0))
            if start in ends or m.start - 1 in ends:
                break   # (nor a word another name holds: "dari Gerindra | Sinta Dewi")
            if word.isupper() and len(word) > 1 and f"{word} {first}" not in particles:
                break
            if not (f"{word} {first}" in particles or (m.source == "model" and (
                    (word in openers and not text[start - 1:start].isalnum()) or
                    (unknown_name_word(word) and not _capital_before(text, start))))):
                break
            m.start, m.text = start, text[start:m.end]
    return ms


def _capital_before(text: str, start: int) -> bool:
    """A capitalised word right before start, other than an ordinary word opening the sentence ("Bersama | Darto
    Edy Sumantri")."""
    prev = re.search(r"([A-Z][\w'’]*) $", text[max(0, start - 30):start])
    if prev is None:
        return False
    at = start - len(prev.group(0))
    opening = re.search(r"(?:^|[.!?\n\"“]\s*)$", text[max(0, at - 3):at])
    return not (opening and is_common_word(prev.group(1)))


def unknown_name_word(word: str) -> bool:
    """'Wibowo', 'Hiroki': a capitalised word of three letters or more that no word list knows."""
    w = word.lower()
    return re.fullmatch(r"[A-Z][a-z]{2,}(?:['’\-][A-Za-z]+)?", word) is not None and not is_base_word(w) and w not in _common_words() and \
        w not in institution_words() and w not in names.words().title_words and w not in _foreign_words() and \
        w not in _english_words() and not _sentence_opener(word) and not _known_place(word) and \
        not names.geo_country(word) and word not in names.words().provinces and not _AFFIXED.match(word) and \
        not re.search(r"(?:isasi|isme|itas)$", w) and \
        not re.fullmatch(r"(\w+)-\1", w) and not names.is_rank(word) and not names.rank_corps_word(word) and \
        word not in word_set("address_forms") and \
        not derived_word(word)
    # ("Hilirisasi": a borrowed abstract noun; "Undang-Undang": a doubled word; "Praka": a rank, "Inf" its corps; "Saudaraku":
    # a form of address; "Disusul": a verb)


def _names_thing(word: str) -> bool:
    """'Kota', 'Menteri', 'Balai': a word that opens the name of a place, a post or a body, not a person's
    ('Indra' is a common word too, but opens many names)."""
    w = word.lower()
    return w in institution_words() or w in names.words().title_words or _known_place(word) or \
        w in word_set("place_heads") or _sentence_opener(word) or not word[:1].isupper()


def _one_type_per_name(ms: list[Mention], text: str) -> list[Mention]:
    """'dicetak Thiago Ribeiro' (the model: an organization) and 'Thiago Ribeiro, ...' (a rule: a person):
    a name of several words the model types otherwise than every rule that found it takes the rules' type;
    so does a short form defined in brackets after a name a rule found ('Stadion Gelora Bandung Lautan Api
    (GBLA)': a place, also where the model reads 'memadati GBLA' as an organization)."""
    ruled: dict[str, set[str]] = {}
    for m in ms:
        if m.source != "model" and not m.source.startswith("coref") and " " in m.text:
            ruled.setdefault(m.text, set()).add(m.type)
            short = re.match(r" \(([A-Z][A-Za-z]{1,11})\)", text[m.end:m.end + 16])
            if short:
                ruled.setdefault(short.group(1), set()).add(m.type)
    for m in ms:
        types = ruled.get(m.text)
        if m.source == "model" and types and len(types) == 1 and m.type not in types:
            m.type = next(iter(types))
        elif m.source == "rule:title" and m.type == "Person" and " " not in m.text and types and "Person" not in types:
            # "Pemerintah Kabupaten Kutai Timur (Kutim) ... Kepala Brida Kutim, Yusuf": the short form of
            # a region's name after a title is the title's region, no holder (the holder follows the comma)
            m.type = "Place"
    # 'Pratama Arhan' read three times as a person and twice as a body: one name, the type read most
    # often; a tie goes to a person when the name has a person's shape
    read: dict[str, Counter] = {}
    for m in ms:
        if m.source == "model" and " " in m.text:
            read.setdefault(m.text, Counter())[m.type] += 1
    for m in ms:
        counts = read.get(m.text)
        if m.source == "model" and counts and len(counts) > 1:
            (top, n), (_, n2) = counts.most_common(2)
            if n > n2:
                m.type = top
            elif counts["Person"] == n and _name_shaped_person(m, text):
                m.type = "Person"
    return ms


def _full_names_of_short_ones(ms: list[Mention], text: str, sentences, heads) -> list[Mention]:
    """'kata Taufik' (a person named by one word) and 'menetapkan saudara Taufik Hidayatullah sebagai ...'
    (a run nobody recognised): a name-shaped run of two or three words that starts with a person's one-word
    name is that person's full name, in the body (not in a title-cased headline)."""
    singles = {m.text for m in ms if m.type == "Person" and " " not in m.text and len(m.text) >= 3
               and m.text[:1].isupper() and not m.text.isupper()}
    if not singles:
        return ms
    taken = Taken(len(text), ((m.start, m.end) for m in ms))
    added = []
    pattern = re.compile(r"(?<![\w'’\-])(%s)((?: [A-Z][a-z][\w'’\-]*){1,2})(?![\w'’\-]| [A-Z])"
                         % "|".join(map(re.escape, sorted(singles))))
    for found in pattern.finditer(text):
        s, e = found.span()
        cand = Mention(s, e, text[s:e], "Person", "rule:short-name", 0.6)
        if taken.overlaps(s, e) or any(a <= s < b for a, b in heads) or \
                not any(x.start <= s and e <= x.end for x in sentences) or not _name_shaped_person(cand, text) or \
                _known_place(found.group(2).strip()):
            continue
        added += _split_pair(cand, text)   # "Hendrawan Saputra-Rudi Kurniadi": a ticket of two
        taken.add(s, e)
    return sorted(ms + added, key=lambda m: m.start)


def _unknown_name_runs(ms: list[Mention], text: str, sentences, heads) -> list[Mention]:
    """'Pasangan Hiroki Tanabe dan ...': two or three capitalised words that end a run of capitalised
    words, where no word list, lemma table or place index knows them (and the words before them in the
    run are ordinary words), are a person's name the recogniser missed; in the body only."""
    taken = Taken(len(text), ((m.start, m.end) for m in ms))
    added = []
    for run in re.finditer(r"(?<![\w'’\-])[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*(?![\w'’\-])", text):
        words = run.group().split(" ")
        k = len(words)
        while k > 0 and unknown_name_word(words[k - 1]):
            k -= 1
        ranked = k > 0 and names.is_rank(words[k - 1])   # "Praka Sudirman": one name after a rank
        if not (1 if ranked else 2) <= len(words) - k <= 3 or \
                not all(is_base_word(w) or is_common_word(w) or names.is_rank(w) or derived_word(w) for w in words[:k]):
            continue
        s = run.start() + len(" ".join(words[:k])) + (1 if k else 0)
        e = run.end()
        if taken.overlaps(s, e) or any(a <= s < b for a, b in heads) or \
                not any(x.start <= s and e <= x.end for x in sentences) or names.vehicle(text[s:e].split()) or \
                _competition(text[s:e].split()):
            continue   # (nor a car, nor a tournament: "menyambut Asian Games 2018")
        if text[s - 2:s] == " (" and text[e:e + 1] == ")" and any(m.type == "Person" and m.end == s - 2 for m in ms + added):
            # "Enea Bastianini (Ducati Lenovo)": another name in brackets after a person's is his team's
            added.append(Mention(s, e, text[s:e], "Organization", "rule:name-shape", 0.5))
            continue
        added += _split_pair(Mention(s, e, text[s:e], "Person", "rule:name-shape", 0.5), text)   # a ticket: two
    return sorted(ms + added, key=lambda m: m.start) if added else ms


@lru_cache(maxsize=1)
def _listed_outlets() -> frozenset[str]:
    """The news outlets relations.toml lists ("Global Times"), in lower case."""
    from kg.lang.id.relation_kinds import load
    return frozenset(load().outlets)


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    """Ordinary English and other foreign words quoted in Indonesian text (foreign_words.txt)."""
    return frozenset(w.lower() for entry in word_list("foreign_words") for w in entry.split())


def is_foreign_word(word: str) -> bool:
    return word.lower() in _foreign_words()


def _foreign_phrase(m: Mention) -> bool:
    """'Letter of Intent', 'Early Warning System', 'Gracias', 'News': ordinary foreign words, or one word that
    marks an organization without its name, are not an entity."""
    toks = [w.lower() for w in re.findall(r"[\w'’\-]+", m.text)]
    if len(toks) == 1 and toks[0] in _english_words():
        return True
    return bool(toks) and all(w in _foreign_words() for w in toks) and not any(w in _english_words() for w in toks)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(w.lower() for entry in word_list("org_words_en") for w in entry.split())
