"""Errors raised by radiogram and by user code running inside an event.

```
Exception
 ├── Error                      raised by user code: shown in the page as a toast
 ├── InvalidBlockError          a block used where it cannot be (e.g. outside Blocks)
 │    └── DuplicateBlockError   the same block rendered twice in one app
 ├── InvalidComponentError      an unknown component name in `Interface(inputs="...")`
 └── ValueError
      └── InvalidValueError     an impossible constructor value (names component and argument)
```

`gr.Error` is the only one meant to be raised by users: the queue sends its message to
the page (protocol §6.5) regardless of `show_error`. The others signal programming
mistakes while building an app and carry enough context to fix them.
"""

from __future__ import annotations


class Error(Exception):
    """An error whose message is shown to the person using the app.

    Parameters:
        message: the text shown in the error toast.
        duration: seconds the toast stays visible; `None` keeps it until closed.
        visible: whether the toast is shown at all.
        title: the toast heading.
        print_exception: whether the server also prints the traceback.
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
        """The text shown in the error toast."""
        self.duration = duration
        """Seconds the toast stays visible (`None`: until closed)."""
        self.visible = visible
        """Whether the toast is shown."""
        self.title = title
        """The toast heading."""
        self.print_exception = print_exception
        """Whether the server prints the traceback too."""

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class InvalidBlockError(Exception):
    """A block was used where it cannot be, e.g. an event registered outside `gr.Blocks`."""


class DuplicateBlockError(InvalidBlockError):
    """The same block was rendered twice in one app."""


class InvalidComponentError(ValueError):
    """A component shortcut string such as `Interface(inputs="txt")` names no component."""


class InvalidValueError(ValueError):
    """An impossible constructor value.

    Parameters:
        component: the component class name, e.g. `"Slider"`.
        argument: the constructor argument that is wrong, e.g. `"minimum"`.
        problem: what is wrong, in a short sentence.
    """

    def __init__(self, component: str, argument: str, problem: str) -> None:
        super().__init__(f"{component}: invalid `{argument}`: {problem}")
        self.component = component
        """The component class name."""
        self.argument = argument
        """The offending constructor argument."""
        self.problem = problem
        """What is wrong with it."""
