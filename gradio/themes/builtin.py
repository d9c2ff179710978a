"""The built-in themes, each a `Base` with different defaults."""

from __future__ import annotations

from typing import Any

from gradio.themes.base import Base


class Default(Base):
    """The default theme (orange accents)."""

    name = "default"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "orange")
        super().__init__(**kwargs)


class Soft(Base):
    """Rounded corners and soft indigo accents."""

    name = "soft"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "indigo")
        kwargs.setdefault("radius_size", "lg")
        super().__init__(**kwargs)


class Monochrome(Base):
    """Black, white and greys."""

    name = "monochrome"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "neutral")
        kwargs.setdefault("radius_size", "sm")
        super().__init__(**kwargs)


class Glass(Base):
    """Translucent panels on a stone-grey background."""

    name = "glass"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "stone")
        super().__init__(**kwargs)


class Origin(Base):
    """The look of Gradio 4."""

    name = "origin"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "orange")
        super().__init__(**kwargs)


class Citrus(Base):
    """Bright yellow accents."""

    name = "citrus"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "amber")
        super().__init__(**kwargs)


class Ocean(Base):
    """Blue-green gradients."""

    name = "ocean"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("primary_hue", "blue")
        kwargs.setdefault("secondary_hue", "teal")
        super().__init__(**kwargs)
