// Title: Who met whom
// Description: Meetings (MET_WITH, either direction) of one person, or of everyone when $name is '', within a period; partial dates (2010, 2010-11) count when they overlap it.
// Param $name = 'Ban Ki-moon' : a person's name or alias, case-insensitive; '' for everyone
// Param $from = '2010' : start of the period (YYYY, YYYY-MM or YYYY-MM-DD)
// Param $to = '2024-12-31' : end of the period (YYYY, YYYY-MM or YYYY-MM-DD)
MATCH (p:Person)-[r:MET_WITH]-(q:Person)
WHERE ($name = ''
       OR toLower(p.name) = toLower($name)
       OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($name)))
  AND ($name <> '' OR elementId(p) < elementId(q))
  AND r.date >= left($from, size(r.date))
  AND left(r.date, size($to)) <= $to
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN p.name AS person, q.name AS met, r.date AS date, r.evidence AS evidence, d.title AS document
ORDER BY date, person, met;
