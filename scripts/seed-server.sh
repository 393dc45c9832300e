#!/usr/bin/env bash
# Runs a Mutua server for the seed-scale data set, apart from the README's demo server: its own Liberty server
# (mutua-seed, copied from the built `mutua` server), its own ports and its own embedded PostgreSQL data directory.
#
#   scripts/seed-server.sh start|stop|status|pid|log|wipe
#
# Environment (defaults in brackets):
#   SEED_HTTP_PORT [9097]  SEED_HTTPS_PORT [9457]  SEED_DB_PORT [5547]
#   SEED_DATA_DIR  [.mutua/seed-data]   SEED_SERVER [mutua-seed]
#   SEED_RUNTIME [none]: a directory to run from a COPY of the built Liberty runtime and applications (made on
#     start), so that `mvn clean` or a rebuild of the worktree does not pull the runtime from under a running seed server
#   SEED_PASSWORD_ITERATIONS [the product's 120000]: PBKDF2 iterations for passwords hashed by this server; lower (Liberty refuses fewer than 1,024)
#     only to load thousands of administrator accounts quickly, and say so next to any figure
# Needs a built server: mvn -DskipTests package (liberty-config/target/liberty/wlp/usr/servers/mutua).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILT=$ROOT/liberty-config/target
RUNTIME=${SEED_RUNTIME:-}
if [ -n "$RUNTIME" ]; then WLP=$RUNTIME/wlp; else WLP=$BUILT/liberty/wlp; fi
SERVER=${SEED_SERVER:-mutua-seed}
HTTP=${SEED_HTTP_PORT:-9097}
HTTPS=${SEED_HTTPS_PORT:-9457}
DB=${SEED_DB_PORT:-5547}
DATA=${SEED_DATA_DIR:-$ROOT/.mutua/seed-data}
case "$DATA" in /*) ;; *) DATA=$ROOT/$DATA ;; esac
DIR=$WLP/usr/servers/$SERVER

ensure_server() {
  SRC=$BUILT/liberty/wlp/usr/servers/mutua
  [ -d "$SRC" ] || { echo "no built server: run 'mvn -DskipTests package' first" >&2; exit 2; }
  if [ -n "$RUNTIME" ]; then
    mkdir -p "$RUNTIME"
    mkdir -p "$WLP"
    (cd "$BUILT/liberty/wlp" && tar cf - --exclude=./usr/servers .) | (cd "$WLP" && tar xf -)
    rm -rf "$RUNTIME/mutua-apps" "$RUNTIME/mutua-lib"
    cp -a "$BUILT/mutua-apps" "$BUILT/mutua-lib" "$RUNTIME/"
  fi
  mkdir -p "$DIR"
  # the configuration is refreshed from the built server on every start, so a rebuild is picked up
  cp "$SRC/server.xml" "$DIR/server.xml"
  # a rebuild generates a new keystore password: a keystore made under the old one no longer opens (CWPKI0033E) and
  # every token is refused with 401, so drop it and Liberty makes a new one on start
  if [ -f "$SRC/server.env" ] && ! cmp -s "$SRC/server.env" "$DIR/server.env"; then rm -f "$DIR/resources/security/key.p12"; fi
  [ -f "$SRC/server.env" ] && cp "$SRC/server.env" "$DIR/server.env"
  [ -f "$SRC/jvm.options" ] && cp "$SRC/jvm.options" "$DIR/jvm.options"
  grep -v '^mutua.data.dir=\|^http.port=\|^https.port=\|^mutua.db.embedded.port=\|^mutua.demo.enabled=' \
    "$SRC/bootstrap.properties" > "$DIR/bootstrap.properties"
  if [ -n "$RUNTIME" ]; then
    sed -i "s#^mutua.apps.dir=.*#mutua.apps.dir=$RUNTIME/mutua-apps#; s#^mutua.lib.dir=.*#mutua.lib.dir=$RUNTIME/mutua-lib#" \
      "$DIR/bootstrap.properties"
  fi
  cat >> "$DIR/bootstrap.properties" <<EOF
mutua.data.dir=$DATA
http.port=$HTTP
https.port=$HTTPS
mutua.db.embedded.port=$DB
mutua.demo.enabled=true
EOF
  if [ -n "${SEED_PASSWORD_ITERATIONS:-}" ]; then
    echo "mutua.password.iterations=$SEED_PASSWORD_ITERATIONS" >> "$DIR/bootstrap.properties"
  fi
}

case "${1:-}" in
  start)
    ensure_server
    HTTP_PORT=$HTTP HTTPS_PORT=$HTTPS MUTUA_DB_EMBEDDED_PORT=$DB "$WLP/bin/server" start "$SERVER" >/dev/null
    for _ in $(seq 1 600); do
      # /health/ready alone answers 200 even when the application failed to start: ask the app itself too
      if curl -sf -o /dev/null "http://localhost:$HTTP/health/ready" && curl -sf -o /dev/null "http://localhost:$HTTP/api/auth/jwks"; then echo "ready on http://localhost:$HTTP (db port $DB, data $DATA)"; exit 0; fi
      sleep 0.5
    done
    echo "server did not become ready; see $DIR/logs/messages.log" >&2; exit 1 ;;
  stop)
    "$WLP/bin/server" stop "$SERVER" >/dev/null || true ;;
  status)
    "$WLP/bin/server" status "$SERVER" ;;
  pid)
    cat "$WLP/usr/servers/.pid/$SERVER.pid" ;;
  log)
    echo "$DIR/logs/messages.log" ;;
  wipe)
    # a fresh, empty data set: the server must be stopped (the embedded PostgreSQL stops with it)
    if "$WLP/bin/server" status "$SERVER" >/dev/null 2>&1; then echo "stop the server first" >&2; exit 1; fi
    rm -rf "$DATA" ;;
  *)
    sed -n 2,10p "$0"; exit 2 ;;
esac
