"""A lean HTTP/1.1 client for the load generator: one keep-alive connection per user.

httpx costs a few milliseconds of CPU per request and per streamed message; on a 2-core
machine where the clients share the CPU with the server under test, that caps both servers
at the same figure. This client does only what the load needs (a JSON POST, a GET whose
body is read whole or streamed, `Content-Length` or chunked bodies) and nothing else: no
TLS, no redirects, no cookies, no compression.

    connection = Connection("http://127.0.0.1:7860")
    status, body = await connection.request("POST", "/gradio_api/queue/join", b'{...}')
    async for chunk in connection.stream("/gradio_api/queue/data?session_hash=abc"):
        ...
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlsplit


class HTTPError(Exception):
    """The server answered something this client cannot read, or closed the connection."""


class Connection:
    """One keep-alive connection to a server, (re)opened on demand.

    Parameters:
        url: the server's base URL (`http://host:port`).
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        """The server's host."""
        self.port = parts.port or 80
        """The server's port."""
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, target: str, body: bytes | None = None
    ) -> tuple[int, bytes]:
        """Send a request (a JSON body if given) and read the whole response."""
        status, headers = await self._exchange(method, target, body)
        chunks = [chunk async for chunk in self._body(headers)]
        return status, b"".join(chunks)

    async def stream(self, target: str) -> AsyncIterator[bytes]:
        """GET `target` and yield its body as it arrives (status other than 200 raises).

        Stopping early closes the connection (the rest of the body is never read).
        """
        status, headers = await self._exchange("GET", target, None)
        if status != 200:
            [_ async for _ in self._body(headers)]
            raise HTTPError(f"GET {target} answered {status}")
        finished = False
        try:
            async for chunk in self._body(headers):
                yield chunk
            finished = True
        finally:
            if not finished:
                self.close()

    async def __aenter__(self) -> Connection:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop the connection; the next request opens a new one."""
        if self._writer is not None and not self._writer.is_closing():
            self._writer.close()
        self._reader = self._writer = None

    async def _exchange(
        self, method: str, target: str, body: bytes | None
    ) -> tuple[int, dict[bytes, bytes]]:
        if self._writer is not None and self._writer.is_closing():
            self.close()  # the server ended the keep-alive connection
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        head = f"{method} {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self._writer.write(head.encode() + b"\r\n" + (body or b""))
        try:
            raw = await self._reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            self.close()
            raise HTTPError(f"{method} {target}: connection lost") from error
        lines = raw[:-4].split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        return status, headers

    async def _body(self, headers: dict[bytes, bytes]) -> AsyncIterator[bytes]:
        reader = self._reader
        assert reader is not None
        try:
            if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
                while True:
                    size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                    if size == 0:
                        await reader.readuntil(b"\r\n")  # no trailers are ever sent
                        break
                    yield (await reader.readexactly(size + 2))[:-2]
            elif b"content-length" in headers:
                length = int(headers[b"content-length"])
                if length:
                    yield await reader.readexactly(length)
            else:  # until the server closes
                while chunk := await reader.read(65536):
                    yield chunk
                self.close()
                return
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            self.close()
            raise HTTPError("connection lost mid-body") from error
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
