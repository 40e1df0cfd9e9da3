"""The `kurils` command: `kurils run` executes the notebooks, `kurils list` shows them and their
parameters. Parses arguments and prints messages; the work is done by `kurils.runner`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kurils import config
from kurils.parameters import RESERVED, notebook_parameters
from kurils.runner import RunError, list_notebooks, run

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kurils",
        description="News coverage of the Japan-Russia peace-treaty talks: run the analyses.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="execute the notebooks into an outputs folder")
    run_cmd.add_argument(
        "--corpus",
        type=Path,
        default=config.SEEDS_DIR,
        help="folder of .txt/.html articles or a .csv/.jsonl/.parquet table (default: %(default)s)",
    )
    run_cmd.add_argument(
        "--out",
        type=Path,
        default=config.OUTPUTS_DIR,
        help="outputs folder, replaced only when every notebook succeeds (default: %(default)s)",
    )
    run_cmd.add_argument("--only", nargs="+", metavar="NAME", help="run only these notebooks")
    run_cmd.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("KEY", "VALUE"),
        help="a notebook parameter (repeatable)",
    )
    run_cmd.add_argument(
        "--params",
        type=Path,
        metavar="FILE.yaml",
        help="notebook parameters from a YAML mapping (-p values win)",
    )
    run_cmd.add_argument("--jobs", type=int, help="notebooks run at once (default: cores)")
    run_cmd.add_argument(
        "--force", action="store_true", help="run notebooks even when their inputs are unchanged"
    )
    run_cmd.add_argument(
        "--dask",
        metavar="SCHEDULER|local",
        help="run the analyses on Dask: a scheduler address (tcp://host:8786) or 'local'",
    )
    run_cmd.add_argument(
        "-v", "--verbose", action="store_true", help="show each notebook's progress cell by cell"
    )
    commands.add_parser("list", help="list the notebooks and their parameters")
    return parser


def _read_params(path: Path | None) -> dict:
    if path is None:
        return {}
    import yaml

    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise RunError(f"{path}: cannot read parameters ({error})") from None
    if not isinstance(values, dict):
        raise RunError(f"{path}: parameters must be a YAML mapping of name: value")
    return values


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kurils` console script; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "list":
        for notebook in list_notebooks():
            print(notebook.stem)
            for name, default in notebook_parameters(notebook).items():
                if name not in RESERVED:
                    print(f"    {name} = {default!r}")
        return 0
    try:
        parameters = {**_read_params(args.params), **dict(args.parameter)}
        result = run(
            args.corpus,
            args.out,
            only=args.only,
            parameters=parameters,
            jobs=args.jobs,
            force=args.force,
            verbose=args.verbose,
            dask=args.dask,
            log=lambda message: print(message, file=sys.stderr),
        )
    except RunError as error:
        print(f"kurils: {error}", file=sys.stderr)
        return 1
    ran = ", ".join(f"{n} {s:.1f} s" for n, s in result.seconds.items()) or "nothing"
    print(f"ran: {ran}; skipped: {', '.join(result.skipped) or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
