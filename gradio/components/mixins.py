"""Behaviour shared by a few components, as small named mixins."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gradio.exceptions import Error, InvalidValueError

Choice = str | int | float | tuple[str, str | int | float]


class HasChoices:
    """Components that pick from `choices` (Dropdown, Radio): `[label, value]` pairs."""

    choices: list[tuple[str, Any]]
    type: str

    @staticmethod
    def normalize_choices(choices: Sequence[Choice] | None) -> list[tuple[str, Any]]:
        """`["a", ("Label", 2)]` → `[("a", "a"), ("Label", 2)]`."""
        pairs: list[tuple[str, Any]] = []
        for choice in choices or []:
            if isinstance(choice, (tuple, list)):
                pairs.append((str(choice[0]), choice[1]))
            else:
                pairs.append((str(choice), choice))
        return pairs

    @property
    def choice_values(self) -> list[Any]:
        """The values of the choices, in order."""
        return [value for _, value in self.choices]

    def check_type(self, component: str) -> None:
        """`type` must be `"value"` or `"index"`."""
        if self.type not in ("value", "index"):
            raise InvalidValueError(component, "type", f"{self.type!r} is not 'value' or 'index'")

    def choice_to_python(
        self, value: Any, component: str, allow_custom: bool, *, plain: bool = False
    ) -> Any:
        """One chosen value as the user's function receives it (`type="index"`: its index).

        A value that is not a choice is refused with Gradio's message, e.g.
        ``Value: 'x' (type: <class 'str'>) is not in the list of choices: ['a']``, or with
        `plain` (a single-choice Dropdown): ``Value: x is not in the list of choices: ['a']``.
        """
        values = self.choice_values
        if value not in values:
            if allow_custom and self.type == "value":
                return value
            shown = f"{value}" if plain else f"{value!r} (type: {type(value)})"
            raise Error(f"Value: {shown} is not in the list of choices: {values}")
        return values.index(value) if self.type == "index" else value

    def choices_config(self) -> list[list[Any]]:
        """Choices as the config sends them: `[[label, value], ...]`."""
        return [[label, value] for label, value in self.choices]
