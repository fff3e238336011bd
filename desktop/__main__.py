"""Entry point: ``python -m desktop`` opens the client; subcommands do the same work headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.commands import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
