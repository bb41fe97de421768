"""Export a graph without a live server: a Cypher script, or CSV files for ``neo4j-admin``.

The script holds the schema statements and then the same ``UNWIND ... MERGE``
statements ``graphload load`` sends, with the rows written as Cypher literals
(:func:`cypher_literal`) instead of ``$rows``; it runs in cypher-shell
(``cypher-shell -f load.cypher``) or pasted into Neo4j Browser.
"""

from __future__ import annotations

import csv
import math
import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from . import neo4j_queries as q
from .errors import ConfigError, GraphFormatError
from .neo4j_load import LoadRows, batches, graph_rows

_SIMPLE_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _escape_char(ch: str, ascii_only: bool) -> str:
    if ch in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[ch]
    code = ord(ch)
    printable = code < 0x7F and ch.isprintable() or (
        code >= 0x7F and not ascii_only and unicodedata.category(ch)[0] not in "CZ")
    if printable or ch == " ":
        return ch
    if code > 0xFFFF:  # UTF-16 surrogate pair, as Java strings hold it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}"
    return f"\\u{code:04X}"


def cypher_string(text: str, ascii_only: bool = False) -> str:
    """A Cypher single-quoted string literal; control and invisible characters as ``\\uXXXX``.

    >>> print(cypher_string("O'Brien \\\\ `x`\\n"))
    'O\\'Brien \\\\ `x`\\n'
    """
    return "'" + "".join(_escape_char(ch, ascii_only) for ch in text) + "'"


def cypher_name(name: str) -> str:
    """A map key or property name: bare when it is a plain identifier, else backtick-quoted.

    >>> cypher_name("doc_count"), cypher_name("we`ird key")
    ('doc_count', '`we``ird key`')
    """
    if _IDENT.match(name):
        return name
    if not name:
        raise GraphFormatError("an empty property name cannot be written as Cypher; rename the attribute")
    return "`" + name.replace("`", "``") + "`"


def cypher_literal(value, ascii_only: bool = False) -> str:
    """Any JSON-like value as a Cypher literal: null, booleans, numbers, strings, lists, maps.

    >>> cypher_literal({"a": [1, 2.5, None, True], "b": "x"})
    "{a: [1, 2.5, null, true], b: 'x'}"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise GraphFormatError(f"the value {value} has no Cypher literal; fix the graph attribute")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value, ascii_only)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v, ascii_only) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{cypher_name(str(k))}: {cypher_literal(v, ascii_only)}"
                               for k, v in value.items()) + "}"
    raise GraphFormatError(f"a {type(value).__name__} value has no Cypher literal; use strings, numbers or lists")


def script_statements(g: nx.MultiDiGraph, batch_size: int = 500, ascii_only: bool = False,
                      schema: bool = True) -> list[str]:
    """The load as statements: schema first, then one ``UNWIND [literal rows] ... MERGE`` per batch."""
    rows: LoadRows = graph_rows(g)
    out = list(q.schema_statements()) if schema else []
    for label, node_rows in rows.nodes.items():
        for batch in batches(node_rows, batch_size):
            out.append(q.node_merge(label, rows=_rows_literal(batch, ascii_only)))
    for rel_type, rel_rows in rows.rels.items():
        for batch in batches(rel_rows, batch_size):
            out.append(q.rel_merge(rel_type, rows=_rows_literal(batch, ascii_only)))
    return out


def _rows_literal(batch: list[dict], ascii_only: bool) -> str:
    return "[\n  " + ",\n  ".join(cypher_literal(r, ascii_only) for r in batch) + "\n]"


def render_script(g: nx.MultiDiGraph, batch_size: int = 500, ascii_only: bool = False,
                  schema: bool = True) -> str:
    """The whole Cypher script as text (statements end with ``;``); ``schema=False`` leaves out the schema."""
    header = ("// graphload: load this graph into Neo4j 5 (cypher-shell -f FILE, or paste into Neo4j Browser)\n"
              "// Re-running it changes nothing: nodes MERGE on id, relationships on key.\n")
    return header + "".join(s + ";\n" for s in script_statements(g, batch_size, ascii_only, schema))


def write_cypher(g: nx.MultiDiGraph, path: str | Path, batch_size: int = 500, ascii_only: bool = False) -> Path:
    """Write :func:`render_script` to ``path`` (UTF-8)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_script(g, batch_size, ascii_only), encoding="utf-8")
    return path


# ---------------------------------------------------------------- CSV for neo4j-admin

ARRAY_DELIMITERS = ("|", ";", "¦", "\u001f")
_NODE_FIXED = ("id:ID", ":LABEL")
_REL_FIXED = (":START_ID", ":END_ID", ":TYPE", "key")


@dataclass
class CsvExport:
    """Files written for ``neo4j-admin database import full`` and the command that imports them."""

    nodes: list[Path] = field(default_factory=list)
    relationships: list[Path] = field(default_factory=list)
    array_delimiter: str = "|"
    database: str = "neo4j"

    def command(self) -> str:
        """The exact neo4j-admin command line (the database must be stopped; it is overwritten)."""
        parts = ["neo4j-admin", "database", "import", "full"]
        parts += [f"--nodes={p}" for p in self.nodes] + [f"--relationships={p}" for p in self.relationships]
        delim = "\\u001F" if self.array_delimiter == "\u001f" else self.array_delimiter
        parts += [f"--array-delimiter={delim}", "--multiline-fields=true", "--ignore-empty-strings=true",
                  "--overwrite-destination=true", self.database]
        return " ".join(shlex.quote(p) for p in parts)


def _column(name: str, values: list) -> str:
    sample = next((v for v in values if v is not None), "")
    if isinstance(sample, bool):
        return f"{name}:boolean"
    if isinstance(sample, int):
        return f"{name}:int"
    if isinstance(sample, float) or name == "confidence":
        return f"{name}:float"
    if isinstance(sample, list):
        return f"{name}:string[]"
    return name


def _cell(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return delimiter.join(str(v) for v in value)
    return str(value)


def _pick_delimiter(rows: LoadRows) -> str:
    texts = [str(x) for rs in rows.nodes.values() for r in rs for v in r["props"].values()
             if isinstance(v, list) for x in v]
    for delim in ARRAY_DELIMITERS:
        if not any(delim in t for t in texts):
            return delim
    raise GraphFormatError("every array delimiter candidate occurs inside a list value; use `export cypher`")


def _write_table(path: Path, fixed: tuple, rows: list[tuple[list, dict]], delim: str) -> Path:
    keys = sorted({k for _, props in rows for k in props})
    header = list(fixed) + [_column(k, [p.get(k) for _, p in rows]) for k in keys]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for lead, props in rows:
            writer.writerow(lead + [_cell(props.get(k), delim) for k in keys])
    return path


def write_csv(g: nx.MultiDiGraph, outdir: str | Path, database: str = "neo4j") -> CsvExport:
    """One node file per label and one relationship file per type, with neo4j-admin headers."""
    rows = graph_rows(g)
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{outdir}: cannot create the output folder ({exc}); pass another -o") from None
    out = CsvExport(array_delimiter=_pick_delimiter(rows), database=database)
    for label, node_rows in sorted(rows.nodes.items()):
        labels = "Document" if label == "Document" else f"Entity{out.array_delimiter}{label}"
        table = [([r["id"], labels], r["props"]) for r in node_rows]
        out.nodes.append(_write_table(outdir / f"nodes_{label}.csv", _NODE_FIXED, table, out.array_delimiter))
    for rel_type, rel_rows in sorted(rows.rels.items()):
        table = [([r["from"], r["to"], rel_type, r["key"]], r["props"]) for r in rel_rows]
        out.relationships.append(_write_table(outdir / f"rels_{rel_type}.csv", _REL_FIXED, table,
                                              out.array_delimiter))
    return out
