"""Indonesian numbers: "1.400" is 1400, "2,7 juta" is 2700000, "$1,2 miliar" is 1.2e9 USD."""
from __future__ import annotations

import re
from decimal import Decimal

SCALES = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
          "triliun": 10**12, "trilyun": 10**12}
WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dolar": "USD", "rp": "IDR", "rupiah": "IDR",
              "€": "EUR", "euro": "EUR", "£": "GBP", "riyal": "SAR", "yen": "JPY"}

MAX_DIGITS = 30   # longer digit runs are codes or noise, not quantities: kept as text
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PATTERN = re.compile(
    r"(?<![\w.,])(?P<cur>US\$|\$|€|£|Rp\.?|USD)?\s?(?P<num>%s|%s)(?:\s+(?P<scale>%s)\b)?(?:\s+(?P<cur2>dolar|rupiah|euro|riyal|yen)\b)?"
    % (_NUMBER, "|".join(WORDS), "|".join(SCALES)), re.IGNORECASE)


def parse_number(text: str) -> int | Decimal | None:
    """'1.400' -> 1400, '9.488' -> 9488, '2,7' -> Decimal('2.7'), 'tiga' -> 3."""
    t = text.strip().lower()
    if t in WORDS:
        return WORDS[t]
    if not re.fullmatch(_NUMBER, t):
        return None
    t = t.replace(".", "").replace(",", ".")
    if len(t) > MAX_DIGITS + 1:
        return None
    return Decimal(t) if "." in t else int(t)


def find(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end, value, currency) for each number in text[start:end]."""
    end = len(text) if end is None else end
    for m in _PATTERN.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value = value * SCALES[scale.lower()]
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)
        cur = (m.group("cur") or m.group("cur2") or "").lower().rstrip(".")
        yield m.start(), m.end(), value, CURRENCIES.get(cur)
