-- Audit log: append-only and hash-chained. Each row's hash covers its content and the previous
-- row's hash, so changing or removing any row breaks the chain from there on (see audit verify).
CREATE TABLE audit_log (
  id         bigint PRIMARY KEY,          -- assigned under the chain lock: gapless, in chain order
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id   bigint,
  actor_name text,
  ip         inet,
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  text,
  reason     text,
  summary    jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash  bytea NOT NULL,
  hash       bytea NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

-- One row: the head of the chain. Locking it serialises appends in commit order.
CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_id   bigint NOT NULL,
  last_hash bytea NOT NULL
);
INSERT INTO audit_chain_head (last_id, last_hash) VALUES (0, '\x00'::bytea);

-- The canonical text of a row: every column but hash, NULLs spelled out, time in UTC, jsonb in
-- its normalised text form. verify recomputes exactly this.
CREATE FUNCTION audit_row_hash(r audit_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT sha256(convert_to(format('%s|%L|%L|%L|%L|%L|%L|%L|%L|%L|%s',
    r.id, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.actor_id, r.actor_name,
    host(r.ip), r.action, r.entity, r.entity_id, r.reason, r.summary::text, encode(r.prev_hash, 'hex')),
    'UTF8'))
$$;

CREATE FUNCTION audit_chain_append() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_chain_head FOR UPDATE;
  NEW.id := head.last_id + 1;
  NEW.at := clock_timestamp();
  NEW.prev_hash := head.last_hash;
  NEW.hash := audit_row_hash(NEW);
  UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
  RETURN NEW;
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_chain_append();

CREATE FUNCTION audit_log_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_forbid_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_forbid_change();

-- Where the application runs as its own role (see README), it may only read and append.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_chain_head FROM PUBLIC;
