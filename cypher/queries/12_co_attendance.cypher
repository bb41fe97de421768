// Title: Co-attendance at events
// Description: Events with everyone who attended, addressed or hosted them; $event '' for all events.
// Param $event = '' : an event name or alias, case-insensitive; '' for all
MATCH (x:Entity)-[r:ATTENDED|ADDRESSED|HOSTED]->(e:Event)
WHERE $event = ''
   OR toLower(e.name) = toLower($event)
   OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($event))
WITH e, collect(DISTINCT x.name + ' (' + toLower(type(r)) + ')') AS participants
RETURN e.name AS event, size(participants) AS count, participants
ORDER BY count DESC, event;
