"""gr.Markdown in the browser: sanitised HTML, KaTeX math, highlighted code, updates."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("markdown_features"))
    expect(page.locator("#attack #kept")).to_have_text("bold survives")
    return page


def test_scripts_event_handlers_and_javascript_links_never_run(app: Page) -> None:
    attack = app.locator("#attack")
    expect(attack.locator("script")).to_have_count(0)
    assert attack.locator("#evil").get_attribute("onerror") is None
    link = attack.locator("#js-link")
    assert not (link.get_attribute("href") or "").startswith("javascript:")
    link.click()
    app.wait_for_timeout(200)
    assert app.evaluate("() => [window.pwned_script, window.pwned_img, window.pwned_link]") == [
        None,
        None,
        None,
    ]


def test_latex_is_rendered_with_katex_for_the_configured_delimiters(app: Page) -> None:
    math = app.locator("#math")
    expect(math.locator(".katex-display")).to_have_count(1)
    expect(math.locator(".katex")).to_have_count(2)
    expect(math).not_to_contain_text("$$")
    font = math.locator(".katex").first.evaluate("e => getComputedStyle(e).fontFamily")
    assert "KaTeX" in font


def test_fenced_code_is_highlighted_and_has_a_copy_button(
    app: Page, context: BrowserContext
) -> None:
    code = app.locator("#code")
    expect(code.locator("code .hljs-keyword").first).to_have_text("def")
    expect(code.locator("code .hljs-string")).to_have_text('"Hello "')
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    code.get_by_role("button", name="Copy code").click()
    copied = app.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("def greet(name):")


def test_header_links_give_headings_ids_and_anchors(app: Page) -> None:
    headers = app.locator("#headers")
    expect(headers.locator("h1#h-intro")).to_have_text("Intro")
    expect(headers.locator("h2#h-usage a.md-header-anchor")).to_have_attribute("href", "#h-usage")


def test_line_breaks_and_rtl(app: Page) -> None:
    expect(app.locator("#breaks br")).to_have_count(1)
    expect(app.locator("#rtl [dir=rtl] strong")).to_have_text("بالعالم")


def test_the_copy_button_copies_the_markdown_source(app: Page, context: BrowserContext) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    app.locator("#copyable").get_by_role("button", name="Copy").click()
    assert app.evaluate("() => navigator.clipboard.readText()") == "copy *me*"


def test_markdown_sent_by_python_is_rendered_and_sanitised(app: Page) -> None:
    source = app.locator("#source textarea")
    source.fill('**new** <img src="x" onerror="window.pwned_update=1"> $$x^2$$')
    source.press("Enter")
    live = app.locator("#live")
    expect(live.locator("strong")).to_have_text("new")
    expect(live.locator(".katex")).to_have_count(1)
    expect(live.locator("img")).to_have_count(1)
    assert live.locator("img").get_attribute("onerror") is None
    assert app.evaluate("() => window.pwned_update") is None
