"""Shared fixtures: a knowledge folder with the seed article and an index built from it, in tmp dirs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "knowledge" / "baikonur.txt"
DEV_SET = Path(__file__).resolve().parent / "data" / "dev.jsonl"


def dev_questions(*kinds: str) -> list[dict]:
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if not kinds or row["kind"] in kinds]


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    return folder


@pytest.fixture
def settings(knowledge_dir: Path, tmp_path: Path):
    from assistant.settings import Settings

    return Settings(knowledge_dir=knowledge_dir, index_dir=tmp_path / "index", _env_file=None)


@pytest.fixture(scope="session")
def built_engine(tmp_path_factory: pytest.TempPathFactory):
    """One engine over an index of the seed article, shared by read-only tests."""
    from assistant.engine import Engine
    from assistant.settings import Settings

    base = tmp_path_factory.mktemp("shared-index")
    (base / "knowledge").mkdir()
    shutil.copy(SEED_ARTICLE, base / "knowledge" / SEED_ARTICLE.name)
    engine = Engine(Settings(knowledge_dir=base / "knowledge", index_dir=base / "index", _env_file=None))
    engine.rebuild()
    return engine
