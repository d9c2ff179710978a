"""Errors raised by the client.

```
Exception
├── ValueError
│   ├── AppError                 the app's function failed (gr.Error or another exception)
│   ├── AuthenticationError      missing or refused credentials
│   ├── ValidationError          the app's validator refused the inputs
│   ├── SerializationSetupError  kept for compatibility; never raised here
│   └── NotGradioAppError        the URL answered, but not as a Gradio app
├── ConnectionError
│   ├── ServerUnreachableError   nothing listens at the URL
│   └── ConnectionLostError      the server went away (or forgot the session) mid-job
└── NotImplementedError
    └── HuggingFaceOnlyError     a Hugging Face-only feature (Spaces, duplicate, Discord)
```
"""

from __future__ import annotations


class SerializationSetupError(ValueError):
    """Kept for compatibility with `gradio_client`; this client never raises it."""


class AuthenticationError(ValueError):
    """The app requires a login and none was given, or the credentials were refused."""


class ValidationError(ValueError):
    """The app's validator refused the submitted values."""


class AppError(ValueError):
    """The app's function raised an error for the submitted values.

    Parameters:
        message: the error message the server sent (`gr.Error`'s message).
        duration: seconds the app asked the message to be shown for.
        visible: whether the app asked for the message to be shown.
        title: the title of the error (`"Error"` unless the app chose another).
        print_exception: kept for compatibility with `gradio_client`.
    """

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ) -> None:
        super().__init__(message)
        self.message = message
        """The error message sent by the server."""
        self.duration = duration
        """How long the app wanted the message shown, in seconds (None: until closed)."""
        self.visible = visible
        """Whether the app wanted the message shown."""
        self.title = title
        """Title of the error."""
        self.print_exception = print_exception
        """Kept for compatibility with `gradio_client`."""


class NotGradioAppError(ValueError):
    """The URL answered, but what it served is not a Gradio app's configuration."""


class ServerUnreachableError(ConnectionError):
    """Nothing answered at the URL (refused, unresolvable or timed out)."""


class ConnectionLostError(ConnectionError):
    """The connection to the server broke, or the server forgot this session, mid-job."""


class HuggingFaceOnlyError(NotImplementedError):
    """A feature that only exists on Hugging Face (Spaces, duplication, Discord bots)."""
