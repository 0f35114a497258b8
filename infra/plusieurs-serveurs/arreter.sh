#!/usr/bin/env bash
# Stops what demarrer.sh started (nginx, the API instances gracefully, the replica, the primary); --effacer also
# deletes RUN_DIR (the databases).
set -uo pipefail
source "$(dirname "$0")/commun.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
[ -f "$RUN_DIR/nginx/nginx.pid" ] && nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -s quit 2>/dev/null
for port in $PORTS_API; do "$HERE/api.sh" arreter "$port"; done
for cluster in replique primaire; do
  [ -f "$RUN_DIR/$cluster/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$RUN_DIR/$cluster" -m fast -w stop >/dev/null
done
for _ in $(seq 1 10); do [ -f "$RUN_DIR/nginx/nginx.pid" ] || break; sleep 0.5; done
if [ "${1:-}" = --effacer ]; then rm -rf "$RUN_DIR"; fi
echo "Arrêté."
