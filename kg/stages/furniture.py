"""Find the page furniture a user copies with an article from a news web page.

Bylines, editor and photo-credit lines, advertising and navigation lines, share
prompts, agency signatures ("(Ant)"), lists of related articles and tags, and
"Baca juga" teasers, inline ones included: a teaser title ends where the body's own
sentence starts. Nothing is cut from the text: each span is returned with its
reason and the clean stage records it in ``Document.removed``. The cue words are
data (kg/lang/id/furniture.txt, teasers.txt); this module only knows shapes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.id import word_list, word_set
from kg.lang.id.evidence import is_headline, list_item_line, match_blocks, names_line, post_line, ranked_lines
from kg.text import BULLET_MARKS, phrases_regex

_CLOSE = {"(": ")", "[": "]", "{": "}"}
_WORD = re.compile(r"[\w'’.\-]+|[“\"]")
# "(Ant)", "(rds/ugo)", "(ant/rtr)", "(***)": an agency or editor signature closing a paragraph
_SIGNATURE = re.compile(r"\((?:\*{3}|[A-Za-z][A-Za-z0-9]{1,5}(?:/[A-Za-z0-9][\w.\-]{1,20}){0,3})\)\s*$")
# "Home » Medan » Kriminal", "Berita / Hukum & Kriminal", "Market / Bursa Saham"
_BREADCRUMB = re.compile(r"^\s*[^\s/»›>|][^/»›>|.!?:]{0,30}(?:\s+[/»›>|]\s+[^/»›>|.!?:]{1,30}){1,5}\s*$")
_URL = re.compile(r"(?:https?://|www\.)\S+")


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    """The sections of furniture.txt, plus the teaser cues."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in word_list("furniture"):
        if line.startswith("[") and line.endswith("]") and " " not in line:
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    sections["teaser"] = list(word_list("teasers"))
    return {k: tuple(v) for k, v in sections.items()}


@lru_cache(maxsize=1)
def _patterns():
    c = cues()
    named = phrases_regex(c["outlet"])
    outlets = named + r"|[\w\-]+\.(?:com|co\.id|id|net)"   # (a web domain names an outlet)
    return {
        "teaser": re.compile(r"(?i)(?<![\w])(?:%s)\b\s*[:：\-–—]?\s*" % phrases_regex(c["teaser"])),
        "list": re.compile(r"(?i)^\W*(?:%s)\W*$" % phrases_regex(c["list"])),
        "prefix": re.compile(r"(?i)^\W{0,3}(?P<cue>%s)(?P<after>\s*[:|：]|\s)" % phrases_regex(c["prefix"])),
        "inline": re.compile(phrases_regex(c["inline"], ignore_case=False)),
        "contains": re.compile(r"(?i)%s" % phrases_regex(c["contains"])),
        # "Ilham Pratama - detikFinance", "Wisnu Saputra - Bisnis.com", "Tim Okezone, Jurnalis · Kamis"
        "byline": re.compile(r"(?i)^[^.!?\n]{3,60}\s[-–—|]\s*(?:(?:%s)|(?:%s)\w*)\s*$" % (outlets, phrases_regex(c["outlet-prefix"]))),
        "outlet_word": re.compile(r"(?i)^(?:(?:%s)\w*|[\w\-]+\.(?:com|co\.id|id))$" % phrases_regex(c["outlet-prefix"])),
        # "(ANTARA FOTO/Aditya Putra/foc)", "(Foto: Dok. Humas)", "(REUTERS/Evelyn Hockstein)"
        "credit_paren": re.compile(r"(?i)[(\[](?:(?:foto\s*:|dok\.?\s)[^()\[\]\n]*|(?:%s)\s*/[^()\[\]\n]*"
                                   r"|[^()\[\]\n/]{2,40}/\s*(?:%s)[^()\[\]\n]*)[)\]]" % (outlets, outlets)),
        # what follows a caption's last sentence: "KOMPAS.com/FAJAR R", "AFP/STRINGER", "DOK. BPBD X",
        # "Foto: Dok. Kemlu RI", "TEMPO/Toni Sembiring", "ANDI WIJAYA/KOMPAS.com", "Bisnis/Arief Prabowo"
        "credit_tail": re.compile(r"(?:^|(?<=[.)]\s))(?:(?i:foto|sumber foto)\s*:|(?i:dok)\.?\s|(?i:%s)\s*/"
                                  r"|(?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]+\s*/\s*(?:(?i:%s)|[A-Z][A-Z.'’\-]+\b))[^\n]*$"
                                  % (outlets, outlets)),
        # a line that is a credit and nothing else, bulleted or not: "- ANTARA FOTO/Rudi Hartanto"
        # (not a dateline: "RADARTIMUR.ID/JEMBER - Banjir ...")
        "credit_line": re.compile(r"^[-–•*]?\s*(?i:%s)\s*/\s*(?:(?!\s[-–—]\s)[^/\n]){2,40}(?:/[^/\n]{1,12})?$"
                                  % outlets),
        # a credit opening a caption: "Okezone/Rudi Hartanto - Direktur utama yang baru ..."
        # (an outlet the list names: a web domain and a place before a dash is a dateline, "RADARX.ID/JEMBER - ")
        "credit_head": re.compile(r"^(?i:%s)\s*/\s*[^/\n.!?]{2,40}?\s[-–—]\s" % named),
        "nav": frozenset(w.lower() for w in c["nav"]),
        "starter": frozenset(tuple(s.lower().split()) for s in c["starter"]),
        "headline_lower": frozenset(c["headline-lowercase"]),
    }


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line.rstrip("\r\n"))
        start += len(line)


def _is_navigation(line: str, nav: frozenset[str]) -> bool:
    words = re.findall(r"[\w.]+", line.lower())
    return 0 < len(words) <= 12 and all(w.strip(".") in nav or w in nav for w in words) and \
        not re.search(r"[.!?]\s*$", line.rstrip()) or line.strip() in {"|", "»", "›", ">", "•", "·"}


def _is_title_shaped(line: str) -> bool:
    """A line that reads as another article's title (or a tag, or a date), not a body paragraph."""
    s = line.strip()
    return len(s.split()) <= 20 and not re.search(r"[.:;,][\"'”’)]*$", s) and not list_item_line(s)


def _prefix_is_furniture(line: str, m: re.Match) -> bool:
    """'Editor: Sari Dewi', 'Laporan wartawan Kompas.com, Andi': a cue word needs a colon after it,
    or several words, or a short line, so that a body sentence starting 'Sumber itu ...' stays."""
    if m.group("after").strip():
        return True
    rest = line[m.end():].strip()
    return " " in m.group("cue").strip() or (len(rest.split()) <= 5 and not rest.endswith("."))


def teaser_end(text: str, start: int, end: int) -> int:
    """Where a teaser title that starts at ``start`` ends in a line ending at ``end``: at a word that
    starts a body sentence ("Menurut", "Sementara itu", a quote), at the start of the capitalised run
    before the first lowercase word when the title is title-cased, else at the end of the line."""
    pats = _patterns()
    lower, starters = pats["headline_lower"], pats["starter"]
    if not re.search(r"[.!?][\"'”’)]*\s*$", text[start:end]) and _is_title_shaped(text[start:end]):
        return end   # a short line that does not end as a sentence is the title alone (a long one was cut)
    capitals = [w[:1].isupper() for w in _WORD.findall(text[start:end]) if w[:1].isalpha() and w.lower() not in lower]
    if re.search(r"[!?][\"'”’)]*\s*$", text[start:end]) and len(capitals) >= 4 and \
            sum(capitals) >= 0.8 * len(capitals):
        return end   # "Gawat! Sopir Angkot Ancam Mogok ...: Kami Tak Mau ..., Bukan Sapi Perah!": title-cased to its "!"
    words = [(m.start() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    seen_lower = False
    for k, (pos, w) in enumerate(words):
        low = w.lower().strip(".")
        nxt = words[k + 1][1].lower() if k + 1 < len(words) else ""
        if k >= 2 and (w in "“\"" or (w[:1].isupper() and ((low,) in starters or (low, nxt) in starters))):
            return pos
        if w[:1].islower() and low not in lower and not seen_lower:
            seen_lower = True
            # the first lowercase word of the body: in a title-cased teaser ("Harga Emas Naik Lagi Joko
            # Widodo mengatakan ...") the body's subject is the end of the capitalised run before it;
            # keep its last two words (a name) in the body
            run = k
            while run > 0 and (words[run - 1][1][:1].isupper() or words[run - 1][1][:1].isdigit() or
                               words[run - 1][1].lower() in lower):
                run -= 1
            if run == 0 and k >= 3:
                from kg.lang.id.evidence import is_common_word
                # a two-word name, unless its first word is an ordinary word of the title ("... Narkoba | Ridwan")
                return words[k - 1][0] if is_common_word(words[k - 2][1]) else words[k - 2][0]
    m = re.search(r"[.!?][\"'”’]?\s+(?=[A-Z“\"])", text[start:end])
    return start + m.end() if m else end


_ITEM = re.compile(rf"^\s*(?:{BULLET_MARKS}|\d{{1,2}}[.)])\s+\S")   # a bulleted or numbered line


_CLOSING_CREDIT = re.compile(r"(?<=[.!?])\s*\([^()]{1,30}\)$")


def _is_body(line: str) -> bool:
    """A paragraph of the article: a sentence of some length, or an item of a list it gives."""
    s = _CLOSING_CREDIT.sub("", line.strip())   # "... skor akhir 2-0. (*/Dinda)": the writer's credit after the full stop
    return (len(s.split()) >= 8 and re.search(r"[.!?][\"'”’)]*$", s) is not None and not _is_question_headline(s)) \
        or (_ITEM.match(s) is not None and ":" in s and not is_headline(s)) \
        or (len(s.split()) >= 26 and not _is_title_shaped(s))   # a paragraph cut before its full stop


def _is_question_headline(s: str) -> bool:
    """'Jokowi Bertemu Surya Paloh di Istana, Bahas Apa ?': a title-cased line ending in ? or ! is a
    headline, not a paragraph."""
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    return s.rstrip("\"'”’) ").endswith(("?", "!")) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _line_furniture(line: str, pats) -> str | None:
    """The reason a whole line is furniture, or None."""
    s = line.strip()
    if pats["contains"].search(s):
        return "byline"
    m = pats["prefix"].match(s)
    if m and _prefix_is_furniture(s, m) and not pats["teaser"].match(s):
        return "tags" if m.group("cue").lower() in ("tag", "tags", "topik") else "byline"
    if pats["byline"].match(s):
        return "byline"
    if pats["credit_line"].match(s):
        return "photo credit"
    if _SIGNATURE.fullmatch(s):
        return "signature"
    if _is_navigation(s, pats["nav"]) or _BREADCRUMB.match(s) or \
            (len(s.split()) == 1 and pats["outlet_word"].match(s.lstrip("#"))):
        return "navigation"
    return None


# the matches of a team tie below the report: "Indonesia vs Thailand:", "Tunggal Putri 1: A vs B: 19-21, 21-15"
_MATCH_RESULT = re.compile(r"\s*(?:[A-Z][^:\n]{0,40} vs\.? [A-Z][^:\n]{0,40}:\s*$|"
                           r"[^:\n]{0,40}(?:[^:\n]\d:\s*[A-Z][^\n]* vs\.? [A-Z]|:\s*[A-Z][^\n]* vs\.? [A-Z][^\n]*\d{1,2}\s*-\s*\d)|"
                           # a round's result, perhaps bulleted: "- Sumsel 0-1 Kepri"
                           r"[-•*·]?\s*[A-Z][^\d\n:]{0,40}\s\d{1,2}\s*-\s*\d{1,2}\s+[A-Z][^\d\n:]{0,40}$)")


def _bracketed_region(signature: str) -> bool:
    """'(Jambi)' after a list item: a province the item is of, no signature."""
    word = signature.strip().strip("()")
    return word in word_set("provinces")


def _line_ups(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines of names below a report ("Filip Nguyen; Bui Tien Dung, ...") and the short labels ending in a
    colon right above them ("Vietnam:"), and the match lines of a team tie's results."""
    out: set[int] = set()
    results = {row.start() for _, rows in match_blocks(text) for row in rows} | \
        {row.start() for row in ranked_lines(text)}   # (and the lines of a race's results table)
    for k, (ls, le) in enumerate(lines):
        if any(ls <= r < le for r in results):
            out.add(k)                        # a match of a team tie ("A vs B 21-6, 21-18")
            continue
        if names_line(text[ls:le]):
            out.add(k)
            label = text[slice(*lines[k - 1])].strip() if k else ""
            if label.endswith(":") and len(label.split()) <= 5:
                out.add(k - 1)
    return out


# a dateline inside a line: a capitalised place, a dash, then the lede
_DATELINE_IN_BYLINE = re.compile(r"(?<=\s)[A-Z]{3,}(?: [A-Z]{3,}){0,2},?(?: [A-Za-z.]+\.(?:com|id|co\.id))? ?[–—-]{1,2} (?=[A-Z\"“])")
_BULLET = re.compile(rf"^\s*{BULLET_MARKS}\s+\S")


def _bulleted_titles(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines of a bulleted block of other articles' titles inside the page: items shaped as titles, with
    no colon (not a list of officials) unless they are headlines ('- Kasus X: Kapolsek Y Dicopot'), one
    of them a headline with its verb."""
    out: set[int] = set()
    block: list[int] = []
    for k in range(len(lines) + 1):
        line = text[slice(*lines[k])] if k < len(lines) else ""
        if line and _BULLET.match(line) and _is_title_shaped(line) and (":" not in line or is_headline(line)):
            block.append(k)
            continue
        if any(is_headline(_BULLET.sub("", text[slice(*lines[j])], count=1)) for j in block):
            out.update(block)
        block = []
    return out


def _introduced_items(text: str, lines: list[tuple[int, int]], pats) -> set[int]:
    """Bulleted or numbered lines right below a sentence of the body that announces them ("Inilah lima
    penjabat bupati tersebut:"): the article's own list, not other articles' titles ("Baca Juga:")."""
    out: set[int] = set()
    for k, (ls, le) in enumerate(lines):
        intro = text[ls:le].strip()
        if not intro.endswith(":") or len(intro.split()) < 4 or _BULLET.match(intro) or \
                pats["teaser"].match(intro) or pats["list"].match(intro):
            continue
        j = k + 1
        while j < len(lines) and _ITEM.match(text[slice(*lines[j])]):
            out.add(j)
            j += 1
    return out


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every piece of page furniture in text."""
    pats = _patterns()
    lines = [(ls, le) for ls, le in _lines(text) if text[ls:le].strip()]
    body = [k for k, (ls, le) in enumerate(lines) if _is_body(text[ls:le]) and not _line_furniture(text[ls:le], pats)]
    first, last = (body[0], body[-1]) if body else (0, len(lines) - 1)
    # above the body: the headline (the longest title-shaped line) stays; short labels are navigation
    top = [k for k in range(first) if _is_title_shaped(text[slice(*lines[k])])]
    headline = max(top, key=lambda k: len(text[slice(*lines[k])].split()), default=None)
    found: list[tuple[int, int, str]] = []
    in_list = False
    introduced = _introduced_items(text, lines, pats)
    bulleted = _bulleted_titles(text, lines) - introduced
    line_ups = _line_ups(text, lines)
    for k, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if k in line_ups:
            continue
        if k in bulleted:
            found.append((ls, le, "related"))
            continue
        after_item = k > 0 and list_item_line(text[slice(*lines[k - 1])])   # ("A, Duta Besar X; dan" above)
        if k > last and k not in introduced and (_is_title_shaped(line) or _line_furniture(line, pats)) and \
                not post_line(line) and not _MATCH_RESULT.match(line) and not after_item:
            found.append((ls, le, "related"))   # below the article's last paragraph: related titles, tags
            continue
        if in_list and (_is_title_shaped(line) or _is_navigation(line, pats["nav"])):
            found.append((ls, le, "related"))
            continue
        in_list = False
        if pats["list"].match(line):
            found.append((ls, le, "related"))
            in_list = True
            continue
        reason = _line_furniture(line, pats)
        if reason is None and k < first and k != headline and len(line.split()) <= 3 and \
                _is_title_shaped(line.rstrip().rstrip(",&")):
            reason = "navigation"   # a label, or one of several authors' names ("Dian Erika Nugraheny,")
        if reason == "byline" and (lede := _DATELINE_IN_BYLINE.search(line)) and \
                len(line[lede.end():].split()) >= 8:
            # "Editor : A Peliput : B TERNATE – Polres ... mengungkap ...": the byline ends where a
            # dateline opens the lede the page glued to it
            found.append((ls, ls + lede.start(), reason))
            continue
        if reason:
            found.append((ls, le, reason))
            # "Simak Video Pilihan Ini:" introduces a list; "Bagikan:" does not
            in_list = reason in ("byline", "tags") and line.rstrip().endswith(":")
            continue
        found += _inline(text, ls, le)
    return sorted(found)


def _inline(text: str, ls: int, le: int) -> list[tuple[int, int, str]]:
    pats = _patterns()
    line = text[ls:le]
    out = [(ls + m.start(), ls + m.end(), "advertising") for m in pats["inline"].finditer(line)]
    out += [(ls + m.start(), ls + m.end(), "link") for m in _URL.finditer(line)]
    out += [(ls + m.start(), ls + m.end(), "photo credit") for m in pats["credit_paren"].finditer(line)]
    head = pats["credit_head"].match(line)
    if head:
        out.append((ls, ls + head.end(), "photo credit"))
    tail = pats["credit_tail"].search(line)
    if tail and tail.start() > 0 and not any(s <= ls + tail.start() < e for s, e, _ in out):
        out.append((ls + tail.start(), le, "photo credit"))
    sig = _SIGNATURE.search(line)
    if sig and sig.start() > 0 and line[:sig.start()].rstrip().endswith((".", "\"", "”")) and \
            not _bracketed_region(sig.group()):
        out.append((ls + sig.start(), le, "signature"))
    # a paragraph may hold several teasers: each one's title ends before the next one's cue
    teasers = list(pats["teaser"].finditer(line))
    for k, m in enumerate(teasers):
        if out and out[-1][2] == "teaser" and ls + m.start() < out[-1][1]:
            continue
        stop = teasers[k + 1].start() if k + 1 < len(teasers) else len(line)
        before = line[:m.start()].rstrip()
        if before and before[-1] in _CLOSE:
            close = line.find(_CLOSE[before[-1]], m.end(), stop)
            out.append((ls + len(before) - 1, ls + (close + 1 if close >= 0 else stop), "teaser"))
        else:
            out.append((ls + m.start(), teaser_end(text, ls + m.end(), ls + stop), "teaser"))
    return out
