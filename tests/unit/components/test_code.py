"""gr.Code: its languages, line limits, text in and out."""

from __future__ import annotations

import inspect

import pytest

import gradio as gr
from gradio.blocks.config import component_entry


def test_output_code_is_stripped_of_surrounding_blank_space() -> None:
    assert gr.Code().postprocess("\n  print('hello')\n\n") == "print('hello')"
    assert gr.Code().postprocess(None) is None


def test_a_file_path_is_shown_as_text_as_in_gradio_6() -> None:
    assert gr.Code().postprocess("/tmp/script.py") == "/tmp/script.py"


def test_a_file_tuple_is_refused_with_advice_to_read_the_file() -> None:
    with pytest.raises(ValueError, match="read the file and return its contents as a str"):
        gr.Code().postprocess(("script.py",))


def test_a_value_that_is_not_text_is_refused_naming_its_type() -> None:
    with pytest.raises(ValueError, match="got int"):
        gr.Code().postprocess(3)


def test_preprocess_passes_the_code_through() -> None:
    code = gr.Code()

    assert code.preprocess("x = 1\n") == "x = 1\n"
    assert code.preprocess(None) is None
    with pytest.raises(ValueError, match="got dict"):
        code.preprocess({"code": "x"})


def test_languages_are_gradios_list_ending_with_none() -> None:
    assert gr.Code.languages[:3] == ["python", "c", "cpp"]
    assert "sql-pgSQL" in gr.Code.languages
    assert gr.Code.languages[-1] is None
    assert len(gr.Code.languages) == 29


def test_an_unknown_language_is_refused_naming_the_argument() -> None:
    with pytest.raises(ValueError, match="`language`: 'rust' is not supported"):
        gr.Code(language="rust")  # type: ignore[arg-type]


def test_max_lines_is_never_below_lines() -> None:
    assert gr.Code(lines=3, max_lines=2).max_lines == 3
    assert gr.Code(lines=3, max_lines=10).max_lines == 10
    assert gr.Code().max_lines is None


def test_api_info_and_examples_are_plain_strings() -> None:
    code = gr.Code()

    assert code.api_info() == {"type": "string"}
    assert code.python_type == "str"
    assert code.example_payload() == code.example_value() == "print('Hello World')"


def test_constructor_matches_gradio_6_31() -> None:
    parameters = inspect.signature(gr.Code.__init__).parameters
    defaults = {n: p.default for n, p in parameters.items() if n != "self"}

    assert list(defaults) == [
        "value", "language", "every", "inputs", "lines", "max_lines", "label", "interactive",
        "show_label", "container", "scale", "min_width", "visible", "elem_id", "elem_classes",
        "render", "key", "preserved_by_key", "wrap_lines", "show_line_numbers", "autocomplete",
        "buttons",
    ]  # fmt: skip
    assert parameters["language"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert parameters["every"].kind is inspect.Parameter.KEYWORD_ONLY
    assert (defaults["lines"], defaults["show_line_numbers"], defaults["wrap_lines"]) == (
        5,
        True,
        False,
    )
    assert list(gr.Code.EVENTS) == ["change", "input", "focus", "blur"]


def test_config_entry_matches_gradio_6_31() -> None:
    # Recorded from Gradio 6.31: gr.Code("  print('hello')\n\n", language="python", lines=3,
    # max_lines=2, label="code_out", interactive=True), nulls left out as our config does.
    with gr.Blocks():
        code = gr.Code(
            "  print('hello')\n\n",
            language="python",
            lines=3,
            max_lines=2,
            label="code_out",
            interactive=True,
        )

    assert component_entry(code)["props"] == {
        "value": "print('hello')",
        "language": "python",
        "lines": 3,
        "max_lines": 3,
        "label": "code_out",
        "interactive": True,
        "show_label": True,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "wrap_lines": False,
        "show_line_numbers": True,
        "autocomplete": False,
        "buttons": ["copy", "download"],
        "name": "code",
        "_selectable": False,
    }
