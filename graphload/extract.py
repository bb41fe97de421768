"""Extraction of one document: entities, mentions and relations (interim: entities only, to be replaced)."""

from __future__ import annotations

from dataclasses import dataclass

from .models import DocResult, Document

EXTRACTOR_VERSION = "0"


@dataclass
class ExtractSettings:
    """Options of the extractor."""

    relations: bool = True
    model: str | None = None  # optional spaCy pipeline name for extra recall


class Extractor:
    """Turn a Document into a DocResult (interim placeholder returning no entities)."""

    def __init__(self, settings: ExtractSettings | None = None):
        self.settings = settings or ExtractSettings()
        self.version = EXTRACTOR_VERSION

    def extract(self, doc: Document) -> DocResult:
        """Extract entities and relations from one document."""
        return DocResult(document=doc)
