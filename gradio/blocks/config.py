"""Blocks tree → config JSON, in the shape Gradio 6.31 serves (protocol §3).

`components` lists every block except the root in the order it joined the app (which is
not id order: a `Form` created when its container closes comes after its children);
`layout` is the tree of ids; `dependencies` the listeners in `fn_index` order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gradio.blocks.block import Block, BlockContext

if TYPE_CHECKING:
    from gradio.blocks.blocks import Blocks

VERSION = "6.31.0"
"""The Gradio version radiogram implements (config `version`)."""


def build_config(blocks: Blocks) -> dict[str, Any]:
    """The whole config of `blocks` except `root` (empty) and `username` (absent)."""
    from gradio.themes.base import resolve_theme

    theme = resolve_theme(blocks.theme)
    components = [component_entry(b) for b in blocks.blocks.values() if b is not blocks]
    dependencies = [fn.get_config() for fn in blocks.fns]
    layout = layout_tree(blocks)
    return {
        "version": VERSION,
        "api_prefix": "/gradio_api",
        "mode": blocks.mode,
        "app_id": blocks.app_id,
        "dev_mode": False,
        "vibe_mode": False,
        "analytics_enabled": False,
        "components": components,
        "css": blocks.css,
        "connect_heartbeat": any(
            getattr(b, "connects_heartbeat", False) for b in blocks.blocks.values()
        )
        or any(target[1] in ("unload", "stream") for fn in blocks.fns for target in fn.targets),
        "js": blocks.js,
        "head": blocks.head,
        "title": blocks.title,
        "space_id": None,
        "enable_queue": True,
        "show_error": blocks.show_error,
        "footer_links": ["api", "gradio", "settings", "runs"],
        "run_history": True,
        "is_colab": False,
        "max_file_size": blocks.max_file_size,
        "stylesheets": list(theme.stylesheets),
        "theme": theme.name,
        "protocol": "sse_v3",
        "body_css": theme.body_css(),
        "fill_height": blocks.fill_height,
        "fill_width": blocks.fill_width,
        "theme_hash": theme.hash,
        "pwa": False,
        "pages": [["", "Home", True]],
        "page": {
            "": {
                "layout": layout,
                "components": [entry["id"] for entry in components],
                "dependencies": [dep["id"] for dep in dependencies],
            }
        },
        "mcp_server": False,
        "i18n_translations": None,
        "dependencies": dependencies,
        "layout": layout,
        "root": "",
    }


def component_entry(block: Block) -> dict[str, Any]:
    """One entry of `components` (protocol §3.2)."""
    skip_api = bool(getattr(block, "skip_api", True))
    entry: dict[str, Any] = {
        "id": block.id,
        "type": block.get_block_name(),
        "props": block.get_config(),
        "skip_api": skip_api,
        "component_class_id": type(block).get_component_class_id(),
        "key": block.key,
    }
    if not skip_api:
        component: Any = block
        entry["api_info"] = component.api_info()
        entry["api_info_as_input"] = component.api_info_as_input()
        entry["api_info_as_output"] = component.api_info_as_output()
        entry["example_inputs"] = component.example_payload()
    rendered_in = getattr(block, "rendered_in", None)
    if rendered_in is not None:
        entry["renderable"] = rendered_in
        entry["rendered_in"] = rendered_in
    return entry


def layout_tree(block: Block) -> dict[str, Any]:
    """`{"id": ..., "children": [...]}` for containers; `{"id": ...}` for leaves."""
    if isinstance(block, BlockContext):
        return {"id": block.id, "children": [layout_tree(child) for child in block.children]}
    if getattr(block, "layout_slot", False):
        return {"id": block.id, "children": []}
    return {"id": block.id}
