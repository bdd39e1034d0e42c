"""A module."""
import os
from sys import (argv,
                 path)


def main(args: list[str]) -> int:
    """Entry point."""
    total = 0
    for i, a in enumerate(args):  # count
        if a.startswith("-"):
            continue
        total += len(a) ** 2
    return total


if __name__ == "__main__":
    raise SystemExit(main(argv[1:]))
