"""Fuzz the whole path an article takes: build, Turtle, GraphML and HTML.

    python scripts/fuzz.py [--count 10000] [--start 0] [--seed 1] [--model-every 10] [--validate-every 50]

Each input is random text (any Unicode, control characters, Indonesian words and
names, dates such as 'Sabtu (4/11)' or '31 Desember 9999', numbers such as '1.400',
'2,7 juta' or 5,000 digits, very long tokens) with a random publication date
(none, ordinary, 0001-01-01, 9999-12-31). It is built with kg.build, written with
the real writer (kg.output.write_article) and read back: the Turtle with rdflib,
the GraphML with NetworkX; mention offsets must slice back to the text. Every
--validate-every-th graph is also checked against the SHACL shapes.

An input error (KgError, "Error: ..." on the command line) is a correct answer.
Anything else is a crash: it is printed with the seed and input that caused it,
and the exit code is 1.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("Presiden Joko Widodo bertemu dengan Menteri Luar Negeri Retno Marsudi di Jakarta pada Ismail Haniyeh "
         "Hamas Tehran Tehean Iran Ayatullah Ali Khamenei mengatakan kata ujarnya kelompok tersebut negara itu "
         "menewaskan orang terluka serangan Israel Gaza Jalur Rafah Yaman Houthi Hizbullah Beirut Qatar Doha "
         "ibu kota berbasis di bermarkas anggota pemimpin pendukung Kabupaten Kota Provinsi Sulawesi Selatan "
         "Bank Indonesia DPR Komisi II Partai Golkar PBB sejak kemarin hari ini pekan lalu keesokan harinya "
         "sehari kemudian sehari sebelumnya beberapa hari yang lalu baru-baru ini tiba berangkat ke dari dan "
         "yang ini itu \u201c \u201d \" ( ) , . : ; - \u2013 Baca juga: Sabtu Minggu Senin Jumat").split()
DATES = ["Sabtu (4/11)", "Senin (31/2)", "7 Oktober", "7 Oktober 2023", "31 Desember 9999", "1 Januari 0001",
         "akhir Desember 9999", "awal Januari 0001", "pada Desember", "4/11/2023", "29/2/2023", "0000-01-01",
         "9999-12-31", "3 hari yang lalu", "99999999999999999999 hari yang lalu", "pertengahan Mei 2024",
         "Rabu (1/1)", "hari Sabtu", "kemarin", "sehari kemudian", "keesokan harinya"]
NUMBERS = ["1.400", "9.488", "2,7 juta", "$1,2 miliar", "Rp 2,5 triliun", "0,5", "tiga", "12 ribu",
           "1.250.000", "1.2.3.4", ",5", "5,", "1e309"]
CONTROLS = ["\f", "\x00", "\x1b[31m", "\x0b", "\r", "\r\n", "\t", "\u2028", "\ufeff", "\u200b", "\x7f", "\ufffe"]
PUBLISHED = [None, None, date(2023, 11, 5), date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29)]


def random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        cp = rng.choice([rng.randrange(0x20, 0x7f), rng.randrange(0, 0x20), rng.randrange(0xa0, 0x3000),
                         rng.randrange(0x10000, 0x110000)])
        if not 0xd800 <= cp <= 0xdfff:   # text read from files never holds lone surrogates
            out.append(chr(cp))
    return "".join(out)


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 60)):
        kind = rng.random()
        if kind < 0.45:
            parts.append(rng.choice(WORDS))
        elif kind < 0.6:
            parts.append(rng.choice(DATES))
        elif kind < 0.7:
            parts.append(rng.choice(NUMBERS))
        elif kind < 0.78:
            parts.append(rng.choice(CONTROLS))
        elif kind < 0.9:
            parts.append(random_unicode(rng, rng.randrange(1, 20)))
        elif kind < 0.95:
            parts.append(rng.choice("9xX-.,") * rng.randrange(100, 5000))   # long tokens and digit runs
        else:
            parts.append(".\n\n" if rng.random() < 0.5 else "\n")
    return rng.choice([" ", "", "\n"]).join(parts)


def random_published(rng: random.Random) -> date | None:
    choice = rng.choice(PUBLISHED + ["any"])
    return date(1, 1, 1) + timedelta(days=rng.randrange(3652058)) if choice == "any" else choice


def check_one(text: str, published, use_model: bool, validate, out: Path) -> None:
    """Build, write and read back one article; raise AssertionError or the crash itself."""
    import networkx as nx
    from rdflib import Graph

    import kg
    from kg.errors import KgError
    from kg.output import write_article
    try:
        result = kg.build(text, doc_id="fuzz", published=published, config=kg.Config(use_model=use_model))
    except KgError:
        return   # a clear input error is a correct answer
    doc = result.document
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text, (m.start, m.end, m.text)
    paths = write_article(result, out)
    back = Graph().parse(paths[0], format="turtle")
    assert len(back) == len(result.rdf), "Turtle does not read back to the same number of triples"
    nx.read_graphml(paths[1])
    assert paths[2].read_text(encoding="utf-8").rstrip().endswith("</html>")
    if validate:
        report = validate(back, "fuzz")
        assert report.conforms, report.text()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10_000, help="number of inputs (default 10,000)")
    ap.add_argument("--start", type=int, default=0,
                    help="number of the first input (to split a run over processes: inputs start .. start+count-1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--model-every", type=int, default=10, metavar="N",
                    help="use the statistical recogniser on every N-th input (0: never)")
    ap.add_argument("--validate-every", type=int, default=50, metavar="N",
                    help="check every N-th graph against the SHACL shapes (0: never)")
    args = ap.parse_args(argv)
    from kg.rdf.validate import Validator
    validator = Validator() if args.validate_every else None
    crashes = 0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n, i in enumerate(range(args.start, args.start + args.count), 1):
            rng = random.Random(f"{args.seed}-{i}")
            text, published = random_text(rng), random_published(rng)
            use_model = bool(args.model_every) and i % args.model_every == 0
            validate = validator.validate if validator and i % args.validate_every == 0 else None
            try:
                check_one(text, published, use_model, validate, Path(tmp))
            except Exception:
                crashes += 1
                print(f"CRASH input {i} (seed {args.seed}, published {published}, model {use_model}): "
                      f"{text[:300]!r}", file=sys.stderr)
                traceback.print_exc(limit=4)
            if n % 500 == 0:
                print(f"{n} inputs, {crashes} crashes, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    print(f"fuzz: {args.count} inputs, {crashes} crashes ({time.perf_counter() - t0:.0f} s, seed {args.seed}, "
          f"inputs {args.start} to {args.start + args.count - 1})")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
