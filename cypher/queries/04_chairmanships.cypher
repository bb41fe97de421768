// Title: Chairmanships by organization and year
// Description: Which country or person chaired an organization, optionally in one year; $organization '' for every organization.
// Param $organization = 'OSCE' : an organization name or alias, case-insensitive; '' for all
// Param $year = '2010' : YYYY; '' for any year
MATCH (chair:Entity)-[r:CHAIRED]->(o:Organization)
WHERE ($organization = ''
       OR toLower(o.name) = toLower($organization)
       OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($organization)))
OPTIONAL MATCH (d:Document {id: r.doc})
WITH chair, r, o, d, coalesce(r.date, d.date) AS date
WHERE $year = '' OR date STARTS WITH $year
RETURN o.name AS organization, date, chair.name AS chair, r.title AS title, r.evidence AS evidence
ORDER BY organization, date;
