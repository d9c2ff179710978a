"""The "Use via API" panel: endpoints, parameters and client snippets from the page's API info."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_use_via_api_opens_a_panel_listing_the_endpoints_and_their_parameters(
    page: Page, serve_app: Callable[..., str]
) -> None:
    info_requests: list[str] = []
    page.on("request", lambda r: info_requests.append(r.url) if "/info" in r.url else None)
    page.goto(serve_app("blocks_greet"))
    page.get_by_role("link", name="Use via API").click()
    panel = page.get_by_role("dialog", name="API documentation")
    expect(panel).to_contain_text("2 API endpoints")
    greet = panel.get_by_role("region", name="/greet")
    expect(greet).to_contain_text("Accepts 1 parameter:")
    expect(greet).to_contain_text(
        'The input value that is provided in the "Name" Textbox component.'
    )
    expect(greet.locator("pre")).to_contain_text('api_name="/greet"')
    assert page.url.endswith("?view=api")
    assert info_requests == []


def test_the_language_buttons_switch_the_snippets(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("blocks_greet") + "?view=api")
    greet = page.get_by_role("region", name="/greet")
    page.get_by_role("button", name="cURL").click()
    expect(greet.locator("pre")).to_contain_text("curl -X POST")
    page.get_by_role("button", name="JavaScript").click()
    expect(greet.locator("pre")).to_contain_text('await client.predict("/greet"')


def test_the_panel_closes_with_its_button_or_escape_and_the_address_follows(
    page: Page, serve_app: Callable[..., str]
) -> None:
    url = serve_app("blocks_greet")
    page.goto(url + "?view=api")
    panel = page.get_by_role("dialog", name="API documentation")
    expect(panel).to_be_visible()
    page.get_by_role("button", name="Close API documentation").click()
    expect(panel).to_have_count(0)
    assert page.url == url
    page.get_by_role("link", name="Use via API").click()
    expect(panel).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).to_have_count(0)
