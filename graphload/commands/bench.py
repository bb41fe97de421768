"""The ``graphload bench`` group: benchmarks run on demand, never in unit tests."""

from __future__ import annotations

import click


@click.group()
def bench() -> None:
    """Benchmarks: speed and memory figures measured on this machine.

    \b
    Example:
        graphload bench corpus --docs 1000 -o /tmp/corpus
    """


def register(group: click.Group) -> None:
    """Add the bench group (its subcommands are added by other modules)."""
    group.add_command(bench)
