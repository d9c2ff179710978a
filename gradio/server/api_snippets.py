"""Usage examples for one endpoint, in Python, JavaScript, curl and the CLI (protocol §4).

Each snippet passes every parameter's default when it has one, else its example input.
Files are found wherever they sit in a value (an Image's file, a list of files, a Gallery's
`[{"image": file, "caption": ...}]`, a MultimodalTextbox's `{"files": [...]}`), and each
language treats them as Gradio 6.31's snippets do:

- Python: every file with a URL becomes `handle_file('<url>')`, imported when any
  parameter holds one.
- JavaScript: only parameters of the components the JS client sends as blobs (`Audio`,
  `File`, `Image`, `Video`) fetch their example file and pass `handle_file(blob)`; any other
  value, files included, is written out as JSON.
- curl: one upload step, and each parameter whose example holds a file is replaced whole by
  the uploaded file (a list of files too: the user adapts it).
- CLI: the example with every file trimmed to its `path` and `meta`.

Where Gradio's text would not parse, ours stays valid: strings are JSON-quoted (Gradio
writes them unescaped), JSON bodies write `null`/`true`/`false` (Gradio writes Python's
`None`/`True`/`False`), and `handle_file` is imported whenever it is used.
"""

from __future__ import annotations

import json
from typing import Any, Literal

# The component names (as the API info spells them) that gradio_client's JS snippet turns
# into fetched blobs. Its set also lists "DownloadButton", "UploadButton", "ImageSlider" and
# "Model3D", but those never match the names written here ("Uploadbutton", "Model3d"...).
BLOB_COMPONENTS = frozenset({"Audio", "File", "Image", "Video"})

FILE_META = {"_type": "gradio.FileData"}

Language = Literal["python", "json"]


def code_snippets(api_name: str, parameters: list[dict[str, Any]], root: str) -> dict[str, str]:
    """The four snippets of one endpoint.

    Parameters:
        api_name: the endpoint name without the leading slash.
        parameters: the endpoint's parameter descriptions (from `api_info`).
        root: the app's root URL.
    """
    return {
        "python": _python(api_name, parameters, root),
        "javascript": _javascript(api_name, parameters, root),
        "bash": _bash(api_name, parameters, root),
        "cli": _cli(api_name, parameters, root),
    }


def _python(api_name: str, parameters: list[dict[str, Any]], root: str) -> str:
    uses_files = any(
        _holds_file(p["example_input"]) or _holds_file(_shown_value(p)) for p in parameters
    )
    imports = "Client, handle_file" if uses_files else "Client"
    lines = [f"from gradio_client import {imports}", "", f'client = Client("{root}")']
    lines.append("result = client.predict(")
    for p in parameters:
        lines.append(f"\t{p['parameter_name']}={_literal(_shown_value(p), p, 'python')},")
    lines.append(f'\tapi_name="/{api_name}",')
    lines.extend([")", "print(result)"])
    return "\n".join(lines)


def _javascript(api_name: str, parameters: list[dict[str, Any]], root: str) -> str:
    blobs = [p for p in parameters if p["component"] in BLOB_COMPONENTS]
    imports = "Client, handle_file" if blobs else "Client"
    lines = [f'import {{ {imports} }} from "@gradio/client";', ""]
    # one fetch per blob parameter, numbered among the blob parameters only
    for index, p in enumerate(blobs):
        lines.append(f'const response_{index} = await fetch("{_example_url(p)}");')
        lines.append(f"const {_blob_name(p)} = await response_{index}.blob();")
    if blobs:
        lines.append("")
    lines.append(f'const client = await Client.connect("{root}");')
    lines.append(f'const result = await client.predict("/{api_name}", {{')
    for p in parameters:
        if p["component"] in BLOB_COMPONENTS:
            value = f"handle_file({_blob_name(p)})"
        else:
            value = _literal(_shown_value(p), p, "json")
        lines.append(f"\t\t{p['parameter_name']}: {value},")
    lines.extend(["});", "", "console.log(result.data);"])
    return "\n".join(lines)


def _blob_name(parameter: dict[str, Any]) -> str:
    """`exampleImage`: named after the component, so two Images share one name, as in Gradio."""
    return f"example{parameter['component']}"


def _example_url(parameter: dict[str, Any]) -> str:
    """The URL of a single-file example; empty for a list of files or no file."""
    example = parameter["example_input"]
    return str(example.get("url") or "") if isinstance(example, dict) else ""


def _bash(api_name: str, parameters: list[dict[str, Any]], root: str) -> str:
    uploaded = {p["parameter_name"] for p in parameters if _holds_file(p["example_input"])}
    prefix = ""
    if uploaded:
        prefix = (
            f"FILE_PATH=$(curl -s -X POST {root}/gradio_api/upload "
            "-F 'files=@/path/to/your/file' | tr -d '[]\" ')\n\n"
        )
    fields: list[str] = []
    for p in parameters:
        name = p["parameter_name"]
        if name in uploaded:
            # the whole value becomes the one uploaded file, even a list of files
            value = '{"path": "\'$FILE_PATH\'", "meta": {"_type": "gradio.FileData"}}'
        else:
            value = _literal(_link_files(_shown_value(p)), p, "json")
        fields.append(f"{json.dumps(name)}: {value}")
    return (
        f"{prefix}curl -X POST {root}/gradio_api/call/v2/{api_name} -s "
        f'-H "Content-Type: application/json" \\\n'
        f"  -d '{{{', '.join(fields)}}}' \\\n"
        "  | awk -F'\"' '{ print $4}' \\\n"
        f"  | read EVENT_ID; curl -N {root}/gradio_api/call/{api_name}/$EVENT_ID"
    )


def _link_files(value: Any) -> Any:
    """`value` with each file (with a URL) as `{"path": <url>, "meta": ...}`: a curl body."""
    if _is_linked_file(value):
        return {"path": value["url"], "meta": FILE_META}
    if isinstance(value, (list, tuple)):
        return [_link_files(item) for item in value]
    if isinstance(value, dict):
        return {key: _link_files(item) for key, item in value.items()}
    return value


def _cli(api_name: str, parameters: list[dict[str, Any]], root: str) -> str:
    # the CLI passes the example instead of a falsy default (`False`, `0`, `[]`)
    payload = {
        p["parameter_name"]: _trim_files(p["parameter_default"] or p["example_input"])
        for p in parameters
    }
    return f"{{command}} predict {root} /{api_name} '{json.dumps(payload, indent=2)}'\n"


def _trim_files(value: Any) -> Any:
    """`value` with each file reduced to `path` and `meta`, all the CLI needs to upload it."""
    if _is_cli_file(value):
        return {key: item for key, item in value.items() if key in ("path", "meta")}
    if isinstance(value, (list, tuple)):
        return [_trim_files(item) for item in value]
    if isinstance(value, dict):
        return {key: _trim_files(item) for key, item in value.items()}
    return value


def _shown_value(parameter: dict[str, Any]) -> Any:
    """The value a snippet passes: the parameter's default if it has one, else its example."""
    if parameter["parameter_has_default"]:
        return parameter["parameter_default"]
    return parameter["example_input"]


def _is_linked_file(value: Any) -> bool:
    """A FileData with a URL: the only files the Python and curl snippets can point at."""
    return (
        isinstance(value, dict)
        and bool(value.get("url"))
        and isinstance(value.get("meta"), dict)
        and value["meta"].get("_type") == FILE_META["_type"]
    )


def _is_cli_file(value: Any) -> bool:
    """A FileData as the CLI recognises one: a string path and exactly the FileData meta."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("path"), str)
        and value.get("meta") == FILE_META
    )


def _holds_file(value: Any) -> bool:
    """Whether a file with a URL sits anywhere in `value` (in lists and dicts, at any depth)."""
    if _is_linked_file(value):
        return True
    if isinstance(value, dict):
        return any(_holds_file(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_file(item) for item in value)
    return False


def _literal(value: Any, parameter: dict[str, Any], language: Language) -> str:
    """One parameter's value as Python or JSON source text.

    The parameter's Python type decides, as in Gradio: a text parameter's value is written
    as a string (a Dropdown of `Literal['1', '2']` passes `"2"` even if its value is `2`),
    and an empty string stands for "no value" anywhere else (`None` for a JSON component).
    """
    text = _is_text(parameter)
    if value is None or (value == "" and not text):
        return "None" if language == "python" else "null"
    # other strings are quoted too, where Gradio writes them bare (a JSON component's "hi")
    if text or isinstance(value, str):
        return json.dumps(str(value), ensure_ascii=False)
    if language == "json":
        return json.dumps(value)
    return _python_json(value)


def _is_text(parameter: dict[str, Any]) -> bool:
    """Whether the parameter's Python type is a string (`str`, or a `Literal` of strings)."""
    python_type = str((parameter.get("python_type") or {}).get("type") or "")
    return python_type in ("str", "string") or python_type.startswith("Literal['")


def _python_json(value: Any) -> str:
    """JSON text, except `None`, `True`, `False` and files as Python spells them.

    `[{"image": handle_file('https://…/bus.png'), "caption": None}]`
    """
    if _is_linked_file(value):
        return f"handle_file({value['url']!r})"
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_python_json(item) for item in value) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k))}: {_python_json(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return json.dumps(value, default=str)
