-- Minutes each phone spent in each cell per UTC day, kept by location ingest in the transaction that stores
-- the records (DESIGN.md: counts are maintained, never recounted per request). The companion rule's "over
-- 30 h in that cell within 14 days" is then a sum over one index range of at most a row a day per (phone,
-- cell), instead of 14 partition lookups into location_record for every pair a case meets. Not partitioned,
-- for that very reason: retention deletes its old days when it drops location_record's partitions.
CREATE TABLE location_cell_day (
  phone   text NOT NULL,
  cell_id bigint NOT NULL,
  day     date NOT NULL,
  minutes integer NOT NULL CHECK (minutes > 0),
  PRIMARY KEY (phone, cell_id, day)
);
