# Shared by demarrer.sh, arreter.sh and api.sh (sourced): where everything runs, on which ports.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${RUN_DIR:-/tmp/poles-ess-plusieurs-serveurs}
PORT_PRIMAIRE=${PORT_PRIMAIRE:-5441}
PORT_REPLIQUE=${PORT_REPLIQUE:-5442}
PORTS_API=${PORTS_API:-"4101 4102"}
PORT_NGINX=${PORT_NGINX:-8088}
BASE=${BASE:-poles_ess}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PRIMAIRE_URL="postgres://postgres@127.0.0.1:$PORT_PRIMAIRE/$BASE"
REPLIQUE_URL="postgres://postgres@127.0.0.1:$PORT_REPLIQUE/$BASE"

# PostgreSQL refuses to run as root: its clusters belong to the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

attendre() { # attendre DESCRIPTION SECONDES COMMANDE…
  local what=$1 max=$2
  shift 2
  for _ in $(seq 1 "$max"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "$what : pas prêt après ${max} s" >&2
  return 1
}
