"""Image conversions between files, PIL images and numpy arrays (PIL/numpy imported lazily)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from gradio.media.temp import temp_file_for


def open_image(path: str | Path | io.BytesIO, mode: str | None) -> Any:
    """Open an image file (or bytes) as a PIL image, converted to `mode` when given."""
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        return image.convert(mode) if mode and image.mode != mode else image.copy()


def to_numpy(image: Any) -> Any:
    """A PIL image as a numpy array."""
    import numpy as np

    return np.asarray(image)


def is_pil_image(value: Any) -> bool:
    """Whether `value` is a PIL image (without importing PIL)."""
    return any(
        c.__module__.startswith("PIL.") and c.__name__ == "Image" for c in type(value).__mro__
    )


def is_array(value: Any) -> bool:
    """Whether `value` is a numpy array (without importing numpy)."""
    return type(value).__module__ == "numpy" and type(value).__name__ == "ndarray"


def save_image(value: Any, image_format: str) -> Path:
    """Save a PIL image or numpy array to a temp file in `image_format`; return its path."""
    from PIL import Image

    image = value if is_pil_image(value) else Image.fromarray(_as_uint8(value))
    fmt = image_format.lower()
    if fmt in ("jpg", "jpeg") and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG" if fmt == "jpg" else fmt.upper())
    return temp_file_for(buffer.getvalue(), f".{fmt}")


def _as_uint8(array: Any) -> Any:
    import numpy as np

    array = np.asarray(array)
    if array.dtype == np.uint8:
        return array
    if np.issubdtype(array.dtype, np.floating) and array.size and array.max() <= 1.0:
        array = array * 255
    return np.clip(array, 0, 255).astype(np.uint8)
