#!/usr/bin/env bash
# Installs and starts PostgreSQL + PostGIS on Debian/Ubuntu, then creates the role and database of Pôles ESS.
# Idempotent: running it again changes nothing. Usage: sudo infra/install-postgis-debian.sh [db] [role] [password]
set -euo pipefail
DB_NAME=${1:-poles_ess}
DB_USER=${2:-poles}
DB_PASSWORD=${3:-poles}

if ! command -v psql >/dev/null 2>&1 || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  apt-get update
  PG_MAJOR=$(apt-cache search --names-only '^postgresql-[0-9]+$' | sed -E 's/^postgresql-([0-9]+).*/\1/' | sort -n | tail -1)
  DEBIAN_FRONTEND=noninteractive apt-get install -y "postgresql-${PG_MAJOR}" "postgresql-${PG_MAJOR}-postgis-3"
fi

CLUSTER_VERSION=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_ctlcluster --skip-systemctl-redirect "$CLUSTER_VERSION" main status >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER_VERSION" main start
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else bash -c "$1"; fi; }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='${DB_USER}'\" | grep -q 1 || psql -c \"CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}'\""
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='${DB_NAME}'\" | grep -q 1 || psql -c \"CREATE DATABASE ${DB_NAME} OWNER ${DB_USER}\""
as_postgres "psql -d ${DB_NAME} -c 'CREATE EXTENSION IF NOT EXISTS postgis'"

echo "PostgreSQL + PostGIS prêt : DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:5432/${DB_NAME}"
