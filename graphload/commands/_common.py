"""Shared helpers for the click commands: error translation and consoles."""

from __future__ import annotations

import contextlib
import functools

import click
from rich.console import Console

from ..errors import GraphloadError

err_console = Console(stderr=True)
out_console = Console()


def handle_errors(func):
    """Turn library errors into ClickException (one clean line, exit 1)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except GraphloadError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


@contextlib.contextmanager
def progress_bar():
    """A rich progress bar on stderr, yielding a ``progress(stage, done, total)`` callback."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
