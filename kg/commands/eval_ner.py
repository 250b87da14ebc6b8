"""kg eval-ner: precision / recall / F1 of the entity recogniser on a CoNLL file."""
from __future__ import annotations

NAME = "eval-ner"
HELP = "score the entity recogniser on a CoNLL file (P/R/F1 per type and micro)"
DESCRIPTION = """\
Score entity recognition on a gold CoNLL file ('TOKEN POS TAG' lines, blank line
between sentences, BIO tags PER/ORG/LOC, reported as Person/Organization/Place).
Each sentence is given to the recogniser as its tokens joined by spaces; an entity
is correct only if its start, end and type all match a gold entity. Prints
precision, recall and F1 per type and the micro-average for the statistical model
alone and, with --hybrid, for the full mention stage (gazetteers + rules + model,
kg.stages.mentions.recognize_text) when that is available.

Example:
  kg eval-ner data/idner-news-2k/dev.txt --hybrid
"""

HYBRID_MODULE = "kg.stages.mentions"
HYBRID_FUNCTION = "recognize_text"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE.conll", help="gold CoNLL file")
    parser.add_argument("--hybrid", action="store_true",
                        help="also score the hybrid mention stage (gazetteers, rules, model)")
    parser.add_argument("--model", default=None, metavar="DIR",
                        help="model directory (default: the shipped kg/ner/model)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def hybrid_recognizer():
    """kg.stages.mentions.recognize_text, or None if it cannot be imported."""
    import importlib

    try:
        module = importlib.import_module(HYBRID_MODULE)
    except ImportError:
        return None
    fn = getattr(module, HYBRID_FUNCTION, None)
    return fn if callable(fn) else None


def run(args) -> int:
    import json

    from kg.errors import InputError
    from kg.model import ENTITY_TYPES
    from kg.ner.conll import read_conll
    from kg.ner.evaluate import evaluate, format_table
    from kg.ner.recognizer import predict_many

    sentences = read_conll(args.file)
    if not sentences:
        raise InputError(f"{args.file}: no sentences (expected 'TOKEN POS TAG' lines)")
    columns = {"model alone": evaluate(
        sentences, lambda texts: predict_many(texts, model_dir=args.model))}
    hybrid_note = None
    if args.hybrid:
        fn = hybrid_recognizer()
        if fn is None:
            hybrid_note = "hybrid: not available"
        else:
            columns["hybrid"] = evaluate(sentences, lambda texts: [fn(t) for t in texts],
                                         types=ENTITY_TYPES)
    if args.json:
        out = {name: sc.as_dict() for name, sc in columns.items()}
        if hybrid_note:
            out["hybrid"] = None
        print(json.dumps(out, indent=2))
        return 0
    n_tokens = sum(len(s.tokens) for s in sentences)
    print(f"{args.file}: {len(sentences)} sentences, {n_tokens} tokens, "
          f"{columns['model alone'].micro.gold} gold entities")
    print(format_table(columns))
    if hybrid_note:
        print(hybrid_note)
    return 0
