// Title: Graph overview
// Description: How many nodes of each label and relationships of each type graphload loaded.
UNWIND ['Document', 'Person', 'Organization', 'Country', 'Place', 'Event'] AS label
CALL (label) {
  MATCH (n:Entity|Document)
  WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN 'node' AS kind, label AS name, count
UNION ALL
MATCH ()-[r]->()
WHERE r.key IS NOT NULL
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count;
