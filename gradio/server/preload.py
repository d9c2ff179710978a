"""`<link>` tags that let the browser fetch an app's component chunks with the main script.

The front end loads each component's code on first use (`import()` from the registry),
so a cold page waits for the main script, runs it, and only then asks for the Textbox
chunk, which asks for the Block chunk: a waterfall of round trips before anything is
interactive. The server knows from the config which components the page will render,
and Vite's build manifest (`.vite/manifest.json`, `build.manifest` in `vite.config.ts`)
knows which files each component needs. Naming them in the page's `<head>` lets all of
them download while the main script does:

    <link rel="modulepreload" crossorigin href="./assets/Textbox-BG67eixv.js">
    <link rel="preload" as="style" crossorigin href="./assets/Textbox-D7yVX85O.css">

Without a manifest (an older build) the page simply has no preload tags.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import orjson

MANIFEST = Path(".vite") / "manifest.json"
"""Where Vite writes the build manifest, relative to the built front end."""


def read_manifest(frontend: Path) -> dict[str, Any]:
    """The build manifest of a built front end, or `{}` when there is none."""
    try:
        manifest = orjson.loads((frontend / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def preload_links(component_types: set[str], manifest: dict[str, Any]) -> bytes:
    """The `<link>` tags for the chunks (and their CSS) of the given component types.

    Parameters:
        component_types: config `type`s the page renders (`"textbox"`, `"button"`, ...).
        manifest: the Vite build manifest.
    """
    scripts: list[str] = []
    styles: list[str] = []
    seen: set[str] = set()
    for key in sorted(_entries_for(component_types, manifest)):
        _collect(key, manifest, seen, scripts, styles)
    tags = [f'<link rel="modulepreload" crossorigin href="./{_attr(f)}">' for f in scripts]
    tags += [f'<link rel="preload" as="style" crossorigin href="./{_attr(f)}">' for f in styles]
    return "".join(tags).encode()


def component_types(config: dict[str, Any]) -> set[str]:
    """The `type` of every component in a config."""
    return {str(c.get("type")) for c in config.get("components", []) if c.get("type")}


def _entries_for(types: set[str], manifest: dict[str, Any]) -> list[str]:
    """Manifest keys of the components' own files: `src/components/<type>/<Type>.svelte`."""
    keys = []
    for key, entry in manifest.items():
        parts = key.split("/")
        if len(parts) != 4 or parts[:2] != ["src", "components"]:
            continue
        folder, filename = parts[2], parts[3]
        if folder in types and filename.lower() == f"{folder}.svelte" and entry.get("file"):
            keys.append(key)
    return keys


def _collect(
    key: str, manifest: dict[str, Any], seen: set[str], scripts: list[str], styles: list[str]
) -> None:
    entry = manifest.get(key)
    if key in seen or not isinstance(entry, dict) or entry.get("isEntry"):
        return  # the main entry is the page's own script, loaded anyway
    seen.add(key)
    scripts.append(str(entry["file"]))
    styles.extend(str(css) for css in entry.get("css", []) if css not in styles)
    for imported in entry.get("imports", []):
        _collect(imported, manifest, seen, scripts, styles)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
