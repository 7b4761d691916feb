#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 (the oldest version Fangkong supports) with a non-superuser role that
# may create databases, and prints its DATABASE_URL. The suite runs on it as well as on the embedded 18.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi
[ -d /etc/postgresql/15/main ] || pg_createcluster 15 main >/dev/null
pg_ctlcluster 15 main start >/dev/null 2>&1 || true
su postgres -c "psql -qAt -c \"SELECT 1 FROM pg_roles WHERE rolname = 'fangkong_ci'\"" | grep -q 1 ||
  su postgres -c "psql -q -c \"CREATE ROLE fangkong_ci LOGIN PASSWORD 'fangkong_ci' CREATEDB\""
su postgres -c "psql -qAt -c \"SELECT 1 FROM pg_database WHERE datname = 'fangkong_ci'\"" | grep -q 1 ||
  su postgres -c "psql -q -c \"CREATE DATABASE fangkong_ci OWNER fangkong_ci\""
port=$(su postgres -c "psql -qAt -c 'SHOW port'")
echo "postgres://fangkong_ci:fangkong_ci@127.0.0.1:${port}/fangkong_ci"
