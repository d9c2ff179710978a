"""The ChatInterface respond example in the browser: send, stream the reply, send again."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_a_message_gets_a_streamed_reply_and_the_box_empties(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("chat_interface_respond"))
    expect(page.get_by_placeholder("Type a message...")).to_be_visible()
    box = page.get_by_role("textbox")  # Gradio clears the placeholder once the chat starts
    box.fill("hello bot")
    box.press("Enter")
    expect(page.get_by_text("You said: hello bot", exact=True)).to_be_visible()
    expect(page.get_by_text("hello bot", exact=True)).to_be_visible()
    expect(box).to_have_value("")
    box.fill("again")
    box.press("Enter")
    expect(page.get_by_text("You said: again", exact=True)).to_be_visible()
    expect(page.get_by_text("You said: hello bot", exact=True)).to_be_visible()
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_chatbot_label_is_translated(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("chat_interface_respond"))
    expect(page.get_by_text("Chatbot", exact=True)).to_be_visible()
    expect(page.get_by_text("__i18n__")).to_have_count(0)


def test_clicking_an_option_sends_its_value_as_the_next_message(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("chat_interface_options"))
    box = page.get_by_role("textbox")
    box.fill("hi")
    box.press("Enter")
    expect(page.get_by_text("You said: hi", exact=True)).to_be_visible()
    page.get_by_role("button", name="More").click()
    expect(page.get_by_text("You said: tell me more", exact=True)).to_be_visible()
    expect(page.get_by_test_id("user").filter(has_text="tell me more")).to_have_count(1)
    expect(page.get_by_role("button", name="More")).to_have_count(1)  # the newest reply's
