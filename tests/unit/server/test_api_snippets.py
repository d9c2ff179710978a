"""The "Use via API" snippets of one endpoint, as Gradio 6.31 writes them.

Each test builds a tiny app, reads its endpoint's snippets from the API info and checks
what a reader of the panel would copy. The file examples are the components' own
(`bus.png`, `sample_file.pdf`, ... on GitHub).
"""

from __future__ import annotations

from typing import Any

import gradio as gr
from gradio.server.api_info import api_info
from gradio.server.api_snippets import code_snippets

ROOT = "http://h:1"
BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
PDF = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
UPLOAD = (
    f"FILE_PATH=$(curl -s -X POST {ROOT}/gradio_api/upload "
    "-F 'files=@/path/to/your/file' | tr -d '[]\" ')"
)
UPLOADED = '{"path": "\'$FILE_PATH\'", "meta": {"_type": "gradio.FileData"}}'


def snippets(*inputs: Any) -> dict[str, str]:
    """The snippets of `/run`, an endpoint taking `inputs` (named param_0, param_1...)."""
    with gr.Blocks() as demo:
        gr.Button().click(lambda *args: None, list(inputs), None, api_name="run")
    found: dict[str, str] = api_info(demo, ROOT)["named_endpoints"]["/run"]["code_snippets"]
    return found


def test_without_file_parameters_no_snippet_mentions_files() -> None:
    found = snippets(gr.Textbox(), gr.Checkbox(value=True), gr.Number(value=2))

    assert found["python"] == "\n".join(
        [
            "from gradio_client import Client",
            "",
            f'client = Client("{ROOT}")',
            "result = client.predict(",
            '\tparam_0="Hello!!",',
            "\tparam_1=True,",
            "\tparam_2=2,",
            '\tapi_name="/run",',
            ")",
            "print(result)",
        ]
    )
    assert found["javascript"].startswith(
        'import { Client } from "@gradio/client";\n\nconst client'
    )
    assert "\t\tparam_1: true,\n" in found["javascript"]
    assert found["bash"].startswith(f"curl -X POST {ROOT}/gradio_api/call/v2/run -s")
    assert """-d '{"param_0": "Hello!!", "param_1": true, "param_2": 2}'""" in found["bash"]


def test_files_inside_a_gallerys_list_are_files_for_python_curl_and_the_cli() -> None:
    found = snippets(gr.Gallery())

    # the value shown is the empty default, but the example holds a picture
    assert found["python"].startswith("from gradio_client import Client, handle_file\n")
    assert "\tparam_0=[],\n" in found["python"]
    assert found["bash"].startswith(UPLOAD + "\n\ncurl")
    assert f"""-d '{{"param_0": {UPLOADED}}}'""" in found["bash"]
    assert found["cli"] == (
        f"{{command}} predict {ROOT} /run '{{\n"
        '  "param_0": [\n'
        "    {\n"
        '      "image": {\n'
        f'        "path": "{BUS}",\n'
        '        "meta": {\n'
        '          "_type": "gradio.FileData"\n'
        "        }\n"
        "      }\n"
        "    }\n"
        "  ]\n"
        "}'\n"
    )


def test_a_list_of_files_becomes_a_list_of_handle_file_calls() -> None:
    found = snippets(gr.File(file_count="multiple"))

    assert f"\tparam_0=[handle_file('{PDF}')],\n" in found["python"]
    # File is a blob component: JS fetches the example's URL, which a list does not have
    assert 'const response_0 = await fetch("");\n' in found["javascript"]
    assert "\t\tparam_0: handle_file(exampleFile),\n" in found["javascript"]
    assert f"""-d '{{"param_0": {UPLOADED}}}'""" in found["bash"]
    assert '"orig_name"' not in found["cli"] and '"url"' not in found["cli"]


def test_files_inside_a_dict_are_found_too() -> None:
    found = snippets(gr.AnnotatedImage())

    assert found["python"].startswith("from gradio_client import Client, handle_file\n")
    assert (
        f'\tparam_0={{"image": handle_file(\'{BUS}\'), "annotations": []}},\n' in (found["python"])
    )
    assert found["bash"].startswith(UPLOAD)
    assert f'"image": {{\n      "path": "{BUS}",\n      "meta": {{\n' in found["cli"]


def test_javascript_fetches_a_blob_only_for_audio_file_image_and_video() -> None:
    image = snippets(gr.Image())["javascript"]
    assert image.startswith('import { Client, handle_file } from "@gradio/client";\n\n')
    assert f'const response_0 = await fetch("{BUS}");\n' in image
    assert "const exampleImage = await response_0.blob();\n\nconst client" in image
    assert "\t\tparam_0: handle_file(exampleImage),\n" in image

    for button in (gr.UploadButton(), gr.DownloadButton()):
        found = snippets(button)
        assert found["javascript"].startswith('import { Client } from "@gradio/client";')
        assert "fetch(" not in found["javascript"]
        assert (
            f'\t\tparam_0: {{"path": "{PDF}", "meta": {{"_type": "gradio.FileData"}}'
            in (found["javascript"])
        )
        # the other languages still treat the button's file as a file
        assert f"\tparam_0=handle_file('{PDF}'),\n" in found["python"]
        assert found["bash"].startswith(UPLOAD)


def test_several_file_parameters_share_one_upload_and_number_their_blobs() -> None:
    found = snippets(gr.Textbox(), gr.Image(), gr.Gallery(), gr.Audio(), gr.Image())

    js = found["javascript"]
    # numbered among the blob parameters only; the two Images share one blob name
    assert [line for line in js.splitlines() if "fetch(" in line or "blob()" in line] == [
        f'const response_0 = await fetch("{BUS}");',
        "const exampleImage = await response_0.blob();",
        'const response_1 = await fetch("https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav");',
        "const exampleAudio = await response_1.blob();",
        f'const response_2 = await fetch("{BUS}");',
        "const exampleImage = await response_2.blob();",
    ]
    assert "\t\tparam_4: handle_file(exampleImage),\n" in js
    assert found["bash"].count("FILE_PATH=$(curl") == 1
    assert (
        f'"param_0": "Hello!!", "param_1": {UPLOADED}, "param_2": {UPLOADED}, '
        f'"param_3": {UPLOADED}, "param_4": {UPLOADED}}}'
    ) in found["bash"]


def test_a_text_parameter_is_written_as_a_string_and_empty_text_elsewhere_as_none() -> None:
    # Dropdown([1, 2]) is typed Literal['1', '2'] in the API info, so its 2 is shown as "2"
    assert '\tparam_0="2",\n' in snippets(gr.Dropdown([1, 2], value=2))["python"]
    parameter = {
        "parameter_name": "data",
        "parameter_has_default": True,
        "parameter_default": "",
        "python_type": {"type": "str | float | bool | list | dict", "description": ""},
        "component": "Json",
        "example_input": {"foo": "bar"},
    }
    found = code_snippets("run", [parameter], ROOT)
    assert "\tdata=None,\n" in found["python"]
    assert "\t\tdata: null,\n" in found["javascript"]


def test_strings_stay_valid_code_where_gradio_writes_them_unescaped() -> None:
    found = snippets(gr.Textbox(value='say "hi" — naïve\nbye'))

    assert '\tparam_0="say \\"hi\\" — naïve\\nbye",\n' in found["python"]
    assert '\t\tparam_0: "say \\"hi\\" — naïve\\nbye",\n' in found["javascript"]


def test_handle_file_is_imported_when_only_the_default_holds_a_file() -> None:
    parameter = {
        "parameter_name": "history",
        "parameter_has_default": True,
        "parameter_default": [
            {"file": {"path": "a.png", "url": BUS, "meta": {"_type": "gradio.FileData"}}}
        ],
        "python_type": {"type": "list", "description": ""},
        "component": "Chatbot",
        "example_input": [],
    }
    python = code_snippets("run", [parameter], ROOT)["python"]

    assert python.startswith("from gradio_client import Client, handle_file\n")
    assert f"\thistory=[{{\"file\": handle_file('{BUS}')}}],\n" in python
