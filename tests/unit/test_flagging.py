"""Flagging: samples saved to `datasetN.csv` the way Gradio 6.31 writes them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import gradio as gr
from gradio.flagging import CSVLogger, FlagMethod, flagging_options_of


def greet(name: str) -> str:
    return "Hello " + name


def rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def logger_for(tmp_path: Path, *labels: str) -> CSVLogger:
    logger = CSVLogger(verbose=False)
    logger.setup([gr.Textbox(label=label) for label in labels], str(tmp_path))
    return logger


def test_a_flag_appends_the_values_and_a_timestamp_under_the_labels(tmp_path: Path) -> None:
    logger = logger_for(tmp_path, "name", "output")

    assert logger.flag(["Ada", "Hello Ada"]) == 1
    assert logger.flag(["Bob", None]) == 2

    [header, first, second] = rows(tmp_path / "dataset1.csv")
    assert header == ["name", "output", "timestamp"]
    assert first[:2] == ["Ada", "Hello Ada"]
    assert second[:2] == ["Bob", ""]
    assert first[2].count(":") == 2 and " " in first[2]  # str(datetime.now())


def test_the_option_and_the_user_get_columns_of_their_own(tmp_path: Path) -> None:
    logger = logger_for(tmp_path, "name")

    logger.flag(["Ada"], flag_option="Good", username="ada")

    header, row = rows(tmp_path / "dataset1.csv")
    assert header == ["name", "flag", "username", "timestamp"]
    assert row[:3] == ["Ada", "Good", "ada"]


def test_other_columns_start_the_next_dataset_file(tmp_path: Path) -> None:
    logger_for(tmp_path, "name").flag(["Ada"])

    logger_for(tmp_path, "name").flag(["Bob"], flag_option="Bad")
    logger_for(tmp_path, "name").flag(["Cy"])  # compared with the latest file only

    assert [r[0] for r in rows(tmp_path / "dataset1.csv")] == ["name", "Ada"]
    assert rows(tmp_path / "dataset2.csv")[0] == ["name", "flag", "timestamp"]
    assert [r[0] for r in rows(tmp_path / "dataset3.csv")] == ["name", "Cy"]


def test_cells_that_look_like_formulas_are_neutralised_and_json_is_kept(tmp_path: Path) -> None:
    logger = logger_for(tmp_path, "a", "b", "c")

    logger.flag(["=HYPERLINK(1)", {"x": [1, 2]}, 3])

    _, row = rows(tmp_path / "dataset1.csv")
    assert row[:3] == ["'=HYPERLINK(1)", '{"x": [1, 2]}', "3"]


def test_a_flagged_file_is_copied_into_the_flagging_directory(tmp_path: Path) -> None:
    source = tmp_path / "upload" / "note.txt"
    source.parent.mkdir()
    source.write_text("hi")
    logger = CSVLogger(verbose=False)
    logger.setup([gr.File(label="doc")], str(tmp_path / "flagged"))

    logger.flag([{"path": str(source), "meta": {"_type": "gradio.FileData"}}])

    [copied] = (tmp_path / "flagged" / "doc").rglob("note.txt")
    assert copied.read_text() == "hi"
    assert str(copied) in rows(tmp_path / "flagged" / "dataset1.csv")[1][0]


def test_flagging_options_become_labelled_buttons() -> None:
    assert flagging_options_of(None) == [("Flag", None)]
    assert flagging_options_of(["Good", "Bad"]) == [
        ("Flag as Good", "Good"),
        ("Flag as Bad", "Bad"),
    ]
    assert flagging_options_of([("Yes!", "yes")]) == [("Yes!", "yes")]
    with pytest.raises(ValueError, match="list of strings or list of"):
        flagging_options_of([("Yes!", "yes"), "no"])


def test_an_interface_gets_one_flag_button_per_option_and_each_saves_its_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gradio.flagging.time.sleep", lambda seconds: None)
    demo = gr.Interface(
        greet, "text", "text", flagging_options=["Good", "Bad"], flagging_dir=str(tmp_path)
    )
    buttons = [c for c in demo.config["components"] if c["type"] == "button"]
    assert [b["props"]["value"] for b in buttons][-2:] == ["Flag as Good", "Flag as Bad"]
    flags = [fn for fn in demo.fns if isinstance(fn.fn, FlagMethod)]
    assert [fn.api_name for fn in flags] == ["Flag", "Flag_1"]
    assert not any(fn.preprocess for fn in flags)

    bad: FlagMethod = flags[1].fn  # type: ignore[assignment]
    shown = bad(None, "Ada", "Hello Ada")  # type: ignore[arg-type]

    assert shown == {"__type__": "update", "value": "Flag as Bad", "interactive": True}
    assert rows(tmp_path / "dataset1.csv")[1][:3] == ["Ada", "Hello Ada", "Bad"]


def test_auto_flagging_saves_after_each_successful_submit(tmp_path: Path) -> None:
    demo = gr.Interface(greet, "text", "text", flagging_mode="auto", flagging_dir=str(tmp_path))

    [auto] = [fn for fn in demo.fns if isinstance(fn.fn, FlagMethod)]
    predict = next(fn for fn in demo.fns if fn.api_name == "greet")
    assert auto.trigger_after == predict.id
    assert auto.trigger_only_on_success
    assert not any(
        c["type"] == "button" and c["props"]["value"] == "Flag" for c in demo.config["components"]
    )


def test_the_flagging_mode_comes_from_the_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRADIO_FLAGGING_MODE", "never")
    assert gr.Interface(greet, "text", "text").flagging_mode == "never"
    with pytest.raises(ValueError, match="Invalid value for `flagging_mode`"):
        gr.Interface(greet, "text", "text", flagging_mode="sometimes")  # type: ignore[arg-type]
