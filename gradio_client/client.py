"""`Client`: connect to a Gradio app by URL, describe its API, call it."""

from __future__ import annotations

import os
import platform
import tempfile
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import httpx

from gradio_client.call import Call
from gradio_client.connect import SUPPORTED_PROTOCOLS, fetch_config, fetch_info, login
from gradio_client.endpoint import Endpoint, endpoints_from_config, find_endpoint
from gradio_client.exceptions import HuggingFaceOnlyError
from gradio_client.files import FileTransfer
from gradio_client.heartbeat import Heartbeat
from gradio_client.job import Job
from gradio_client.stream import SessionStream
from gradio_client.view_api import public_info, render_info

__version__ = "2.7.2"

DEFAULT_TEMP_DIR = os.environ.get("GRADIO_TEMP_DIR") or str(Path(tempfile.gettempdir()) / "gradio")
"""Where file outputs are downloaded unless `download_files` says otherwise."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Timeout of ordinary requests, unless `httpx_kwargs` gives one."""

STREAM_SILENCE = 60.0
"""Seconds a result or heartbeat stream may stay silent (servers ping every 15 s)."""

HF_ONLY = (
    "{what} needs Hugging Face, which this client does not reach: it connects to Gradio apps "
    "by URL only (for a Space, use its direct URL, e.g. https://<owner>-<name>.hf.space/)."
)


class Client:
    """A connection to one Gradio app (radiogram or Gradio 6), by URL.

    Parameters:
        src: the app's URL, e.g. `"http://127.0.0.1:7860/"` (with or without the
            trailing slash, with its root path if it is mounted under one).
        token: a Hugging Face token, sent as `x-hf-authorization` (for apps behind HF).
        max_workers: how many calls may run at once in the background.
        verbose: print a line once connected.
        auth: `(username, password)` for apps launched with `auth=`.
        httpx_kwargs: extra keyword arguments for the `httpx.Client` used for requests.
        headers: extra headers sent with every request.
        download_files: directory for file outputs, or False to get FileData dicts back.
        ssl_verify: verify the server's TLS certificate.
        analytics_enabled: kept for compatibility; this client never sends telemetry.
        oauth_token: kept for compatibility; Hugging Face OAuth is not supported.
    """

    def __init__(
        self,
        src: str,
        token: str | None = None,
        max_workers: int = 40,
        verbose: bool = True,
        auth: tuple[str, str] | None = None,
        httpx_kwargs: dict[str, Any] | None = None,
        *,
        headers: dict[str, str] | None = None,
        download_files: str | Path | Literal[False] = DEFAULT_TEMP_DIR,
        ssl_verify: bool = True,
        _skip_components: bool = True,
        analytics_enabled: bool = True,
        oauth_token: str | None = None,
    ) -> None:
        if not src.startswith(("http://", "https://")):
            raise HuggingFaceOnlyError(HF_ONLY.format(what=f"Loading the Space {src!r}"))
        self.src = src if src.endswith("/") else src + "/"
        """The app's URL, ending with a slash."""
        self.verbose = verbose
        self.token = token
        self.oauth_token = oauth_token
        self.download_files = download_files
        """Directory for file outputs, or False."""
        self.output_dir = str(download_files) if download_files is not False else DEFAULT_TEMP_DIR
        if download_files is not False:
            Path(download_files).mkdir(parents=True, exist_ok=True)
            if not Path(download_files).is_dir():
                raise ValueError(f"Path: {download_files} is not a directory.")
        self._skip_components = _skip_components
        self.headers = _default_headers(token, headers)
        """Headers sent with every request (login cookies are added here)."""
        self.ssl_verify = ssl_verify
        self.httpx_kwargs = dict(httpx_kwargs or {})
        self.cookies: dict[str, str] = dict(self.httpx_kwargs.pop("cookies", None) or {})
        self._http = self._new_http()
        if self.cookies:
            self._apply_cookies()
        try:
            self._connect(auth)
        except BaseException:
            self._http.close()
            raise
        self.executor = ThreadPoolExecutor(max_workers=max_workers)
        self._lock = threading.Lock()
        self.session_hash = str(uuid.uuid4())
        """This client's session: State values live on the server under it."""
        self._streams: list[SessionStream] = []
        self._stream = self._new_stream()
        self._heartbeat: Heartbeat | None = None
        if self.config.get("connect_heartbeat", False):
            self._heartbeat = Heartbeat(
                self._new_http(),
                self.api_url + "heartbeat/",
                lambda: self.session_hash,
                STREAM_SILENCE,
            )
            self._heartbeat.start()
        if verbose:
            print(f"Loaded as API: {self.src}")

    def _connect(self, auth: tuple[str, str] | None) -> None:
        self._auth = auth
        if auth is not None:
            self._login()
        self.config: dict[str, Any] = fetch_config(self._http, self.src)
        """The app's config (`GET /config`)."""
        self.protocol: str = self.config["protocol"]
        prefix = str(self.config.get("api_prefix", "")).strip("/")
        self.api_prefix = prefix + "/" if prefix else ""
        self.api_url = self.src + self.api_prefix
        """`ROOT + P + "/"`: where the API routes live."""
        self._info = fetch_info(self._http, self.api_url)
        self.endpoints: dict[int, Endpoint] = endpoints_from_config(self.config, self._info)
        """Every dependency of the app, by `fn_index`."""
        if not self._skip_components:
            for endpoint in self.endpoints.values():
                endpoint.output_is_api = [True] * len(endpoint.output_is_api)
        self._files = FileTransfer(self._http, self.api_url, self.config.get("max_file_size"))

    def predict(
        self,
        *args: Any,
        api_name: str | None = None,
        fn_index: int | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call an endpoint and wait for its result.

        Parameters:
            *args: the endpoint's parameters, in order (`handle_file(...)` for files).
            api_name: which endpoint, e.g. `"/predict"` (see `view_api()`).
            fn_index: which endpoint, by dependency id (when it has no name).
            headers: extra headers for this call.
            **kwargs: parameters by name; parameters with defaults may be left out.

        Returns one value, or a tuple when the endpoint has several outputs. Raises
        `AppError` with the app's message when the function fails.
        """
        return self.submit(
            *args, api_name=api_name, fn_index=fn_index, headers=headers, **kwargs
        ).result()

    def submit(
        self,
        *args: Any,
        api_name: str | None = None,
        fn_index: int | None = None,
        headers: dict[str, str] | None = None,
        result_callbacks: Callable[..., Any] | list[Callable[..., Any]] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Start a call in the background and return its `Job` at once.

        Parameters:
            *args: the endpoint's parameters, in order.
            api_name: which endpoint, e.g. `"/predict"`.
            fn_index: which endpoint, by dependency id.
            headers: extra headers for this call.
            result_callbacks: called with the result (unpacked when it is a tuple).
            **kwargs: parameters by name.
        """
        endpoint = find_endpoint(self.endpoints, api_name, fn_index)
        data = endpoint.build_data(args, kwargs)
        call = Call(
            http=self._http,
            api_url=self.api_url,
            endpoint=endpoint,
            stream=self._stream,
            files=self._files,
            download_dir=self.download_files,
            headers=headers or {},
            relogin=self._login if self._auth is not None else None,
            diffs=self.protocol != "sse_v1",
        )
        callbacks = [result_callbacks] if callable(result_callbacks) else result_callbacks or []
        call.job.add_done_callback(lambda job: _run_callbacks(job, callbacks))
        self.executor.submit(call.run, data)
        return call.job

    def view_api(
        self,
        all_endpoints: bool | None = None,
        print_info: bool = True,
        return_format: Literal["dict", "str"] | None = None,
    ) -> dict[str, Any] | str | None:
        """Show how to call the app: each endpoint with its parameters and return values.

        Parameters:
            all_endpoints: also list unnamed endpoints.
            print_info: print the description.
            return_format: `"dict"` for the API info as a dict, `"str"` for the text.
        """
        info = public_info(self._info)
        text = render_info(info, all_endpoints)
        if print_info:
            print(text)
        if return_format == "dict":
            return info
        if return_format == "str":
            return text
        return None

    def reset_session(self) -> None:
        """Start a new session: State values start over (running jobs finish in the old one)."""
        with self._lock:
            self.session_hash = str(uuid.uuid4())
            self._stream = self._new_stream()

    def close(self) -> None:
        """Stop the heartbeat and background work, and close connections."""
        if self._heartbeat is not None:
            self._heartbeat.stop()
        for stream in self._streams:
            stream.close()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return str(self.view_api(print_info=False, return_format="str"))

    def __str__(self) -> str:
        return self.__repr__()

    @staticmethod
    def duplicate(
        from_id: str,
        to_id: str | None = None,
        token: str | None = None,
        private: bool = True,
        hardware: str | None = None,
        secrets: dict[str, str] | None = None,
        sleep_timeout: int = 5,
        max_workers: int = 40,
        verbose: bool = True,
    ) -> Client:
        """Not available: duplicating a Space needs Hugging Face (same parameters as
        `gradio_client`, so calling code fails with this clear message, not a TypeError).
        """
        raise HuggingFaceOnlyError(HF_ONLY.format(what=f"Client.duplicate({from_id!r})"))

    def deploy_discord(self, *args: Any, **kwargs: Any) -> None:
        """Not available: Discord bots were deployed through Hugging Face Spaces."""
        raise HuggingFaceOnlyError(HF_ONLY.format(what="Client.deploy_discord()"))

    def add_zero_gpu_headers(self, headers: dict[str, str]) -> dict[str, str]:
        """Returns `headers` unchanged: ZeroGPU quotas only exist on Hugging Face."""
        return headers

    def _new_http(self) -> httpx.Client:
        kwargs: dict[str, Any] = {"timeout": DEFAULT_TIMEOUT, **self.httpx_kwargs}
        client = httpx.Client(headers=self.headers, verify=self.ssl_verify, **kwargs)
        return client

    def _new_stream(self) -> SessionStream:
        self._streams.append(
            SessionStream(
                self._http, self.api_url + "queue/data", self.session_hash, STREAM_SILENCE
            )
        )
        return self._streams[-1]

    def _login(self) -> None:
        assert self._auth is not None
        self.cookies.update(login(self._http, self.src, self._auth))
        self._apply_cookies()

    def _apply_cookies(self) -> None:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        self.headers["cookie"] = cookie
        self._http.headers["cookie"] = cookie


def _default_headers(token: str | None, extra: dict[str, str] | None) -> dict[str, str]:
    headers = {
        "user-agent": f"gradio_client/{__version__}; python/{platform.python_version()}",
    }
    if token:
        headers["x-hf-authorization"] = f"Bearer {token}"
    headers.update(extra or {})
    return headers


def _run_callbacks(job: Future[Any], callbacks: list[Callable[..., Any]]) -> None:
    if job.cancelled() or job.exception() is not None:
        return
    result = job.result()
    for callback in callbacks:
        if isinstance(result, tuple):
            callback(*result)
        else:
            callback(result)


__all__ = ["DEFAULT_TEMP_DIR", "SUPPORTED_PROTOCOLS", "Client"]
