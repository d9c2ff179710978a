"""The one decision about which server files may leave the machine.

Every route that answers with a file's bytes asks `FileAccess.check(path)`. The rules, in
order:

1. The requested text is refused outright if it is empty, holds a NUL byte, holds a `..`
   component (even one that would land inside an allowed area), or, on Windows, is
   drive-relative, root-relative, a UNC/device path or names an alternate data stream.
2. It is made absolute (relative to the working directory) and every symlink is resolved.
3. `blocked_paths` win over everything. They are compared component by component and
   case-insensitively, against both the path as asked and the resolved target, so neither
   a symlink nor a change of case slips a blocked file through.
4. The resolved target must lie (by whole path components, never by string prefix:
   `/tmp/gradio-evil` is not inside `/tmp/gradio`) under a cache/upload directory, a
   `launch(allowed_paths=...)` entry, a `GRADIO_ALLOWED_PATHS` entry or a
   `gr.set_static_paths()` entry, and must be a regular file.

Whatever fails, the caller sees the same `FileAccessError`, so a client cannot tell a
missing file from a directory or a forbidden one.

`FileAccess.check_output_source` is the related rule for files a user *function* returns
(security.md, "How Gradio defines file access", item 1): such a file is copied into the
cache only if it lies in `allowed_paths`, the working directory (never a dot-file there) or
the system temp directory, and is not blocked.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from gradio.files import static_paths

PathLike = str | os.PathLike[str]


class FileAccessError(Exception):
    """A file was refused: missing, not a regular file, outside every allowed area, or blocked.

    The message is the same in every case (`File not allowed: <path>.`), because telling the
    cases apart would let a client probe the server's file system.
    """

    def __init__(self, path: str, reason: str | None = None) -> None:
        self.path = path
        """The path as the client (or function) named it."""
        self.reason = reason
        """Why it was refused, for logs and developer-facing errors; never sent to clients."""
        super().__init__(path)

    def __str__(self) -> str:
        return f"File not allowed: {self.path}."


class FileAccess:
    """Decides whether a path may be served, and whether a returned file may be cached.

    Parameters:
        cache_dirs: directories the server itself writes to (uploads and cached outputs).
        allowed_paths: files or directories the developer exposes (`launch(allowed_paths=)`).
            The `GRADIO_ALLOWED_PATHS` environment variable (comma-separated) is added.
        blocked_paths: files or directories never served or cached, whatever else says.
        read_env: whether to read `GRADIO_ALLOWED_PATHS` (tests turn it off).
    """

    def __init__(
        self,
        *,
        cache_dirs: Iterable[PathLike] = (),
        allowed_paths: Iterable[PathLike] = (),
        blocked_paths: Iterable[PathLike] = (),
        read_env: bool = True,
    ) -> None:
        env_allowed = _split_env("GRADIO_ALLOWED_PATHS") if read_env else []
        self.cache_dirs: list[Path] = [_resolve_root(p) for p in cache_dirs]
        """Resolved cache/upload directories."""
        self.allowed_paths: list[Path] = [_resolve_root(p) for p in [*allowed_paths, *env_allowed]]
        """Resolved developer-allowed files and directories."""
        self.blocked_paths: list[Path] = [_absolute(p) for p in blocked_paths]
        """Blocked files and directories, absolute; checked both as written and resolved."""
        self._blocked_resolved = [_resolve_root(p) for p in self.blocked_paths]

    def check(self, path: PathLike) -> Path:
        """Return the resolved path of a file that may be served, or raise.

        Parameters:
            path: the path as requested (absolute, or relative to the working directory).

        Raises:
            FileAccessError: the file may not be served (for whatever reason).
        """
        text = os.fspath(path)
        _, resolved = self._canonical(text)
        if not (
            self._under_any(resolved, self.cache_dirs)
            or self._under_any(resolved, self.allowed_paths)
            or self._under_any(resolved, static_paths.registered())
        ):
            raise FileAccessError(text, "outside the cache, allowed and static paths")
        if self._in_cache_internals(resolved):
            raise FileAccessError(text, "a file the cache is still writing")
        if not resolved.is_file():
            raise FileAccessError(text, "not a regular file")
        return resolved

    def is_allowed(self, path: PathLike) -> bool:
        """Whether `check(path)` would succeed.

        Parameters:
            path: the path as requested.
        """
        try:
            self.check(path)
        except FileAccessError:
            return False
        return True

    def in_cache(self, path: PathLike) -> bool:
        """Whether a path (after resolution) lies inside a cache/upload directory.

        Parameters:
            path: any path; a `..` component or a blocked path answers False.
        """
        try:
            _, resolved = self._canonical(os.fspath(path))
        except FileAccessError:
            return False
        return self._under_any(resolved, self.cache_dirs)

    def check_output_source(self, path: PathLike) -> Path:
        """Return the resolved path of a file a user function returned, if it may be cached.

        Allowed sources: the cache directories, static paths, `allowed_paths`, the system
        temp directory, and the working directory except dot-files or anything inside a
        dot-directory (`.env`, `.git/config`). Blocked paths win.

        Parameters:
            path: the path the function returned.

        Raises:
            FileAccessError: the file may not be used as an output (`reason` says why).
        """
        text = os.fspath(path)
        _, resolved = self._canonical(text)
        if not resolved.is_file():
            raise FileAccessError(text, "not an existing regular file")
        trusted = [*self.cache_dirs, *self.allowed_paths, *static_paths.registered()]
        if self._under_any(resolved, trusted):
            return resolved
        if self._under_any(resolved, [_resolve_root(tempfile.gettempdir())]):
            return resolved
        cwd = _resolve_root(os.getcwd())
        if self._under_any(resolved, [cwd]):
            inside = resolved.parts[len(cwd.parts) :]
            if any(part.startswith(".") for part in inside):
                raise FileAccessError(text, "a dot-file in the working directory")
            return resolved
        raise FileAccessError(
            text,
            "outside allowed_paths, the working directory and the temp directory; "
            "add its directory to launch(allowed_paths=[...]) to return it",
        )

    def _canonical(self, text: str) -> tuple[Path, Path]:
        """Return (absolute path as asked, fully resolved path), or raise if malformed/blocked."""
        if not text or "\x00" in text:
            raise FileAccessError(text, "empty or NUL")
        if os.name == "nt" and is_unsafe_windows_path(text):
            raise FileAccessError(text, "unsafe Windows path form")
        if ".." in re.split(r"[\\/]", text):
            raise FileAccessError(text, "parent-directory component")
        requested = _absolute(text)
        try:
            resolved = Path(os.path.realpath(requested))
        except (OSError, ValueError) as error:
            raise FileAccessError(text, f"cannot resolve: {error}") from error
        for candidate in (requested, resolved):
            if _under_folded(candidate, [*self.blocked_paths, *self._blocked_resolved]):
                raise FileAccessError(text, "blocked")
        return requested, resolved

    def _in_cache_internals(self, resolved: Path) -> bool:
        """Whether a path is in a cache's own dot-directory (`.partial` uploads in flight)."""
        return any(
            is_within(resolved, root)
            and len(resolved.parts) > len(root.parts)
            and resolved.parts[len(root.parts)].startswith(".")
            for root in self.cache_dirs
        )

    @staticmethod
    def _under_any(path: Path, roots: Sequence[Path]) -> bool:
        return any(is_within(path, root) for root in roots)


def is_within(path: PurePath, root: PurePath) -> bool:
    """Whether `path` is `root` or lies beneath it, comparing whole components.

    `/tmp/gradio/x` is within `/tmp/gradio`; `/tmp/gradio-evil/x` is not, although the
    string starts with `/tmp/gradio`.

    Parameters:
        path: an absolute, normalised path.
        root: an absolute, normalised directory or file.
    """
    return path.parts[: len(root.parts)] == root.parts


def is_unsafe_windows_path(text: str) -> bool:
    """Whether a Windows path form must be refused before any resolution.

    Refused: UNC and device paths (`\\\\host\\share`, `\\\\?\\C:`), root-relative paths
    (`\\Windows`), drive-relative paths (`C:secret`), alternate data streams (`a.txt:x`) and
    reserved device names (`CON`, `nul.txt`, `COM1`).

    Parameters:
        text: the path as requested.
    """
    forward = text.replace("\\", "/")
    if forward.startswith("/"):
        return True
    drive_abs = re.match(r"^[A-Za-z]:/", forward)
    rest = forward[3:] if drive_abs else forward
    if re.match(r"^[A-Za-z]:", forward) and not drive_abs:
        return True
    if ":" in rest:
        return True
    for part in rest.split("/"):
        stem = part.split(".")[0].rstrip(" ").upper()
        if stem in _WINDOWS_DEVICES:
            return True
    return False


_WINDOWS_DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def _under_folded(path: Path, roots: Sequence[Path]) -> bool:
    folded = tuple(part.casefold() for part in path.parts)
    for root in roots:
        root_folded = tuple(part.casefold() for part in root.parts)
        if folded[: len(root_folded)] == root_folded:
            return True
    return False


def _absolute(path: PathLike) -> Path:
    """Absolute and lexically normalised, symlinks untouched."""
    return Path(os.path.normpath(os.path.abspath(os.fspath(path))))


def _resolve_root(path: PathLike) -> Path:
    return Path(os.path.realpath(os.path.abspath(os.fspath(path))))


def _split_env(name: str) -> list[str]:
    return [part.strip() for part in os.environ.get(name, "").split(",") if part.strip()]
