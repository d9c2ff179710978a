"""`Block` (anything with an id in the page) and `BlockContext` (a block with children).

Ids come from one process-wide counter in creation order, as in Gradio: the root
`Blocks` of an app takes the next id when it is created, and so does every component
and layout created after it. A block created with `render=True` inside a `with`
container joins that container at once; one created elsewhere waits for `.render()`.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks import context
from gradio.exceptions import DuplicateBlockError

if TYPE_CHECKING:
    from types import TracebackType

    from typing_extensions import Self

_ids = itertools.count()

_NOT_PROPS = frozenset({"self", "every", "inputs", "render", "kwargs", "props"})
"""Constructor parameters that never appear in a block's config `props`."""


def next_id() -> int:
    """The next block id (process-wide, in creation order)."""
    return next(_ids)


def _recording_arguments(init: Callable[..., None]) -> Callable[..., None]:
    """Wrap a block class's `__init__` to keep the arguments the caller gave, by name.

    A listener may return a block instead of a value, e.g. `gr.Textbox(visible=False)`:
    that is an update of the given props only (`gradio/components/update.py::as_update`),
    so each block remembers `constructor_args`: what its outermost constructor received.
    """
    positional = list(inspect.signature(init).parameters)[1:]  # without `self`

    @functools.wraps(init)
    def __init__(self: Block, *args: Any, **kwargs: Any) -> None:
        if "constructor_args" not in self.__dict__:
            # in the caller's order: positional arguments, then keywords as written
            self.constructor_args = {**dict(zip(positional, args, strict=False)), **kwargs}
        init(self, *args, **kwargs)

    return __init__


class Block:
    """Anything that has an id in the page: components, layouts and the app itself.

    Parameters:
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    block_name: ClassVar[str | None] = None
    """The config `type`; defaults to the lower-cased class name."""
    hidden_props: ClassVar[frozenset[str]] = frozenset()
    """Constructor arguments that Gradio does not send in the config `props`."""
    EVENTS: ClassVar[tuple[str, ...]] = ()
    """Event names this block supports (collected from its `EventListener`s)."""
    constructor_args: dict[str, Any]
    """The arguments its constructor was given, by name (positional ones too)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        from gradio.events.listener import collect_events

        cls.EVENTS = collect_events(cls)
        if "__init__" in cls.__dict__:
            cls.__init__ = _recording_arguments(cls.__dict__["__init__"])  # type: ignore[method-assign]

    def __init__(
        self,
        *,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        visible: Visibility = True,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self._id = _new_id(key)
        self.elem_id = elem_id
        """The HTML id of the rendered element."""
        self.elem_classes: list[str] = (
            [elem_classes] if isinstance(elem_classes, str) else list(elem_classes or [])
        )
        """CSS classes of the rendered element."""
        self.visible = visible
        """Whether the block is in the page (`"hidden"`: present but not shown)."""
        self.key = key
        """Identity across re-renders of `gr.render`."""
        self.preserved_by_key: list[str] = (
            [preserved_by_key]
            if isinstance(preserved_by_key, str)
            else list(preserved_by_key or [])
        )
        """Props kept across re-renders when the key matches."""
        self.parent: BlockContext | None = None
        """The container this block was rendered into."""
        self.is_rendered = False
        """Whether the block has joined a container."""
        if render:
            self.render()

    @property
    def id(self) -> int:
        """The block id used in the config, the layout and the wire."""
        return self._id

    def render(self) -> Self:
        """Add this block to the innermost `with` container and register it with the app."""
        container = context.current_container()
        root = context.current_root()
        if root is not None and self._id in root.blocks and root.blocks[self._id] is self:
            raise DuplicateBlockError(f"A block with id {self._id} has already been rendered.")
        if container is not None:
            container.add_child(self)
            self.is_rendered = True
        if root is not None:
            root.blocks[self._id] = self
        return self

    def unrender(self) -> Self:
        """Remove this block from its container and its app."""
        if self.parent is not None:
            self.parent.children.remove(self)
            self.parent = None
        root = context.current_root()
        if root is not None:
            root.blocks.pop(self._id, None)
        self.is_rendered = False
        return self

    def get_block_name(self) -> str:
        """The config `type` of this block (`"textbox"`, `"row"`, ...)."""
        return self.block_name or type(self).__name__.lower()

    @classmethod
    def get_component_class_id(cls) -> str:
        """A digest naming the block class: equal for all instances of one class."""
        try:
            where = inspect.getfile(cls)
        except (OSError, TypeError):
            where = cls.__module__
        return hashlib.sha256(f"{cls.__name__}_{where}".encode()).hexdigest()

    def get_config(self) -> dict[str, Any]:
        """The config `props`: every constructor argument that is set, then `name`."""
        props: dict[str, Any] = dict(self.leading_props())
        for name in _prop_names(type(self)):
            if name in self.hidden_props:
                continue
            value = getattr(self, name, None)
            if value is not None:
                props[name] = _jsonable(value)
        props["name"] = self.get_block_name()
        return props

    def leading_props(self) -> dict[str, Any]:
        """Props that are not constructor arguments (e.g. a Chatbot's `_retryable`)."""
        return {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self._id}>"


class BlockContext(Block):
    """A block with children: the layouts (`Row`, `Column`, ...) and `Blocks` itself."""

    def __init__(self, **kwargs: Any) -> None:
        self.children: list[Block] = []
        """The blocks rendered inside this one, in order."""
        super().__init__(**kwargs)

    def __enter__(self) -> Self:
        context.push(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        context.pop(self)
        if exc_type is None:
            self.fill_expected_parents()

    def add_child(self, child: Block) -> None:
        """Append `child` (called by `child.render()`)."""
        child.parent = self
        self.children.append(child)

    def fill_expected_parents(self) -> None:
        """Wrap runs of children that need a particular parent (e.g. form inputs in a `Form`).

        Gradio's layout puts consecutive form components into one `Form` block that is
        created when their container closes; it takes the next id and the place of the
        first component of the run. Invisible blocks (`State`, `BrowserState`, `Timer`:
        `breaks_grouping = False`) stay where they are without ending the run.
        """
        root = context.current_root() or _root_of(self)
        children: list[Block] = []
        wrapper: BlockContext | None = None
        for child in self.children:
            expected = getattr(child, "expected_parent", None)
            if expected is None or isinstance(self, expected):
                if getattr(child, "breaks_grouping", True):
                    wrapper = None
                children.append(child)
                continue
            if wrapper is None or not isinstance(wrapper, expected):
                wrapper = expected(render=False, key=_parent_key(child.key))
                wrapper.parent = self
                children.append(wrapper)
                if root is not None:
                    root.blocks[wrapper.id] = wrapper
            wrapper.add_child(child)
        self.children = children


def _new_id(key: Key) -> int:
    """A fresh id, except that a keyed block re-created by a `gr.render` run keeps its id."""
    if key is not None:
        # Inside a render run the root is a `RenderScope`, which remembers ids by key.
        id_for_key = getattr(context.current_root(), "id_for_key", None)
        if id_for_key is not None:
            return int(id_for_key(key))
    return next_id()


def _parent_key(key: Key) -> Key:
    """The key of the wrapper made for a keyed child: `("box0", "_parent")`."""
    if key is None:
        return None
    return (*key, "_parent") if isinstance(key, tuple) else (key, "_parent")


def _root_of(block: Block) -> Any:
    from gradio.blocks.blocks import Blocks

    node: Block | None = block
    while node is not None and not isinstance(node, Blocks):
        node = node.parent
    return node


_prop_cache: dict[type, tuple[str, ...]] = {}


def _prop_names(cls: type) -> tuple[str, ...]:
    """Constructor parameter names of `cls` that become config props, in order."""
    names = _prop_cache.get(cls)
    if names is None:
        params = inspect.signature(cls.__init__).parameters  # type: ignore[misc]
        names = tuple(name for name in params if name not in _NOT_PROPS)
        _prop_cache[cls] = names
    return names


def _jsonable(value: Any) -> Any:
    """Props that JSON cannot hold (callables, objects) are shown as their `str()`."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Callable):  # type: ignore[arg-type]
        return str(value)
    to_config = getattr(value, "to_config", None)
    if callable(to_config):
        return to_config()
    return str(value)
