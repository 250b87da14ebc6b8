"""kg train-parser: rebuild the Indonesian tagger + dependency parser."""
from __future__ import annotations

NAME = "train-parser"
HELP = "train the spaCy tagger and dependency parser from the UD Indonesian treebanks"
DESCRIPTION = """\
Train the tagger (universal POS) and dependency parser used by the event stage
(spaCy efficiency architecture, config kg/parse/config.cfg) on the fixed split of
the UD Indonesian treebanks in --data (test = CSUI test; of CSUI train, GSD dev,
GSD test and PUD every tenth sentence is dev, the rest train; multiword tokens
merged), pick the checkpoint with the best dev score, install it (inference files
only) in --output and print POS accuracy, UAS and LAS on the test sentences, the
model size and the speed. One CPU thread, deterministic for a given --seed; about
10-25 minutes on a laptop.

The shipped model (kg/parse/model) is replaced only with --replace.

example:
  kg train-parser -o /tmp/parser-model
  kg train-parser --replace
"""

DEFAULT_DATA = "data/ud-indonesian"


def add_arguments(parser) -> None:
    from kg.parse.train import DEFAULT_OUTPUT
    from kg.training import add_training_arguments

    parser.add_argument("--data", default=DEFAULT_DATA, metavar="DIR",
                        help=f"folder with the UD Indonesian treebanks (default: {DEFAULT_DATA})")
    parser.add_argument("-o", "--output", default=None, metavar="DIR",
                        help=f"where to install the trained model (default: ./{DEFAULT_OUTPUT})")
    parser.add_argument("--replace", action="store_true",
                        help="install into the shipped model directory kg/parse/model")
    add_training_arguments(parser, "kg/parse/config.cfg")


def run(args) -> int:
    from kg.errors import InputError
    from kg.training import limit_threads

    limit_threads()  # before spaCy / numpy are imported
    from kg.parse.parser import MODEL_DIR
    from kg.parse.train import CONFIG_PATH, DEFAULT_OUTPUT, train

    if args.replace and args.output:
        raise InputError("give either --output DIR or --replace, not both")
    out = MODEL_DIR if args.replace else (args.output or DEFAULT_OUTPUT)
    result = train(args.data, out, seed=args.seed, config=args.config or CONFIG_PATH,
                   work_dir=args.work_dir)
    t = result["test"]
    print(f"installed {result['out_dir']} ({result['size_bytes'] / 1e6:.1f} MB) "
          f"in {result['seconds'] / 60:.1f} min")
    print(f"test ({t['sentences']} sentences, {t['words']} words): POS {t['pos_acc']:.3f} "
          f"UAS {t['uas']:.3f} LAS {t['las']:.3f}; {t['words_per_second']} words/s")
    return 0
