"""The exception hierarchy: one root, a few precise children, each saying how to fix."""


class GraphloadError(Exception):
    """Root of every error graphload raises on purpose."""


class InputError(GraphloadError):
    """A file or path could not be read as a document."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class GraphFormatError(GraphloadError):
    """A graph file is not the node-link JSON graphload writes."""


class KnowledgeBaseError(GraphloadError):
    """A knowledge-base or lexicon file in data/ is malformed."""


class DatabaseError(GraphloadError):
    """Neo4j could not be reached, refused the credentials, or failed a statement."""


class ConfigError(GraphloadError):
    """A setting or option has a value graphload cannot use."""
