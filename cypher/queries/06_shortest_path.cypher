// Title: Shortest path between two people
// Description: The shortest chain of relationships (any type but MENTIONS, at most 6 hops) linking two people.
// Param $from_name = 'António Guterres' : the first person's name or alias, case-insensitive
// Param $to_name = 'Ban Ki-moon' : the second person's name or alias, case-insensitive
MATCH (a:Person)
WHERE toLower(a.name) = toLower($from_name)
   OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($from_name))
WITH a
MATCH (b:Person)
WHERE (toLower(b.name) = toLower($to_name)
       OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($to_name)))
  AND b <> a
MATCH p = shortestPath((a)-[:MET_WITH|HOLDS_OFFICE|CHAIRED|HOSTED|ATTENDED|ADDRESSED|VISITED|HELD_IN|LOCATED_IN|MEMBER_OF*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS via, length(p) AS hops;
