"""Flagging: saving an Interface's inputs and outputs to a CSV file, as Gradio does.

    flagging_dir/
      dataset1.csv        name,output,flag,username,timestamp   (flag/username when given)
      <label>/...         files of file-backed components, copied here

A new `datasetN.csv` is started when the columns of the latest one differ. Values are
saved as the page sent them (not preprocessed): text as is, anything else as JSON, cells
that a spreadsheet would run as a formula get a leading `'`.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
import shutil
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gradio.components.base import Component
    from gradio.events.request import Request

UNSAFE_PREFIXES = ("=", "+", "-", "@", "\t", "\n")
UNSAFE_SEQUENCES = (",=", ",+", ",-", ",@", ",\t", ",\n")


class FlaggingCallback:
    """Where flagged samples go; subclass it and pass it as `flagging_callback`."""

    def setup(self, components: Sequence[Component], flagging_dir: str) -> None:
        """Called once with the flagged components and the directory to write to."""
        raise NotImplementedError

    def flag(
        self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None
    ) -> int:
        """Save one sample (one wire value per component); returns how many are saved."""
        raise NotImplementedError


class CSVLogger(FlaggingCallback):
    """Appends flagged samples to `datasetN.csv` in the flagging directory.

    Parameters:
        simplify_file_data: accepted for compatibility (files are saved as FileData JSON).
        verbose: print where the dataset file is.
        dataset_file_name: a fixed file name instead of `datasetN.csv`.
    """

    def __init__(
        self,
        simplify_file_data: bool = True,
        verbose: bool = True,
        dataset_file_name: str | None = None,
    ) -> None:
        self.simplify_file_data = simplify_file_data
        self.verbose = verbose
        self.dataset_file_name = dataset_file_name
        self.components: list[Component] = []
        self.flagging_dir = Path(".gradio/flagged")
        self.dataset_filepath: Path | None = None
        self._lock = threading.Lock()

    def setup(self, components: Sequence[Component], flagging_dir: str) -> None:
        self.components = list(components)
        self.flagging_dir = Path(flagging_dir)
        self.dataset_filepath = None

    def flag(
        self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None
    ) -> int:
        with self._lock:
            if self.dataset_filepath is None:
                extra = [name for name, v in (("flag", flag_option), ("username", username)) if v]
                self.dataset_filepath = self._dataset_file([*self._labels(), *extra, "timestamp"])
            row = [
                self._cell(component, label, value)
                for component, label, value in zip(
                    self.components, self._labels(), flag_data, strict=False
                )
            ]
            row += [v for v in (flag_option, username) if v is not None]
            row.append(str(datetime.datetime.now()))
            with self.dataset_filepath.open("a", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerow(safe_cells(row))
            with self.dataset_filepath.open(newline="", encoding="utf-8") as handle:
                return len(list(csv.reader(handle))) - 1

    def _labels(self) -> list[str]:
        return [
            str(getattr(c, "label", None) or f"component {i}")
            for i, c in enumerate(self.components)
        ]

    def _dataset_file(self, headers: list[str]) -> Path:
        """The file to append to: the latest `datasetN.csv` if its columns match, else N+1."""
        self.flagging_dir.mkdir(parents=True, exist_ok=True)
        headers = [str(cell) for cell in safe_cells(headers)]
        if self.dataset_file_name:
            path = self.flagging_dir / self.dataset_file_name
        else:
            path = self.flagging_dir / "dataset1.csv"
            numbered = [
                (number, p)
                for p in self.flagging_dir.glob("dataset*.csv")
                if (number := _number(p)) is not None
            ]
            if numbered:
                latest_number, latest = max(numbered, key=lambda item: item[0])
                with latest.open(newline="", encoding="utf-8") as handle:
                    same = next(csv.reader(handle), None) == headers
                path = latest if same else self.flagging_dir / f"dataset{latest_number + 1}.csv"
        if not path.exists():
            with path.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerow(headers)
            if self.verbose:
                print("Created dataset file at:", path)
        elif self.verbose:
            print("Using existing dataset file at:", path)
        return path

    def _cell(self, component: Component, label: str, value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, dict) and "update" in str(value.get("__type__", "")):
            return str(value)
        return _flag_value(value, self.flagging_dir / _safe_name(label))


class FlagMethod:
    """The listener behind a Flag button (or the automatic flag after each submit).

    Parameters:
        callback: where the sample goes.
        label: the button's label, shown again once saved.
        value: the option stored in the `flag` column (`None`: no column).
        visual_feedback: show "Saving..." and return the button afterwards.
    """

    def __init__(
        self,
        callback: FlaggingCallback,
        label: str,
        value: str | None,
        visual_feedback: bool = True,
    ) -> None:
        self.callback = callback
        self.label = label
        self.value = value
        self.visual_feedback = visual_feedback
        self.__name__ = "Flag"

    def __call__(self, request: Request, *flag_data: Any) -> Any:
        username = getattr(request, "username", None)
        try:
            self.callback.flag(list(flag_data), flag_option=self.value, username=username)
        except Exception as exc:
            print(f"Error while flagging: {exc}")
            return "Error!" if self.visual_feedback else None
        if not self.visual_feedback:
            return None
        time.sleep(0.8)  # long enough to see "Saving..." before the label comes back
        return self.reset()

    def reset(self) -> dict[str, Any]:
        # The Flag button as it was: its label, clickable. (A comment, not a docstring:
        # this is the `/reset` endpoint, whose API description would be the docstring;
        # Gradio's is empty.)
        from gradio.components.update import update

        return update(value=self.label, interactive=True)


def flagging_options_of(options: Any) -> list[tuple[str, str | None]]:
    """`(label, value)` per Flag button: `None` → one plain "Flag"; `"X"` → "Flag as X"."""
    if options is None:
        return [("Flag", None)]
    if isinstance(options, list) and all(isinstance(x, str) for x in options):
        return [(f"Flag as {x}", x) for x in options]
    if isinstance(options, list) and all(isinstance(x, tuple) for x in options):
        return list(options)
    raise ValueError(
        "flagging_options must be a list of strings or list of (string, string) tuples."
    )


def safe_cells(values: list[Any]) -> list[Any]:
    """Cells a spreadsheet cannot run as formulas (JSON is normalised, numbers kept)."""
    return [_safe_cell(value) for value in values]


def _safe_cell(value: Any) -> Any:
    if isinstance(value, (int, float)):
        return value
    text = value if isinstance(value, str) else str(value)
    if text.startswith(("{", "[")):
        try:
            return json.dumps(json.loads(text))
        except ValueError:
            pass
    if text.startswith(UNSAFE_PREFIXES) or any(s in text for s in UNSAFE_SEQUENCES):
        return f"'{text}"
    return text


def _flag_value(value: Any, save_dir: Path) -> str:
    """A wire value as saved: files copied under `save_dir`, non-text as JSON."""
    if isinstance(value, dict) and isinstance(value.get("path"), str) and "meta" in value:
        value = _copied(value, save_dir)
    return value if isinstance(value, str) else json.dumps(value)


def _copied(file: dict[str, Any], save_dir: Path) -> dict[str, Any]:
    source = Path(file["path"])
    if not source.is_file():
        return file
    target_dir = save_dir / f"{time.time_ns():x}"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    shutil.copyfile(source, target)
    return {**file, "path": str(target.resolve())}


def _number(path: Path) -> int | None:
    found = re.findall(r"\d+", path.stem)
    return int(found[0]) if found else None


def _safe_name(label: str) -> str:
    return "".join(c for c in label if c.isalnum() or c in "._- ").strip() or "files"
