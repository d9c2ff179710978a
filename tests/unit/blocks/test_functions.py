"""`FunctionTable`: the app's listeners by index, plus per-session `gr.render` listeners."""

from __future__ import annotations

import pytest

import gradio as gr
from gradio.blocks import functions
from gradio.blocks.functions import FunctionTable
from gradio.blocks.render import take_render_result
from gradio.events.block_function import BlockFunction


def app_with_render() -> gr.Blocks:
    with gr.Blocks() as demo:
        count = gr.Number(2)

        @gr.render(inputs=count)
        def boxes(n: float) -> None:
            box = gr.Textbox(key="box")
            shout = box.submit(lambda t: t.upper(), box, box)
            shout.then(lambda t: t, box, box)

    return demo


def render_listeners(demo: gr.Blocks) -> list[BlockFunction]:
    demo.fns[0].fn(1)  # type: ignore[misc]
    scope = take_render_result()
    assert scope is not None
    return scope.fns


def test_rendered_listeners_resolve_by_index_but_stay_out_of_the_app_listing() -> None:
    demo = app_with_render()
    table = demo.fns
    assert isinstance(table, FunctionTable)
    fns = render_listeners(demo)

    table.keep_rendered("sess-a", 0, fns)

    assert len(table) == 1
    assert [fn.id for fn in table] == [0]
    assert [table[fn.id] for fn in fns] == fns
    assert table.owner(fns[0].id) == "sess-a"
    assert table.owner(0) is None


def test_later_runs_are_renumbered_with_their_chains_and_replace_the_session_s_previous_ones() -> (
    None
):
    demo = app_with_render()
    table = demo.fns
    assert isinstance(table, FunctionTable)
    first = render_listeners(demo)
    table.keep_rendered("sess-a", 0, first)
    first_ids = [fn.id for fn in first]
    second = render_listeners(demo)

    table.keep_rendered("sess-a", 0, second)

    assert [fn.id for fn in second] == [first_ids[-1] + 1, first_ids[-1] + 2]
    assert second[1].trigger_after == second[0].id
    assert second[0].concurrency_id == str(second[0].id)
    assert all(table.owner(i) is None for i in first_ids)


def test_the_oldest_session_is_dropped_beyond_the_session_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = app_with_render()
    table = demo.fns
    assert isinstance(table, FunctionTable)
    monkeypatch.setattr(functions, "MAX_SESSIONS", 2)
    kept = {}
    for session in ("a", "b", "c"):
        fns = render_listeners(demo)
        table.keep_rendered(session, 0, fns)
        kept[session] = fns[0].id

    assert table.owner(kept["a"]) is None
    assert table.owner(kept["b"]) == "b"
    assert table.owner(kept["c"]) == "c"


def test_a_keyed_block_made_again_by_a_render_run_keeps_its_id() -> None:
    demo = app_with_render()
    demo.fns[0].fn(1)  # type: ignore[misc]
    first = take_render_result()
    demo.fns[0].fn(1)  # type: ignore[misc]
    second = take_render_result()
    assert first is not None and second is not None

    def box_id(config: dict[str, object]) -> object:
        components: list[dict[str, object]] = config["components"]  # type: ignore[assignment]
        return next(c["id"] for c in components if c["type"] == "textbox")

    assert box_id(first.config()) == box_id(second.config())
