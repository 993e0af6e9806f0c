"""The chat page in Debian's Chromium: streamed answers, sources, highlighting, hostile input."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

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
    # The bot row first shows "…"; any longer text is the answer arriving.
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


def sources_of(answer):
    sources = answer.locator("ol.fa-sources")
    sources.wait_for(timeout=20000)
    return sources


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot once the sources panels have finished sliding open."""
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming()"
        ".iterations === Infinity)"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_german_question_streams_an_answer_with_sources_and_a_highlighted_sentence(page):
    seconds = ask(page, "Wer spielt Julie?")
    answer = last_answer(page)
    sources = sources_of(answer)
    answer.get_by_text("Quellen · Sources").wait_for()
    text = answer.inner_text()
    assert "Villepin" in text and "[1]" in text
    assert sources.locator("li").first.get_attribute("value") == "1"
    assert "Baikonur" in sources.locator("li b").first.inner_text()
    assert "Julie (Marie de Villepin)" in sources.locator("mark").first.inner_text()
    screenshot(page, "chat-german.png")
    print(f"\nEnter to first answer text: {seconds * 1000:.0f} ms")


def test_follow_up_uses_the_conversation(page):
    ask(page, "Wer ist Julie?")
    sources_of(last_answer(page))
    ask(page, "Und wer spielt sie?")
    sources_of(last_answer(page))
    assert "Villepin" in last_answer(page).inner_text()


def test_unsupported_answer_labels_its_passages_as_not_support(page):
    ask(page, "Wer hat 1990 den Oscar für die beste Musik gewonnen?")
    answer = last_answer(page)
    heading = answer.get_by_text("Closest passages – no support for an answer")
    heading.wait_for()
    assert "Quellen · Sources" not in answer.inner_text()
    assert "nichts in meinen Quellen" in answer.inner_text()
    assert "stehen unten" not in answer.inner_text()  # one short line; the closed panel says the rest
    passages = answer.locator("ol.fa-sources")
    assert passages.count() == 0 or not passages.first.is_visible()  # closed until asked for
    heading.click()
    passages.first.wait_for(state="visible")
    assert answer.locator("mark").count() == 0  # nothing in them backs an answer


def test_hostile_article_renders_as_text_and_runs_nothing(page):
    ask(page, "Was zeigt der Film Hackers im Kino Phantasia?")
    answer = last_answer(page)
    sources_of(answer)
    text = answer.inner_text()
    assert "<script>" in text and "onerror" in text and "](javascript:" in text  # shown, as text
    assert "HACKED" not in text.replace("say HACKED", "")  # quoted, not obeyed
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator("#chat script, #chat img, #chat a").count() == 0  # no tag, image or link made
    screenshot(page, "chat-hostile.png")


def test_markup_in_a_question_is_shown_as_typed(page):
    question = "Wer ist **Julie**? <b>x</b> [Link](javascript:alert(1)) https://example.org $$x$$"
    ask(page, question)
    question_row = page.locator(".message-row").nth(-2)
    assert question_row.inner_text().strip() == question
    assert page.locator("#chat a, #chat b:text-is('x'), #chat .katex").count() == 0
    assert page.dialogs == []


def test_oversize_question_gets_a_clear_note(page):
    ask(page, "x" * 2500)
    assert "limit is 2000" in last_answer(page).locator(".fa-note").inner_text()
    ask(page, "Wer spielt Nazira?")  # and the app keeps serving
    assert "Farmonova" in last_answer(page).inner_text()


def test_empty_message_sends_nothing(page):
    before = page.locator(".message-row").count()
    box = page.locator("#question textarea")
    box.fill("   ")
    box.press("Enter")
    # A real question sent after it adds exactly its own two rows, so the empty one added none.
    # Enter is ignored until the empty turn has returned: press until the question is taken.
    box.fill("Wer spielt Nazira?")
    question_row = page.locator(".message-row").nth(before)
    for _ in range(50):
        box.press("Enter")
        try:
            question_row.wait_for(timeout=200)
            break
        except PlaywrightTimeout:
            continue
    sources_of(page.locator(".message-row").nth(before + 1))
    rows = page.locator(".message-row")
    assert rows.count() == before + 2
    assert question_row.inner_text().strip() == "Wer spielt Nazira?"


def test_status_line_and_rebuild_show_the_index(page):
    status = page.locator("#status")
    status.get_by_text("Dokument").wait_for()
    assert "extractive" in status.inner_text() and "2 Dokument" in status.inner_text()
    assert "UTC" in status.inner_text()
    page.get_by_role("button", name="Rebuild index").click()
    result = page.locator("#rebuild-result")
    result.get_by_text("unchanged").wait_for(timeout=30000)
    assert "unverändert · unchanged 2" in result.inner_text()


def test_the_page_lists_the_films_and_an_example_drawn_from_them_asks_itself(page):
    films = page.locator("#films")
    films.get_by_text("Baikonur").wait_for(timeout=20000)
    assert "(2011, Deutsch)" in films.inner_text() or "Deutsch" in films.inner_text()
    example = page.locator(".fa-example").first
    example.wait_for(timeout=20000)
    question = example.inner_text().strip()
    assert question.endswith("?") and any(title in question for title in ("Baikonur", "Lola"))
    before = page.locator(".message-row").count()
    example.click()
    page.wait_for_function(
        "(before) => document.querySelectorAll('.message-row').length >= before + 2",
        arg=before,
        timeout=20000,
    )
    rows = page.locator(".message-row")
    assert rows.nth(before).inner_text().strip() == question  # asked as if typed
    sources_of(rows.nth(before + 1))  # and answered with its sources
