"""Every Cypher statement graphload sends to Neo4j, in one place.

Values only ever travel as ``$parameters``. Labels and relationship types are
the only names interpolated into statement text, and each one is checked
against the closed lists of :mod:`graphload.models` first, so no data from a
graph file can reach the text of a statement.

Statements use Cypher 5 as understood by Neo4j 5.26 LTS (``CALL (x) {...}``
needs 5.23 or later).

>>> node_merge("Person")
'UNWIND $rows AS row MERGE (n:Entity:Person {id: row.id}) SET n += row.props'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError, GraphFormatError
from .models import ALL_LABELS, ENTITY_LABELS, REL_TYPES

ENTITY = "Entity"
DOCUMENT = "Document"
#: Every label graphload writes; wipe and pull touch nothing else.
GRAPHLOAD_LABELS: tuple[str, ...] = (ENTITY, *ALL_LABELS)


def check_label(label: str) -> str:
    """Return ``label`` if it is one of the model's labels, else raise GraphFormatError."""
    if label not in GRAPHLOAD_LABELS:
        raise GraphFormatError(f"label {label!r} is not one of the model's labels {GRAPHLOAD_LABELS}; "
                               "fix the graph file or regenerate it with graphload")
    return label


def check_type(rel_type: str) -> str:
    """Return ``rel_type`` if it is one of the model's relationship types, else raise GraphFormatError."""
    if rel_type not in REL_TYPES:
        raise GraphFormatError(f"relationship type {rel_type!r} is not one of the model's types {REL_TYPES}; "
                               "fix the graph file or regenerate it with graphload")
    return rel_type


# ---------------------------------------------------------------- schema

def constraint_statements() -> list[str]:
    """Uniqueness constraints on ``id`` for ``Entity`` and every model label."""
    return [
        f"CREATE CONSTRAINT graphload_{label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{check_label(label)}) REQUIRE n.id IS UNIQUE"
        for label in GRAPHLOAD_LABELS
    ]


def index_statements() -> list[str]:
    """Lookup indexes: names and dates of nodes, ``doc`` and ``key`` of every relationship type."""
    out = [
        "CREATE INDEX graphload_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
        "CREATE INDEX graphload_document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
    ]
    for rel_type in REL_TYPES:
        low = check_type(rel_type).lower()
        out.append(f"CREATE INDEX graphload_{low}_doc IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.doc)")
        out.append(f"CREATE INDEX graphload_{low}_key IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.key)")
    return out


def schema_statements() -> list[str]:
    """Constraints first, then indexes: everything ``graphload load`` runs before loading."""
    return constraint_statements() + index_statements()


# ---------------------------------------------------------------- load

def node_pattern(label: str) -> str:
    """The node pattern a label is merged with: ``n:Entity:Person`` or ``n:Document``."""
    check_label(label)
    if label == DOCUMENT:
        return "n:Document"
    if label not in ENTITY_LABELS:
        raise GraphFormatError(f"label {label!r} cannot be loaded as a node kind; use one of {ALL_LABELS}")
    return f"n:Entity:{label}"


def node_merge(label: str, rows: str = "$rows") -> str:
    """``UNWIND rows MERGE`` of one label's nodes; ``rows`` is ``$rows`` or a literal list.

    Each row is ``{id: ..., props: {...}}``.
    """
    return f"UNWIND {rows} AS row MERGE ({node_pattern(label)} {{id: row.id}}) SET n += row.props"


def rel_merge(rel_type: str, rows: str = "$rows") -> str:
    """``UNWIND rows MERGE`` of one type's relationships, keyed on the ``key`` property.

    Each row is ``{from: ..., to: ..., key: ..., props: {...}}``; MENTIONS start at a Document.
    """
    start = "Document" if check_type(rel_type) == "MENTIONS" else "Entity"
    return (f"UNWIND {rows} AS row MATCH (a:{start} {{id: row.from}}) MATCH (b:Entity {{id: row.to}}) "
            f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) SET r += row.props")


@lru_cache(maxsize=None)
def load_templates() -> dict[tuple[str, str], str]:
    """Every load statement, built once: ``("node", label)`` and ``("rel", type)`` keys."""
    out: dict[tuple[str, str], str] = {("node", label): node_merge(label) for label in ALL_LABELS}
    out.update({("rel", t): rel_merge(t) for t in REL_TYPES})
    return out


# ---------------------------------------------------------------- delete (auto-commit only)

def _type_union() -> str:
    return "|".join(check_type(t) for t in REL_TYPES)


#: Detach-delete every node carrying a graphload label, $batch rows per transaction.
WIPE = "MATCH (n:Entity|Document) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS"

#: Relationships read from documents outside $keep (a list of Document ids).
SYNC_DELETE_RELS = (f"MATCH ()-[r:{_type_union()}]->() WHERE r.doc IS NOT NULL AND NOT r.doc IN $keep "
                    "CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS")
#: Documents outside $keep, with whatever relationships they still have.
SYNC_DELETE_DOCS = ("MATCH (d:Document) WHERE NOT d.id IN $keep "
                    "CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF $batch ROWS")
#: Entities left with no relationship at all.
SYNC_DELETE_ORPHANS = ("MATCH (n:Entity) WHERE NOT EXISTS { (n)--() } "
                       "CALL (n) { DELETE n } IN TRANSACTIONS OF $batch ROWS")
SYNC_DELETE = (SYNC_DELETE_RELS, SYNC_DELETE_DOCS, SYNC_DELETE_ORPHANS)
#: Remove the synthetic nodes ``graphload bench neo4j`` marked with ``bench: true``.
BENCH_CLEANUP = ("MATCH (n:Entity|Document) WHERE n.bench = true "
                 "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS")


def in_transactions(statement: str) -> bool:
    """True if the statement batches itself and so must run in an auto-commit session."""
    return "IN TRANSACTIONS" in statement.upper()


# ---------------------------------------------------------------- read

#: One page of nodes of a label, in id order after $after (keyset paging on the id constraint).
PULL_NODES = {
    label: (f"MATCH (n:{check_label(label)}) WHERE n.id > $after "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit")
    for label in (ENTITY, DOCUMENT)
}

#: One page of relationships of a type after the cursor ($after, $after_from, $after_to), in
#: (key, start id, end id) order: keys are unique only per pair of nodes (MENTIONS|doc).
PULL_RELS = {
    t: (f"MATCH (a)-[r:{check_type(t)}]->(b) WHERE r.key >= $after "
        "AND (r.key > $after OR a.id > $after_from OR (a.id = $after_from AND b.id > $after_to)) "
        "RETURN a.id AS source, b.id AS target, r.key AS key, properties(r) AS props "
        "ORDER BY key, source, target LIMIT $limit")
    for t in REL_TYPES
}

COUNT_NODES = "MATCH (n:Entity|Document) RETURN count(n) AS nodes"
COUNT_RELS = f"MATCH ()-[r:{_type_union()}]->() RETURN count(r) AS relationships"
PING = "RETURN 1 AS ok"


def all_statements() -> dict[str, str]:
    """Every fixed statement and template, by a readable name (for the lint tests)."""
    out = {f"schema {i}": s for i, s in enumerate(schema_statements())}
    out.update({f"load {kind} {name}": s for (kind, name), s in load_templates().items()})
    out["wipe"] = WIPE
    out["bench cleanup"] = BENCH_CLEANUP
    out.update({f"sync {i}": s for i, s in enumerate(SYNC_DELETE)})
    out.update({f"pull nodes {k}": s for k, s in PULL_NODES.items()})
    out.update({f"pull rels {k}": s for k, s in PULL_RELS.items()})
    out.update({"count nodes": COUNT_NODES, "count rels": COUNT_RELS, "ping": PING})
    return out


#: The parameter names the statements above use.
PARAMETERS = ("rows", "batch", "keep", "after", "after_from", "after_to", "limit")


# ---------------------------------------------------------------- curated query files (cypher/queries)

#: The curated queries shipped in the repository's cypher/queries folder.
QUERIES_DIR = Path(__file__).resolve().parent.parent / "cypher" / "queries"
_PARAM = re.compile(r"^//\s*Param\s+\$(\w+)\s*=\s*('[^']*'|-?\d+(?:\.\d+)?)\s*(?::\s*(.*))?$")


@dataclass
class QueryFile:
    """One curated query: its statement and the header (title, description, parameters with examples)."""

    path: Path
    title: str
    description: str
    params: dict[str, object]
    param_help: dict[str, str]
    text: str

    @property
    def name(self) -> str:
        """Short name: the file stem without its number, ``who_met_whom``."""
        return re.sub(r"^\d+_", "", self.path.stem)


def _literal(text: str):
    if text.startswith("'"):
        return text[1:-1]
    return float(text) if "." in text else int(text)


def parse_query_file(path: str | Path) -> QueryFile:
    """Read a query file and its ``// Title:``, ``// Description:``, ``// Param $x = example : help`` header."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read query file ({exc}); pass a .cypher file or a name from --list")
    title, description, params, helps = path.stem, "", {}, {}
    for line in text.splitlines():
        line = line.strip()
        if m := re.match(r"^//\s*Title:\s*(.*)$", line):
            title = m.group(1).strip()
        elif m := re.match(r"^//\s*Description:\s*(.*)$", line):
            description = m.group(1).strip()
        elif m := _PARAM.match(line):
            params[m.group(1)] = _literal(m.group(2))
            helps[m.group(1)] = (m.group(3) or "").strip()
    return QueryFile(path, title, description, params, helps, text)


def list_query_files(directory: str | Path | None = None) -> list[QueryFile]:
    """Every ``*.cypher`` query in ``directory`` (default: cypher/queries), in file-name order."""
    directory = Path(directory or QUERIES_DIR)
    if not directory.is_dir():
        raise ConfigError(f"{directory}: no such query folder; run from a graphload checkout or pass --queries-dir")
    return [parse_query_file(p) for p in sorted(directory.glob("*.cypher"))]


def find_query_file(name_or_path: str, directory: str | Path | None = None) -> QueryFile:
    """A query by path, by file stem (``01_who_met_whom``) or by short name (``who_met_whom``)."""
    path = Path(name_or_path)
    if path.suffix == ".cypher" or path.is_file():
        return parse_query_file(path)
    for qf in list_query_files(directory):
        if name_or_path in (qf.name, qf.path.stem):
            return qf
    raise ConfigError(f"no query named {name_or_path!r}; see `graphload query --list` or pass a .cypher file")


def coerce_param(value: str, example: object = "") -> object:
    """A ``--param`` string as the type of the header's example value (int, float or string).

    >>> coerce_param("10", 5), coerce_param("2010", "2024")
    (10, '2010')
    """
    if isinstance(example, (int, float)) and not isinstance(example, bool):
        try:
            return type(example)(value)
        except ValueError:
            raise ConfigError(f"parameter value {value!r} is not a number like the example {example!r}") from None
    return value
