"""rawi's build. Plain Python by default; with RAWI_COMPILE=1 the extraction path is also
compiled to C with mypyc (the same source, type-checked, about a quarter faster, output
byte-identical: tests/test_compiled.py). See README, "Speed"."""

import os
from pathlib import Path

from setuptools import setup

# What runs for every report: reading, the text layer and extraction. Left out: the CLI,
# the store and evaluation (their time is spent in SQLAlchemy, click and I/O).
LAYERS = ("rawi/text", "rawi/extract", "rawi/ingest")
COMPILED = [
    "rawi/arabic.py",
    "rawi/dates.py",
    "rawi/document.py",
    "rawi/facts.py",
    *sorted(str(path) for folder in LAYERS for path in Path(folder).glob("*.py")),
]


def compiled_modules() -> list:  # type: ignore[type-arg]
    if os.environ.get("RAWI_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        raise SystemExit("RAWI_COMPILE=1 needs mypy in the build environment: pip install mypy") from error
    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=compiled_modules())
