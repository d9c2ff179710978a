"""gr.CheckboxGroup in the browser: the server receives the ticked values, events fire."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("checkboxgroup_features"))
    expect(page.get_by_label("a", exact=True)).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def shown_json(page: Page) -> object:
    """The value the JSON output shows, parsed (without line numbers and fold arrows)."""
    lines = page.locator("#as_json .line").all_inner_texts()
    return json.loads("".join(re.sub(r"^\d+\s*|[▼▶]", "", line) for line in lines))


def test_ticking_boxes_sends_the_list_in_the_order_they_were_ticked(app: Page) -> None:
    expect(app.get_by_label("a", exact=True)).to_be_checked()
    app.get_by_label("c", exact=True).check()
    expect(app.locator("#as_json")).to_contain_text('"c"')
    app.get_by_label("b", exact=True).check()
    expect(app.locator("#as_json")).to_contain_text('"b"')
    assert shown_json(app) == ["a", "c", "b"]
    app.get_by_label("a", exact=True).uncheck()
    expect(app.locator("#as_json")).not_to_contain_text('"a"')
    assert shown_json(app) == ["c", "b"]


def test_each_user_toggle_fires_input_and_select_with_index_value_and_selected(
    app: Page,
) -> None:
    app.get_by_label("b", exact=True).check()
    expect(field(app, "events")).to_have_value("select 1 'b' True")
    expect(field(app, "inputs")).to_have_value("1")
    app.get_by_label("a", exact=True).uncheck()
    expect(field(app, "events")).to_have_value("select 0 'a' False")
    expect(field(app, "inputs")).to_have_value("2")
    expect(app.locator("#group label.selected")).to_have_text(["b"])


def test_type_index_gives_the_server_the_positions(app: Page) -> None:
    app.get_by_label("Large").check()
    expect(field(app, "out")).to_have_value("list: [1]")
    app.get_by_label("Small").check()
    expect(field(app, "out")).to_have_value("list: [1, 0]")


def test_a_value_set_by_the_server_ticks_the_boxes_and_fires_change(app: Page) -> None:
    app.get_by_role("button", name="Tick b and c").click()
    expect(app.get_by_label("b", exact=True)).to_be_checked()
    expect(app.get_by_label("a", exact=True)).not_to_be_checked()
    expect(app.locator("#as_json")).to_contain_text('"b"')
    assert shown_json(app) == ["b", "c"]
    expect(field(app, "inputs")).to_have_value("0")


def test_select_all_ticks_every_choice_then_clears_them(app: Page) -> None:
    select_all = app.get_by_label("Select/Deselect All")
    select_all.click()
    expect(field(app, "out")).to_have_value("list: ['x', 'y', 'z']")
    for name in ("x", "y", "z"):
        expect(app.get_by_label(name, exact=True)).to_be_checked()
    select_all.click()
    expect(field(app, "out")).to_have_value("list: []")
    app.get_by_label("y", exact=True).check()
    expect(select_all).to_have_js_property("indeterminate", True)


def test_label_info_and_static_mode(app: Page) -> None:
    group = app.locator("#group")
    expect(group).to_contain_text("group")
    expect(group).to_contain_text("Pick some")
    expect(app.get_by_label("on", exact=True)).to_be_checked()
    expect(app.get_by_label("on", exact=True)).to_be_disabled()
    expect(app.get_by_label("off", exact=True)).to_be_disabled()
    assert app.errors == []  # type: ignore[attr-defined]
