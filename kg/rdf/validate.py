"""Check a graph against the output contract: the SHACL shapes of ontology/shapes.ttl (pySHACL).

The package reads the shapes through kg/rdf/shapes.ttl, a link to that file, so an
installed copy has them too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

SHAPES = Path(__file__).with_name("shapes.ttl")
MAX_LISTED = 20   # violations printed per file; the count is always complete


@dataclass
class Report:
    source: str
    violations: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self, limit: int = MAX_LISTED) -> str:
        if self.conforms:
            return f"{self.source}: conforms to the newskg output contract"
        lines = [f"{self.source}: {len(self.violations)} violation(s) of the newskg output contract"]
        lines += [f"  - {v}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


class Validator:
    """Owns the parsed shapes; validate as many graphs as you like with one."""

    def __init__(self, shapes: Path = SHAPES):
        self.shapes = Graph().parse(shapes, format="turtle")

    def validate(self, data: Graph, source: str = "graph") -> Report:
        from pyshacl import validate
        _, results, text = validate(data, shacl_graph=self.shapes, inference="none", allow_infos=True,
                                    allow_warnings=True)
        if not isinstance(results, Graph):   # pySHACL could not run the shapes: a bug of ours, not of the data
            raise RuntimeError(f"SHACL validation could not run: {text}")
        report = Report(source)
        for r in results.subjects(SH.resultSeverity, SH.Violation):
            if results.value(r, SH.sourceConstraintComponent) != SH.NodeConstraintComponent:   # restated below it
                report.violations.append(_describe(data, results, r))
        report.violations = sorted(set(report.violations))
        return report


def _short(graph: Graph, term) -> str:
    if term is None:
        return ""
    try:
        return term.n3(graph.namespace_manager)
    except Exception:   # a term rdflib cannot shorten is shown whole
        return str(term)


def _describe(data: Graph, results: Graph, r) -> str:
    focus, path = results.value(r, SH.focusNode), results.value(r, SH.resultPath)
    message, value = results.value(r, SH.resultMessage), results.value(r, SH.value)
    text = f"{_short(data, focus)}"
    if path is not None:
        text += f" {_short(data, path)}"
    text += f": {message or 'violates ' + _short(results, results.value(r, SH.sourceConstraintComponent))}"
    if value is not None and value != focus:
        shown = _short(data, value)
        text += f" (value {shown[:80] + '…' if len(shown) > 80 else shown})"
    return text


def validate_file(path: str | Path, validator: Validator | None = None) -> Report:
    """Parse an RDF file (format from its suffix) and validate it; an unreadable file is an InputError."""
    from rdflib.util import guess_format

    from kg.errors import InputError
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        data = Graph().parse(p, format=guess_format(str(p)) or "turtle")
    except Exception as e:   # rdflib raises many kinds of parse errors
        raise InputError(f"{path}: cannot be read as RDF ({str(e).splitlines()[0][:200] if str(e) else type(e).__name__})") from None
    return (validator or Validator()).validate(data, str(path))
