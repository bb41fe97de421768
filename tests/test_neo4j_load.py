"""neo4j_load against a fake driver: batching, statements sent, injection, retries, error messages, pull."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from cypherlint_helper import HOSTILE, hostile_graph
from neo4j import exceptions as ne
from neo4j_fakes import FakeDriver, FakeStore

from graphload import neo4j_load as nl
from graphload import neo4j_queries as q
from graphload import neo4j_read as nr
from graphload.cli import cli
from graphload.errors import ConfigError, DatabaseError, GraphFormatError
from graphload.graph import write_json

SETTINGS = nl.Neo4jSettings(uri="bolt://db.example:7687", user="neo4j", password="pw", database="neo4j")


def _neo4j_error(code: str, message: str = "boom"):
    return ne.Neo4jError._hydrate_neo4j(code=code, message=message)


def _per_kind(g) -> dict:
    counts = {}
    for _, a in g.nodes(data=True):
        counts[a["label"]] = counts.get(a["label"], 0) + 1
    for *_, a in g.edges(data=True):
        counts[a["type"]] = counts.get(a["type"], 0) + 1
    return counts


@pytest.mark.parametrize("size, expected", [(1, [1] * 7), (3, [3, 3, 1]), (7, [7]), (100, [7])])
def test_neo4j_load_batches_split_rows(size, expected):
    assert [len(b) for b in nl.batches(list(range(7)), size)] == expected


def test_neo4j_load_batch_size_must_be_positive():
    with pytest.raises(ConfigError, match="--batch-size"):
        list(nl.batches([1], 0))


@pytest.mark.parametrize("batch_size", [1, 2, 5000])
def test_neo4j_load_one_transaction_per_batch(sample_nx, batch_size):
    driver = FakeDriver()
    stats = nl.load_graph(driver, sample_nx, settings=SETTINGS, batch_size=batch_size)
    writes = [c for c in driver.calls if c[0] == "write"]
    expected = sum(-(-n // batch_size) for n in _per_kind(sample_nx).values())
    assert stats.transactions == len(writes) == expected
    assert all(len(params["rows"]) <= batch_size for _, _, params in writes)
    assert stats.node_rows == sample_nx.number_of_nodes() and stats.rel_rows == sample_nx.number_of_edges()
    assert set(driver.databases) == {"neo4j"}


def test_neo4j_load_schema_first_then_nodes_then_relationships(sample_nx):
    driver = FakeDriver()
    nl.load_graph(driver, sample_nx, settings=SETTINGS)
    statements = [s for _, s, _ in driver.calls]
    n_schema = len(q.schema_statements())
    assert statements[:n_schema] == q.schema_statements()
    assert all(how == "run" for how, _, _ in driver.calls[:n_schema])
    kinds = [k for s in statements[n_schema:] for (k, _), t in q.load_templates().items() if t == s]
    assert kinds == sorted(kinds, key=lambda k: k != "node") and len(kinds) == len(statements) - n_schema


def test_neo4j_load_sends_only_templates_and_rows_as_parameters(sample_nx):
    driver = FakeDriver()
    nl.load_graph(driver, sample_nx)
    templates = set(q.load_templates().values())
    for how, statement, params in driver.calls:
        if how == "write":
            assert statement in templates and set(params) == {"rows"}
    sent = [r for how, _, p in driver.calls if how == "write" for r in p["rows"]]
    ban = next(r for r in sent if r.get("id") == "person:ban-ki-moon")
    assert ban["props"] == {"name": "Ban Ki-moon", "aliases": ["Ban Ki-moon", "Mr. Ban"], "doc_count": 1}
    keys = {r["key"] for r in sent if "key" in r}
    assert keys == {k for *_, k in sample_nx.edges(keys=True)}


def test_neo4j_load_injection_travels_only_as_parameters():
    g = hostile_graph()
    driver = FakeDriver()
    nl.load_graph(driver, g, batch_size=3)
    text = "\n".join(s for _, s, _ in driver.calls)
    for hostile in HOSTILE + ["we`ird key"]:
        assert hostile not in text
    assert "DETACH DELETE" not in text.replace(q.WIPE, "")
    sent = json.dumps([p for _, _, p in driver.calls], ensure_ascii=False)
    for hostile in HOSTILE:
        assert json.dumps(hostile, ensure_ascii=False)[1:-1] in sent
    assert driver.store.nodes["person:p1"][1]["name"] == "}) DETACH DELETE n //"


@pytest.mark.parametrize("where, attr, value", [
    ("node", "label", "Spy"), ("node", "label", "Person) DETACH DELETE n //"), ("node", "label", "Entity"),
    ("edge", "type", "KNOWS"), ("edge", "type", "MET_WITH]->() DELETE r //"),
])
def test_neo4j_load_unknown_label_or_type_refused_before_sending(sample_nx, where, attr, value):
    if where == "node":
        sample_nx.nodes["person:ban-ki-moon"][attr] = value
    else:
        u, v, k = next((u, v, k) for u, v, k, a in sample_nx.edges(keys=True, data=True) if a["type"] == "MET_WITH")
        sample_nx.edges[u, v, k][attr] = value
    driver = FakeDriver()
    with pytest.raises(GraphFormatError):
        nl.load_graph(driver, sample_nx)
    assert driver.calls == []


def test_neo4j_load_rerun_creates_nothing(sample_nx):
    driver = FakeDriver()
    first = nl.load_graph(driver, sample_nx, batch_size=4)
    second = nl.load_graph(driver, sample_nx, batch_size=4)
    assert first.nodes_created == sample_nx.number_of_nodes()
    assert first.relationships_created == sample_nx.number_of_edges()
    assert (second.nodes_created, second.relationships_created) == (0, 0)
    assert second.nodes_matched == sample_nx.number_of_nodes()
    assert second.relationships_matched == sample_nx.number_of_edges()
    assert len(driver.store.rels) == sample_nx.number_of_edges()


def test_neo4j_load_edge_key_recomputed_without_string_keys(sample_nx):
    g = nx.MultiDiGraph()
    g.add_nodes_from(sample_nx.nodes(data=True))
    g.add_edges_from((u, v, a) for u, v, a in sample_nx.edges(data=True))  # integer keys
    keys = {r["key"] for rows in nl.graph_rows(g).rels.values() for r in rows}
    assert keys == {k for *_, k in sample_nx.edges(keys=True)}


def test_neo4j_load_self_batching_statements_use_auto_commit(sample_nx):
    driver = FakeDriver()
    nl.load_graph(driver, sample_nx)
    nl.wipe(driver, batch_size=100)
    nl.sync_delete(driver, ["doc:bbbbbbbbbbbb", "doc:aaaaaaaaaaaa", "doc:aaaaaaaaaaaa"], batch_size=50)
    for how, statement, _ in driver.calls:
        assert (how == "run") if q.in_transactions(statement) else (how in ("run", "write"))
        if how == "write":
            assert not q.in_transactions(statement)
    runs = [(s, p) for how, s, p in driver.calls if how == "run" and q.in_transactions(s)]
    assert runs[0] == (q.WIPE, {"batch": 100})
    assert [s for s, _ in runs[1:]] == list(q.SYNC_DELETE)
    assert all(p == {"keep": ["doc:aaaaaaaaaaaa", "doc:bbbbbbbbbbbb"], "batch": 50} for _, p in runs[1:])


def test_neo4j_load_transient_error_retried_with_backoff(sample_nx):
    driver = FakeDriver(failures=[ne.TransientError("busy"), ne.SessionExpired("gone")])
    sleeps = []
    stats = nl.load_rows(driver, nl.graph_rows(sample_nx), retries=3, sleep=sleeps.append)
    assert sleeps == [0.5, 1.0]
    assert stats.retries == 2
    assert stats.nodes_created == sample_nx.number_of_nodes()


def test_neo4j_load_gives_up_after_retries(sample_nx):
    driver = FakeDriver(failures=[ne.ServiceUnavailable("down")] * 3)
    with pytest.raises(DatabaseError, match=r"cannot reach Neo4j at bolt://db.example:7687: is it running\?"):
        nl.load_rows(driver, nl.graph_rows(sample_nx), settings=SETTINGS, retries=2, sleep=lambda s: None)


def test_neo4j_load_server_error_mid_load_not_retried(sample_nx):
    driver = FakeDriver(failures=[None, _neo4j_error("Neo.DatabaseError.General.UnknownError", "disk\nfull")])
    with pytest.raises(DatabaseError) as info:
        nl.load_rows(driver, nl.graph_rows(sample_nx), settings=SETTINGS, batch_size=2, sleep=lambda s: None)
    message = str(info.value)
    assert "Neo.DatabaseError.General.UnknownError: disk" in message and "re-run" in message
    assert "\n" not in message
    assert len([c for c in driver.calls if c[0] == "write"]) == 1


@pytest.mark.parametrize("exc, expected", [
    (ne.ServiceUnavailable("Couldn't connect"),
     "cannot reach Neo4j at bolt://db.example:7687: is it running? `docker compose up -d`, or set NEO4J_URI"),
    (_neo4j_error("Neo.ClientError.Security.Unauthorized", "bad credentials"),
     "Neo4j at bolt://db.example:7687 refused user 'neo4j': check NEO4J_USER / NEO4J_PASSWORD"),
    (_neo4j_error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist."),
     "database 'neo4j' does not exist on bolt://db.example:7687: set NEO4J_DATABASE"),
    (_neo4j_error("Neo.ClientError.Statement.SyntaxError", "Invalid input"),
     "failed a statement (Neo.ClientError.Statement.SyntaxError: Invalid input)"),
])
def test_neo4j_load_connect_error_messages(monkeypatch, exc, expected):
    fake = FakeDriver(failures=[exc], fail_on="run")
    monkeypatch.setattr(nl.GraphDatabase, "driver", lambda uri, auth, **kw: fake)
    with pytest.raises(DatabaseError) as info:
        nl.connect(SETTINGS)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    assert fake.closed


def test_neo4j_load_connect_checks_password_and_uri(monkeypatch):
    with pytest.raises(ConfigError, match="NEO4J_PASSWORD"):
        nl.connect(nl.Neo4jSettings(password=None))
    with pytest.raises(ConfigError, match="not usable"):
        nl.connect(nl.Neo4jSettings(uri="localhost:7687", password="pw"))


def test_neo4j_load_connect_success_pings_the_database(monkeypatch):
    fake = FakeDriver()
    seen = {}
    monkeypatch.setattr(nl.GraphDatabase, "driver", lambda uri, auth, **kw: seen.update(uri=uri, auth=auth) or fake)
    assert nl.connect(SETTINGS) is fake
    assert seen == {"uri": SETTINGS.uri, "auth": ("neo4j", "pw")}
    assert fake.calls == [("run", q.PING, {})] and fake.databases == ["neo4j"]


def test_neo4j_load_settings_from_env():
    env = {"NEO4J_URI": "neo4j://h:7687", "NEO4J_USER": "u", "NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "d"}
    assert nl.Neo4jSettings.from_env(env) == nl.Neo4jSettings("neo4j://h:7687", "u", "p", "d")
    assert nl.Neo4jSettings.from_env(env, uri="bolt://x", database=None).uri == "bolt://x"
    assert nl.Neo4jSettings.from_env({}) == nl.Neo4jSettings("bolt://localhost:7687", "neo4j", None, None)


@pytest.mark.parametrize("page_size", [1, 3, 10000])
def test_neo4j_load_pull_round_trip(sample_nx, page_size):
    driver = FakeDriver()
    nl.load_graph(driver, sample_nx)
    driver.calls.clear()
    pulled = nr.pull(driver, page_size=page_size)
    assert dict(pulled.nodes(data=True)) == dict(sample_nx.nodes(data=True))
    assert sorted(pulled.edges(keys=True, data=True)) == sorted(sample_nx.edges(keys=True, data=True))
    assert all(how == "read" for how, _, _ in driver.calls)
    if page_size == 1:
        assert len(driver.calls) > sample_nx.number_of_nodes()


def test_neo4j_load_pull_writes_same_json(sample_nx, tmp_path):
    driver = FakeDriver()
    nl.load_graph(driver, sample_nx)
    a = json.loads(write_json(sample_nx, tmp_path / "a.json").read_text())
    b = json.loads(write_json(nr.pull(driver), tmp_path / "b.json").read_text())
    assert sorted(map(json.dumps, a["nodes"])) == sorted(map(json.dumps, b["nodes"]))
    assert sorted(map(json.dumps, a["edges"])) == sorted(map(json.dumps, b["edges"]))


def test_neo4j_load_run_query_auto_commit():
    driver = FakeDriver()
    result = nr.run_query(driver, "RETURN $x AS x", {"x": 1})
    assert driver.calls == [("run", "RETURN $x AS x", {"x": 1})]
    assert result.keys == ["ok"] and result.rows == [[1]]


def test_neo4j_load_cli_load_reports_created_and_matched(sample_nx, tmp_path, monkeypatch):
    driver = FakeDriver(store=FakeStore())
    monkeypatch.setattr(nl, "connect", lambda settings: driver)
    graph = write_json(sample_nx, tmp_path / "graph.json")
    runner = CliRunner()
    n, e = sample_nx.number_of_nodes(), sample_nx.number_of_edges()
    first = runner.invoke(cli, ["load", str(graph), "--password", "pw", "--batch-size", "3"])
    assert first.exit_code == 0, first.output
    assert f"nodes: {n} created, 0 matched; relationships: {e} created, 0 matched" in first.stdout
    again = runner.invoke(cli, ["load", str(graph), "--wipe", "--yes", "--sync"])
    assert again.exit_code == 0, again.output
    assert "sync:" in again.stdout
    assert driver.closed


def test_neo4j_load_cli_error_is_one_clean_line(sample_nx, tmp_path, monkeypatch):
    def refuse(settings):
        raise nl.translate(ne.ServiceUnavailable("x"), settings)

    monkeypatch.setattr(nl, "connect", refuse)
    graph = write_json(sample_nx, tmp_path / "graph.json")
    res = CliRunner().invoke(cli, ["load", str(graph), "--uri", "bolt://nowhere:7687"])
    assert res.exit_code == 1
    assert res.output.strip() == ("Error: cannot reach Neo4j at bolt://nowhere:7687: is it running? "
                                  "`docker compose up -d`, or set NEO4J_URI / --uri")


def test_neo4j_load_cli_query_list_and_run(monkeypatch):
    driver = FakeDriver()
    monkeypatch.setattr(nl, "connect", lambda settings: driver)
    runner = CliRunner()
    listed = runner.invoke(cli, ["query", "--list"])
    assert listed.exit_code == 0 and "who_met_whom" in listed.stdout
    ran = runner.invoke(cli, ["query", "most_connected", "--param", "limit=3"])
    assert ran.exit_code == 0, ran.output
    (how, statement, params), = driver.calls
    assert how == "run" and params == {"limit": 3} and statement == q.find_query_file("most_connected").text


def test_neo4j_load_cli_bench_skips_without_uri(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    res = CliRunner().invoke(cli, ["bench", "neo4j", "--nodes", "10", "--rels", "10"])
    assert res.exit_code == 0 and "NEO4J_URI is not set" in res.output


def test_neo4j_load_cli_wipe_asks_first(sample_nx, tmp_path, monkeypatch):
    driver = FakeDriver()
    monkeypatch.setattr(nl, "connect", lambda settings: driver)
    graph = write_json(sample_nx, tmp_path / "graph.json")
    res = CliRunner().invoke(cli, ["load", str(graph), "--wipe", "--password", "pw"], input="n\n")
    assert res.exit_code == 1
    assert driver.calls == [] and driver.closed


def test_neo4j_load_to_neo4j_takes_a_graph(sample_graph, monkeypatch):
    driver = FakeDriver()
    monkeypatch.setattr(nl, "connect", lambda settings: driver)
    stats = nl.load_to_neo4j(sample_graph, nl.Neo4jSettings(password="pw"), batch_size=2)
    assert stats.node_rows == len(sample_graph.entities) + len(sample_graph.documents)
    assert driver.closed
