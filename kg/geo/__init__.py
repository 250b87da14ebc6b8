"""Offline place identities: GeoNames ids, coordinates, countries and Indonesian names.

See :mod:`kg.geo.places` and ``docs/places.md``.
"""
from __future__ import annotations

from kg.geo.places import Place, candidates, country, lookup, province_of

__all__ = ["Place", "candidates", "country", "lookup", "province_of"]
