"""What the two training commands share (``kg train-ner``, ``kg train-parser``): their
common options, one thread for the numeric libraries, ``spacy train`` in a work folder,
and installing the best checkpoint with only the components inference needs."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.errors import ConfigError


def add_training_arguments(parser, config: str) -> None:
    """--seed, --config (default: ``config``) and --work-dir."""
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--config", default=None, metavar="FILE",
                        help=f"spaCy training config (default: {config})")
    parser.add_argument("--work-dir", default=None, metavar="DIR",
                        help="keep corpora, logs and checkpoints here (default: a temporary "
                        "folder, removed afterwards)")


def limit_threads() -> None:
    """Ask the numeric libraries for one thread (call before importing spaCy/numpy)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")


@contextmanager
def work_folder(work_dir: str | Path | None, prefix: str):
    """``work_dir``, kept afterwards; without one a temporary folder, removed afterwards."""
    keep = work_dir is not None
    work = Path(work_dir) if keep else Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def checked_config(config: str | Path) -> Path:
    config = Path(config)
    if not config.is_file():
        raise ConfigError(f"{config}: training config not found")
    return config


def spacy_train(config: Path, output: Path, overrides: dict) -> None:
    """``spacy train`` on the CPU; a config spaCy rejects is a ConfigError."""
    from spacy.cli.train import train

    try:
        train(config, output, use_gpu=-1, overrides=overrides)
    except SystemExit as e:  # spaCy reports config errors by printing and exiting
        raise ConfigError(f"{config}: spaCy rejected the training config "
                          f"(exit {e.code}; its messages are printed above)") from None


def environment() -> dict[str, str]:
    """Versions of Python and of the libraries that decide a trained model's weights."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version(), "machine": platform.machine()}
    for package in ("spacy", "thinc", "numpy", "blis", "cymem", "preshed"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "absent"
    return found


def install(best: Path, out_dir: Path, meta: dict, components: tuple[str, ...]) -> None:
    """Save the inference part of the pipeline in ``best`` to ``out_dir`` (replacing it):
    other components (e.g. a tagger trained only to help the shared tok2vec) are removed,
    and only spaCy's own files for ``components`` are written."""
    import spacy
    from thinc.api import Config

    nlp = spacy.load(best)
    for name in list(nlp.pipe_names):
        if name not in components:
            nlp.remove_pipe(name)
    missing = [c for c in components if c not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"the training config must define the components {missing}")
    nlp.meta.update(meta)
    # the same seed gives the same weights only with the same numeric libraries: record them
    nlp.meta.setdefault("newskg", {})["environment"] = environment()
    nlp.meta.pop("performance", None)   # spaCy's figures include removed components
    out_dir = out_dir.resolve()
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.parent.mkdir(parents=True, exist_ok=True)   # the default -o of train-ner is kg-models/ner
    nlp.to_disk(tmp)
    # Forget the temporary corpus paths, so that the same seed gives the same files.
    cfg = Config().from_disk(tmp / "config.cfg", interpolate=False)
    for key in ("train", "dev"):
        cfg["paths"][key] = None
    cfg.to_disk(tmp / "config.cfg")
    if out_dir.exists():
        old = out_dir.with_name(out_dir.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out_dir.rename(old)
        tmp.rename(out_dir)
        shutil.rmtree(old)
    else:
        tmp.rename(out_dir)
