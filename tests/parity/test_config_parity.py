"""Every parity app describes itself as Gradio 6.31 does: same config, same API info.

Our server launches each app in a fresh process (`dump.py`), and what it serves at
`/config`, `P/info` and `P/info?all_endpoints=true` is normalised and compared, field
for field, with what Gradio served for the same file (`fixtures/`, made by `record.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from tests.parity.dumping import app_names, dump, load_fixture
from tests.parity.normalize import differences, normalized

# Differences we keep on purpose, each with the reason. A pattern matches the start of a
# difference line (its JSON path).
DELIBERATE: dict[str, str] = {
    # An endpoint's description is its function's docstring. For the functions that
    # Interface and ChatInterface register themselves (undocumented endpoints, listed only
    # with all_endpoints=true) that is Gradio's own prose, which we do not copy.
    r"\.info_all\.named_endpoints\./(Flag|_pop_last_user_message(_\d+)?|option_clicked)"
    r"\.description: ": "Gradio's docstrings of its internal functions are its prose",
    # Gradio writes a payload's null as Python's `None` inside its JSON (curl) and
    # JavaScript snippets, which neither can parse; ours writes `null`.
    r"\.info(_all)?\.named_endpoints\./(column_sums|doubled|transpose)\.code_snippets\."
    r"(bash|javascript): .*\"metadata\": null": "Gradio's snippets print None in JSON",
}


# Differences that are gaps of ours, not choices: each names what is missing and where.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def our_dumps() -> Iterator[dict[str, Future[dict[str, Any]]]]:
    """Our server's description of every app, dumped a few at a time in the background."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        yield {app: pool.submit(dump, "radiogram", app) for app in app_names()}


def unexplained(found: list[str]) -> list[str]:
    return [
        line for line in found if not any(re.match(p, line) for p in {**DELIBERATE, **KNOWN_GAPS})
    ]


@pytest.mark.parametrize("app", app_names())
def test_app_is_described_as_gradio_describes_it(
    app: str, our_dumps: dict[str, Future[dict[str, Any]]]
) -> None:
    ours = normalized(our_dumps[app].result())

    assert unexplained(differences(ours, load_fixture(app))) == []
