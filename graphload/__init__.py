"""graphload: diplomatic news and press releases to a knowledge graph."""

__version__ = "0.1.0"
