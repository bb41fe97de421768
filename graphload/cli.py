"""The click command line: a thin layer that parses, calls the library, renders."""

from __future__ import annotations

import importlib

import click

from . import __version__

# Each module in graphload/commands/ defines ``register(group)`` adding its commands.
COMMAND_MODULES = [
    "core",
    "bench",
    "neo4j",
    "analysis",
    "scale",
    "html",
    "kb",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="graphload")
def cli() -> None:
    """Turn folders of diplomatic news into a knowledge graph.

    \b
    Example:
        graphload build data/seeds -o out
    """


for _name in COMMAND_MODULES:
    importlib.import_module(f"graphload.commands.{_name}").register(cli)


def main() -> None:
    """Console-script entry point."""
    cli()
