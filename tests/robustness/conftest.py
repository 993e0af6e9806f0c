"""Robustness suite: each test declares the cases it tries; the run ends with a table of counts."""

from __future__ import annotations

import shutil
from collections import defaultdict

import pytest

from tests.conftest import SEED_ARTICLE, stop_server
from tests.ui.conftest import start_chat

_TALLY: dict[str, dict[str, int]] = defaultdict(lambda: {"tried": 0, "passed": 0, "lost": 0})
_FIGURES: list[str] = []


@pytest.fixture
def cases(request):
    """Call `cases(category, n, guards_data=...)` to count what a test tries; its outcome decides
    whether they passed. A failed test that guards data counts its cases as data lost."""

    def declare(category: str, count: int = 1, guards_data: bool = False) -> None:
        request.node.robustness_cases = (category, count, guards_data)

    return declare


@pytest.fixture
def figure():
    """Call `figure(line)` to print a measured figure (a latency, the mechanism used) under the table."""
    return _FIGURES.append


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    declared = getattr(item, "robustness_cases", None)
    if report.when == "call" and declared:
        category, count, guards_data = declared
        _TALLY[category]["tried"] += count
        if report.passed:
            _TALLY[category]["passed"] += count
        elif guards_data:
            _TALLY[category]["lost"] += count


def pytest_terminal_summary(terminalreporter):
    if not _TALLY:
        return
    write = terminalreporter.write_line
    write("")
    write(f"{'robustness':<44}{'cases tried':>12}{'passed':>9}{'data lost':>11}")
    for category, row in sorted(_TALLY.items()):
        write(f"{category:<44}{row['tried']:>12}{row['passed']:>9}{row['lost']:>11}")
    total = {key: sum(row[key] for row in _TALLY.values()) for key in ("tried", "passed", "lost")}
    write(f"{'total':<44}{total['tried']:>12}{total['passed']:>9}{total['lost']:>11}")
    for line in _FIGURES:
        write(line)


@pytest.fixture(scope="session")
def robust_chat(tmp_path_factory):
    """A running chat app over the seed article, for the UI endpoint and load cases."""
    base = tmp_path_factory.mktemp("robust-chat")
    (base / "knowledge").mkdir()
    shutil.copy(SEED_ARTICLE, base / "knowledge" / SEED_ARTICLE.name)
    process, url = start_chat(
        base,
        FILM_ASSISTANT_KNOWLEDGE_DIR=str(base / "knowledge"),
        FILM_ASSISTANT_INDEX_DIR=str(base / "index"),
    )
    yield url
    stop_server(process)
