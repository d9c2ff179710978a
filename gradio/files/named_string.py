"""`NamedString`: a file path that also answers `.name`, as Gradio's file inputs pass it."""

from __future__ import annotations


class NamedString(str):
    """A path string whose `.name` is the same path.

    Before Gradio 4 a file input passed a temporary-file object and apps read its path
    with `file.name`; file inputs now pass the path itself as this `str` subclass, so both
    `open(file)` and `open(file.name)` keep working:

        NamedString("/tmp/gradio/abc/report.pdf").name == "/tmp/gradio/abc/report.pdf"
    """

    name: str
    """The path itself."""

    def __new__(cls, path: str) -> NamedString:
        named = super().__new__(cls, path)
        named.name = str(path)
        return named
