"""The login page of an app launched with auth=."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_wrong_credentials_are_refused_and_right_ones_open_the_app(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("login_demo"))
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("alert")).to_have_text("Incorrect Credentials")
    page.get_by_label("Password").fill("lovelace")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_label("Inside")).to_have_value("welcome")
