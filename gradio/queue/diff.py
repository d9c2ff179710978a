"""Streaming diffs: how the 2nd and later generator results travel (protocol §6.4).

After the first `process_generating` of an event, each output is sent as a list of edit
operations `[op, path, value]` that turn the previous value into the new one:

    >>> diff("line 0\\n", "line 0\\nline 1\\n")
    [['append', [], 'line 1\\n']]
    >>> diff(["a", "b", "c", "d"], ["a", "b"])
    [['delete', [2], None], ['delete', [2], None]]
    >>> diff({"a": 1}, {"a": 1, "b": 2}, granular=False)
    [['replace', [], {'a': 1, 'b': 2}]]

Deletions are applied one after another, so trailing list items are all removed at the
index of the first one. `gr.JSON` outputs are never diffed below the root (`granular=False`):
an object or array is replaced whole, only a string at the root can still be appended to.
"""

from __future__ import annotations

from typing import Any

Edit = list[Any]
"""One operation: `[op, path, value]` with op in `replace`, `append`, `add`, `delete`."""

Path = list[str | int]


def diff(old: Any, new: Any, granular: bool = True) -> list[Edit]:
    """The edits that turn `old` into `new` (an empty list when they are equal).

    Parameters:
        old: the previous wire value of one output.
        new: its new wire value.
        granular: descend into lists and objects (every output but `gr.JSON`).
    """
    if granular and not _is_update(old) and not _is_update(new):
        return _compare(old, new, [])
    if _same(old, new):
        return []
    if isinstance(old, str) and isinstance(new, str) and new.startswith(old):
        return [["append", [], new[len(old) :]]]
    return [["replace", [], new]]


def apply(value: Any, edits: list[Edit]) -> Any:
    """Apply edits to a value, as a client does; returns the new value.

    Containers in `value` may be modified in place.

    Parameters:
        value: the previous value.
        edits: the operations produced by `diff`.
    """
    for op, path, arg in edits:
        if not path:
            value = value + arg if op == "append" else arg
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if op == "replace":
            parent[last] = arg
        elif op == "append":
            parent[last] += arg
        elif op == "add":
            if isinstance(parent, list):
                parent.insert(last, arg)
            else:
                parent[last] = arg
        elif op == "delete":
            del parent[last]
        else:
            raise ValueError(f"Unknown diff operation: {op!r}")
    return value


def _compare(old: Any, new: Any, path: Path) -> list[Edit]:
    if type(old) is not type(new):
        return [["replace", path, new]]
    if isinstance(old, str):
        if old == new:
            return []
        if new.startswith(old):
            return [["append", path, new[len(old) :]]]
        return [["replace", path, new]]
    if isinstance(old, list):
        return _compare_lists(old, new, path)
    if isinstance(old, dict):
        return _compare_dicts(old, new, path)
    return [] if old == new else [["replace", path, new]]


def _compare_lists(old: list[Any], new: list[Any], path: Path) -> list[Edit]:
    edits: list[Edit] = []
    common = min(len(old), len(new))
    for index in range(common):
        edits.extend(_compare(old[index], new[index], [*path, index]))
    # Every deletion targets the same index: each one shifts the rest of the list left.
    edits.extend(["delete", [*path, common], None] for _ in range(common, len(old)))
    edits.extend(["add", [*path, index], new[index]] for index in range(common, len(new)))
    return edits


def _compare_dicts(old: dict[str, Any], new: dict[str, Any], path: Path) -> list[Edit]:
    edits: list[Edit] = []
    for key, value in old.items():
        if key in new:
            edits.extend(_compare(value, new[key], [*path, key]))
        else:
            edits.append(["delete", [*path, key], None])
    edits.extend(["add", [*path, key], value] for key, value in new.items() if key not in old)
    return edits


def _same(old: Any, new: Any) -> bool:
    return type(old) is type(new) and bool(old == new)


def _is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == "update"
