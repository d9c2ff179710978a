"""The response of every event stream: the queue's, the heartbeat, REST results, uploads.

Starlette's `StreamingResponse` watches for the client leaving with an anyio task group:
two tasks, a cancel scope and its bookkeeping for every open stream, and 1.3 MB of anyio's
asyncio backend loaded by the first one. A queue stream is opened for every event of
every user, so this one watches with a single plain task that cancels the stream when
the client goes. The bytes on the wire (status, headers, chunks) are Starlette's.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from gradio.server.sse import LastChunk


class EventStreamResponse(StreamingResponse):
    """A `StreamingResponse` that ends its body iterator as soon as the client leaves.

    The iterator sees the leaving as a `CancelledError` at its current `await` (so its
    `finally` can cancel what the client no longer waits for); the response then ends
    quietly, as Starlette's does.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        if scope["type"] != "http" or task is None:
            await super().__call__(scope, receive, send)
            return
        streaming = True
        left = False

        def client_left() -> None:
            nonlocal left
            if streaming:
                left = True
                task.cancel()

        watcher = asyncio.get_running_loop().create_task(_watch(receive, client_left))
        try:
            await self.stream_response(send)
        except asyncio.CancelledError:
            if not left:
                raise
            uncancel = getattr(task, "uncancel", None)  # Python 3.11+
            if uncancel is not None:
                uncancel()
        except OSError:  # the client left while a chunk was being written
            pass
        finally:
            streaming = False
            watcher.cancel()
        if self.background is not None:
            await self.background()

    async def stream_response(self, send: Send) -> None:
        """Starlette's, except that a `LastChunk` goes out with the end of the body."""
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        async for chunk in self.body_iterator:
            body = chunk if isinstance(chunk, (bytes, memoryview)) else chunk.encode(self.charset)
            if isinstance(body, LastChunk):
                await send({"type": "http.response.body", "body": bytes(body), "more_body": False})
                aclose = getattr(self.body_iterator, "aclose", None)
                if aclose is not None:  # it is done: run its cleanup now, not when collected
                    await aclose()
                return
            await send({"type": "http.response.body", "body": body, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _watch(receive: Receive, client_left: Callable[[], None]) -> None:
    with contextlib.suppress(OSError):
        while (await receive())["type"] != "http.disconnect":
            pass
    client_left()
