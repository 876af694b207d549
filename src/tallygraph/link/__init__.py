"""Links to Wikidata: the reviewed mapping, candidate proposals from a SPARQL endpoint, and their ranking."""
