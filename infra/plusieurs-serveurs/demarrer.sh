#!/usr/bin/env bash
# Several servers on one machine (docs/plusieurs-serveurs.md): a PostgreSQL primary, a streaming replica made by
# pg_basebackup, two API instances started together on the empty database (one migrates and seeds, the other waits),
# nginx in front (dashboard files, /graphql and /sante balanced over the instances). Stop it with arreter.sh.
# Needs: `pnpm build`, PostgreSQL + PostGIS and nginx from Debian (infra/install-postgis-debian.sh, apt-get install
# nginx-light). Everything lives in RUN_DIR; ports in commun.sh.
set -euo pipefail
source "$(dirname "$0")/commun.sh"
HERE=$(cd "$(dirname "$0")" && pwd)

[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL introuvable (PG_BIN=$PG_BIN)" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx introuvable : apt-get install nginx-light" >&2; exit 1; }
if [ -e "$RUN_DIR/primaire" ]; then echo "$RUN_DIR existe déjà : lancez d'abord arreter.sh --effacer" >&2; exit 1; fi
mkdir -p "$RUN_DIR"
chmod 755 "$RUN_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$RUN_DIR"
debut=$SECONDS

echo "1. Primaire PostgreSQL sur le port $PORT_PRIMAIRE"
as_pg "$PG_BIN/initdb" -D "$RUN_DIR/primaire" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$RUN_DIR/initdb.log"
cat >>"$RUN_DIR/primaire/postgresql.conf" <<CONF
port = $PORT_PRIMAIRE
listen_addresses = '127.0.0.1'
unix_socket_directories = '$RUN_DIR'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
jit = off
CONF
echo "host replication postgres 127.0.0.1/32 trust" >>"$RUN_DIR/primaire/pg_hba.conf"
as_pg "$PG_BIN/pg_ctl" -D "$RUN_DIR/primaire" -l "$RUN_DIR/primaire.log" -w start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT_PRIMAIRE" -U postgres "$BASE"

echo "  ($((SECONDS - debut)) s)"
echo "2. Réplique en streaming (pg_basebackup) sur le port $PORT_REPLIQUE"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT_PRIMAIRE" -U postgres -D "$RUN_DIR/replique" -X stream -c fast -R -C -S replique_1
echo "port = $PORT_REPLIQUE" >>"$RUN_DIR/replique/postgresql.conf"
as_pg "$PG_BIN/pg_ctl" -D "$RUN_DIR/replique" -l "$RUN_DIR/replique.log" -w start >/dev/null

echo "  ($((SECONDS - debut)) s)"
echo "3. Instances de l'API ($PORTS_API), démarrées ensemble sur la base vide"
for port in $PORTS_API; do "$HERE/api.sh" demarrer "$port"; done
for port in $PORTS_API; do "$HERE/api.sh" attendre "$port" 600; done

echo "  ($((SECONDS - debut)) s)"
echo "4. nginx sur le port $PORT_NGINX"
mkdir -p "$RUN_DIR/nginx/logs"
upstreams=""
for port in $PORTS_API; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=2s;"$'\n'; done
sed -e "s|@PORT_NGINX@|$PORT_NGINX|g" -e "s|@DASHBOARD@|$ROOT/packages/dashboard/dist|g" -e "s|@RUN_DIR@|$RUN_DIR|g" \
  "$HERE/nginx.conf.modele" | awk -v up="$upstreams" '{ if ($0 ~ /@UPSTREAMS@/) printf "%s", up; else print }' >"$RUN_DIR/nginx/nginx.conf"
nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf"
attendre "nginx" 20 curl -fsS "http://127.0.0.1:$PORT_NGINX/sante/pret"

echo "Prêt en $((SECONDS - debut)) s : http://127.0.0.1:$PORT_NGINX/ (API : /graphql ; primaire $PRIMAIRE_URL, réplique $REPLIQUE_URL)"
