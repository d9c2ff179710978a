"""`@gr.render`: a container and a load+change listener at build time; a sub-config per run."""

from __future__ import annotations

import gradio as gr
from gradio.blocks.render import take_render_result
from tests.unit.captures import load_capture


def build() -> tuple[gr.Blocks, gr.Number]:
    with gr.Blocks() as demo:
        count = gr.Number(2, label="n")

        @gr.render(inputs=count)
        def boxes(n: float) -> None:
            for i in range(int(n)):
                box = gr.Textbox(f"box {i}", key=f"box{i}")
                box.submit(lambda text: text, box, box)

    return demo, count


def test_render_places_a_container_and_a_load_and_change_listener_as_gradio_does() -> None:
    demo, count = build()
    captured = load_capture("i_misc.config.json")
    captured_dep = next(d for d in captured["dependencies"] if d["render_id"] is not None)
    captured_column = next(
        c for c in captured["components"] if c["id"] == captured_dep["outputs"][0]
    )

    dep = demo.config["dependencies"][0]
    column = next(c for c in demo.config["components"] if c["id"] == dep["outputs"][0])

    assert dep["targets"] == [[demo.id, "load"], [count.id, "change"]]
    for field in (
        "api_name",
        "api_visibility",
        "trigger_mode",
        "queue",
        "render_id",
        "show_progress",
    ):
        assert dep[field] == captured_dep[field], field
    assert column["props"] == captured_column["props"]


def test_running_the_render_function_builds_a_render_config() -> None:
    demo, _ = build()
    render_fn = demo.fns[0]

    assert render_fn.fn is not None
    render_fn.fn(2)
    scope = take_render_result()

    assert scope is not None
    config = scope.config()
    types = [c["type"] for c in config["components"]]
    assert types == ["column", "textbox", "textbox", "form"]
    assert config["layout"]["id"] == render_fn.outputs[0].id
    assert [d["id"] for d in config["dependencies"]] == [1, 2]
    assert all(d["rendered_in"] == 0 for d in config["dependencies"])
    textboxes = [c for c in config["components"] if c["type"] == "textbox"]
    assert [t["props"]["value"] for t in textboxes] == ["box 0", "box 1"]
    assert all(t["rendered_in"] == 0 for t in textboxes)
    assert "rendered_in" not in config["components"][-1]


def test_a_render_run_leaves_the_app_itself_unchanged() -> None:
    demo, _ = build()
    before = (len(demo.fns), len(demo.blocks))

    demo.fns[0].fn(3)  # type: ignore[misc]
    take_render_result()

    assert (len(demo.fns), len(demo.blocks)) == before
    assert take_render_result() is None
