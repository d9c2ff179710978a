"""Audio conversions: WAV via the standard `wave` module and numpy; other formats via PyAV.

Arrays are `(samples,)` for mono or `(samples, channels)`; int16 is written as is, floats
in [-1, 1] are scaled to int16.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

from gradio.exceptions import Error
from gradio.media.temp import temp_file_for


def read_audio(path: str | Path) -> tuple[int, Any]:
    """`(sample_rate, samples)` of an audio file (WAV natively, others with PyAV)."""
    if str(path).lower().endswith(".wav"):
        try:
            return read_wav(path)
        except wave.Error:
            pass
    return _read_with_av(path)


def read_wav(path: str | Path) -> tuple[int, Any]:
    """`(sample_rate, int samples)` of a PCM WAV file."""
    import numpy as np

    with wave.open(str(path), "rb") as wav:
        rate = wav.getframerate()
        channels = wav.getnchannels()
        width = wav.getsampwidth()
        frames = wav.readframes(wav.getnframes())
    dtype = {1: np.uint8, 2: np.int16, 4: np.int32}.get(width)
    if dtype is None:
        raise Error(f"Unsupported WAV sample width: {width} bytes.")
    samples = np.frombuffer(frames, dtype=dtype)
    if channels > 1:
        samples = samples.reshape(-1, channels)
    return rate, samples


def write_wav(sample_rate: int, samples: Any) -> Path:
    """Write samples to a temp WAV file and return its path."""
    import numpy as np

    array = np.asarray(samples)
    if np.issubdtype(array.dtype, np.floating):
        array = (np.clip(array, -1.0, 1.0) * 32767).astype(np.int16)
    elif array.dtype not in (np.int16, np.int32, np.uint8):
        array = array.astype(np.int16)
    channels = 1 if array.ndim == 1 else array.shape[1]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(array.dtype.itemsize)
        wav.setframerate(int(sample_rate))
        wav.writeframes(np.ascontiguousarray(array).tobytes())
    return temp_file_for(buffer.getvalue(), ".wav")


def _read_with_av(path: str | Path) -> tuple[int, Any]:
    try:
        import av  # type: ignore[import-not-found]
    except ImportError:
        raise Error(
            f"Cannot decode {Path(path).suffix or 'this'} audio: install PyAV (`av`)."
        ) from None
    import numpy as np

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [frame.to_ndarray() for frame in container.decode(stream)]
        rate = stream.rate
    if not chunks:
        return rate, np.zeros(0, dtype=np.int16)
    data = np.concatenate(chunks, axis=1).T
    return rate, data[:, 0] if data.shape[1] == 1 else data
