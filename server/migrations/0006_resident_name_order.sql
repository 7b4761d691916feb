-- Name-prefix search with paging: an index in byte order ("C") serves both `LIKE '张%'` and
-- ORDER BY name, so a common surname does not make the planner walk the primary key instead.
DROP INDEX resident_name_idx;
CREATE INDEX resident_name_c_idx ON resident ((name COLLATE "C"), id);
