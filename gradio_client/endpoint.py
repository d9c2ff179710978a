"""One callable dependency of an app: how to turn a call's arguments into `data`, and
the `data` of a result back into what `predict` returns. Pure, built from the config
(`GET /config`) and the API info (`GET P/info`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STATEFUL_TYPES = frozenset({"state", "browserstate"})
"""Component types whose value lives on the server: sent as null, stripped from results."""

_NO_VALUE = object()


@dataclass(kw_only=True, slots=True)
class Endpoint:
    """A dependency the client can call."""

    fn_index: int
    """The dependency's id, used on the wire as `fn_index`."""
    api_name: str | None
    """`"/" + api_name`, or None when the dependency has no name."""
    visibility: str
    """`"public"`, `"undocumented"` or `"private"`."""
    parameters: list[dict[str, Any]] | None
    """The `parameters` of the API info, when the endpoint is listed there."""
    input_is_api: list[bool]
    """Per dependency input: True when the caller supplies it (False for State & co.)."""
    output_is_api: list[bool]
    """Per dependency output: True when it is part of the result (False for State & co.)."""
    backend_fn: bool
    """False for front-end-only listeners, which the server cannot run."""

    def build_data(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
        """The `data` list of a join: arguments placed, defaults filled, State as null.

        Parameters:
            args: positional arguments of `predict`/`submit`.
            kwargs: keyword arguments, by `parameter_name`.
        """
        values = _place_arguments(self.parameters, args, kwargs)
        data: list[Any] = []
        supplied = iter(values)
        for is_api in self.input_is_api:
            data.append(next(supplied, None) if is_api else None)
        data.extend(supplied)  # more values than inputs: let the server judge them
        return data

    def present(self, data: list[Any]) -> Any:
        """What `predict` returns for an output `data` list: State stripped; one value
        alone, several as a tuple.

        Parameters:
            data: `output.data` of a result, aligned with the dependency's outputs.
        """
        kept = [
            value
            for index, value in enumerate(data)
            if index >= len(self.output_is_api) or self.output_is_api[index]
        ]
        if len(kept) == 1:
            return kept[0]
        return tuple(kept)


def endpoints_from_config(config: dict[str, Any], info: dict[str, Any]) -> dict[int, Endpoint]:
    """Every dependency of an app as an `Endpoint`, keyed by `fn_index`.

    Parameters:
        config: the app's config.
        info: the app's API info.
    """
    components = {c["id"]: c for c in config.get("components", [])}
    named = info.get("named_endpoints", {})
    endpoints: dict[int, Endpoint] = {}
    for index, dep in enumerate(config.get("dependencies", [])):
        fn_index = dep.get("id", index)
        raw_name = dep.get("api_name")
        api_name = "/" + raw_name if isinstance(raw_name, str) and raw_name else None
        endpoint_info = named.get(api_name) if api_name else None
        endpoints[fn_index] = Endpoint(
            fn_index=fn_index,
            api_name=api_name,
            visibility=dep.get("api_visibility") or "public",
            parameters=endpoint_info["parameters"] if endpoint_info else None,
            input_is_api=[_is_api(components.get(i)) for i in dep.get("inputs", [])],
            output_is_api=[_is_api(components.get(i)) for i in dep.get("outputs", [])],
            backend_fn=dep.get("backend_fn", True),
        )
    return endpoints


def find_endpoint(
    endpoints: dict[int, Endpoint], api_name: str | None, fn_index: int | None
) -> Endpoint:
    """The endpoint a call names, by `api_name`, else `fn_index`, else the only public one.

    Parameters:
        endpoints: all endpoints of the app.
        api_name: e.g. `"/predict"` (with the leading slash).
        fn_index: a dependency id.
    """
    if api_name is not None:
        for endpoint in endpoints.values():
            if endpoint.api_name == api_name and endpoint.visibility != "private":
                return endpoint
        hint = "" if api_name.startswith("/") else " Did you mean to use a leading slash?"
        raise ValueError(f"Cannot find a function with `api_name`: {api_name}.{hint}")
    if fn_index is not None:
        if fn_index not in endpoints or not endpoints[fn_index].backend_fn:
            raise ValueError(f"Invalid function index: {fn_index}.")
        return endpoints[fn_index]
    public = [
        e
        for e in endpoints.values()
        if e.api_name is not None and e.backend_fn and e.visibility == "public"
    ]
    if len(public) == 1:
        return public[0]
    raise ValueError(
        "This Gradio app might have multiple endpoints. Please specify an `api_name` or `fn_index`"
    )


def _is_api(component: dict[str, Any] | None) -> bool:
    if component is None:
        return True
    if component.get("type") in STATEFUL_TYPES:
        return False
    return not component.get("skip_api", False)


def _place_arguments(
    parameters: list[dict[str, Any]] | None, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[Any]:
    if parameters is None:
        if kwargs:
            raise ValueError(
                "This endpoint does not support key-word arguments Please click on "
                "'view API' in the footer of the Gradio app to see usage."
            )
        return list(args)
    values: list[Any] = list(args) + [_NO_VALUE] * max(0, len(parameters) - len(args))
    positions: dict[str, int] = {}
    for index, parameter in enumerate(parameters):
        name = parameter.get("parameter_name")
        if name:
            positions[name] = index
        if values[index] is _NO_VALUE and parameter.get("parameter_has_default", False):
            values[index] = parameter.get("parameter_default")
    for key, value in kwargs.items():
        if key not in positions:
            raise TypeError(
                f"Parameter `{key}` is not a valid key-word argument. Please click on "
                "'view API' in the footer of the Gradio app to see usage."
            )
        if positions[key] < len(args):
            raise TypeError(
                f"Parameter `{key}` is already set as a positional argument. Please click "
                "on 'view API' in the footer of the Gradio app to see usage."
            )
        values[positions[key]] = value
    for index, value in enumerate(values):
        if value is _NO_VALUE:
            name = parameters[index].get("parameter_name") or f"argument {index}"
            raise TypeError(f"No value provided for required argument: {name}")
    return values
