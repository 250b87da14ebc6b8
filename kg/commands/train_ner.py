"""kg train-ner: rebuild the statistical entity recogniser."""
from __future__ import annotations

NAME = "train-ner"
HELP = "retrain the spaCy entity recogniser (kg/ner/model) from a CoNLL corpus"
DESCRIPTION = """\
Train the statistical entity recogniser (spaCy tok2vec+ner, blank Indonesian
pipeline, config kg/ner/config.cfg) on DIR/train.txt, pick the checkpoint with the
best entity F1 on DIR/dev.txt, and install it (inference files only) in --output.
Files are CoNLL: one 'TOKEN POS TAG' line per token, blank line between sentences,
BIO tags with types PER, ORG, LOC. Training runs on one CPU thread and is
deterministic for a given --seed; it takes a few minutes on a laptop.

Example:
  kg train-ner --data data/idner-news-2k --output kg/ner/model --seed 0
"""

DEFAULT_DATA = "data/idner-news-2k"


def add_arguments(parser) -> None:
    from kg.ner.train import PACKAGE_MODEL_DIR

    parser.add_argument("--data", default=DEFAULT_DATA, metavar="DIR",
                        help=f"folder with train.txt and dev.txt (default: {DEFAULT_DATA})")
    parser.add_argument("--output", default=str(PACKAGE_MODEL_DIR), metavar="DIR",
                        help="where to install the trained model (default: the shipped "
                        "model directory, kg/ner/model)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--config", default=None, metavar="FILE",
                        help="spaCy training config (default: kg/ner/config.cfg)")
    parser.add_argument("--work-dir", default=None, metavar="DIR",
                        help="keep corpora, logs and checkpoints here (default: a "
                        "temporary folder, removed afterwards)")


def run(args) -> int:
    from kg.ner.train import CONFIG_PATH, limit_threads

    limit_threads()  # before spaCy / numpy are imported
    from kg.ner.train import train

    result = train(args.data, args.output, seed=args.seed,
                   config=args.config or CONFIG_PATH, work_dir=args.work_dir)
    dev = result["dev"]
    print(f"installed {result['out_dir']} ({result['size_bytes'] / 1e6:.1f} MB) "
          f"in {result['seconds'] / 60:.1f} min")
    if dev:
        print(f"dev (spaCy scorer): P {dev.get('ents_p', 0):.3f} R {dev.get('ents_r', 0):.3f} "
              f"F1 {dev.get('ents_f', 0):.3f}")
    print("evaluate with: kg eval-ner " + f"{args.data}/dev.txt")
    return 0
