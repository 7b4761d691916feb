-- Secret keys the platform signs with (personal result links, later passes), made once per installation
-- and kept in the database so every app process and a restored backup sign alike.
CREATE TABLE platform_key (
  name       text PRIMARY KEY,
  secret     bytea NOT NULL CHECK (length(secret) >= 32),
  created_at timestamptz NOT NULL DEFAULT now()
);
