"""Theme in the browser: light and dark, from the URL and from the system."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Browser, Page


def background(page: Page) -> str:
    return str(page.evaluate("getComputedStyle(document.body).backgroundColor"))


def test_the_page_is_light_by_default_and_dark_with_the_url_switch(
    page: Page, serve_app: Callable[..., str]
) -> None:
    url = serve_app("blocks_greet")
    page.goto(url)
    page.get_by_label("Name").wait_for()
    assert background(page) == "rgb(255, 255, 255)"
    page.goto(url + "?__theme=dark")
    page.get_by_label("Name").wait_for()
    assert page.evaluate("document.body.classList.contains('dark')")
    assert background(page) == "rgb(15, 15, 17)"


def test_the_page_follows_a_dark_system_and_the_url_can_override_it(
    browser: Browser, serve_app: Callable[..., str]
) -> None:
    url = serve_app("blocks_greet")
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(url)
    page.get_by_label("Name").wait_for()
    assert background(page) == "rgb(15, 15, 17)"
    page.goto(url + "?__theme=light")
    page.get_by_label("Name").wait_for()
    assert background(page) == "rgb(255, 255, 255)"
    context.close()


def test_the_page_makes_no_request_to_another_host(
    page: Page, serve_app: Callable[..., str]
) -> None:
    url = serve_app("blocks_greet")
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(url)
    page.get_by_label("Name").fill("x")
    page.get_by_role("button", name="Greet").click()
    page.get_by_label("Greeting").wait_for()
    assert hosts == {url.split("/")[2]}


def test_the_apps_css_head_and_js_are_applied(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("theme_custom"))
    page.get_by_label("Framed").wait_for()
    outline = page.evaluate("getComputedStyle(document.getElementById('framed')).outlineColor")
    assert outline == "rgb(255, 0, 0)"
    assert (
        page.evaluate("document.querySelector('meta[name=radiogram-test]').content") == "from head"
    )
    page.wait_for_function("document.body.dataset.customJs === 'ran'")
