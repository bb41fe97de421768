// Title: Everything that happened in one place
// Description: Events held in a place or country (or in places located in it), visits to it, and who attended, addressed or hosted those events, in date order.
// Param $place = 'Astana' : a place or country name or alias, case-insensitive
MATCH (pl:Entity)
WHERE (pl:Place OR pl:Country)
  AND (toLower(pl.name) = toLower($place)
       OR any(a IN coalesce(pl.aliases, []) WHERE toLower(a) = toLower($place)))
CALL (pl) {
  MATCH (e:Event)-[r:HELD_IN]->(:Entity)-[:LOCATED_IN*0..3]->(pl)
  RETURN r.date AS date, 'event' AS what, e.name AS who, '' AS with, r.evidence AS evidence
  UNION
  MATCH (v:Person)-[r:VISITED]->(:Entity)-[:LOCATED_IN*0..3]->(pl)
  RETURN r.date AS date, 'visit' AS what, v.name AS who, '' AS with, r.evidence AS evidence
  UNION
  MATCH (x:Entity)-[r:ATTENDED|ADDRESSED|HOSTED]->(e:Event)-[:HELD_IN]->(:Entity)-[:LOCATED_IN*0..3]->(pl)
  RETURN r.date AS date, toLower(type(r)) AS what, x.name AS who, e.name AS with, r.evidence AS evidence
}
RETURN pl.name AS place, date, what, who, with, evidence
ORDER BY date, what, who;
