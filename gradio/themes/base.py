"""`gr.themes.Base`: a theme is a named set of CSS variables.

The config carries the theme's `name`, a `theme_hash` of its CSS (so the page can
cache `/theme.css?v=<hash>`) and four `body_css` values the page needs before the
stylesheet arrives. `to_css()` renders the variables for `/theme.css`.
"""

from __future__ import annotations

import hashlib
from typing import Any


class Base:
    """A theme: CSS variables for light and dark mode.

    Parameters:
        primary_hue: name of the accent colour family.
        secondary_hue: name of the secondary colour family.
        neutral_hue: name of the grey family.
        text_size: base text size.
        spacing_size: base spacing.
        radius_size: base corner radius.
        font: font stack for text.
        font_mono: font stack for code.
    """

    name = "base"
    """The theme name in the config."""

    def __init__(
        self,
        *,
        primary_hue: str = "blue",
        secondary_hue: str = "blue",
        neutral_hue: str = "gray",
        text_size: str = "md",
        spacing_size: str = "md",
        radius_size: str = "md",
        font: str | list[str] | tuple[str, ...] = (
            "Source Sans Pro",
            "ui-sans-serif",
            "system-ui",
            "sans-serif",
        ),
        font_mono: str | list[str] | tuple[str, ...] = (
            "IBM Plex Mono",
            "ui-monospace",
            "Consolas",
            "monospace",
        ),
    ) -> None:
        self.primary_hue = primary_hue
        self.secondary_hue = secondary_hue
        self.neutral_hue = neutral_hue
        self.text_size = text_size
        self.spacing_size = spacing_size
        self.radius_size = radius_size
        self.font = [font] if isinstance(font, str) else list(font)
        self.font_mono = [font_mono] if isinstance(font_mono, str) else list(font_mono)
        self.stylesheets: list[str] = []
        """Extra stylesheet URLs the page loads."""
        self.variables: dict[str, str] = {
            "body_background_fill": "white",
            "body_text_color": "#27272a",
            "body_background_fill_dark": "#0f0f11",
            "body_text_color_dark": "#f4f4f5",
            "color_accent": f"var(--{primary_hue}-500)",
            "font": ", ".join(_quoted(f) for f in self.font),
            "font_mono": ", ".join(_quoted(f) for f in self.font_mono),
            "text_size": {"sm": "12px", "md": "14px", "lg": "16px"}.get(text_size, text_size),
            "spacing": {"sm": "4px", "md": "6px", "lg": "8px"}.get(spacing_size, spacing_size),
            "radius": {"sm": "4px", "md": "6px", "lg": "8px"}.get(radius_size, radius_size),
        }
        """CSS variables by name; names ending in `_dark` apply in dark mode."""

    def set(self, **variables: Any) -> Base:
        """Override CSS variables, e.g. `theme.set(body_background_fill="black")`."""
        self.variables.update({k: str(v) for k, v in variables.items()})
        return self

    def body_css(self) -> dict[str, str]:
        """The four body colours sent in the config."""
        keys = ("body_background_fill", "body_text_color")
        return {
            **{k: self.variables[k] for k in keys},
            **{f"{k}_dark": self.variables[f"{k}_dark"] for k in keys},
        }

    def to_css(self) -> str:
        """The stylesheet served at `/theme.css`."""
        light = [
            f"  --{k.replace('_', '-')}: {v};"
            for k, v in self.variables.items()
            if not k.endswith("_dark")
        ]
        dark = [
            f"  --{k[: -len('_dark')].replace('_', '-')}: {v};"
            for k, v in self.variables.items()
            if k.endswith("_dark")
        ]
        return ":root {\n" + "\n".join(light) + "\n}\n.dark {\n" + "\n".join(dark) + "\n}\n"

    @property
    def hash(self) -> str:
        """Digest of `to_css()` (config `theme_hash`)."""
        return hashlib.sha256(self.to_css().encode()).hexdigest()


def resolve_theme(theme: Base | str | None) -> Base:
    """A theme object for `Blocks(theme=...)`: an object, a name such as `"soft"`, or `None`."""
    from gradio import themes

    if isinstance(theme, Base):
        return theme
    if theme is None:
        return themes.Default()
    for cls in themes.builtin():
        if cls.name == theme.lower():
            return cls()
    raise ValueError(f"Unknown theme {theme!r}; use one of {[c.name for c in themes.builtin()]}.")


def _quoted(font: str) -> str:
    return f"'{font}'" if " " in font else font
