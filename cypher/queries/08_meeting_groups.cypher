// Title: Communities of meetings (connected groups)
// Description: Groups of people linked by chains of meetings (MET_WITH, up to 4 hops), without GDS; each group is named by its smallest member id.
// Param $min_size = 2 : smallest group to show
//
// With the Graph Data Science plugin the exact components (and Louvain communities) are:
//   CALL gds.graph.project('meetings', 'Person', {MET_WITH: {orientation: 'UNDIRECTED'}});
//   CALL gds.wcc.stream('meetings') YIELD nodeId, componentId
//   RETURN componentId, collect(gds.util.asNode(nodeId).name) AS members ORDER BY size(members) DESC;
//   CALL gds.louvain.stream('meetings') YIELD nodeId, communityId
//   RETURN communityId, collect(gds.util.asNode(nodeId).name) AS members ORDER BY size(members) DESC;
MATCH (p:Person)
WHERE EXISTS { (p)-[:MET_WITH]-(:Person) }
MATCH (p)-[:MET_WITH*0..4]-(q:Person)
WITH p, min(q.id) AS group_id
WITH group_id, collect(p.name) AS members
WHERE size(members) >= $min_size
RETURN group_id, size(members) AS size, members
ORDER BY size DESC, group_id;
