"""G9: classic XSS payloads in every place an app shows text, in a real browser.

Each payload, if it ran, would bump `window.__xss` (or open a dialog, or paint the page
red). The app puts all of them in Markdown, Chatbot messages, gr.HTML, labels, `info`,
examples, and error/warning toasts; the test renders, clicks, and checks nothing ran.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

import gradio as gr

pytestmark = pytest.mark.browser
LiveServer = Callable[..., str]
RAN = "window.__xss = (window.__xss || 0) + 1"
PAYLOADS = [
    f'<img src=x onerror="{RAN}">',
    f'<a class="xss-link" href="javascript:{RAN}">js link</a>',
    f'<a class="xss-link" href="JaVaScRiPt&colon;{RAN}">encoded link</a>',
    f"<svg><script>{RAN}</script></svg>",
    '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
    "<style>body { background: rgb(255, 0, 0) !important; }</style>",
    f'<math><mtext><table><mglyph><style><img src=x onerror="{RAN}">',
    f"<noscript><p title=\"</noscript><img src=x onerror='{RAN}'>\">",
    f'<svg><foreignObject><img src=x onerror="{RAN}"></foreignObject></svg>',
    f'<details open ontoggle="{RAN}"><summary>d</summary></details>',
    f'<form><button class="xss-link" formaction="javascript:{RAN}">f</button></form>',
    f'<object data="javascript:{RAN}"></object><embed src="javascript:{RAN}">',
    f'<a class="xss-link" href="data:text/html,<script>{RAN}</script>">data link</a>',
]
ALL = "\n\n".join(PAYLOADS)
SHORT = PAYLOADS[0]


def xss_app() -> gr.Blocks:
    def fail(text: str) -> str:
        raise gr.Error(ALL)

    def warn(text: str) -> str:
        gr.Warning(SHORT)
        gr.Info(PAYLOADS[3])
        return text

    with gr.Blocks() as demo:
        gr.Markdown(ALL, elem_id="markdown")
        gr.Chatbot(
            [{"role": "user", "content": p} for p in PAYLOADS]
            + [{"role": "assistant", "content": ALL}],
            elem_id="chatbot",
        )
        with warnings.catch_warnings():  # gr.HTML warns that <script> would not run: right
            warnings.simplefilter("ignore", UserWarning)
            gr.HTML(ALL, elem_id="html")
        box = gr.Textbox(label=SHORT, info=PAYLOADS[3], placeholder=SHORT, elem_id="box")
        gr.Examples([[p] for p in PAYLOADS], inputs=box)
        gr.Button("Fail", elem_id="fail").click(fail, box, box)
        gr.Button("Warn", elem_id="warn").click(warn, box, box)
    return demo


@pytest.fixture
def app(
    page: Page, live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Page:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    page.goto(live_server(xss_app()))
    expect(page.locator("#markdown")).to_contain_text("js link")
    return page


def assert_nothing_ran(page: Page) -> None:
    page.wait_for_timeout(300)  # let any late onerror/onload fire
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []  # type: ignore[attr-defined]
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 0, 0)"
    assert page.frames == [page.main_frame]


def test_markdown_chatbot_and_html_render_the_payloads_harmlessly(app: Page) -> None:
    expect(app.locator("#chatbot")).to_contain_text("js link")
    expect(app.locator("#html")).to_contain_text("js link")
    for root in ["#markdown", "#chatbot", "#html"]:
        assert app.locator(f"{root} script, {root} iframe, {root} style").count() == 0, root
        assert app.locator(f"{root} [onerror], {root} [ontoggle], {root} [srcdoc]").count() == 0
    assert_nothing_ran(app)


def test_clicking_every_link_the_payloads_made_runs_nothing(app: Page) -> None:
    links = app.locator(".xss-link")
    for index in range(links.count()):
        link = links.nth(index)
        href = link.get_attribute("href") or link.get_attribute("formaction") or ""
        assert not href.lower().startswith(("javascript", "data:")), href
        if link.is_visible():
            link.click(modifiers=["Alt"], no_wait_after=True)
    assert_nothing_ran(app)


def test_labels_info_placeholders_and_examples_show_payloads_as_text(app: Page) -> None:
    expect(app.get_by_text(SHORT, exact=True).first).to_be_visible()
    expect(app.get_by_text(PAYLOADS[3], exact=True).first).to_be_visible()
    assert app.locator("#box textarea, #box input").first.get_attribute("placeholder") == SHORT
    app.get_by_text(PAYLOADS[3], exact=True).last.click()  # an example row
    assert_nothing_ran(app)


def test_error_warning_and_info_toasts_show_payloads_as_text(app: Page) -> None:
    toasts = app.get_by_test_id("toast-body")
    app.locator("#fail").click()
    expect(toasts.filter(has_text='<a class="xss-link"').first).to_be_visible()
    app.locator("#warn").click()
    expect(toasts.filter(has_text="<svg><script>").first).to_be_visible()
    assert_nothing_ran(app)


def test_the_detector_sees_a_payload_run_when_the_developer_opts_out(
    page: Page, live_server: LiveServer
) -> None:
    with gr.Blocks() as demo:
        gr.Markdown(SHORT + "\n\nopted out", sanitize_html=False, elem_id="raw")
    page.goto(live_server(demo))
    expect(page.locator("#raw")).to_contain_text("opted out")
    page.wait_for_function("window.__xss === 1")
