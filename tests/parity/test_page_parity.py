"""The pages of a few parity apps show the same thing after the same interaction on
Gradio 6.31 and on radiogram (Chromium, accessible locators that fit both front ends)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.parity.dumping import Server
from tests.parity.hosts import Hosts

pytestmark = [pytest.mark.interop, pytest.mark.browser]

SERVERS: list[Server] = ["gradio", "radiogram"]


def open_app(page: Page, hosts: Hosts, server: Server, app: str) -> None:
    """Open the app's page and wait until it is ready (its footer is drawn last)."""
    page.goto(hosts.url(server, app))
    page.get_by_text("Use via API").first.wait_for()


def text_box(page: Page, label: str) -> Locator:
    return page.get_by_role("textbox", name=label, exact=True)


def number_box(page: Page, label: str) -> Locator:
    return page.get_by_role("spinbutton", name=label, exact=True)


@pytest.mark.parametrize("server", SERVERS)
def test_hello_world_greets_with_the_sliders_default_intensity(
    page: Page, hosts: Hosts, server: Server
) -> None:
    open_app(page, hosts, server, "hello_world")
    text_box(page, "name").fill("World")
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(text_box(page, "greeting")).to_have_value("Hello, World!!")


@pytest.mark.parametrize("server", SERVERS)
def test_calculator_multiplies_and_shows_the_division_error(
    page: Page, hosts: Hosts, server: Server
) -> None:
    open_app(page, hosts, server, "calculator")
    number_box(page, "num1").fill("4")
    page.get_by_label("multiply").check()
    number_box(page, "num2").fill("2.5")
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(number_box(page, "output")).to_have_value("10")
    page.get_by_label("divide").check()
    number_box(page, "num2").fill("0")
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.get_by_text("Cannot divide by zero!").first).to_be_visible()


@pytest.mark.parametrize("server", SERVERS)
def test_a_returned_textbox_changes_label_and_value_then_hides(
    page: Page, hosts: Hosts, server: Server
) -> None:
    open_app(page, hosts, server, "updates")
    page.get_by_label("long").check()
    expect(text_box(page, "Long")).to_have_value("Lorem ipsum")
    page.get_by_label("none").check()
    expect(text_box(page, "Long")).to_be_hidden()


@pytest.mark.parametrize("server", SERVERS)
def test_state_counts_clicks_per_page(page: Page, hosts: Hosts, server: Server) -> None:
    open_app(page, hosts, server, "state_counter")
    button = page.get_by_role("button", name="Increment", exact=True)
    button.click()
    expect(text_box(page, "Count")).to_have_value("Clicked 1 times")
    button.click()
    expect(text_box(page, "Count")).to_have_value("Clicked 2 times")


@pytest.mark.parametrize("server", SERVERS)
def test_after_an_error_only_failure_steps_run_and_after_success_then_runs(
    page: Page, hosts: Hosts, server: Server
) -> None:
    # Gradio 6.31's page skips `.then` steps after an error (its docs say they always run)
    open_app(page, hosts, server, "chained")
    page.get_by_role("button", name="Go", exact=True).click()
    expect(text_box(page, "status")).to_have_value("something went wrong")
    page.wait_for_timeout(1000)  # time for a wrongly started `.then` or `.success` step
    expect(text_box(page, "finished")).to_have_value("")
    expect(text_box(page, "shouted")).to_have_value("")
    text_box(page, "text").fill(" hi ")
    page.get_by_role("button", name="Go", exact=True).click()
    expect(text_box(page, "shouted")).to_have_value("HI")
    expect(text_box(page, "finished")).to_have_value("done")


@pytest.mark.parametrize("server", SERVERS)
def test_load_listeners_fill_the_number_when_the_page_opens(
    page: Page, hosts: Hosts, server: Server
) -> None:
    open_app(page, hosts, server, "blocks_load")
    expect(number_box(page, "Number")).to_have_value("7")


@pytest.mark.parametrize("server", SERVERS)
def test_the_generator_streams_into_the_textbox(page: Page, hosts: Hosts, server: Server) -> None:
    open_app(page, hosts, server, "generator")
    page.get_by_role("button", name="Count", exact=True).click()
    expect(text_box(page, "digits")).to_have_value("01234")
