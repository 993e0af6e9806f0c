"""The chat page in Debian's Chromium: streamed answers, sources, highlighting, hostile input."""

from __future__ import annotations

import time

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.server]
ARTIFACTS = ROOT / "test-artifacts"


def ask(page, question: str) -> float:
    """Type a question, press Enter; return seconds until the answer's first text appeared."""
    before = page.locator(".message-row").count()
    box = page.locator("#question textarea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(
        """(before) => {
            const rows = document.querySelectorAll('.message-row');
            return rows.length >= before + 2 && rows[rows.length - 1].innerText.trim().length > 1;
        }""",
        arg=before,
        timeout=20000,
    )
    return time.perf_counter() - started


def last_answer(page):
    return page.locator(".message-row").last


def test_german_question_streams_an_answer_with_sources_and_a_highlighted_sentence(page):
    seconds = ask(page, "Wer spielt Julie?")
    answer = last_answer(page)
    answer.locator(".fa-sources").wait_for(timeout=20000)
    text = answer.inner_text()
    assert "Villepin" in text and "[1]" in text
    assert "Quellen" in answer.locator(".fa-sources summary").inner_text()
    marked = answer.locator(".fa-sources mark").first.inner_text()
    assert "Julie (Marie de Villepin)" in marked
    assert "Baikonur" in answer.locator(".fa-sources li b").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-german.png"), full_page=True)
    print(f"\nEnter to first answer text: {seconds * 1000:.0f} ms")


def test_follow_up_uses_the_conversation(page):
    ask(page, "Wer ist Julie?")
    last_answer(page).locator(".fa-sources").wait_for()
    ask(page, "Und wer spielt sie?")
    last_answer(page).locator(".fa-sources").wait_for()
    assert "Villepin" in last_answer(page).inner_text()


def test_hostile_article_renders_as_text_and_runs_nothing(page):
    ask(page, "Was zeigt der Film Hackers im Kino Phantasia?")
    answer = last_answer(page)
    answer.locator(".fa-sources").wait_for()
    text = answer.inner_text()
    assert "<script>" in text and "onerror" in text and "javascript:" in text  # shown, as text
    assert "HACKED" not in text.replace("say HACKED", "")  # quoted, not obeyed
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator(".message-row script, .message-row img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-hostile.png"), full_page=True)


def test_oversize_question_gets_a_clear_note(page):
    ask(page, "x" * 2500)
    assert "limit is 2000" in last_answer(page).inner_text()
    ask(page, "Wer spielt Nazira?")  # and the app keeps serving
    assert "Farmonova" in last_answer(page).inner_text()


def test_empty_message_sends_nothing(page):
    before = page.locator(".message-row").count()
    box = page.locator("#question textarea")
    box.fill("   ")
    box.press("Enter")
    page.wait_for_timeout(1000)
    assert page.locator(".message-row").count() == before


def test_status_line_and_rebuild_show_the_index(page):
    status = page.locator("#status")
    status.get_by_text("Dokument").wait_for()
    assert "extractive" in status.inner_text() and "2 Dokument" in status.inner_text()
    page.get_by_role("button", name="Rebuild index").click()
    result = page.locator("#rebuild-result")
    result.get_by_text("unchanged").wait_for(timeout=30000)
    assert "unverändert · unchanged 2" in result.inner_text()
