NAME = "validate"
HELP = "check RDF files against the output contract (SHACL shapes)"
DESCRIPTION = """\
Check each FILE (Turtle, N-Triples, JSON-LD, TriG ... by suffix) against the SHACL
shapes of the newskg output contract (ontology/shapes.ttl): every entity has
exactly one schema:name and its base type, every mention's offsets lie within its
document and slice back to its text, every event has a kind and an actor (or is a
kind that may have none), numbers and dates are typed.

Prints one report per file. Exit code: 0 when all files conform, 1 when any file
has violations, 2 when a file cannot be read.

example:
  kg validate output/*.ttl
"""


def add_arguments(p):
    p.add_argument("files", nargs="+", metavar="FILE", help="RDF files to check")


def run(args) -> int:
    from kg.rdf.validate import Validator, validate_file

    validator = Validator()
    failed = 0
    for path in args.files:
        report = validate_file(path, validator)
        print(report.text())
        failed += not report.conforms
    return 1 if failed else 0
