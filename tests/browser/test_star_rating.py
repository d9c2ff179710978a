"""The reference's StarRating example, end to end: clicks in the page and calls from a client.

The star images come from upload.wikimedia.org, which is unreachable here: the tests only
click the `<img>` elements and read their classes, never wait for the images to load.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

GRADIO_PYTHON = Path(__file__).parents[2] / ".venv-gradio" / "bin" / "python"


@pytest.fixture
def url(serve_app: Callable[[str], str]) -> str:
    return serve_app("star_rating")


def rating(page: Page, label: str) -> Locator:
    """The StarRating whose heading reads "<label> rating:"."""
    heading = page.locator("h2", has_text=f"{label} rating:")
    return page.locator(".html-root, [id^='html-']").filter(has=heading).first


def shown_stars(widget: Locator) -> int:
    classes = widget.locator("img").evaluate_all("imgs => imgs.map(i => i.className)")
    assert len(classes) == 5
    return sum(1 for name in classes if "faded" not in name)


def test_clicking_a_star_changes_the_rating(page: Page, url: str) -> None:
    page.goto(url)
    food = rating(page, "Food")
    expect(food.locator("img")).to_have_count(5)
    assert shown_stars(food) == 3
    food.locator("img").nth(4).click()
    expect(food.locator("img.faded")).to_have_count(0)
    food.locator("img").nth(0).click()
    expect(food.locator("img.faded")).to_have_count(4)
    assert shown_stars(rating(page, "Service")) == 3


def test_the_average_button_shows_the_rounded_average(page: Page, url: str) -> None:
    page.goto(url)
    rating(page, "Food").locator("img").nth(4).click()
    expect(rating(page, "Food").locator("img.faded")).to_have_count(0)
    page.get_by_role("button", name="Calculate Average Rating").click()
    # round((5 + 3 + 3) / 3) == 4
    expect(rating(page, "Average").locator("img.faded")).to_have_count(1)
    rating(page, "Service").locator("img").nth(0).click()
    rating(page, "Ambience").locator("img").nth(0).click()
    page.get_by_role("button", name="Calculate Average Rating").click()
    # round((5 + 1 + 1) / 3) == 2
    expect(rating(page, "Average").locator("img.faded")).to_have_count(3)


def test_stars_still_respond_after_the_average_is_set_from_python(page: Page, url: str) -> None:
    page.goto(url)
    rating(page, "Food").locator("img").nth(4).click()
    expect(rating(page, "Food").locator("img.faded")).to_have_count(0)
    page.get_by_role("button", name="Calculate Average Rating").click()
    average = rating(page, "Average")
    expect(average.locator("img.faded")).to_have_count(1)  # re-rendered with 4 stars
    average.locator("img").nth(1).click()
    expect(average.locator("img.faded")).to_have_count(3)


@pytest.mark.interop
def test_gradio_client_calls_the_endpoint_with_integers(url: str) -> None:
    script = (
        "import sys\n"
        "from gradio_client import Client\n"
        "client = Client(sys.argv[1], verbose=False)\n"
        "print(repr(client.predict(5, 3, 3, api_name='/calculate_average')))\n"
        "print(client.view_api(print_info=False, return_format='dict')['named_endpoints']"
        "['/calculate_average']['parameters'][0]['type'])\n"
    )
    result = subprocess.run(
        [str(GRADIO_PYTHON), "-c", script, url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer, schema = result.stdout.strip().splitlines()[-2:]
    assert answer == "4"
    assert schema == "{'type': 'integer', 'minimum': 0, 'maximum': 5}"
