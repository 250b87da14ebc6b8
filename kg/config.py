"""Options of a pipeline run. Frozen: stages read them, never change them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Config:
    gazetteers: tuple[str, ...] = ()   # user gazetteer CSV files, applied after the package one
    use_model: bool = True             # the statistical recogniser beside the rules
    link_places: bool = True           # GeoNames ids and coordinates for places
    today: date | None = None          # reference day for years inferred from a weekday when
                                       # the article has no publication date (None: no guess)
