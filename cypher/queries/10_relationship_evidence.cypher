// Title: Evidence for a relationship
// Description: The sentences and source documents behind every relationship between two entities (either direction), optionally of one type.
// Param $from_name = 'Ban Ki-moon' : the first entity's name or alias, case-insensitive
// Param $to_name = 'Nursultan Nazarbayev' : the second entity's name or alias, case-insensitive
// Param $type = '' : a relationship type such as MET_WITH; '' for any
MATCH (a:Entity)-[r]-(b:Entity)
WHERE (toLower(a.name) = toLower($from_name)
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($from_name)))
  AND (toLower(b.name) = toLower($to_name)
       OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($to_name)))
  AND ($type = '' OR type(r) = $type)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target, r.date AS date,
       r.confidence AS confidence, r.evidence AS evidence, d.title AS document, d.source AS file
ORDER BY date, type;
