// Title: Documents mentioning an entity
// Description: Every document that names an entity, newest first, with how often it does.
// Param $name = 'Kazakhstan' : an entity's name or alias, case-insensitive
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name))
MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN e.name AS entity, d.date AS date, d.title AS document, d.language AS language,
       d.source AS file, m.count AS mentions
ORDER BY date DESC, document;
