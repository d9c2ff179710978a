"""The active-Blocks stack: which app and which layout container new blocks join.

`with gr.Blocks():` makes that Blocks the *root*; every `with gr.Row():` inside pushes a
container. A block created while the stack is non-empty renders itself into the
innermost container and registers itself with the root. Context variables (not module
globals) keep two apps built at once in different threads from mixing.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gradio.blocks.block import BlockContext
    from gradio.blocks.blocks import Blocks

_stack: ContextVar[tuple[BlockContext, ...]] = ContextVar("radiogram_block_stack", default=())
_root: ContextVar[Blocks | None] = ContextVar("radiogram_root_blocks", default=None)


def current_container() -> BlockContext | None:
    """The innermost container being built, or `None` outside any `with` block."""
    stack = _stack.get()
    return stack[-1] if stack else None


def current_root() -> Blocks | None:
    """The outermost `Blocks` being built, or `None` outside `with gr.Blocks()`."""
    return _root.get()


def push(container: BlockContext) -> None:
    """Enter `container`; the first `Blocks` entered becomes the root."""
    from gradio.blocks.blocks import Blocks

    if _root.get() is None and isinstance(container, Blocks):
        _root.set(container)
    _stack.set((*_stack.get(), container))


def pop(container: BlockContext) -> None:
    """Leave `container` (which must be the innermost one)."""
    stack = _stack.get()
    assert stack and stack[-1] is container, "containers must be exited in order"
    _stack.set(stack[:-1])
    if _root.get() is container:
        _root.set(None)
