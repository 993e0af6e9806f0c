"""The chat page in Debian's Chromium: streamed answers, sources, highlighting, hostile input, the
page's language, copying, sources read in context, the knowledge panel and the phone view."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import ROOT, seed_knowledge, stop_server
from tests.ui.conftest import open_page, start_chat

pytestmark = [pytest.mark.browser, pytest.mark.server]
ARTIFACTS = ROOT / "test-artifacts"


# The bot row first shows "…"; any longer text is the answer arriving.
FIRST_TEXT = """(before) => {
    const rows = document.querySelectorAll('.message-row');
    return rows.length >= before + 2 && rows[rows.length - 1].innerText.trim().length > 1;
}"""
# The answer is complete when its numbered sources are on the page.
WITH_SOURCES = "(before) => document.querySelectorAll('ol.fa-sources').length > before"


def ask(page, question: str, until: str = FIRST_TEXT) -> float:
    """Type a question, press Enter; return seconds until `until` holds (the answer's first text)."""
    counted = ".message-row" if until is FIRST_TEXT else "ol.fa-sources"
    before = page.locator(counted).count()
    box = page.locator("#question textarea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(until, arg=before, timeout=20000)
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
    answer.get_by_text("Quellen", exact=True).wait_for()
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
    heading = answer.get_by_text("Nächstliegende Stellen (kein Beleg für eine Antwort)")
    heading.wait_for()
    assert "Quellen\n" not in answer.inner_text()
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


def test_status_is_one_plain_line_with_its_details_on_hover(page):
    status = page.locator("#status")
    status.get_by_text("zuletzt aktualisiert").wait_for()
    assert re.fullmatch(
        r"\d+ Filme? · zuletzt aktualisiert (gerade eben|vor \d+ .+)", status.inner_text().strip()
    )
    details = status.locator("span").get_attribute("title")
    assert "extractive" in details and "UTC" in details and "Dokumente" in details


def test_the_page_lists_the_films_and_an_example_drawn_from_them_asks_itself(page):
    films = page.locator("#films")
    films.get_by_text("Baikonur").wait_for(timeout=20000)
    page.locator(".fa-example").first.wait_for(timeout=20000)
    screenshot(page, "page-empty.png")
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


def test_the_page_speaks_the_browsers_language_and_switches(browser, chat_url):
    page = open_page(browser, chat_url, locale="en-US")
    try:
        page.get_by_role("button", name="Ask", exact=True).wait_for()
        page.locator("#status").get_by_text("updated").wait_for()
        assert "films in the knowledge base" in page.locator("#films").inner_text()
        assert (
            page.locator("#question textarea").get_attribute("placeholder") == "Type a question, then Enter"
        )
        screenshot(page, "page-empty-english.png")
        ask(page, "Who plays Julie?")
        answer = last_answer(page)
        sources_of(answer)
        answer.get_by_text("Sources", exact=True).wait_for()
        assert "Julie is played by Marie de Villepin [1]." in answer.inner_text()
        screenshot(page, "chat-english.png")
        page.locator("#language").get_by_text("Deutsch").click()
        page.get_by_role("button", name="Fragen", exact=True).wait_for()
        page.locator("#status").get_by_text("zuletzt aktualisiert").wait_for()
        ask(page, "Who directed Baikonur?")  # the page is German now; the answer stays English
        assert "directed by Veit Helmer" in last_answer(page).inner_text()
    finally:
        page.context.close()


def test_copy_gives_plain_text_with_sources_and_clearing_starts_a_fresh_conversation(page):
    ask(page, "Wer spielt Julie?")
    answer = last_answer(page)
    sources_of(answer)
    answer.get_by_role("button", name="Kopieren").click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.length > 0)")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Julie wird von Marie de Villepin gespielt [1].")
    assert "\nQuellen:\n[1] Baikonur (baikonur.txt" in copied and "Julie (Marie de Villepin)" in copied
    assert "<" not in copied and "&quot;" not in copied and "&#" not in copied
    page.locator("#chat button[aria-label='Chat leeren']").click()  # Gradio's trash button, in German
    page.wait_for_function("() => document.querySelectorAll('.message-row').length === 0")
    ask(page, "Und wer spielt sie?")  # nothing before it now: "sie" is nobody
    assert "Villepin" not in last_answer(page).inner_text()


def test_a_marker_opens_its_passage_in_the_article(page):
    ask(page, "Wo drehte Veit Helmer?")
    answer = last_answer(page)
    sources_of(answer)
    assert answer.locator("details.fa-context[open]").count() == 0  # closed until the marker is clicked
    answer.locator(".fa-ref").first.click()
    context = answer.locator("details.fa-context[open]").first
    context.wait_for()
    assert context.locator(".fa-doc mark").count() >= 1  # the cited sentence, marked in its paragraph
    head = context.locator(".fa-doc-head").inner_text()
    assert "kapselfund.md" in head or "baikonur.txt" in head
    ask(page, "Wer findet die Kapsel im Dorf?")
    answer = last_answer(page)
    sources_of(answer)
    answer.locator(".fa-ref").first.click()
    link = answer.locator("details.fa-context[open] a.fa-link")
    link.first.wait_for()
    assert link.first.get_attribute("href") == "https://example.org/baikonur-notizen"
    assert link.first.get_attribute("rel") == "noopener noreferrer"
    screenshot(page, "chat-source-in-context.png")


def test_the_knowledge_panel_lists_files_rebuilds_and_takes_uploads(browser, tmp_path):
    knowledge = seed_knowledge(tmp_path)
    (knowledge / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not an article: skipped, with why
    process, url = start_chat(
        tmp_path,
        FILM_ASSISTANT_KNOWLEDGE_DIR=str(knowledge),
        FILM_ASSISTANT_INDEX_DIR=str(tmp_path / "index"),
    )
    page = open_page(browser, url)
    try:
        page.locator("#knowledge").get_by_text("Wissensbasis").click()
        table = page.locator("#files table")
        table.wait_for()
        assert re.search(r"baikonur\.txt\s+indexiert", table.inner_text())
        assert re.search(r"notes\.csv\s+übersprungen: ", table.inner_text())
        page.get_by_role("button", name="Index neu aufbauen").click()
        page.locator("#rebuild-result").get_by_text("unverändert").wait_for(timeout=30000)
        article = tmp_path / "Die Fähre (Notizen).md"
        article.write_text("---\ntitle: Die Fähre\nfilm: Die Fähre\n---\nRegie führte Anna Kern.\n", "utf-8")
        page.locator("#upload input[type=file]").set_input_files(str(article))
        page.get_by_role("button", name="Hochladen und indexieren").click()
        result = page.locator("#upload-result")
        result.get_by_text("Hinzugefügt").wait_for(timeout=60000)
        assert (knowledge / "die-fahre-notizen.md").exists() or any(knowledge.glob("die*.md"))
        page.locator("#films").get_by_text("Die Fähre").wait_for(timeout=30000)
        assert re.search(r"die\S*\.md\s+indexiert", table.inner_text())
        screenshot(page, "knowledge-panel.png")
        article.write_text("---\ntitle: Die Fähre\n---\nRegie führte Ben Kern.\n", "utf-8")  # same name
        page.locator("#upload input[type=file]").set_input_files(str(article))
        page.get_by_role("button", name="Hochladen und indexieren").click()
        result.get_by_text("bestätigen").wait_for(timeout=30000)  # asks before replacing
        assert "Anna Kern" in next(knowledge.glob("die*.md")).read_text(encoding="utf-8")
    finally:
        page.context.close()
        stop_server(process)


def test_on_a_phone_the_input_stays_at_the_bottom_and_nothing_is_cut_off(browser, chat_url):
    page = open_page(
        browser, chat_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page.locator("#films li").first.wait_for()
        box = page.locator("#composer").bounding_box()
        assert box["y"] + box["height"] <= 844 + 1 and box["y"] > 844 / 2  # pinned at the bottom
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "phone.png")
        ask(page, "Wer spielt Nazira?")
        sources_of(last_answer(page))
        box = page.locator("#composer").bounding_box()
        assert box["y"] + box["height"] <= 844 + 1  # still there after an answer
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        page.context.close()


def test_enter_to_complete_answer_and_page_load_timings(browser, chat_url):
    """Prints the figures the issue asks for; speed is judged from them, not asserted here."""
    started = time.perf_counter()
    page = open_page(browser, chat_url)
    page.locator("#films li").first.wait_for()
    load = time.perf_counter() - started
    try:
        questions = ["Wer spielt Julie?", "Wer spielt Nazira?", "Who directed Baikonur?", "Wer ist Iskander?"]
        seconds = sorted(ask(page, question, until=WITH_SOURCES) for question in questions * 3)
        p95 = seconds[int(0.95 * (len(seconds) - 1))]
        print(
            f"\npage load to interactive {load * 1000:.0f} ms; Enter to complete answer with sources: "
            f"p50 {seconds[len(seconds) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
        )
        assert len(seconds) == 12
    finally:
        page.context.close()
