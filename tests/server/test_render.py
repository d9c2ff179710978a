"""`@gr.render` over the queue: the run sends `render_config`, its listeners work per session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr
from gradio.server.sse import iter_events

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


def shouting_boxes_app() -> tuple[gr.Blocks, gr.Textbox]:
    """`n` keyed boxes and a button that shouts the last box into `out`."""
    with gr.Blocks() as demo:
        count = gr.Number(label="Count", value=2, precision=0)
        out = gr.Textbox(label="out")

        @gr.render(inputs=count)
        def boxes(n: float) -> None:
            last = None
            for i in range(int(n)):
                last = gr.Textbox(label=f"Box {i}", key=f"box{i}")
            shout = gr.Button("Shout")
            shout.click(lambda text: text.upper(), last, out)

    return demo, out


async def run(client: httpx.AsyncClient, fn_index: int, data: list[Any], session: str) -> Any:
    """Join one event and return its `process_completed` message (or the join response)."""
    joined = await client.post(
        "/gradio_api/queue/join",
        json={"data": data, "fn_index": fn_index, "session_hash": session},
    )
    if joined.status_code != 200:
        return joined
    stream = await client.get("/gradio_api/queue/data", params={"session_hash": session})
    messages = [orjson.loads(e["data"]) for e in iter_events(stream.text.splitlines())]
    return next(m for m in messages if m["msg"] == "process_completed")


def labels(render_config: dict[str, Any]) -> list[str]:
    return [c["props"]["label"] for c in render_config["components"] if c["type"] == "textbox"]


async def test_a_render_run_sends_the_new_sub_tree_as_render_config(
    asgi_client: AsgiClientFactory,
) -> None:
    demo, out = shouting_boxes_app()
    client = asgi_client(demo)

    completed = await run(client, 0, [2], "sess-a")

    output = completed["output"]
    assert completed["success"] is True
    assert output["data"] == [None]
    config = output["render_config"]
    assert config["render_id"] == 0
    assert config["layout"]["id"] == demo.fns[0].outputs[0].id
    assert labels(config) == ["Box 0", "Box 1"]
    assert [c["type"] for c in config["components"]] == [
        "column",
        "textbox",
        "textbox",
        "button",
        "form",
    ]
    [listener] = config["dependencies"]
    assert listener["outputs"] == [out.id]
    assert listener["rendered_in"] == 0
    assert config["page"][""]["dependencies"] == [listener["id"]]


async def test_the_rendered_listener_runs_for_its_session_by_the_id_in_render_config(
    asgi_client: AsgiClientFactory,
) -> None:
    demo, _ = shouting_boxes_app()
    client = asgi_client(demo)
    config = (await run(client, 0, [2], "sess-a"))["output"]["render_config"]
    fn_index = config["dependencies"][0]["id"]

    completed = await run(client, fn_index, ["hey"], "sess-a")

    assert completed["output"]["data"] == ["HEY"]


async def test_another_session_cannot_call_a_listener_rendered_for_someone_else(
    asgi_client: AsgiClientFactory,
) -> None:
    demo, _ = shouting_boxes_app()
    client = asgi_client(demo)
    config = (await run(client, 0, [2], "sess-a"))["output"]["render_config"]
    fn_index = config["dependencies"][0]["id"]

    refused = await run(client, fn_index, ["hey"], "sess-b")

    assert refused.status_code == 404
    assert refused.json() == {"detail": f"Function index {fn_index} not found."}


async def test_a_re_render_keeps_keyed_ids_and_replaces_the_previous_listeners(
    asgi_client: AsgiClientFactory,
) -> None:
    demo, _ = shouting_boxes_app()
    client = asgi_client(demo)
    first = (await run(client, 0, [2], "sess-a"))["output"]["render_config"]
    second = (await run(client, 0, [3], "sess-a"))["output"]["render_config"]

    def ids_by_key(config: dict[str, Any]) -> dict[str, int]:
        return {c["props"]["key"]: c["id"] for c in config["components"] if c["type"] == "textbox"}

    assert labels(second) == ["Box 0", "Box 1", "Box 2"]
    assert ids_by_key(second)["box0"] == ids_by_key(first)["box0"]
    assert ids_by_key(second)["box1"] == ids_by_key(first)["box1"]
    old_index = first["dependencies"][0]["id"]
    new_index = second["dependencies"][0]["id"]
    assert new_index != old_index
    assert (await run(client, old_index, ["x"], "sess-a")).status_code == 404
    assert (await run(client, new_index, ["x"], "sess-a"))["output"]["data"] == ["X"]


async def test_a_keyed_form_component_is_wrapped_in_a_form_keyed_after_it(
    asgi_client: AsgiClientFactory,
) -> None:
    demo, _ = shouting_boxes_app()
    client = asgi_client(demo)

    config = (await run(client, 0, [1], "sess-a"))["output"]["render_config"]

    form = next(c for c in config["components"] if c["type"] == "form")
    assert form["props"]["key"] == ["box0", "_parent"]
    assert "rendered_in" not in form
    box = next(c for c in config["components"] if c["type"] == "textbox")
    assert box["props"]["key"] == "box0"
    assert list(box)[list(box).index("key") + 1 : list(box).index("key") + 3] == [
        "renderable",
        "rendered_in",
    ]


async def test_a_render_outside_the_queue_answers_its_render_config_on_run_predict(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        text = gr.Textbox("a b")

        @gr.render(inputs=text, queue=False)
        def words(sentence: str) -> None:
            for word in sentence.split():
                gr.Markdown(word)

    client = asgi_client(demo)

    response = await client.post(
        "/gradio_api/run/predict",
        json={"data": ["one two three"], "fn_index": 0, "session_hash": "sess-a"},
    )

    assert response.status_code == 200
    config = response.json()["render_config"]
    markdowns = [c for c in config["components"] if c["type"] == "markdown"]
    assert [c["props"]["value"] for c in markdowns] == ["one", "two", "three"]


async def test_a_state_made_by_the_render_starts_from_its_value_until_the_next_render(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        go = gr.Checkbox(True)

        @gr.render(inputs=go)
        def counter(show: bool) -> None:
            clicks = gr.State(10)  # no `key` (as in Gradio): each run makes a new one
            shown = gr.Number(key="shown")
            gr.Button("+1").click(lambda n: (n + 1, n + 1), clicks, [clicks, shown])

    client = asgi_client(demo)
    config = (await run(client, 0, [True], "sess-a"))["output"]["render_config"]
    add = config["dependencies"][0]["id"]

    assert (await run(client, add, [None], "sess-a"))["output"]["data"] == [None, 11]
    assert (await run(client, add, [None], "sess-a"))["output"]["data"] == [None, 12]
    again = (await run(client, 0, [True], "sess-a"))["output"]["render_config"]
    add_again = again["dependencies"][0]["id"]
    assert (await run(client, add_again, [None], "sess-a"))["output"]["data"] == [None, 11]
