"""Shared helpers for the click commands: error translation and consoles."""

from __future__ import annotations

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
