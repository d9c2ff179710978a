"""gr.Dataframe: every kind of table out, every `type=` in, headers, datatypes, config."""

from __future__ import annotations

import builtins
import subprocess
import sys
from typing import Any

import numpy as np
import pandas as pd
import pytest

import gradio as gr
from gradio.blocks.config import component_entry
from gradio.components.shortcuts import component_from

PAYLOAD = {"headers": ["n", "name"], "data": [[1, "a"], [2, "b"]], "metadata": None}


# --- postprocess: values the user's function returns -------------------------------


def test_a_pandas_dataframe_sends_its_columns_as_headers_and_its_rows_as_data() -> None:
    frame = pd.DataFrame({"name": ["Ann", "Bo"], "score": [9.5, 7.0], "ok": [True, False]})

    assert gr.Dataframe().postprocess(frame) == {
        "headers": ["name", "score", "ok"],
        "data": [["Ann", 9.5, True], ["Bo", 7.0, False]],
        "metadata": None,
    }


def test_missing_values_become_null_and_dates_their_text() -> None:
    frame = pd.DataFrame({"x": [1.5, float("nan")], "when": pd.to_datetime(["2024-01-02", None])})

    wire = gr.Dataframe().postprocess(frame)

    assert wire["data"] == [[1.5, "2024-01-02 00:00:00"], [None, "NaT"]]


def test_a_numpy_array_is_numbered_1_2_3_and_its_scalars_are_plain_numbers() -> None:
    wire = gr.Dataframe().postprocess(np.array([[1, 2], [3, 4]]))

    assert wire == {"headers": ["1", "2"], "data": [[1, 2], [3, 4]], "metadata": None}
    assert type(wire["data"][0][0]) is int


def test_a_list_of_rows_takes_the_constructor_headers_cut_to_its_width() -> None:
    df = gr.Dataframe(headers=["a", "b", "c"])

    assert df.postprocess([[1, "x"], [2, "y"]]) == {
        "headers": ["a", "b"],
        "data": [[1, "x"], [2, "y"]],
        "metadata": None,
    }


def test_wider_rows_get_numbered_headers_after_the_given_ones() -> None:
    wire = gr.Dataframe(headers=["a"]).postprocess([[1, 2, 3]])

    assert wire["headers"] == ["a", "2", "3"]


def test_a_flat_list_is_one_column_and_tuples_become_rows() -> None:
    df = gr.Dataframe()

    assert df.postprocess([1, 2])["data"] == [[1], [2]]
    assert df.postprocess([(1, 2), (3, 4)])["data"] == [[1, 2], [3, 4]]


def test_a_dict_brings_its_own_headers_and_data() -> None:
    wire = gr.Dataframe().postprocess({"headers": ["p", "q"], "data": [[1, 2]]})

    assert wire == {"headers": ["p", "q"], "data": [[1, 2]], "metadata": None}


def test_none_and_empty_values_send_the_headers_without_rows() -> None:
    df = gr.Dataframe(headers=["a", "b"])

    empties: list[Any] = [None, [], [[]], pd.DataFrame(columns=["a", "b"])]
    for empty in empties:
        assert df.postprocess(empty) == {"headers": ["a", "b"], "data": [], "metadata": None}


def test_a_styler_sends_the_values_of_its_visible_columns() -> None:
    styled = pd.DataFrame({"a": [1], "b": [2], "c": [3]}).style.hide(["b"], axis=1)

    assert gr.Dataframe().postprocess(styled) == {
        "headers": ["a", "c"],
        "data": [[1, 3]],
        "metadata": None,
    }


def test_a_csv_path_is_read_as_a_table(tmp_path: Any) -> None:
    path = tmp_path / "t.csv"
    path.write_text("x,y\n1,2\n")

    assert gr.Dataframe().postprocess(str(path))["data"] == [[1, 2]]


def test_a_dict_without_data_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="needs a 'data' key"):
        gr.Dataframe().postprocess({"rows": [[1]]})


def test_an_unknown_value_type_is_refused_naming_the_type() -> None:
    with pytest.raises(ValueError, match="cannot show a value of type int"):
        gr.Dataframe().postprocess(42)


# --- preprocess: what the user's function receives ---------------------------------


def test_type_pandas_gives_a_dataframe_with_the_headers_as_columns() -> None:
    frame = gr.Dataframe().preprocess(PAYLOAD)

    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["n", "name"]
    assert frame["n"].tolist() == [1, 2]


def test_type_pandas_reads_a_table_with_every_row_deleted_as_empty() -> None:
    frame = gr.Dataframe().preprocess({"headers": ["a", "b"], "data": [[]]})

    assert frame.shape == (0, 2)


def test_type_numpy_gives_an_array() -> None:
    array = gr.Dataframe(type="numpy").preprocess({"headers": ["a", "b"], "data": [[1, 2]]})

    assert isinstance(array, np.ndarray)
    assert array.tolist() == [[1, 2]]


def test_type_array_gives_the_rows_as_lists() -> None:
    assert gr.Dataframe(type="array").preprocess(PAYLOAD) == [[1, "a"], [2, "b"]]


def test_type_polars_gives_a_polars_dataframe() -> None:
    import polars

    frame = gr.Dataframe(type="polars").preprocess(PAYLOAD)

    assert isinstance(frame, polars.DataFrame)
    assert frame.columns == ["n", "name"]


def test_a_polars_dataframe_sends_its_columns_as_headers_and_its_rows_as_data() -> None:
    import polars

    frame = polars.DataFrame({"name": ["Ann", "Bo"], "score": [9.5, 7.0]})

    wire = gr.Dataframe().postprocess(frame)

    assert wire["headers"] == ["name", "score"]
    assert wire["data"] == [["Ann", 9.5], ["Bo", 7.0]]


def test_a_malformed_payload_is_a_value_error_that_shows_the_expected_shape() -> None:
    df = gr.Dataframe(type="array")

    with pytest.raises(ValueError, match=r"expects \{'headers'"):
        df.preprocess([[1, 2]])
    with pytest.raises(ValueError, match="list of rows"):
        df.preprocess({"headers": ["a"], "data": [1, 2]})


def test_type_pandas_without_pandas_installed_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)

    with pytest.raises(ImportError, match="pip install pandas"):
        gr.Dataframe().preprocess(PAYLOAD)


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="'excel' is not one of"):
        gr.Dataframe(type="excel")  # type: ignore[arg-type]


# --- constructor, config and API --------------------------------------------------


def test_default_config_has_three_numbered_dynamic_columns_and_rows() -> None:
    props = gr.Dataframe().get_config()

    assert props["value"] == {"headers": ["1", "2", "3"], "data": [], "metadata": None}
    assert props["row_count"] == [3, "dynamic"]
    assert props["column_count"] == props["col_count"] == [3, "dynamic"]
    assert props["latex_delimiters"] == [{"left": "$$", "right": "$$", "display": True}]
    assert "container" not in props


def test_headers_set_the_column_count_and_must_agree_with_an_explicit_one() -> None:
    assert gr.Dataframe(headers=["a", "b"]).get_config()["column_count"] == [2, "dynamic"]

    with pytest.raises(ValueError, match="2 headers for column_count=3"):
        gr.Dataframe(headers=["a", "b"], column_count=3)


def test_a_fixed_row_count_tuple_still_works_but_warns() -> None:
    with pytest.warns(DeprecationWarning, match="row_limits"):
        df = gr.Dataframe(row_count=(2, "fixed"))  # type: ignore[arg-type]

    assert df.get_config()["row_count"] == [2, "fixed"]


def test_integer_column_widths_become_pixels() -> None:
    df = gr.Dataframe(column_widths=[120, "30%", "auto"])

    assert df.get_config()["column_widths"] == ["120px", "30%", "auto"]


def test_auto_datatype_is_read_off_the_value_columns() -> None:
    frame = pd.DataFrame(
        {"s": ["x"], "i": [1], "f": [1.5], "b": [True], "d": pd.to_datetime(["2024-01-01"])}
    )

    assert gr.Dataframe(frame, datatype="auto").datatype == [
        "str",
        "number",
        "number",
        "bool",
        "date",
    ]
    assert gr.Dataframe([[1, "a", True]], datatype="auto").datatype == ["number", "str", "bool"]
    assert gr.Dataframe({"data": [[1]]}, datatype="auto").datatype == "str"


def test_api_info_describes_headers_data_and_metadata() -> None:
    info = gr.Dataframe().api_info()

    assert info["required"] == ["headers", "data"]
    assert info["title"] == "DataframeData"
    assert gr.Dataframe().python_type == (
        "dict(headers: list[Any], data: list[list[Any]], metadata: dict(str, list[Any] | None) | None)"
    )


def test_the_config_entry_carries_the_example_table() -> None:
    with gr.Blocks():
        df = gr.Dataframe()

    entry = component_entry(df)

    assert entry["type"] == "dataframe"
    assert entry["example_inputs"] == {"headers": ["a", "b"], "data": [["foo", "bar"]]}


def test_the_events_are_change_input_select_and_edit() -> None:
    assert set(gr.Dataframe.EVENTS) == {"change", "input", "select", "edit"}


def test_a_select_listener_makes_the_cells_selectable() -> None:
    with gr.Blocks():
        df = gr.Dataframe()
        df.select(lambda: None)

    assert df.get_config()["_selectable"] is True


@pytest.mark.parametrize(
    ("shortcut", "table_type", "rows"),
    [
        ("dataframe", "pandas", 3),
        ("numpy", "numpy", 1),
        ("matrix", "array", 1),
        ("list", "array", 1),
    ],
)
def test_interface_shortcuts_build_dataframes(shortcut: str, table_type: str, rows: int) -> None:
    df = component_from(shortcut, render=False)

    assert isinstance(df, gr.Dataframe)
    assert (df.type, df.row_count) == (table_type, (rows, "dynamic"))


def test_an_example_shows_its_first_five_rows() -> None:
    rows = [[i] for i in range(8)]

    assert gr.Dataframe().as_example(rows) == rows[:5]


def test_importing_gradio_with_a_dataframe_does_not_import_pandas_or_numpy() -> None:
    code = (
        "import gradio as gr, sys; gr.Dataframe([[1, 2]], type='array');"
        "sys.exit(any(m in sys.modules for m in ('pandas', 'numpy')))"
    )

    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
