"""gr.Chatbot in the browser: rendering, media, the action events' payloads, and streaming."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

# The assistant group of the preset history: three messages starting at index 1.
BOT_TEXTS = [
    "Here is `code`:\n\n```python\nprint(1)\n```\n\n$$x^2$$",
    "second part",
    "Looked it up",
]
USER_TEXT = "Show me **bold** and <img src=x onerror=window.pwned=1>"


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("chatbot_features"))
    expect(page.locator("#chat").get_by_test_id("bot").first).to_be_visible()
    return page


def chat(page: Page) -> Locator:
    return page.locator("#chat")


def event(page: Page, kind: str) -> dict[str, Any]:
    """Wait for the server to report an event of this class and return its data."""
    box = page.locator("#events textarea")
    expect(box).to_have_value(re.compile(f"^{kind} "))
    data: dict[str, Any] = json.loads(box.input_value().split(" ", 1)[1])
    return data


def test_markdown_code_and_latex_are_rendered(app: Page) -> None:
    bot = chat(app).get_by_test_id("bot").first
    expect(bot.locator("code").first).to_have_text("code")
    expect(bot.locator("pre code")).to_contain_text("print(1)")
    expect(bot.locator(".katex").first).to_be_visible()
    expect(chat(app).get_by_test_id("user").locator("strong")).to_have_text("bold")


def test_html_in_messages_is_sanitised(app: Page) -> None:
    expect(chat(app).get_by_test_id("user")).to_contain_text("Show me")
    assert app.evaluate("() => window.pwned") is None
    expect(app.locator("#chat img[onerror]")).to_have_count(0)


def test_consecutive_assistant_messages_share_one_bubble_and_a_thought_folds(app: Page) -> None:
    expect(chat(app).locator(".message.bot")).to_have_count(1)
    thought = chat(app).get_by_test_id("thought")
    expect(thought).to_contain_text("Used a tool")
    expect(thought).to_contain_text("(1.5s)")
    expect(thought).not_to_contain_text("Looked it up")
    thought.get_by_role("button", name="Used a tool").click()
    expect(thought).to_contain_text("Looked it up")


def test_an_image_message_is_shown_and_an_svg_is_never_inlined(app: Page) -> None:
    pictures = app.locator("#pictures")
    png = pictures.locator("img[src*='blue.png']")
    expect(png).to_be_visible()
    app.wait_for_function(
        "() => document.querySelector(\"#pictures img[src*='blue.png']\")?.naturalWidth === 8"
    )
    expect(pictures.locator("img[src*='dot.svg']")).to_have_count(1)
    expect(pictures.locator("svg rect[fill='#00f']")).to_have_count(0)
    assert app.evaluate("() => window.svgRan") is None


def test_like_dislike_and_other_feedback_send_gradios_like_data(app: Page) -> None:
    chat(app).get_by_role("button", name="Like", exact=True).click()
    assert event(app, "LikeData") == {"index": 1, "value": BOT_TEXTS, "liked": True}
    expect(chat(app).get_by_role("button", name="Liked", exact=True)).to_be_visible()
    chat(app).get_by_role("button", name="Dislike", exact=True).click()
    expect(app.locator("#events textarea")).to_have_value(re.compile('"liked": false'))
    chat(app).get_by_role("button", name="Feedback").click()
    chat(app).get_by_role("button", name="Wrong").click()
    expect(app.locator("#events textarea")).to_have_value(re.compile('"liked": "Wrong"'))


def test_retry_and_undo_point_at_the_last_user_message(app: Page) -> None:
    chat(app).get_by_role("button", name="Retry").click()
    assert event(app, "RetryData") == {"index": 0, "value": USER_TEXT}
    chat(app).get_by_role("button", name="Undo").click()
    assert event(app, "UndoData") == {"index": 0, "value": USER_TEXT}


def test_editing_a_user_message_sends_the_new_and_previous_text(app: Page) -> None:
    chat(app).get_by_role("button", name="Edit").first.click()
    chat(app).get_by_role("textbox", name="Edit message").fill("Edited hello")
    chat(app).get_by_role("button", name="Submit").click()
    assert event(app, "EditData") == {
        "index": 0,
        "_dispatch_value": [{"type": "text", "text": "Edited hello"}],
        "value": "Edited hello",
        "previous_value": USER_TEXT,
    }
    expect(chat(app).get_by_test_id("user")).to_have_text("Edited hello")


def test_copying_a_group_sends_its_text_with_the_thought_indented(app: Page) -> None:
    app.context.grant_permissions(["clipboard-read", "clipboard-write"])
    chat(app).get_by_role("button", name="Copy message").nth(1).click()
    expected = f"{BOT_TEXTS[0]}\nsecond part\nUsed a tool\n  Looked it up\n"
    assert event(app, "CopyData") == {"value": expected}
    assert app.evaluate("() => navigator.clipboard.readText()") == expected


def test_clicking_a_message_selects_it(app: Page) -> None:
    chat(app).get_by_text("second part").click()
    assert event(app, "SelectData") == {"index": 2, "value": "second part"}


def test_the_placeholder_and_examples_of_an_empty_chat(app: Page) -> None:
    empty = app.locator("#empty")
    expect(empty.locator("strong")).to_have_text("Ask me anything")
    empty.get_by_role("button", name="Explain it").click()
    assert event(app, "SelectData") == {
        "index": 1,
        "value": {"text": "Explain", "display_text": "Explain it"},
    }


def test_a_streamed_reply_grows_in_place_and_ends_exact(app: Page) -> None:
    prompt = app.locator("#prompt textarea")
    prompt.fill("hello")
    prompt.press("Enter")
    streaming = app.locator("#streaming")
    bot = streaming.get_by_test_id("bot")
    expect(bot).to_contain_text("The quick")
    # Tag the node holding the reply; if the list re-rendered it, the tag would be lost.
    bot.evaluate("el => { el.dataset.tag = 'original'; }")
    expect(bot).to_have_text("The quick brown fox jumps.")
    expect(bot).to_have_attribute("data-tag", "original")
    expect(streaming.get_by_test_id("user")).to_have_count(1)
    expect(streaming.get_by_test_id("user")).to_have_text("hello")
    expect(bot).to_have_count(1)


@pytest.fixture
def extras(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("chatbot_extras"))
    expect(page.locator("#reasoning").get_by_test_id("bot").first).to_be_visible()
    return page


def test_reasoning_tags_fold_the_reasoning_into_a_thought(extras: Page) -> None:
    reasoning = extras.locator("#reasoning")
    thought = reasoning.get_by_test_id("thought")
    expect(thought).to_contain_text("Reasoning")
    expect(reasoning).to_contain_text("It is 5 m.")
    expect(reasoning).not_to_contain_text("Speed times time.")
    expect(reasoning).not_to_contain_text("<think>")
    thought.get_by_role("button", name="Reasoning").click()
    expect(thought).to_contain_text("Speed times time.")
    thought.get_by_role("button", name="Reasoning").click()
    expect(reasoning).not_to_contain_text("Speed times time.")


def test_the_last_messages_options_are_buttons_that_fire_option_select(extras: Page) -> None:
    options = extras.locator("#options")
    expect(options.get_by_role("button", name="Red!")).to_be_visible()
    options.get_by_role("button", name="blue").click()
    assert event(extras, "SelectData") == {"index": 1, "value": "blue"}
    options.get_by_role("button", name="Red!").click()
    expect(extras.locator("#events textarea")).to_have_value(re.compile('"value": "red"'))


def drag(page: Page, handle: Locator, dy: float) -> None:
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x, y + dy, steps=5)
    page.mouse.up()


def test_the_resize_handle_changes_the_height_within_min_and_max(extras: Page) -> None:
    block = extras.locator("#resizable")
    height = "el => el.getBoundingClientRect().height"
    assert block.evaluate(height) == 300
    drag(extras, block.get_by_test_id("resize-handle"), 100)
    assert block.evaluate(height) == 400
    drag(extras, block.get_by_test_id("resize-handle"), 300)
    assert block.evaluate(height) == 500  # max_height
    drag(extras, block.get_by_test_id("resize-handle"), -600)
    assert block.evaluate(height) == 200  # min_height
    expect(extras.locator("#options").get_by_test_id("resize-handle")).to_have_count(0)


def test_copied_text_carries_the_watermark(extras: Page) -> None:
    extras.context.grant_permissions(["clipboard-read", "clipboard-write"])
    watermarked = extras.locator("#watermarked")
    clipboard = "() => navigator.clipboard.readText()"
    watermarked.get_by_role("button", name="Copy message").last.click()
    extras.wait_for_function(
        "async () => (await navigator.clipboard.readText()).startsWith('Hello')"
    )
    assert extras.evaluate(clipboard) == "Hello\n\n-- via radiogram"
    watermarked.get_by_role("button", name="Copy conversation").click()
    extras.wait_for_function(
        "async () => (await navigator.clipboard.readText()).startsWith('user')"
    )
    assert extras.evaluate(clipboard) == "user: Hi\n\nassistant: Hello\n\n-- via radiogram"


def test_allowed_tags_show_as_text_and_html_still_renders(extras: Page) -> None:
    every = extras.locator("#all-tags").get_by_test_id("user")
    expect(every).to_have_text("Hi <thinking>x</thinking> <tool>t</tool> bold")
    expect(every.locator("b")).to_have_text("bold")
    some = extras.locator("#some-tags").get_by_test_id("user")
    expect(some).to_contain_text("Hi <thinking>x</thinking>")
    expect(some).not_to_contain_text("<tool>")  # sanitised away (Gradio drops its text too)


def test_panel_layout_draws_full_width_bands_the_users_tinted(extras: Page) -> None:
    panel = extras.locator("#panel")
    rows = panel.get_by_test_id("message-row")
    expect(rows).to_have_count(2)
    band = "el => [el.getBoundingClientRect().width, getComputedStyle(el).backgroundColor]"
    (user_width, user_bg), (bot_width, bot_bg) = (
        rows.nth(0).evaluate(band),
        rows.nth(1).evaluate(band),
    )
    inner = panel.locator("[role=log]").evaluate("el => el.clientWidth")
    assert user_width == bot_width == inner
    assert user_bg != bot_bg
    assert "rgba(0, 0, 0, 0)" not in (user_bg, bot_bg)
