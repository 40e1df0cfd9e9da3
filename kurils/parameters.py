"""Notebook parameters: read from each notebook's `parameters` cell, checked and typed before
any kernel starts, so a wrong name or value fails fast with a message that names it."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

__all__ = ["RESERVED", "ParameterError", "check_parameters", "notebook_parameters"]

# Set by the runner itself (absolute paths, the Dask scheduler of `kurils run --dask`).
RESERVED = ("corpus_dir", "output_dir", "dask")


class ParameterError(ValueError):
    """A parameter no notebook declares, or a value of the wrong type."""


def notebook_parameters(notebook: Path) -> dict[str, Any]:
    """The parameters a notebook declares and their default values, in cell order."""
    import papermill

    inspected = papermill.inspect_notebook(str(notebook))
    defaults = {}
    for name, info in inspected.items():
        try:
            defaults[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            defaults[name] = info["default"]
    return defaults


def _coerce(value: Any, default: Any, where: str) -> Any:
    """`value` (a command-line string, or a YAML value) as the type of `default`."""
    expected = type(default)
    if default is None:
        return value.isoformat() if isinstance(value, dt.date) else value
    if isinstance(value, str) and expected is not str:
        import yaml

        with contextlib.suppress(yaml.YAMLError):
            value = yaml.safe_load(value)
        if expected is list and isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, dt.date) and expected is str:
        return value.isoformat()
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if type(value) is not expected:
        name = {
            str: "a string",
            int: "an integer",
            float: "a number",
            bool: "true or false",
            list: "a list",
        }.get(expected, expected.__name__)
        raise ParameterError(f"{where} expects {name} (default {default!r}), got {value!r}")
    return value


def check_parameters(notebooks: list[Path], given: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Check `given` against the notebooks' parameters cells; return each notebook's effective
    parameters (its defaults, overridden by the given values it declares, typed like the
    defaults; the reserved corpus_dir and output_dir are left to the runner).

    Raises
    ------
    ParameterError
        For a reserved name, a name no notebook declares (listing what they take), or a value
        that cannot be read as the type of the notebook's default.
    """
    declared = {notebook.stem: notebook_parameters(notebook) for notebook in notebooks}
    for name in given:
        if name in RESERVED:
            raise ParameterError(
                f"parameter {name} is set by the runner: use --corpus / --out / --dask"
            )
        if not any(name in params for params in declared.values()):
            takes = sorted({p for params in declared.values() for p in params} - set(RESERVED))
            raise ParameterError(
                f"unknown parameter {name!r}: no notebook of "
                f"{', '.join(declared)} declares it (they take: {', '.join(takes)})"
            )
    effective = {}
    for stem, params in declared.items():
        values = {name: default for name, default in params.items() if name not in RESERVED}
        for name, value in given.items():
            if name in params:
                values[name] = _coerce(value, params[name], f"notebook {stem}: parameter {name}")
        effective[stem] = values
    return effective
