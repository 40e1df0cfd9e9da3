"""The `kurils` command: `kurils run` executes the notebooks, `kurils list` shows them.

Parses arguments and prints messages; the work is done by `kurils.runner`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kurils import config
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
        help="folder of .txt articles or a .csv/.jsonl/.parquet table (default: %(default)s)",
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
    run_cmd.add_argument("--jobs", type=int, help="notebooks run at once (default: cores)")
    commands.add_parser("list", help="list the notebooks")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kurils` console script; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "list":
        for notebook in list_notebooks():
            print(notebook.stem)
        return 0
    try:
        run(
            args.corpus,
            args.out,
            only=args.only,
            parameters=dict(args.parameter),
            jobs=args.jobs,
            log=lambda message: print(message, file=sys.stderr),
        )
    except RunError as error:
        print(f"kurils: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
