"""`Plot`: a chart made by a plotting library, shown in the page.

The value travels as `{"type": <library>, "plot": <str>}`:

- `matplotlib`: the figure saved as an image, in a data URL (`data:image/webp;base64,...`),
- `plotly`: the figure's JSON (`fig.to_json()`), drawn with plotly.js,
- `altair`: the chart's Vega-Lite JSON (`chart.to_json()`), drawn with vega-embed,
- `bokeh`: the model's `bokeh.embed.json_item` as JSON.

No plotting library is imported until a value of its kind arrives.
"""

from __future__ import annotations

import base64
import io
import json
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

PlotType: TypeAlias = Literal["altair", "bokeh", "plotly", "matplotlib"]
"""The library that made a `Plot` value."""

PLOT_TYPES: tuple[PlotType, ...] = ("altair", "bokeh", "plotly", "matplotlib")


class Plot(Component):
    """Shows a matplotlib, Plotly, Altair or Bokeh chart.

    Parameters:
        value: a figure or chart, or a function computing it on each page load.
        format: image format of matplotlib figures (`"webp"`, `"png"`, `"jpeg"`, ...).
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        buttons: custom buttons shown over the plot.
    """

    change = EventListener("change", "The plot changed.")

    def __init__(
        self,
        value: Any | None = None,
        *,
        format: str = "webp",
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        buttons: list[Button] | None = None,
    ) -> None:
        self.format = format
        self.buttons = [] if buttons is None else list(buttons)
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def get_config(self) -> dict[str, Any]:
        props = super().get_config()
        # The page needs Bokeh's JS of the same version as the Python package.
        version = _installed_version("bokeh")
        if version is not None:
            props["bokeh_version"] = version
        return props

    def preprocess(self, payload: Any) -> Any:
        """The plot as sent: `{"type": ..., "plot": ...}`."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """A figure or chart → `{"type": <library>, "plot": <image data URL or JSON>}`."""
        if value is None:
            return None
        if isinstance(value, dict):
            if value.get("type") in PLOT_TYPES and isinstance(value.get("plot"), str):
                return {"type": value["type"], "plot": value["plot"]}
            raise ValueError(
                'Plot expects a figure or a {"type": ..., "plot": ...} dict, '
                f"got a dict with keys {sorted(value)}"
            )
        library = _library_of(value)
        if library == "matplotlib":
            return {"type": "matplotlib", "plot": figure_data_url(value, self.format)}
        if library == "bokeh":
            from bokeh.embed import json_item  # type: ignore[import-not-found]

            return {"type": "bokeh", "plot": json.dumps(json_item(value))}
        if library == "altair" or callable(getattr(value, "to_json", None)):
            # Gradio draws any other object with `to_json()` as a Plotly figure.
            return {"type": "altair" if library == "altair" else "plotly", "plot": value.to_json()}
        raise ValueError(
            f"Plot cannot show a value of type {type(value).__name__}: expected a matplotlib "
            "Figure, a Plotly figure, an Altair chart or a Bokeh model"
        )

    def api_info(self) -> dict[str, Any]:
        return {
            "additional_description": None,
            "properties": {
                "type": {"enum": list(PLOT_TYPES), "title": "Type", "type": "string"},
                "plot": {"title": "Plot", "type": "string"},
            },
            "required": ["type", "plot"],
            "title": "PlotData",
            "type": "object",
        }

    def example_payload(self) -> Any:
        return None


def figure_data_url(figure: Any, format: str) -> str:
    """A matplotlib figure (or the `pyplot` module: its current figure) as a data URL."""
    with io.BytesIO() as buffer:
        figure.savefig(buffer, format=format or "png")
        encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    # pyplot keeps every figure it made until closed; one shown here is done with.
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and not isinstance(figure, ModuleType):
        pyplot.close(figure)
    return f"data:image/{format or 'png'};base64,{encoded}"


def _library_of(value: Any) -> str:
    """The top package of the value's class (`"matplotlib"` for a Figure), or the module's."""
    if isinstance(value, ModuleType):
        return value.__name__.split(".")[0]
    return (type(value).__module__ or "").split(".")[0]


def _installed_version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None
