from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SEED = SHARED / "seeds" / "000_077868c29130ff6c.txt"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not beside this checkout")
    return DEV


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED
