"""Indonesian time expressions: find them and normalise them against a reference date.

Handles weekday + day/month ("Sabtu (4/11)"), day + month name (+ year)
("7 Oktober", "7 Oktober 2023"), parts of a month ("akhir Juni"), month (+ year),
numeric dates ("4/11/2023"), bare weekdays ("pada hari Sabtu") and vague
relative phrases ("beberapa hari yang lalu", "baru-baru ini") as ranges.
Without a reference date the year is inferred only when the weekday fixes it
among the recent years before ``today``; otherwise no date is given. A date that
falls outside what ``datetime.date`` can hold (years 1 to 9999) is kept as text
without a value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
          "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
          "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
          "nopember": 11, "desember": 12, "des": 12}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6}
_MONTH = r"(?P<month>%s)" % "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "mei"), key=len, reverse=True))
_WEEKDAY = r"(?P<weekday>%s)" % "|".join(WEEKDAYS)
_PART = {"awal": (1, 10), "pertengahan": (11, 20), "medio": (11, 20), "akhir": (21, 31)}
# how far back recent years go when a weekday must fix the year
RECENT_YEARS = 6

# (pattern, kind); tried in order, earlier matches win on overlaps
_PATTERNS = [
    (rf"(?:hari\s+)?{_WEEKDAY}\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*[/-]\s*(?P<y>\d{{2,4}}))?\s*\)", "weekday-dm"),   # (also "Jumat (27/10-2023)")
    (rf"(?:(?:hari\s+)?{_WEEKDAY},?\s+)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<y>\d{{4}}))?", "day-month"),
    (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", "numeric"),
    (r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", "iso"),
    (rf"(?P<part>awal|pertengahan|medio|akhir)\s+(?:bulan\s+)?{_MONTH}(?:\s+(?P<y>\d{{4}}))?", "part-month"),
    (rf"(?:bulan\s+)?{_MONTH}\s+(?P<y>\d{{4}})", "month-year"),
    (rf"(?<=\bpada\s)(?:bulan\s+)?{_MONTH}\b", "month"),
    (r"(?:dalam\s+)?beberapa\s+hari\s+(?:yang\s+)?(?:lalu|terakhir|belakangan)", "few-days"),
    (r"(?:dalam\s+)?beberapa\s+(?:minggu|pekan)\s+(?:yang\s+)?(?:lalu|terakhir|belakangan)", "few-weeks"),
    (r"(?P<n>\d+)\s+hari\s+(?:yang\s+)?lalu", "n-days"),
    (r"baru-baru\s+ini|belum\s+lama\s+ini", "recent"),
    (r"kemarin(?!\s+lusa)", "yesterday"),
    (r"tadi\s+malam|malam\s+tadi", "yesterday"),   # "last night", told the morning after
    (r"hari\s+ini", "today"),
    (r"(?:pagi|siang|sore|petang)\s+tadi|tadi\s+(?:pagi|siang|sore|petang)", "today"),   # (not "malam ini" in a quote)
    (r"(?:pekan|minggu)\s+lalu", "last-week"),
    (rf"(?:pada\s+)?(?:hari\s+)?{_WEEKDAY}\b(?!\s*\()", "weekday"),
    (r"keesokan\s+harinya|esok\s+harinya|sehari\s+(?:kemudian|setelahnya)", "next-day"),
    (r"(?:pada|di)\s+(?:hari|malam|pagi|siang|sore|petang)\s+yang\s+sama", "same-day"),
    (r"sehari\s+sebelumnya", "day-before"),
]
# days relative to the date last mentioned in the article, resolved by the event extractor
RELATIVE_DAYS = {"next-day": 1, "same-day": 0, "day-before": -1}
_COMPILED = [(re.compile(r"(?<!\w)" + p + r"(?!\w)", re.IGNORECASE), kind) for p, kind in _PATTERNS]
# "2 Agustus 2021 kemarin", "Senin (2/9) kemarin", "Senin kemarin": "kemarin" after a day told
# says the day is past, it is no day before the publication
_DAY_BEFORE_KEMARIN = re.compile(rf"(?:(?<!\w){_WEEKDAY}|(?<!\w){_MONTH}|(?<!\w)\d{{4}}|\))\s*$", re.IGNORECASE)


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None = None          # "2023-11-04" or "2023-06"
    earliest: date | None = None
    latest: date | None = None
    year_inferred: bool = False
    relative_days: int | None = None  # "keesokan harinya": +1 day from the date mentioned before


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift(day: date, days: int) -> date | None:
    """day + days, or None beyond the years 1 to 9999."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _last_day(y: int, m: int) -> int:
    return ((date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)).day


def _year_for(month: int, day: int, ref: date | None, weekday: int | None, today: date) -> tuple[int | None, bool]:
    """The year of a day/month without a year: the latest one not after the reference date.
    Without a reference, only a weekday can fix it (among recent years)."""
    if ref is not None:
        year = ref.year
        d = _safe_date(year, month, day)
        if d and d > ref + timedelta(days=7):
            year -= 1
        return year, False
    if weekday is None or today is None:
        return None, False
    fits = [y for y in range(today.year - RECENT_YEARS, today.year + 1)
            if (d := _safe_date(y, month, day)) and d.weekday() == weekday and d <= today]
    return (fits[0], True) if len(fits) == 1 else (None, False)


def _normalise(kind: str, g: dict, ref: date | None, today: date) -> Timex:
    t = Timex(0, 0, "")
    weekday = WEEKDAYS.get((g.get("weekday") or "").lower())
    if kind in ("weekday-dm", "day-month", "numeric", "iso"):
        day = int(g["d"])
        month = int(g["m"]) if g.get("m") else MONTHS[g["month"].lower()]
        if g.get("y") and len(g["y"]) != 3:   # ("Senin (9/12/219)": a year mistyped, read as not written)
            year, inferred = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0), False
        else:
            year, inferred = _year_for(month, day, ref, weekday, today)
        d = _safe_date(year, month, day) if year else None
        # (a date written in full wins over a weekday the writer got wrong: "Senin (4/9/2022)", a Sunday)
        if d and (weekday is None or d.weekday() == weekday or g.get("y")):
            t.value, t.earliest, t.latest, t.year_inferred = d.isoformat(), d, d, inferred
    elif kind in ("part-month", "month-year", "month"):
        month = MONTHS[g["month"].lower()]
        year = int(g["y"]) if g.get("y") else (_year_for(month, 1, ref, None, today)[0])
        if year:
            lo, hi = _PART.get((g.get("part") or "").lower(), (1, 31))
            t.value = f"{year:04d}-{month:02d}"
            t.earliest, t.latest = date(year, month, lo), date(year, month, min(hi, _last_day(year, month)))
    elif kind in RELATIVE_DAYS:
        t.relative_days = RELATIVE_DAYS[kind]
    elif ref is not None:
        if kind == "weekday":
            d = ref - timedelta(days=(ref.weekday() - weekday) % 7)
            t.value, t.earliest, t.latest = d.isoformat(), d, d
        elif kind in ("yesterday", "today"):
            d = ref - timedelta(days=1 if kind == "yesterday" else 0)
            t.value, t.earliest, t.latest = d.isoformat(), d, d
        elif kind == "n-days":
            d = ref - timedelta(days=int(g["n"]))
            t.value, t.earliest, t.latest = d.isoformat(), d, d
        else:
            back = {"few-days": (10, 0), "few-weeks": (42, 7), "recent": (30, 0), "last-week": (14, 7)}[kind]
            t.earliest, t.latest = ref - timedelta(days=back[0]), ref - timedelta(days=back[1])
    return t


def find(text: str, start: int = 0, end: int | None = None, *, ref: date | None = None,
         today: date | None = None) -> list[Timex]:
    """Time expressions in text[start:end], normalised against the reference date ``ref``
    (the publication date); ``today`` bounds the years a weekday may pick when there is none."""
    end = len(text) if end is None else end
    today = today or ref
    found: list[Timex] = []
    for pattern, kind in _COMPILED:
        for m in pattern.finditer(text, start, end):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if kind == "weekday" and not m.group("weekday")[0].isupper():
                continue  # "beberapa minggu" is weeks, "Minggu" is Sunday
            if kind == "yesterday" and _DAY_BEFORE_KEMARIN.search(text, max(start, m.start() - 30), m.start()):
                continue
            try:
                t = _normalise(kind, m.groupdict(), ref, today)
            except (OverflowError, ValueError):   # beyond year 9999 or before year 1: text only
                t = Timex(0, 0, "")
            t.start, t.end, t.text = m.start(), m.end(), m.group()
            found.append(t)
    return sorted(found, key=lambda t: t.start)


# a page's time stamp on a line of its own ("Sabtu 02 Mar 2024 07:12 WIB", "Kamis, 23/02/2023 | 12:36 WIB")
_STAMP = re.compile(rf"\s*(?:{_WEEKDAY},?\s*)?\d{{1,2}}[\s/.-]+(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|\d{{1,2}})\.?"
                    r"[\s/.-]+\d{4}[\s,|/–—-]*(?:(?:pukul|jam)\s*)?(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?\s*"
                    r"(?:WIB|WITA|WIT|GMT\+?\d*)?\s*", re.IGNORECASE)


def page_stamp(text: str) -> bool:
    """The text is only a date (and a clock time): when a page was put out, not a day the article tells."""
    return bool(_STAMP.fullmatch(text))
