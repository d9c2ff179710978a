"""Gradio's own `gradio_client` (from `.venv-gradio`, in a subprocess) against our server.

Each test serves a small app on a live server, runs a short client script with the real
`gradio_client` 2.7.2 and checks what it printed (one JSON document).
"""

from __future__ import annotations

import json
import subprocess
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gradio as gr

pytestmark = pytest.mark.interop

GRADIO_PYTHON = Path(__file__).resolve().parents[2] / ".venv-gradio" / "bin" / "python"
LiveServer = Callable[..., str]


def run_client(url: str, body: str) -> Any:
    """Run `body` with `client = Client(url)` already made; it must print one JSON value."""
    script = "import json, time\nfrom gradio_client import Client, handle_file\n"
    script += f"client = Client({url!r}, verbose=False)\n" + textwrap.dedent(body)
    done = subprocess.run(
        [str(GRADIO_PYTHON), "-c", script],
        capture_output=True,
        text=True,
        timeout=90,
        cwd="/",  # not the repository: its `gradio_client` package would shadow Gradio's
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_text_interface_answers_predict(live_server: LiveServer) -> None:
    def greet(name: str) -> str:
        return f"Hello {name}!"

    url = live_server(gr.Interface(fn=greet, inputs="text", outputs="text"))
    assert run_client(url, 'print(json.dumps(client.predict("World", api_name="/greet")))') == (
        "Hello World!"
    )


def test_a_blocks_app_serves_several_named_endpoints_and_keeps_state(
    live_server: LiveServer,
) -> None:
    with gr.Blocks() as demo:
        x = gr.Number(value=1, label="a")
        y = gr.Number(value=2, label="b")
        total = gr.Number(label="sum")
        history = gr.State([])
        text = gr.Textbox(label="text")
        shout = gr.Textbox(label="out")
        button = gr.Button()

        def add(a: float, b: float, seen: list[float]) -> tuple[float, list[float]]:
            return a + b, [*seen, a + b]

        def upper(s: str) -> str:
            return s.upper()

        button.click(add, [x, y, history], [total, history], api_name="add")
        button.click(upper, text, shout, api_name="upper")
        button.click(lambda seen: str(seen), history, shout, api_name="show_hist")
    url = live_server(demo)
    result = run_client(
        url,
        """
        out = [client.predict(1, 2, api_name="/add"), client.predict(5, 5, api_name="/add")]
        out.append(client.predict("hi", api_name="/upper"))
        out.append(client.predict(api_name="/show_hist"))
        out.append(sorted(client.view_api(print_info=False, return_format="dict")["named_endpoints"]))
        print(json.dumps(out))
        """,
    )
    # Ints stay ints, as with Gradio 6.31 (checked: it answers [3, 10, "[3, 10]"]).
    assert result == [3, 10, "HI", "[3, 10]", ["/add", "/show_hist", "/upper"]]


def test_a_streaming_generator_is_seen_step_by_step(live_server: LiveServer) -> None:
    def count(n: str):  # type: ignore[no-untyped-def]
        text = ""
        for i in range(3):
            time.sleep(0.05)
            text += f"line {i}\n"
            yield text

    demo = gr.Interface(fn=count, inputs="text", outputs="text")
    url = live_server(demo)
    result = run_client(
        url,
        """
        job = client.submit("x", api_name="/count")
        seen = [update for update in job]
        print(json.dumps({"seen": seen, "outputs": job.outputs(), "result": job.result()}))
        """,
    )
    assert result["outputs"] == ["line 0\n", "line 0\nline 1\n", "line 0\nline 1\nline 2\n"]
    assert result["result"] == "line 0\nline 1\nline 2\n"


def test_a_gr_error_reaches_the_client_with_its_message(live_server: LiveServer) -> None:
    def fail(x: str) -> str:
        raise gr.Error(f"custom failure message: {x}")

    url = live_server(gr.Interface(fn=fail, inputs="text", outputs="text"))
    result = run_client(
        url,
        """
        try:
            client.predict("X", api_name="/fail")
            print(json.dumps("no error"))
        except Exception as exc:
            print(json.dumps([type(exc).__name__, str(exc)]))
        """,
    )
    assert result == ["AppError", "custom failure message: X"]


def test_a_running_job_can_be_cancelled(live_server: LiveServer) -> None:
    def slow(x: str):  # type: ignore[no-untyped-def]
        for i in range(100):
            time.sleep(0.1)
            yield f"gen {i}"

    url = live_server(gr.Interface(fn=slow, inputs="text", outputs="text"))
    result = run_client(
        url,
        """
        job = client.submit("x", api_name="/slow")
        time.sleep(0.6)
        job.cancel()
        time.sleep(0.5)
        print(json.dumps([job.status().code.name, len(job.outputs()) < 20]))
        """,
    )
    assert result == ["CANCELLED", True]


def test_an_image_round_trips_through_upload_and_file_urls(
    live_server: LiveServer, tmp_path: Path
) -> None:
    from PIL import Image

    def invert(img):  # type: ignore[no-untyped-def]
        return 255 - img

    source = tmp_path / "red.png"
    Image.new("RGB", (4, 3), (255, 0, 0)).save(source)
    url = live_server(gr.Interface(invert, gr.Image(), gr.Image()))
    result = run_client(
        url,
        f"""
        from PIL import Image
        out = client.predict(handle_file({str(source)!r}), api_name="/invert")
        image = Image.open(out).convert("RGB")
        print(json.dumps([image.size, image.getpixel((0, 0))]))
        """,
    )
    size, pixel = result
    assert size == [4, 3]
    # Outputs are re-encoded as lossy WebP (as Gradio does): allow a little drift.
    assert all(abs(got - want) <= 8 for got, want in zip(pixel, [0, 255, 255], strict=True))


def test_a_chat_interface_streams_its_reply(live_server: LiveServer) -> None:
    def respond(message: str, history: list[dict[str, str]]):  # type: ignore[no-untyped-def]
        reply = f"You said: {message}"
        for end in range(1, len(reply) + 1, 4):
            yield reply[:end]
        yield reply

    url = live_server(gr.ChatInterface(respond))
    result = run_client(
        url,
        """
        print(json.dumps(client.predict("hello bot", api_name="/respond")))
        """,
    )
    assert result == "You said: hello bot"
