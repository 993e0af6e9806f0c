"""Faults mid-rebuild: SIGKILL at several points, a read-only index, a failing embedder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from assistant.engine import Engine
from index.build import build_index
from index.embedders import E5Embeddings
from tests.conftest import ROOT, assert_index_consistent

QUESTIONS = ["Wer spielt Iskander?", "Who plays Nazira?", "Wo liegt das Dorf?", "Wer hat die Kamera geführt?"]
FILMS = {
    "Sturmflut": "Hamburg",
    "Nordlicht": "Kiel",
    "Hafenkind": "Rostock",
    "Dünenlied": "Husum",
    "Eisgang": "Emden",
    "Fährmann": "Lübeck",
}
NEW_ARTICLES = {
    f"{name.lower()}.md": f"Der Film {name} spielt in {city}. "
    + " ".join(f"In Szene {j} von {name} denkt die Heldin an Tag {j} ihres Sommers." for j in range(30))
    for name, city in FILMS.items()
}
# Kill the rebuild process the n-th time a step runs: (module, attribute, n, whether the catalog committed)
KILL_POINTS = {
    "embedding, second batch": ("index.embedders", "E5Embeddings.embed_documents", 2, False),
    "after adding vectors": ("index.build", "_Rebuild._add", 1, False),
    "after the commit": ("index.store", "Catalog.commit_build", 1, True),
    "removing stale vectors": ("langchain_chroma", "Chroma.delete", 1, True),
}
# A full rebuild drops the old collection instead of deleting vectors one batch at a time.
FULL_CLEANUP = ("index.build", "_drop_collection", 1, True)
DRIVER = """
import os, signal, sys, importlib
from pathlib import Path
module_name, attribute, limit = sys.argv[3], sys.argv[4], int(sys.argv[5])
module = importlib.import_module(module_name)
owner_name, _, method = attribute.rpartition(".")
owner = getattr(module, owner_name) if owner_name else module
original = getattr(owner, method)
calls = {"n": 0}

def dying(*args, **kwargs):
    result = original(*args, **kwargs)
    calls["n"] += 1
    if calls["n"] >= limit:
        os.kill(os.getpid(), signal.SIGKILL)
    return result

setattr(owner, method, dying)
from index.build import build_index
from index.embedders import E5Embeddings
from index.store import IndexConfig
build_index(IndexConfig(Path(sys.argv[1]), Path(sys.argv[2])), E5Embeddings(), full="--full" in sys.argv)
"""


def snapshot_answers(engine: Engine) -> list:
    return [engine.answer(question) for question in QUESTIONS]


def change_knowledge(knowledge_dir) -> None:
    for name, text in NEW_ARTICLES.items():
        (knowledge_dir / name).write_text(text, encoding="utf-8")
    baikonur = knowledge_dir / "baikonur.txt"
    baikonur.write_text(
        baikonur.read_text(encoding="utf-8") + "\nDer Film lief 2011 im Kino.\n", encoding="utf-8"
    )


@pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_mid_rebuild_loses_nothing(settings, knowledge_dir, cases, point, full):
    cases("faults: SIGKILL mid-rebuild", guards_data=True)
    module, attribute, limit, commits = (
        FULL_CLEANUP if full and point == "removing stale vectors" else KILL_POINTS[point]
    )
    engine = Engine(settings)
    engine.rebuild()
    before = snapshot_answers(engine)
    change_knowledge(knowledge_dir)
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(DRIVER),
            str(knowledge_dir),
            str(settings.index_dir),
            module,
            attribute,
            str(limit),
        ]
        + (["--full"] if full else []),
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    if killed.returncode == 0:
        pytest.fail(f"the rebuild finished before the kill point {point!r}")
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]
    after = snapshot_answers(engine)
    if commits:
        assert after == snapshot_answers(Engine(settings))  # the new version is whole and live
    else:
        assert after == before  # nothing committed: same answers, same citations
    report = engine.rebuild()
    assert report.skipped == []
    assert_index_consistent(settings)
    assert "Kiel" in engine.answer("Wo spielt der Film Nordlicht?").text


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare for a read-only mount")
def test_read_only_index_folder_fails_clearly_and_keeps_serving(settings, knowledge_dir, cases, figure):
    cases("faults: read-only index folder", guards_data=True)
    engine = Engine(settings)
    engine.rebuild()
    before = snapshot_answers(engine)
    change_knowledge(knowledge_dir)
    folder = str(settings.index_dir)
    # A read-only bind mount in a private mount namespace: real EROFS, even for root.
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        f"FILM_ASSISTANT_KNOWLEDGE_DIR={knowledge_dir} FILM_ASSISTANT_INDEX_DIR={folder} "
        f"{sys.executable} -m assistant.cli index"
    )
    result = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if "Operation not permitted" in result.stderr and "mount" in result.stderr:
        pytest.skip("this machine does not allow private mounts")
    assert result.returncode == 1, result.stderr
    assert "read-only" in result.stderr.lower() and "Traceback" not in result.stderr
    figure("read-only index folder: read-only bind mount in a private mount namespace (EROFS, even as root)")
    assert snapshot_answers(engine) == before
    assert_index_consistent(settings)  # the failed run left nothing behind
    engine.rebuild()
    assert_index_consistent(settings)


def test_embedder_failing_half_way_keeps_the_previous_index(settings, knowledge_dir, cases):
    cases("faults: embedder raises half-way", guards_data=True)
    engine = Engine(settings)
    engine.rebuild()
    before = snapshot_answers(engine)

    class HalfBroken(E5Embeddings):
        calls = 0

        def embed_documents(self, texts):
            type(self).calls += 1
            if type(self).calls > 1:
                raise RuntimeError("embedder crashed half-way")
            return super().embed_documents(texts)

    change_knowledge(knowledge_dir)
    with pytest.raises(RuntimeError, match="half-way"):
        build_index(settings.index_config(), HalfBroken())
    assert snapshot_answers(engine) == before
    engine.rebuild()
    assert_index_consistent(settings)
