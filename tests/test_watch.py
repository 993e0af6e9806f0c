"""`film-assistant index --watch` keeps the index current while articles change."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

from index.store import Catalog

ARTICLE = "Nosferatu ist ein Stummfilm von Friedrich Wilhelm Murnau. Max Schreck spielt Graf Orlok.\n"


def wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def indexed_sources(index_dir) -> set[str]:
    if not (index_dir / "catalog.sqlite").exists():
        return set()
    catalog = Catalog(index_dir, readonly=True)
    try:
        return set(catalog.files())
    except sqlite3.OperationalError:  # the watcher's first build is creating the catalog's tables
        return set()
    finally:
        catalog.close()


def test_watch_indexes_new_files_and_drops_deleted_ones(settings, knowledge_dir):
    env = {
        **os.environ,
        "FILM_ASSISTANT_KNOWLEDGE_DIR": str(knowledge_dir),
        "FILM_ASSISTANT_INDEX_DIR": str(settings.index_dir),
    }
    watcher = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "index", "--watch"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The report of a rebuild is printed after its catalog is written: read it as it comes, so the
    # watcher is stopped only after it has said what it did (not between the write and the print).
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(watcher.stdout or []), daemon=True)
    reader.start()
    try:
        assert wait_for(lambda: indexed_sources(settings.index_dir) == {"baikonur.txt"})
        time.sleep(1.0)  # let the watcher start listening after the first build
        (knowledge_dir / "nosferatu.md").write_text(ARTICLE, encoding="utf-8")
        assert wait_for(lambda: "nosferatu.md" in indexed_sources(settings.index_dir))
        (knowledge_dir / "nosferatu.md").unlink()
        assert wait_for(lambda: indexed_sources(settings.index_dir) == {"baikonur.txt"})
        wait_for(lambda: any("deleted 1" in line for line in lines))
    finally:
        watcher.send_signal(signal.SIGINT)
        try:
            watcher.wait(timeout=20)
        except subprocess.TimeoutExpired:
            watcher.kill()
    reader.join(timeout=5)
    output = "".join(lines)
    assert "added 1, updated 0, deleted 0" in output
    assert "added 0, updated 0, deleted 1" in output
