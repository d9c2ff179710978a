"""Events in the browser: updates, js-only listeners, Blocks.load and timers."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_an_update_shows_a_hidden_box_relabels_it_and_locks_another(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("events_demo"))
    expect(page.get_by_label("Editable")).to_be_editable()
    assert page.get_by_label("Secret").count() == 0
    page.get_by_role("button", name="Reveal").click()
    expect(page.get_by_label("Revealed")).to_have_value("shh")
    expect(page.get_by_label("Editable")).not_to_be_editable()


def test_a_js_listener_runs_in_the_page(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("events_demo"))
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.post_data or "") if "queue/join" in r.url else None)
    page.get_by_role("button", name="Mirror").click()
    expect(page.get_by_label("Mirror out")).to_have_value("cba")
    assert not any('"abc"' in body for body in sent)


def test_load_events_run_when_the_page_opens(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("events_demo"))
    expect(page.get_by_label("Loaded")).to_have_value("loaded at start")


def test_a_timer_ticks_repeatedly(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("events_demo"))
    ticks = page.get_by_label("Ticks")
    expect(ticks).not_to_have_value("0", timeout=5000)
    first = float(ticks.input_value())
    expect(ticks).not_to_have_value(ticks.input_value(), timeout=5000)
    assert float(ticks.input_value()) > first
