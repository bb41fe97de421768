// Title: Most connected people
// Description: People ranked by how many different people they met (MET_WITH degree, both directions), with the number of meeting records.
// Param $limit = 10 : how many people to list
MATCH (p:Person)-[r:MET_WITH]-(q:Person)
WITH p, count(DISTINCT q) AS partners, count(r) AS meetings
RETURN p.name AS person, partners, meetings
ORDER BY partners DESC, meetings DESC, person
LIMIT $limit;
