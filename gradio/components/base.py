"""`Component`: a block with a value, and the data contract every component follows.

A component turns wire payloads into Python values for the user's function
(`preprocess`) and return values into payloads (`postprocess`), describes its payload
as JSON schema (`api_info`) and offers an example (`example_payload`). Everything else
a component file holds is its constructor and its events.

Subclasses set their own attributes first and then call `Component.__init__`, which
stores the shared keywords, computes the initial value (calling it if it is a function)
and renders the component into the current container.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import Block, BlockContext

if TYPE_CHECKING:
    from gradio.components.timer import Timer


class Component(Block):
    """A block with a value that can be an event input or output.

    Parameters:
        value: the initial value, or a function called to compute it on each page load.
        label: the label shown above the component and used as the API parameter name.
        info: extra help text shown under the label.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown (default: yes).
        container: whether the component sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable (`True`), display-only (`False`), or decided by usage.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    skip_api: ClassVar[bool] = False
    """True when the value is not part of the API (buttons, State)."""
    stateful: ClassVar[bool] = False
    """True for per-session values kept on the server (`State`)."""
    connects_heartbeat: ClassVar[bool] = False
    """True when the page must keep a heartbeat open (State, BrowserState)."""
    expected_parent: ClassVar[type[BlockContext] | None] = None
    """A container this component must sit in (form inputs get wrapped in a `Form`)."""

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        info: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int | None = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
    ) -> None:
        self.label = label
        """The label, also the API parameter name."""
        self.info = info
        """Help text under the label."""
        if not container:
            # Without its box a component has nowhere to show a label (Gradio's rule too).
            if show_label:
                import warnings

                warnings.warn("show_label has no effect when container is False.", stacklevel=3)
            show_label = False
        self.show_label = True if show_label is None else show_label
        """Whether the label is shown (never without the container)."""
        self.container = container
        """Whether the component sits in a padded box."""
        self.scale = scale
        """Relative width in a `Row`."""
        self.min_width = min_width
        """Minimum width in pixels."""
        self.interactive = interactive
        """Editable, display-only, or `None` (decided by usage)."""
        self._selectable = False
        self.every = every
        self.value_inputs = inputs
        self.load_fn: Callable[..., Any] | None = None
        """The function given as `value`, re-run on each page load (and timer tick)."""
        self.timer: Timer | None = None
        """The timer that re-runs `load_fn` (from `every=`)."""
        if callable(value):
            self.load_fn = value
            value = value() if not inputs else None
        self.value = self.postprocess(value)
        """The initial value, as a wire payload."""
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
        if self.load_fn is not None:
            self.timer = self._timer_for(every, render)

    @staticmethod
    def _timer_for(every: Timer | float | None, render: bool) -> Timer | None:
        """`every=2` makes a 2-second `Timer`, created and rendered just after the component."""
        from gradio.components.timer import Timer

        if every is None or isinstance(every, Timer):
            return every
        return Timer(every, render=render)

    @property
    def python_type(self) -> str:
        """How the API docs name the Python type of the value (`"str"`, `"filepath"`, ...)."""
        from gradio.components.python_type import python_type_of

        return python_type_of(self.api_info())

    def preprocess(self, payload: Any) -> Any:
        """Wire payload → the Python value the user's function receives."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """Python value returned by the user's function → wire payload."""
        return value

    def api_info(self) -> dict[str, Any]:
        """JSON schema of the wire payload."""
        return {"type": {}, "description": "any valid json"}

    def api_info_as_input(self) -> dict[str, Any]:
        """JSON schema of the payload when the component is an input."""
        return self.api_info()

    def api_info_as_output(self) -> dict[str, Any]:
        """JSON schema of the payload when the component is an output."""
        return self.api_info()

    def example_payload(self) -> Any:
        """An example wire payload (config `example_inputs`, API docs)."""
        return None

    def example_value(self) -> Any:
        """An example Python value."""
        return self.example_payload()

    def get_config(self) -> dict[str, Any]:
        """The config `props` (constructor arguments that are set, `name`, `_selectable`)."""
        props = super().get_config()
        props["_selectable"] = self._selectable
        return props

    def as_example(self, value: Any) -> Any:
        """How a sample value of `gr.Examples` is shown in the examples table."""
        return value


class FormComponent(Component):
    """A small input (textbox, number, checkbox, ...) that sits in a `Form` block.

    Consecutive form components in a container are wrapped in one `Form` when the
    container closes, as Gradio's layout does.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from gradio.layouts.form import Form

        cls.expected_parent = Form


def mark_selectable(block: Block) -> None:
    """Event callback: a `select` listener makes the component's items selectable."""
    block._selectable = True  # type: ignore[attr-defined]
