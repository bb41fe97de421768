// graphload schema for Neo4j 5 (5.26 LTS): uniqueness constraints on id for every
// graphload label, a name index on entities, a date index on documents, and
// doc / key indexes on every relationship type. `graphload load` runs the same
// statements (graphload.neo4j_queries.schema_statements) before loading; a test
// keeps this file and the code identical. Safe to re-run (IF NOT EXISTS).
// cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f cypher/schema.cypher

CREATE CONSTRAINT graphload_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graphload_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

CREATE INDEX graphload_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX graphload_document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX graphload_met_with_doc IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.doc);
CREATE INDEX graphload_met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.key);
CREATE INDEX graphload_holds_office_doc IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.doc);
CREATE INDEX graphload_holds_office_key IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.key);
CREATE INDEX graphload_chaired_doc IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.doc);
CREATE INDEX graphload_chaired_key IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.key);
CREATE INDEX graphload_hosted_doc IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.doc);
CREATE INDEX graphload_hosted_key IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.key);
CREATE INDEX graphload_attended_doc IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.doc);
CREATE INDEX graphload_attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key);
CREATE INDEX graphload_addressed_doc IF NOT EXISTS FOR ()-[r:ADDRESSED]-() ON (r.doc);
CREATE INDEX graphload_addressed_key IF NOT EXISTS FOR ()-[r:ADDRESSED]-() ON (r.key);
CREATE INDEX graphload_visited_doc IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.doc);
CREATE INDEX graphload_visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.key);
CREATE INDEX graphload_held_in_doc IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.doc);
CREATE INDEX graphload_held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.key);
CREATE INDEX graphload_located_in_doc IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.doc);
CREATE INDEX graphload_located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.key);
CREATE INDEX graphload_member_of_doc IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.doc);
CREATE INDEX graphload_member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX graphload_mentions_doc IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.doc);
CREATE INDEX graphload_mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.key);
