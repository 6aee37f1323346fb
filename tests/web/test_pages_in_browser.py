"""The editor pages in a real headless Chromium, against the service under gunicorn."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, Route, expect

from tests.conftest import SEED_FILE
from tests.integration.server import call
from tests.web.browser import WatchedPage
from tests.web.hostile import HOSTILE_QUOTE, HOSTILE_SENTENCE, HOSTILE_SPEAKER_START, HOSTILE_TITLE

CHECK_TIMEOUT_MS = 30_000
ORIGINAL = "the main contributor right now is China"
CHANGED = "the main contributor right now is Iran"
HARBOUR_STATEMENT = "“The port reopens on Friday,” harbour master Ana Lima said."
VERDICT_LABELS = {
    "Verified",
    "Minor deviation",
    "Altered",
    "Misattributed",
    "Unquoted",
    "Not found",
}


def draft_text() -> str:
    """The seed article with one quote changed, opened by an emoji (outside the BMP: two UTF-16
    units, one code point) that shifts every quote, and the hostile sentence at the end."""
    seed = SEED_FILE.read_text(encoding="utf-8").replace(ORIGINAL, CHANGED)
    return f"😀 {seed}\n{HOSTILE_SENTENCE}\n"


def open_page(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok
    assert "script-src 'self'" in response.headers["content-security-policy"]


def check_draft(page: Page, base_url: str, draft: str) -> None:
    open_page(page, f"{base_url}/")
    page.get_by_label("Draft", exact=True).fill(draft)
    page.get_by_role("button", name="Check quotes").click()
    expect(page.locator("#draft-view .quote").first).to_be_visible(timeout=CHECK_TIMEOUT_MS)


def quote_button(page: Page, text: str) -> Locator:
    return page.locator("#draft-view .quote", has_text=text)


def assert_nothing_injected(watched: WatchedPage, base_url: str) -> None:
    """No markup from a source became an element, nothing ran, nothing was blocked."""
    assert watched.page.locator("img").count() == 0
    scripts = watched.page.eval_on_selector_all("script", "scripts => scripts.map(s => s.src)")
    assert len(scripts) == 1 and scripts[0].startswith(f"{base_url}/assets/")
    assert watched.dialogs == []
    assert watched.csp_violations() == []
    assert watched.console_errors == []


def test_editor_checks_a_draft_shows_evidence_and_saves_a_review(
    served: str, watched: WatchedPage, tmp_path: Path
) -> None:
    page = watched.page
    draft = draft_text()
    check_draft(page, served, draft)

    expected = [
        quote["text"] for quote in call("POST", f"{served}/v1/check", {"text": draft})[1]["quotes"]
    ]
    rendered = page.locator("#draft-view .quote .quote-text").all_text_contents()
    assert rendered == expected and HOSTILE_QUOTE in rendered
    chips = page.locator("#draft-view .quote .chip").all_text_contents()
    assert len(chips) == len(expected) and set(chips) <= VERDICT_LABELS
    expect(quote_button(page, CHANGED).locator(".chip")).to_have_text("Altered")
    expect(page.get_by_role("status")).to_contain_text(f"Checked {len(expected)} quotations")

    quote_button(page, CHANGED).click()
    evidence = page.locator("#evidence")
    expect(evidence.locator(".passage mark.changed")).to_have_text(["Iran", "China"])
    expect(evidence.locator(".passage").nth(1)).to_contain_text(ORIGINAL)
    expect(evidence.locator(".facts")).to_contain_text("Speaker in the sourceBlinken (person)")

    page.get_by_label("Verdict", exact=True).select_option("verified")
    page.get_by_label("Note", exact=True).fill("Checked with the desk: <b>fine</b>")
    page.get_by_role("button", name="Save review").click()
    expect(page.locator(".review-result")).to_contain_text("Verified (reviewed)")
    expect(page.locator(".review-result")).to_contain_text("Checked with the desk: <b>fine</b>")
    expect(quote_button(page, CHANGED).locator(".chip")).to_have_text("Verified (reviewed)")

    quote_button(page, "The bridge").focus()
    page.keyboard.press("Enter")
    expect(quote_button(page, "The bridge")).to_have_attribute("aria-expanded", "true")
    expect(evidence.locator(".document a")).to_have_text(HOSTILE_TITLE)
    expect(evidence.locator(".document a")).to_have_attribute("rel", "noopener noreferrer")
    expect(evidence.locator(".facts")).to_contain_text(HOSTILE_SPEAKER_START)

    page.screenshot(path=tmp_path / "editor.png", full_page=True)
    assert_nothing_injected(watched, served)


def test_sources_page_lists_documents_and_speakers_and_adds_a_document(
    served: str, watched: WatchedPage, tmp_path: Path
) -> None:
    page = watched.page
    open_page(page, f"{served}/sources")
    expect(page.locator("#documents")).to_contain_text(HOSTILE_TITLE)
    expect(page.locator("#speakers")).to_contain_text("Bonnie Glaser")
    expect(page.locator("#speakers")).to_contain_text(HOSTILE_SPEAKER_START)
    page.get_by_label("Find a speaker").fill("glaser")
    page.get_by_role("button", name="Find", exact=True).click()
    expect(page.locator("#speakers li")).to_have_count(1)
    expect(page.locator("#speakers li")).to_contain_text("Bonnie Glaser")

    page.get_by_label("Text", exact=True).fill(HARBOUR_STATEMENT)
    page.get_by_label("Link (http or https)").fill("javascript:alert(1)")
    page.get_by_role("button", name="Add document").click()
    expect(page.locator("#document-url-error")).not_to_be_empty()
    expect(page.get_by_role("alert")).to_contain_text("url")

    page.get_by_label("Title", exact=True).fill("Harbour reopening")
    page.get_by_label("Link (http or https)").fill("https://example.org/harbour")
    page.get_by_role("button", name="Add document").click()
    expect(page.get_by_role("status")).to_contain_text("Added “Harbour reopening” with 1 quote.")
    expect(page.locator("#documents li").first).to_have_text("Harbour reopening article")

    page.screenshot(path=tmp_path / "sources.png", full_page=True)
    watched.console_errors.clear()  # the refused document's 422 is logged by the browser
    assert_nothing_injected(watched, served)


def test_a_refused_request_asks_for_a_key_and_sends_it_again(
    served: str, watched: WatchedPage
) -> None:
    page = watched.page
    sent_keys: list[str | None] = []

    def require_key(route: Route) -> None:
        key = route.request.headers.get("x-api-key")
        sent_keys.append(key)
        if key == "editor-key":
            route.continue_()
            return
        route.fulfill(
            status=401,
            content_type="application/problem+json",
            body='{"status": 401, "title": "Unauthorized", "detail": "An API key is needed."}',
        )

    page.route("**/v1/stats", require_key)
    open_page(page, f"{served}/sources")
    expect(page.locator("#key-reason")).to_contain_text("An API key is needed.")
    page.get_by_label("API key").fill("editor-key")
    page.get_by_role("button", name="Use this key").click()
    expect(page.locator("#stats")).to_contain_text("documents")
    assert sent_keys == [None, "editor-key"]
    assert page.evaluate("sessionStorage.getItem('quotecheck.apiKey')") == "editor-key"


def test_an_html_draft_is_checked_on_its_text(served: str, watched: WatchedPage) -> None:
    page = watched.page
    open_page(page, f"{served}/")
    page.get_by_label("Draft", exact=True).fill(
        f"<p>“When it comes to Russia’s defense industrial base, {ORIGINAL},” Blinken told"
        " reporters.</p><script>alert(5)</script>"
    )
    page.get_by_label("The draft is HTML").check()
    page.get_by_role("button", name="Check quotes").click()
    chips = page.locator("#draft-view .quote .chip")
    expect(chips).to_have_text(["Verified"], timeout=CHECK_TIMEOUT_MS)
    expect(page.locator("#draft-view")).not_to_contain_text("<p>")
    assert_nothing_injected(watched, served)


def test_a_quote_in_another_order_shows_the_moved_sentence(
    served: str, watched: WatchedPage
) -> None:
    page = watched.page
    moved = "Ukraine is not an issue between China and the US."
    check_draft(
        page,
        served,
        f"“The US side should not lump it together. {moved}” a Foreign Ministry official said.",
    )
    expect(page.locator("#draft-view .quote .chip")).to_have_text(["Altered"])
    page.locator("#draft-view .quote").first.click()
    expect(page.locator("#evidence li").first).to_have_text(
        f"order: the draft moves “{moved}”; the source has it elsewhere"
    )
    assert_nothing_injected(watched, served)
