// Title: What a country hosted
// Description: Events and guests a country hosted, plus events held in it or in places located in it.
// Param $country = 'Kazakhstan' : a country name or alias, case-insensitive
MATCH (c:Country)
WHERE toLower(c.name) = toLower($country)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($country))
CALL (c) {
  MATCH (c)-[r:HOSTED]->(x:Entity)
  RETURN x, 'hosted' AS how, r.date AS date, r.evidence AS evidence
  UNION
  MATCH (x:Event)-[r:HELD_IN]->(loc:Entity)-[:LOCATED_IN*0..3]->(c)
  RETURN x, 'held in ' + loc.name AS how, r.date AS date, r.evidence AS evidence
}
RETURN c.name AS country, x.name AS what, labels(x) AS kind, how, date, evidence
ORDER BY date, what;
