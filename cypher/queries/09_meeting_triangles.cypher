// Title: Meeting triangles
// Description: Three people who all met each other (closed MET_WITH triangles), the tightest communities; each triangle listed once.
// Param $limit = 50 : how many triangles to list
MATCH (a:Person)-[:MET_WITH]-(b:Person)-[:MET_WITH]-(c:Person)-[:MET_WITH]-(a)
WHERE a.id < b.id AND b.id < c.id
RETURN DISTINCT a.name AS first, b.name AS second, c.name AS third
ORDER BY first, second, third
LIMIT $limit;
