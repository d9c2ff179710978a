"""Usage examples for one endpoint, in Python, JavaScript, curl and the CLI (protocol §4).

Files in the example inputs become `handle_file(...)` calls (Python, JavaScript) and an
upload step (curl), as in Gradio's generated snippets.
"""

from __future__ import annotations

import json
from typing import Any


def code_snippets(api_name: str, parameters: list[dict[str, Any]], root: str) -> dict[str, str]:
    """The four snippets of one endpoint.

    Python, JavaScript and curl pass each parameter's default when it has one (else its
    example input); the CLI snippet passes the example instead of a falsy default.

    Parameters:
        api_name: the endpoint name without the leading slash.
        parameters: the endpoint's parameter descriptions (from `api_info`).
        root: the app's root URL.
    """
    values = {p["parameter_name"]: _shown_value(p) for p in parameters}
    components = [p["component"] for p in parameters]
    # the CLI snippet passes the example instead of a falsy default (`False`, `0`, `[]`)
    examples = {
        p["parameter_name"]: p["parameter_default"] or p["example_input"] for p in parameters
    }
    return {
        "python": _python(api_name, values, root),
        "javascript": _javascript(api_name, values, components, root),
        "bash": _bash(api_name, values, root),
        "cli": _cli(api_name, examples, root),
    }


def _python(api_name: str, examples: dict[str, Any], root: str) -> str:
    uses_files = any(_is_file(v) for v in examples.values())
    imports = "Client, handle_file" if uses_files else "Client"
    lines = [f"from gradio_client import {imports}", "", f'client = Client("{root}")']
    lines.append("result = client.predict(")
    lines.extend(f"\t{name}={_python_literal(value)}," for name, value in examples.items())
    lines.append(f'\tapi_name="/{api_name}",')
    lines.extend([")", "print(result)"])
    return "\n".join(lines)


def _shown_value(parameter: dict[str, Any]) -> Any:
    """The value a snippet passes: the parameter's default if it has one, else its example."""
    if parameter["parameter_has_default"]:
        return parameter["parameter_default"]
    return parameter["example_input"]


def _javascript(api_name: str, examples: dict[str, Any], components: list[str], root: str) -> str:
    uses_files = any(_is_file(v) for v in examples.values())
    imports = "Client, handle_file" if uses_files else "Client"
    lines = [f'import {{ {imports} }} from "@gradio/client";', ""]
    args: list[str] = []
    for index, (name, value) in enumerate(examples.items()):
        if _is_file(value):
            lines.append(f'const response_{index} = await fetch("{value.get("url") or ""}");')
            blob = f"example{components[index]}"  # named after the component, as Gradio does
            lines.append(f"const {blob} = await response_{index}.blob();")
            lines.append("")
            args.append(f"\t\t{name}: handle_file({blob}),")
        else:
            args.append(f"\t\t{name}: {json.dumps(value)},")
    lines.append(f'const client = await Client.connect("{root}");')
    lines.append(f'const result = await client.predict("/{api_name}", {{')
    lines.extend(args)
    lines.extend(["});", "", "console.log(result.data);"])
    return "\n".join(lines)


def _bash(api_name: str, examples: dict[str, Any], root: str) -> str:
    prefix = ""
    body: dict[str, Any] = {}
    for name, value in examples.items():
        if _is_file(value):
            prefix = (
                f"FILE_PATH=$(curl -s -X POST {root}/gradio_api/upload "
                "-F 'files=@/path/to/your/file' | tr -d '[]\" ')\n\n"
            )
            body[name] = {"path": "FILE_PATH_PLACEHOLDER", "meta": {"_type": "gradio.FileData"}}
        else:
            body[name] = value
    data = json.dumps(body).replace('"FILE_PATH_PLACEHOLDER"', "\"'$FILE_PATH'\"")
    return (
        f"{prefix}curl -X POST {root}/gradio_api/call/v2/{api_name} -s "
        f'-H "Content-Type: application/json" \\\n'
        f"  -d '{data}' \\\n"
        "  | awk -F'\"' '{ print $4}' \\\n"
        f"  | read EVENT_ID; curl -N {root}/gradio_api/call/{api_name}/$EVENT_ID"
    )


def _cli(api_name: str, examples: dict[str, Any], root: str) -> str:
    compact = {
        name: ({"path": value.get("path"), "meta": value.get("meta")} if _is_file(value) else value)
        for name, value in examples.items()
    }
    return f"{{command}} predict {root} /{api_name} '{json.dumps(compact, indent=2)}'\n"


def _is_file(value: Any) -> bool:
    return isinstance(value, dict) and (value.get("meta") or {}).get("_type") == "gradio.FileData"


def _python_literal(value: Any) -> str:
    if _is_file(value):
        return f"handle_file({value.get('url') or value.get('path')!r})"
    if isinstance(value, list) and any(_is_file(item) for item in value):
        return "[" + ", ".join(_python_literal(item) for item in value) + "]"
    if isinstance(value, (dict, list)):
        return _python_json(value)
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _python_json(value: Any) -> str:
    """JSON text, except `None`, `True` and `False` as Python spells them: `[{"a": None}]`."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_python_json(item) for item in value) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k))}: {_python_json(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return json.dumps(value, default=str)
