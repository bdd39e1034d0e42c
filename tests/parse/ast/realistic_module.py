#!/usr/bin/env python3
"""A small module in ordinary style."""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from typing import Iterable, Optional

__all__ = ["Counter", "main"]

DEFAULT_NAME = "world"


class Counter:
    """Counts words."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.counts: dict[str, int] = defaultdict(int)
        for word in words:
            self.add(word)

    def add(self, word: str, n: int = 1) -> None:
        if not word:
            raise ValueError("empty word")
        self.counts[word.lower()] += n

    def most_common(self, k: Optional[int] = None) -> list[tuple[str, int]]:
        items = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if k is None else items[:k]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self.counts)!r})"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    c = Counter()
    for path in argv:
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    for w in line.split():
                        c.add(w.strip(".,;:!?"))
        except OSError as e:
            print(f"{path}: {e.strerror}", file=sys.stderr)
            return 1
    for word, n in c.most_common(10):
        print(f"{word:>20} {n:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
