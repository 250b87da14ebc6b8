"""kg train-ner: train the statistical entity recogniser."""
from __future__ import annotations

NAME = "train-ner"
HELP = "train the spaCy entity recogniser from a CoNLL corpus (into -o DIR, or --replace-shipped)"
DESCRIPTION = """\
Train the statistical entity recogniser (spaCy tok2vec+ner, blank Indonesian
pipeline, config kg/ner/config.cfg) on the corpora of a corpus list (default
data/ner-corpora.toml: the training files of each corpus with its licence and
authors, and the dev split) or of a folder (DIR/train.txt, DIR/dev.txt), pick the
checkpoint with the best entity F1 on the dev split, and write it (inference files
only) to -o DIR. The model kg build uses (kg/ner/model in the package) is replaced
only with --replace-shipped. Files are CoNLL: one 'TOKEN POS TAG' line per token
(or 'TOKEN TAG'), blank line between sentences, BIO tags with types PER, ORG, LOC.
Training runs on one CPU thread and is deterministic for a given --seed; it takes
several minutes.

Examples:
  kg train-ner                        # the corpora of data/ner-corpora.toml -> ./kg-models/ner
  kg train-ner --replace-shipped      # rebuild the model kg build uses
  kg train-ner --data data/idner-news-2k -o /tmp/idner-only
"""

DEFAULT_OUTPUT = "kg-models/ner"


def add_arguments(parser) -> None:
    from kg.ner.train import DEFAULT_DATA
    from kg.training import add_training_arguments

    parser.add_argument("--data", default=str(DEFAULT_DATA), metavar="FILE|DIR",
                        help="corpus list (TOML) or folder with train.txt and dev.txt "
                        f"(default: the corpus list found from the package: {DEFAULT_DATA})")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", default=None, metavar="DIR",
                       help=f"where to write the trained model (default: ./{DEFAULT_OUTPUT})")
    where.add_argument("--replace-shipped", action="store_true",
                       help="install the model into the package (kg/ner/model), replacing the "
                       "one kg build uses")
    add_training_arguments(parser, "kg/ner/config.cfg")


def run(args) -> int:
    from kg.ner.train import CONFIG_PATH, PACKAGE_MODEL_DIR, checked_output, read_corpora
    from kg.training import limit_threads

    limit_threads()  # before spaCy / numpy are imported
    from kg.ner.train import train

    out = checked_output(args.output or DEFAULT_OUTPUT, PACKAGE_MODEL_DIR, args.replace_shipped)
    dev_file = read_corpora(args.data).dev
    result = train(args.data, out, seed=args.seed,
                   config=args.config or CONFIG_PATH, work_dir=args.work_dir)
    dev = result["dev"]
    print(f"model written to {result['out_dir']} ({result['size_bytes'] / 1e6:.1f} MB) "
          f"in {result['seconds'] / 60:.1f} min")
    if dev:
        print(f"dev (spaCy scorer): P {dev.get('ents_p', 0):.3f} R {dev.get('ents_r', 0):.3f} "
              f"F1 {dev.get('ents_f', 0):.3f}")
    print(f"evaluate with: kg eval-ner {dev_file} --model {result['out_dir']}")
    if not args.replace_shipped:
        print("kg build still uses the shipped model; 'kg train-ner --replace-shipped' replaces it")
    return 0
