"""Against a live Neo4j (marker ``neo4j``; skipped unless NEO4J_URI is set).

Run with ``docker compose up -d`` and NEO4J_URI / NEO4J_PASSWORD exported. These
tests WIPE graphload's nodes (labels Entity and Document) in the configured database.
"""

from __future__ import annotations

import pytest

from graphload import neo4j_load as nl
from graphload import neo4j_queries as q
from graphload import neo4j_read as nr
from graphload.errors import DatabaseError

pytestmark = pytest.mark.neo4j


@pytest.fixture
def settings():
    return nl.Neo4jSettings.from_env()


@pytest.fixture
def driver(settings):
    drv = nl.connect(settings)
    nl.wipe(drv, settings=settings)
    yield drv
    drv.close()


def test_neo4j_live_load_counts_and_idempotent_reload(driver, settings, sample_nx):
    first = nl.load_graph(driver, sample_nx, settings=settings, batch_size=3)
    assert first.nodes_created == sample_nx.number_of_nodes()
    assert first.relationships_created == sample_nx.number_of_edges()
    counts = {"nodes": sample_nx.number_of_nodes(), "relationships": sample_nx.number_of_edges()}
    assert nr.count_graph(driver, settings=settings) == counts
    again = nl.load_graph(driver, sample_nx, settings=settings, batch_size=3)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert again.nodes_matched == counts["nodes"] and again.relationships_matched == counts["relationships"]
    assert nr.count_graph(driver, settings=settings) == counts


def test_neo4j_live_curated_query(driver, settings, sample_nx):
    nl.load_graph(driver, sample_nx, settings=settings)
    qf = q.find_query_file("who_met_whom")
    result = nr.run_query(driver, qf.text, qf.params, settings=settings)
    met = {row[result.keys.index("met")] for row in result.rows}
    assert met == {"Nursultan Nazarbayev", "Kanat Saudabayev"}


@pytest.mark.parametrize("page_size", [2, 10000])
def test_neo4j_live_pull_round_trip(driver, settings, sample_nx, page_size):
    nl.load_graph(driver, sample_nx, settings=settings)
    pulled = nr.pull(driver, settings=settings, page_size=page_size)
    assert dict(pulled.nodes(data=True)) == dict(sample_nx.nodes(data=True))
    assert sorted(pulled.edges(keys=True, data=True)) == sorted(sample_nx.edges(keys=True, data=True))


def test_neo4j_live_sync_delete(driver, settings, sample_nx):
    nl.load_graph(driver, sample_nx, settings=settings)
    nl.sync_delete(driver, ["doc:aaaaaaaaaaaa"], settings=settings)
    pulled = nr.pull(driver, settings=settings)
    assert "doc:bbbbbbbbbbbb" not in pulled and "person:antonio-guterres" not in pulled
    assert "person:ban-ki-moon" in pulled and "country:kz" in pulled
    assert all(a.get("doc") == "doc:aaaaaaaaaaaa" for *_, a in pulled.edges(data=True))


def test_neo4j_live_wrong_password_message(settings):
    bad = nl.Neo4jSettings(settings.uri, settings.user, "definitely-not-the-password", settings.database)
    with pytest.raises(DatabaseError, match="refused user .*check NEO4J_USER / NEO4J_PASSWORD"):
        nl.connect(bad)


def test_neo4j_live_missing_database_message(settings):
    bad = nl.Neo4jSettings(settings.uri, settings.user, settings.password, "nosuchdatabase")
    with pytest.raises(DatabaseError, match="'nosuchdatabase' does not exist"):
        nl.connect(bad)
