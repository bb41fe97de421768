"""Lint Cypher from pytest with tests/cypherlint (Neo4j's own front-end, npm, pinned).

One node process lints everything the tests need (statement templates, a sample
export and the cypher/ files) because the linter costs ~1.5 s to start.
Without node the tests skip, or fail when the CI environment variable is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pytest

from graphload.models import Relation

LINT_DIR = Path(__file__).resolve().parent / "cypherlint"
REPO = LINT_DIR.parent.parent
CYPHER_FILES = tuple(sorted((REPO / "cypher").rglob("*.cypher")))

HOSTILE = [
    "O'Brien \"quoted\" `backtick`",
    "}) DETACH DELETE n //",
    "back\\slash \\' \\n literal",
    "line one\nline two\r\n\ttabbed",
    "Ümlaut Ærø 北京 emoji 😀 rtl \u202e zero\u200bwidth nul\x00 bell\x07 sep\u2028end",
    "'); MATCH (n) DETACH DELETE n; //",
    "$rows {param} ${x} \\u0027",
]


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so Cypher linting is required)")
    pytest.skip(reason)


def ensure_cypherlint() -> Path:
    """Install tests/cypherlint's pinned npm package once (npm ci); return the linter script."""
    if not shutil.which("node") or not shutil.which("npm"):
        _skip_or_fail("node/npm not found: install Node >= 20 to lint Cypher with tests/cypherlint")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LINT_DIR,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            _skip_or_fail(f"npm ci in {LINT_DIR} failed: {done.stderr.strip()[-500:]}")
    return LINT_DIR / "cypherlint.mjs"


@dataclass
class Linted:
    """One statement's text and its diagnostics (strict: warnings are errors)."""

    text: str
    diagnostics: list[dict]


def run_lint(sources: dict[str, str], files: tuple[Path, ...] = (), params: tuple[str, ...] = ()) -> dict:
    """Lint named sources (each a ';'-joined text) and files in one process: {name: [Linted]}."""
    script = ensure_cypherlint()
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in sources.items():
            path = Path(tmp) / f"{len(paths)}.cypher"
            path.write_text(text, encoding="utf-8")
            paths[str(path)] = name
        paths.update({str(p): str(p) for p in files})
        cmd = ["node", str(script), "--json", "--strict"]
        if params:
            cmd.append("--params=" + ",".join(params))
        done = subprocess.run(cmd + list(paths), capture_output=True, text=True, timeout=900, cwd=LINT_DIR)
    if done.returncode not in (0, 1):
        raise AssertionError(f"cypherlint failed to run: {done.stderr}")
    report = json.loads(done.stdout)
    return {paths[f["file"]]: [Linted(s["text"], s["diagnostics"]) for s in f["statements"]]
            for f in report["files"]}


def hostile_graph() -> nx.MultiDiGraph:
    """A small graph whose names, aliases and evidence hold quotes, backticks, injections, unicode."""
    g = nx.MultiDiGraph()
    doc = "doc:hhhhhhhhhhhh"
    g.add_node(doc, id=doc, label="Document", name=HOSTILE[0], source="x'.txt", title=HOSTILE[1],
               language="en", date=None, chars=10)
    people = []
    for i, text in enumerate(HOSTILE):
        pid = f"person:p{i}"
        people.append(pid)
        g.add_node(pid, id=pid, label="Person", name=text, aliases=[text, f"alias {i}"], doc_count=1,
                   **{"we`ird key": text})
        g.add_edge(doc, pid, key=f"MENTIONS|{doc}", type="MENTIONS", doc=doc, count=i + 1)
    g.add_node("country:kz", id="country:kz", label="Country", name="Kazakhstan", aliases=[], doc_count=1)
    for a, b, text in zip(people, people[1:], HOSTILE):
        rel = Relation("MET_WITH", a, b, doc, text, "2010-11-30", 0.9)
        g.add_edge(a, b, key=rel.key, **rel.edge_attrs())
    rel = Relation("HOLDS_OFFICE", people[0], "country:kz", doc, HOSTILE[3], None, 0.7, HOSTILE[2])
    g.add_edge(rel.source, rel.target, key=rel.key, **rel.edge_attrs())
    return g


@lru_cache(maxsize=1)
def lint_all() -> dict:
    """Everything the suite lints, in one linter process (cached for the session)."""
    from graphload import neo4j_queries as q
    from graphload.export_cypher import render_script

    templates = q.all_statements()
    query_params = {p for qf in q.list_query_files() for p in qf.params}
    sources = {
        "templates": ";\n".join(templates.values()) + ";\n",
        # the schema part of an export is the templates' schema, linted above
        "export": render_script(hostile_graph(), batch_size=4, schema=False),
        "export_ascii": render_script(hostile_graph(), batch_size=100, ascii_only=True, schema=False),
    }
    params = tuple(sorted(set(q.PARAMETERS) | query_params))
    result = run_lint(sources, CYPHER_FILES, params)
    result["template_names"] = list(templates)
    return result
