"""gr.HighlightedText and gr.DateTime in the browser: spans, legend, select, edits; dates."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("highlighted_text_datetime_features"))
    expect(page.locator("#editable [data-testid='highlighted-token']").first).to_be_visible()
    return page


def run_ner(app: Page) -> None:
    app.locator("#text textarea").press("Enter")
    expect(app.locator("#scored [data-testid='highlighted-token']").first).to_have_text("Ann")


def test_a_function_s_entities_show_as_coloured_spans_with_a_legend(app: Page) -> None:
    ner = app.locator("#ner")
    expect(ner.locator(".empty")).to_be_visible()  # the placeholder until a value arrives
    run_ner(app)
    expect(ner.locator(".empty")).to_have_count(0)
    expect(ner.locator(".legend-item")).to_have_text(["LOC", "PER", "DATE"])
    paris = ner.locator(".token", has_text="Paris")
    # color_map={"LOC": "green"}: the pale shade behind the text, no inline tag with a legend
    expect(paris).to_have_css("background-color", "rgb(220, 252, 231)")
    expect(paris.locator(".label")).to_have_count(0)
    expect(ner.locator(".token", has_text="flew to")).to_have_css(
        "background-color", "rgba(0, 0, 0, 0)"
    )


def test_without_a_legend_each_span_shows_its_category_in_a_palette_colour(app: Page) -> None:
    run_ner(app)
    inline = app.locator("#inline")
    expect(inline.locator(".label")).to_have_text(["PER", "LOC", "DATE"])
    expect(inline.locator(".label", has_text="PER")).to_have_css(
        "background-color", "rgb(220, 38, 38)"
    )
    expect(inline.locator(".legend-item")).to_have_count(0)


def test_scores_tint_spans_purple_below_zero_and_red_above(app: Page) -> None:
    run_ner(app)
    scored = app.locator("#scored")
    expect(scored.locator(".token", has_text="Ann")).to_have_css(
        "background-color", "rgb(128, 90, 213)"
    )
    expect(scored.locator(".token", has_text="Paris")).to_have_css(
        "background-color", "rgba(239, 68, 60, 0.5)"
    )
    assert app.errors == []  # type: ignore[attr-defined]


def test_clicking_a_span_sends_select_with_its_text_category_and_index(app: Page) -> None:
    run_ner(app)
    app.locator("#inline .token", has_text="Paris").click()
    # index 3: the entities dict starts with an empty span before "Ann", as in Gradio
    expect(app.locator("#selected textarea")).to_have_value("['Paris', 'LOC'] at 3")


def test_an_interactive_span_s_label_can_be_changed_and_removed(app: Page) -> None:
    editable = app.locator("#editable")
    expect(editable).to_have_css("border-top-style", "dashed")  # editable, as in Gradio
    expect(app.locator("#inline")).to_have_css("border-top-style", "solid")
    editable.locator(".token", has_text="Bo").click()
    editor = editable.get_by_role("textbox", name="Label of Bo")
    editor.fill("lead")
    editor.press("Enter")
    expect(app.locator("#edited textarea")).to_have_value(
        "Ann:PER |  met :None | Bo:lead |  in :None | Rome:LOC"
    )
    editable.locator(".token-container", has_text="Rome").hover()
    editable.locator(".token-container", has_text="Rome").get_by_label("Remove label").click()
    # the cleared span joins its unlabelled neighbour, as in Gradio
    expect(app.locator("#edited textarea")).to_have_value(
        "Ann:PER |  met :None | Bo:lead |  in Rome:None"
    )
    expect(editable.locator(".label")).to_have_text(["PER", "lead"])  # drawn upper-case by CSS


def test_a_typed_date_time_reaches_the_function_and_enter_fires_submit(app: Page) -> None:
    stamp = app.locator("#stamp input[data-testid='datetime-input']")
    expect(stamp).to_have_value("2023-11-14 22:13:20")
    stamp.fill("2024-01-02 03:04:05")
    stamp.press("Enter")
    expect(app.locator("#stamp_out textarea")).to_have_value("1704164645")
    expect(app.locator("#submitted textarea")).to_have_value("submitted 1704164645")


def test_unreadable_text_is_flagged_and_not_sent_but_relative_text_is(app: Page) -> None:
    stamp = app.locator("#stamp input[data-testid='datetime-input']")
    stamp.fill("next tuesday")
    expect(stamp).to_have_attribute("aria-invalid", "true")
    stamp.press("Enter")
    expect(app.locator("#submitted textarea")).to_have_value("submitted 1700000000")
    expect(app.locator("#stamp_out textarea")).to_have_value("")
    stamp.fill("now - 1d")
    expect(stamp).to_have_attribute("aria-invalid", "false")
    stamp.press("Enter")
    expect(app.locator("#stamp_out textarea")).to_have_value(re.compile(r"^\d{10}$"))


def test_a_date_picked_from_the_calendar_reaches_the_function(app: Page) -> None:
    day = app.locator("#date_only")
    day.get_by_role("button", name="Pick a date").click()
    day.locator("input[data-testid='datetime-picker']").fill("2024-03-15")
    expect(day.locator("input[data-testid='datetime-input']")).to_have_value("2024-03-15")
    expect(app.locator("#day_out textarea")).to_have_value("Friday 15 March 2024")


def test_text_selected_inside_a_span_can_be_given_a_label(app: Page) -> None:
    editable = app.locator("#editable")
    editable.locator(".text", has_text="in").evaluate(
        """node => {
            const range = document.createRange();
            range.setStart(node.firstChild, 1);
            range.setEnd(node.firstChild, 3);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            node.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }"""
    )
    editor = editable.get_by_role("textbox", name="Label of in")
    editor.fill("prep")
    editor.press("Enter")
    expect(app.locator("#edited textarea")).to_have_value(
        "Ann:PER |  met :None | Bo:PER |  :None | in:prep |  :None | Rome:LOC"
    )
