// Title: A person's meetings timeline
// Description: Everything a person did with others, in date order: meetings, hosting, attending, addressing, visits.
// Param $name = 'Ban Ki-moon' : a person's name or alias, case-insensitive
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($name))
MATCH (p)-[r:MET_WITH|HOSTED|ATTENDED|ADDRESSED|VISITED]-(other:Entity)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN coalesce(r.date, d.date) AS date, type(r) AS what,
       CASE WHEN startNode(r) = p THEN 'to' ELSE 'from' END AS direction,
       other.name AS with, r.evidence AS evidence, d.title AS document
ORDER BY date, what;
