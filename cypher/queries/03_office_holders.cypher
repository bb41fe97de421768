// Title: Office holders by country and date
// Description: Who held which post in a country or organization, read from documents of a given year (the relationship's date, else its document's date); $year '' for all years.
// Param $country = 'Kazakhstan' : a country or organization name or alias, case-insensitive
// Param $year = '2024' : YYYY (or YYYY-MM); '' for any date
MATCH (c:Entity)
WHERE (c:Country OR c:Organization)
  AND (toLower(c.name) = toLower($country)
       OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($country)))
MATCH (p:Person)-[r:HOLDS_OFFICE]->(c)
OPTIONAL MATCH (d:Document {id: r.doc})
WITH c, p, r, d, coalesce(r.date, d.date) AS date
WHERE $year = '' OR date STARTS WITH $year
RETURN c.name AS of, r.title AS title, p.name AS holder, date, d.title AS document
ORDER BY of, date, holder;
