"""Annotation masks drawn as coloured, see-through RGBA images (numpy/PIL imported lazily).

An annotation is a confidence mask (a 2-D array of 0..1, one value per pixel of the base
image) or a box `(x1, y1, x2, y2)` in pixels. Either becomes a PNG as big as the base
image: the colour wherever the mask is above 0, with the mask as opacity. A box is half
opaque inside and fully opaque along a 3-pixel border, so both the area and its outline
show: a box (10, 10, 50, 30) has alpha 255 on rows 10-12 and 27-29 and on columns 10-12 and
47-49 of that rectangle, and alpha 127 in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gradio.media.image import save_image

BOX_BORDER = 3
"""Width in pixels of a box's opaque outline."""
DEFAULT_COLOR = (255, 0, 0)
"""Colour of labels missing from `color_map` (the page then tints each label its own hue)."""


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """`"#ff8800"` (or `"#f80"`) → `(255, 136, 0)`; `ValueError` for anything else."""
    digits = color.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"AnnotatedImage color_map colours must be hex codes, got {color!r}.")
    try:
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    except ValueError:
        raise ValueError(
            f"AnnotatedImage color_map colours must be hex codes, got {color!r}."
        ) from None


def mask_alpha(mask: Any, height: int, width: int) -> Any:
    """The 0..1 opacity of one annotation over a `height` by `width` image, as a float array.

    Parameters:
        mask: a 2-D numpy array of confidences, or a box `(x1, y1, x2, y2)`.
        height: the base image's height in pixels.
        width: the base image's width in pixels.
    """
    import numpy as np

    if type(mask).__module__ == "numpy" and type(mask).__name__ == "ndarray":
        alpha = np.asarray(mask, dtype=float)
        if alpha.shape != (height, width):
            raise ValueError(
                f"An AnnotatedImage mask must have the base image's shape ({height}, {width}),"
                f" got {alpha.shape}."
            )
        return np.clip(alpha, 0.0, 1.0)
    x1, y1, x2, y2 = _box(mask)
    alpha = np.zeros((height, width))
    alpha[y1:y2, x1:x2] = 0.5
    alpha[y1:y2, x1 : x1 + BOX_BORDER] = 1
    alpha[y1:y2, max(x2 - BOX_BORDER, 0) : x2] = 1
    alpha[y1 : y1 + BOX_BORDER, x1:x2] = 1
    alpha[max(y2 - BOX_BORDER, 0) : y2, x1:x2] = 1
    return alpha


def save_mask(alpha: Any, rgb: tuple[int, int, int]) -> Path:
    """Write the coloured mask as a PNG (which keeps the opacity) and return its path."""
    import numpy as np
    from PIL import Image

    height, width = alpha.shape
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    pixels[alpha > 0, :3] = rgb
    # Truncated, not rounded: 0.5 is alpha 127, as in Gradio.
    pixels[:, :, 3] = (alpha * 255).astype(np.uint8)
    return save_image(Image.fromarray(pixels), "png")


def _box(mask: Any) -> tuple[int, int, int, int]:
    if not isinstance(mask, Sequence) or isinstance(mask, str) or len(mask) != 4:
        raise ValueError(
            "An AnnotatedImage annotation must be a numpy mask or a box (x1, y1, x2, y2),"
            f" got {mask!r}."
        )
    try:
        x1, y1, x2, y2 = (max(int(v), 0) for v in mask)
    except (TypeError, ValueError):
        raise ValueError(
            f"An AnnotatedImage box must hold four integers (x1, y1, x2, y2), got {mask!r}."
        ) from None
    return x1, y1, x2, y2
