"""GraphML out, for Gephi and yEd: streamed from a Graph, or through networkx for any other graph.

A :class:`~graphload.graph.Graph` is written without building its networkx
mirror: nodes, then edges grouped by document, one line per document, so a
build can copy unchanged documents' lines from the last file
(:mod:`graphload.doclines`). Lists become ``|``-joined strings and dicts JSON
text, as :func:`flat_value` does for the networkx path.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from pathlib import Path

import networkx as nx

from .doclines import load_layout, node_dicts, plan_edges, save_layout, write_doc_lines
from .graph import Graph, flat_value
from .models import Relation

_HEAD = ('<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/'
         'xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
_DOCUMENT_KEYS = {"id": "string", "label": "string", "name": "string", "source": "string", "title": "string",
                  "language": "string", "date": "string", "chars": "long"}
_ENTITY_KEYS = {"aliases": "string", "doc_count": "long", "qid": "string"}
_EDGE_KEYS = ("type", "doc", "count", "evidence", "date", "confidence", "title")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_graphml(g: nx.MultiDiGraph | Graph, path: str | Path, reuse_key: str | None = None) -> Path:
    """Write GraphML; list attributes become ``|``-joined strings.

    With a :class:`Graph` and ``reuse_key``, edge lines of documents unchanged
    since the last write with that key are copied from the old file.

    >>> import tempfile
    >>> from graphload.graph import Graph
    >>> p = write_graphml(Graph(), Path(tempfile.mkdtemp()) / "g.graphml")
    >>> nx.read_graphml(p).number_of_nodes()
    0
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not isinstance(g, Graph):
        return _write_networkx(g, path)
    old = load_layout(path, reuse_key) if reuse_key else None
    plan = plan_edges(g, old)
    node_keys = _node_keys(g)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(_key_lines(node_keys).encode("utf-8"))
        fh.write(b'<graph edgedefault="directed">\n')
        heads = {name: f'<data key="n{i}">' for i, name in enumerate(node_keys)}
        fh.writelines(_node_xml(attrs, heads).encode("utf-8") for attrs in node_dicts(g, plan.extra))
        lines = write_doc_lines(fh, g, plan, _edge_line, path if old is not None else None, b"", b"\n")
        fh.write(b"\n</graph></graphml>\n")
    tmp.replace(path)
    save_layout(path, reuse_key, g, plan, lines)
    return path


def _write_networkx(g: nx.MultiDiGraph, path: Path) -> Path:
    """The networkx writer, for graphs that are not a :class:`Graph` (read back from JSON, views)."""
    h = nx.MultiDiGraph()
    for n, a in g.nodes(data=True):
        h.add_node(n, **{k: flat_value(v) for k, v in a.items() if v is not None})
    for u, v, k, a in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{x: flat_value(y) for x, y in a.items() if y is not None})
    nx.write_graphml(h, path)
    return path


def _node_keys(graph: Graph) -> dict[str, str]:
    """Node attribute names and their GraphML types: the model's, then entity ``props`` as first seen."""
    keys = {**_DOCUMENT_KEYS, **_ENTITY_KEYS}
    for ent in graph.entities.values():
        for name, value in ent.props.items():
            if name not in keys:
                keys[name] = _xml_type(value)
    return keys


def _xml_type(value) -> str:
    """The GraphML type networkx would give a value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    return "double" if isinstance(value, float) else "string"


def _key_lines(node_keys: dict[str, str]) -> str:
    """The GraphML head and one ``<key>`` per node and edge attribute."""
    lines = [_HEAD]
    for i, (name, kind) in enumerate(node_keys.items()):
        lines.append(f'<key id="n{i}" for="node" attr.name="{name}" attr.type="{kind}"/>\n')
    kinds = {"count": "long", "confidence": "double"}
    for name in _EDGE_KEYS:
        lines.append(f'<key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kinds.get(name, "string")}"/>\n')
    return "".join(lines)


def _esc(text: str) -> str:
    """A string as XML text: markup escaped, characters XML cannot hold dropped."""
    if not _SPECIAL.search(text):
        return text
    if _NOT_XML.search(text):
        text = _NOT_XML.sub("", text)
    return escape(text, quote=True)


def _text(value) -> str:
    """Any attribute value as XML text (lists joined with ``|``, dicts as JSON)."""
    return _esc(value if type(value) is str else str(flat_value(value)))


def _node_xml(attrs: dict, heads: dict[str, str]) -> str:
    """One ``<node>`` element with a ``<data>`` per non-empty attribute (``heads``: its opening tag by name)."""
    parts = [f'<node id="{_text(attrs["id"])}">']
    for name, value in attrs.items():
        head = heads.get(name)
        if head is not None and value is not None:
            parts += (head, _esc(value) if type(value) is str else _text(value), "</data>")
    parts.append("</node>\n")
    return "".join(parts)


def _edge_line(graph: Graph, doc: str, mentions: list, keys: list) -> bytes:
    """One document's edges as ``<edge>`` elements: its mentions by entity id, then its relations by key."""
    d = _esc(doc)
    m = _esc(f"MENTIONS|{doc}")
    head = f'<data key="e_type">MENTIONS</data><data key="e_doc">{d}</data>'
    parts = [f'<edge source="{d}" target="{_esc(e)}" id="{m}">{head}<data key="e_count">{c}</data></edge>'
             for e, c in mentions]
    rels = graph.relations
    relation = _relation_xml if _template_fits() else _relation_xml_slow
    parts += [relation(rels[key], key) for key in keys]
    return "\n".join(parts).encode("utf-8")


def _relation_xml(rel: Relation, key: str) -> str:
    """A relation's ``<edge>`` by string formatting: what :func:`_relation_xml_slow` gives, several times faster."""
    date = "" if rel.date is None else f'<data key="e_date">{_esc(rel.date)}</data>'
    title = f'<data key="e_title">{_esc(rel.title)}</data>' if rel.title else ""
    return (f'<edge source="{_esc(rel.source)}" target="{_esc(rel.target)}" id="{_esc(key)}">'
            f'<data key="e_type">{_esc(rel.type)}</data><data key="e_doc">{_esc(rel.doc)}</data>'
            f'<data key="e_evidence">{_esc(rel.evidence)}</data>{date}'
            f'<data key="e_confidence">{round(float(rel.confidence), 3)!r}</data>{title}</edge>')


def _relation_xml_slow(rel: Relation, key: str) -> str:
    """A relation's ``<edge>`` with one ``<data>`` per attribute of :meth:`Relation.edge_attrs`."""
    data = "".join(f'<data key="e_{k}">{_text(v)}</data>' for k, v in rel.edge_attrs().items() if v is not None)
    return f'<edge source="{_esc(rel.source)}" target="{_esc(rel.target)}" id="{_esc(key)}">{data}</edge>'


@lru_cache(maxsize=1)
def _template_fits() -> bool:
    """Whether :func:`_relation_xml` still writes every attribute ``Relation.edge_attrs`` holds."""
    probes = (Relation("T", "a", "b", "d", 'say "ä" <&>', "2010", 0.12345, "t"), Relation("T", "a", "b", "d", "e"))
    return all(_relation_xml(p, "k") == _relation_xml_slow(p, "k") for p in probes)
