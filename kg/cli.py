"""Thin command line over the library.

Exit codes: 0 success, 1 validation failed (``kg validate``, ``kg eval``), 2 bad
input or usage (``Error: ...``), 3 internal error (a bug: a short message and where
to report it; ``--debug`` shows the traceback), 130 interrupted.

Each module in ``kg/commands`` is one subcommand: it defines ``NAME``, ``HELP``,
``DESCRIPTION``, ``add_arguments(parser)`` and ``run(args) -> int``. Heavy
imports happen inside ``run`` so that ``kg --help`` stays fast.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from kg import commands
from kg.errors import KgError


def _command_modules():
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"kg.commands.{info.name}")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="newskg: turn news articles (Indonesian first) into knowledge graphs "
        "(RDF Turtle, GraphML, an offline interactive HTML view).",
        epilog="Run 'kg COMMAND --help' for the options of one command. "
        "Example: kg build examples/haniyeh-tehran.id.txt -o output --published 2023-11-05",
    )
    parser.add_argument("--version", action="store_true",
                        help="print the package version and the shipped models' versions and training data")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of an internal error (exit code 3)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        p.set_defaults(run=module.run)
    return parser


EXIT_INTERNAL = 3
REPORT_TO = "the newskg maintainers (issue tracker of the repository)"


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (ANSI escapes) shown escaped, line breaks kept."""
    return "".join(c if c.isprintable() or c == "\n" else repr(c)[1:-1] for c in text)


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.version:
        from kg.version import version_text
        print(version_text())
        return 0
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except KgError as e:
        print(f"Error: {printable(str(e))}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:   # "kg eval ... | head": the reader left, not an error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:   # a bug: one line, no traceback unless asked
        if args.debug:
            raise
        where = ""
        tb = e.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        print(f"Error: internal error ({type(e).__name__}{where}: {printable(str(e)[:200])}); this is a bug in newskg. "
              f"Please report it to {REPORT_TO} with the command you ran; "
              "'kg --debug ...' shows the full traceback.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
