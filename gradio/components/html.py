"""`gr.HTML`: arbitrary HTML, and the base of custom HTML components.

The page renders `html_template` (a JavaScript template literal with Handlebars `{{...}}`
on top) with `value`, `label` and every extra keyword argument in scope, styles it with
`css_template` scoped to the instance, and runs `js_on_load` once per mount. A subclass
such as a star rating widget only picks templates and, for API users, overrides
`api_info()`:

    class StarRating(gr.HTML):
        def __init__(self, label, value=0, **kwargs):
            super().__init__(value=value, label=label, html_template=..., **kwargs)

        def api_info(self):
            return {"type": "integer", "minimum": 0, "maximum": 5}

Rendered output is sanitised in the browser; pass `sanitize_html=False` (it travels as an
extra prop, like any other keyword) to render trusted markup verbatim.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.blocks.block import Block
    from gradio.components.button import Button
    from gradio.components.timer import Timer
    from gradio.events.listener import Listener

DEFAULT_JS_ON_LOAD = "element.addEventListener('click', function() { trigger('click') });"
"""Out of the box a click anywhere in the component fires its `click` event."""

_SCRIPT_TAG = re.compile(r"<script[\s>]", re.IGNORECASE)

_HTML_PROPS = (
    "value",
    "label",
    "html_template",
    "css_template",
    "js_on_load",
    "apply_default_css",
    "show_label",
    "visible",
    "elem_id",
    "elem_classes",
    "preserved_by_key",
    "min_height",
    "max_height",
    "container",
    "padding",
    "autoscroll",
)
"""Constructor arguments of `HTML` sent in the config, in Gradio's order (None ones are left out)."""


def _flag(attribute: str) -> Callable[[Block], None]:
    """An event callback that switches a front-end capability on (e.g. `likeable`)."""
    return lambda block: setattr(block, attribute, True)


class HTML(Component):
    """Arbitrary HTML, optionally templated, styled and scripted; subclass it to make a component.

    Parameters:
        value: the value shown through `${value}` in `html_template` (by default the HTML itself);
            a function is called on each page load to compute it.
        label: the label, shown when `show_label` is True and used as the API parameter name.
        html_template: the markup: a JavaScript template literal (`${...}`) and Handlebars
            (`{{...}}`) with `value`, `label` and every extra keyword argument in scope.
        css_template: CSS with the same syntax, scoped to this instance; declarations outside
            any rule apply to the component's root element.
        js_on_load: JavaScript run once when the component mounts, with `element` (its root
            element), `props` (setting `props.value` updates the value and re-renders),
            `trigger(event_name, data)`, `upload(file)` and `watch(names, callback)` in scope.
        apply_default_css: give the content the app's default text styling.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        min_height: minimum height in pixels.
        max_height: maximum height in pixels; taller content scrolls.
        container: whether the component sits in a padded box.
        padding: whether the content gets the block padding.
        autoscroll: keep the view scrolled to the bottom as the content grows.
        buttons: `gr.Button`s shown in the component's corner.
        props: any other keyword argument is a prop: in scope in both templates and on
            `props` in `js_on_load`.
    """

    python_type = "str"

    change = EventListener("change", "The value changed (from the page or from Python).")
    input = EventListener("input", "The user changed the value.")
    click = EventListener("click", "The component was clicked.")
    double_click = EventListener("double_click", "The component was double-clicked.")
    submit = EventListener("submit", "The component's content was submitted.")
    stop = EventListener("stop", "Something in the component was stopped.")
    edit = EventListener("edit", "The user edited the content.")
    clear = EventListener("clear", "The user cleared the content.")
    play = EventListener("play", "Playback started.")
    pause = EventListener("pause", "Playback paused.")
    end = EventListener("end", "Playback reached the end.")
    start_recording = EventListener("start_recording", "Recording started.")
    pause_recording = EventListener("pause_recording", "Recording paused.")
    stop_recording = EventListener("stop_recording", "Recording stopped.")
    focus = EventListener("focus", "The component got the focus.")
    blur = EventListener("blur", "The component lost the focus.")
    upload = EventListener("upload", "The user uploaded a file.")
    release = EventListener("release", "The user released the mouse over the component.")
    select = EventListener("select", "The user selected something.", callback=mark_selectable)
    stream = EventListener(
        "stream",
        "The component streams a chunk.",
        connection="stream",
        show_progress="minimal",
        event_specific_args=["stream_every", "time_limit"],
        callback=_flag("streaming"),
    )
    like = EventListener(
        "like", "The user liked or disliked something.", callback=_flag("likeable")
    )
    example_select = EventListener("example_select", "The user picked an example.")
    option_select = EventListener("option_select", "The user picked an option.")
    load = EventListener("load", "The component loaded.")
    key_up = EventListener("key_up", "The user released a key in the component.")
    apply = EventListener("apply", "The user applied a change.")
    delete = EventListener("delete", "The user deleted something.")
    tick = EventListener("tick", "A timer ticked.", show_progress="hidden")
    undo = EventListener("undo", "The user asked to undo.", callback=_flag("_undoable"))
    retry = EventListener("retry", "The user asked to retry.", callback=_flag("_retryable"))
    expand = EventListener("expand", "The component was expanded.")
    collapse = EventListener("collapse", "The component was collapsed.")
    download = EventListener("download", "The user downloaded something.")
    copy = EventListener("copy", "The user copied something.")

    layout_slot = True
    """Gradio's HTML can hold children (`@children`), so its layout node has a (here
    always empty) `children` list."""

    def __init__(
        self,
        value: Any | Callable[..., Any] | None = None,
        label: str | None = None,
        html_template: str = "${value}",
        css_template: str = "",
        js_on_load: str | None = DEFAULT_JS_ON_LOAD,
        apply_default_css: bool = True,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool = False,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        min_height: int | None = None,
        max_height: int | None = None,
        container: bool = False,
        padding: bool = False,
        autoscroll: bool = False,
        buttons: list[Button] | None = None,
        **props: Any,
    ) -> None:
        _warn_if_script_tag(html_template)
        self.html_template = html_template
        """The HTML template."""
        self.css_template = css_template
        """The CSS template, scoped to each instance."""
        self.js_on_load = js_on_load
        """JavaScript run once per mount."""
        self.apply_default_css = apply_default_css
        """Whether the app's default text styling applies."""
        self.min_height = min_height
        """Minimum height in pixels."""
        self.max_height = max_height
        """Maximum height in pixels."""
        self.padding = padding
        """Whether the content gets the block padding."""
        self.autoscroll = autoscroll
        """Whether the view follows the bottom of growing content."""
        self.buttons: list[Button] = list(buttons or [])
        """Buttons shown in the component's corner."""
        self.props: dict[str, Any] = props
        """Extra keyword arguments: variables of the templates and keys of `props` in JS."""
        self._retryable = False
        self._undoable = False
        self.likeable = False
        self.streaming = False
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            min_width=None,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> Any:
        """The value as the page holds it (an HTML string, or whatever a subclass keeps)."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """Any JSON value; a string with a `<script>` tag gets a warning (it will not run)."""
        _warn_if_script_tag(value)
        return value

    def api_info(self) -> dict[str, Any]:
        """A string of HTML; subclasses describe their own value."""
        return {"type": "string"}

    def example_payload(self) -> Any:
        """A small HTML snippet."""
        return "<p>Hello</p>"

    def example_value(self) -> Any:
        """A small HTML snippet."""
        return "<p>Hello</p>"

    def get_block_name(self) -> str:
        """Every subclass renders with the `html` front end."""
        return "html"

    def get_config(self) -> dict[str, Any]:
        """The subclass's own arguments, then every `HTML` prop, `props` and the class name."""
        own = super().get_config()
        config: dict[str, Any] = {
            "_retryable": self._retryable,
            "_undoable": self._undoable,
            "likeable": self.likeable,
            "streamable": False,
        }
        if type(self) is not HTML:
            config.update(own)
        for name in _HTML_PROPS:
            if name in own:
                config[name] = own[name]
            elif getattr(self, name, None) is not None:
                config[name] = getattr(self, name)
        config["buttons"] = [{**button.get_config(), "id": button.id} for button in self.buttons]
        config["props"] = self.props
        config["name"] = type(self).__name__.lower()
        config["_selectable"] = own["_selectable"]
        config["component_class_name"] = type(self).__name__
        return config

    def __getattr__(self, name: str) -> Listener:
        """A custom event: any quoted name in `js_on_load` (`trigger('done')` → `.done(...)`)."""
        code = self.__dict__.get("js_on_load") or ""
        if not name.startswith("__") and re.search(rf"""['"`]{re.escape(name)}['"`]""", code):
            return EventListener(name).__get__(self, type(self))
        raise AttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}. A custom event must "
            f"appear quoted in js_on_load, e.g. trigger('{name}')."
        )


def _warn_if_script_tag(content: Any) -> None:
    if isinstance(content, str) and _SCRIPT_TAG.search(content):
        warnings.warn(
            "gr.HTML content contains a <script> tag, which browsers do not run when it is "
            "inserted as HTML. Put code in js_on_load instead.",
            UserWarning,
            stacklevel=3,
        )
