"""Options of a pipeline run. Frozen: stages read them, never change them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MAX_CHARS = 300_000   # longest article accepted by default (about 40,000 words); cost grows with it


@dataclass(frozen=True)
class Config:
    gazetteers: tuple[str, ...] = ()   # user gazetteer CSV files, applied after the package one
    use_model: bool = True             # the statistical recogniser beside the rules
    link_places: bool = True           # GeoNames ids and coordinates for places
    max_chars: int = MAX_CHARS         # longer articles are refused with an input error
    today: date | None = None          # the "now" of relative dates; None: publication date, else the run date
