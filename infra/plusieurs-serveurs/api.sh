#!/usr/bin/env bash
# One API instance of the topology: `api.sh demarrer 4101` (in the background, log and pid in RUN_DIR), `api.sh
# arreter 4101` (SIGTERM: graceful), `api.sh tuer 4101` (SIGKILL: a crash).
set -euo pipefail
source "$(dirname "$0")/commun.sh"
action=$1
port=$2
pidfile="$RUN_DIR/api-$port.pid"
case "$action" in
  demarrer)
    [ -f "$ROOT/packages/api/dist/main.js" ] || { echo "API non construite : lancez « pnpm build »" >&2; exit 1; }
    DATABASE_URL=$PRIMAIRE_URL DATABASE_REPLICA_URLS=$REPLIQUE_URL PORT=$port HOST=127.0.0.1 \
      REPLICA_RETARD_MAX_SECONDES=${REPLICA_RETARD_MAX_SECONDES:-5} DATABASE_POOL_SIZE=${DATABASE_POOL_SIZE:-4} \
      CACHE_REPONSES_SECONDES=${CACHE_REPONSES_SECONDES:-0} DASHBOARD_DIST="$ROOT/packages/dashboard/dist" \
      setsid node "$ROOT/packages/api/dist/main.js" >>"$RUN_DIR/api-$port.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    ;;
  attendre)
    attendre "API :$port" "${3:-300}" curl -fsS "http://127.0.0.1:$port/sante/pret"
    ;;
  arreter | tuer)
    [ -f "$pidfile" ] || exit 0
    pid=$(cat "$pidfile")
    if [ "$action" = tuer ]; then kill -KILL "$pid" 2>/dev/null || true; else kill -TERM "$pid" 2>/dev/null || true; fi
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    ;;
  *)
    echo "usage : api.sh demarrer|attendre|arreter|tuer PORT" >&2
    exit 2
    ;;
esac
