#!/usr/bin/env bash
# The seed-scale data set and the performance harness (issue 8, docs/PERFORMANCE.md "Seed scale").
#
#   scripts/seed.sh load    --scale 1 --url http://localhost:9097     # load the data set through the REST API
#   scripts/seed.sh verify  --scale 1                                  # check it in the database
#   scripts/seed.sh measure --scale 1                                  # run the harness, print the table
#   scripts/seed.sh --help                                             # every option
#
# Builds the seed module (and what it needs) first unless SEED_NO_BUILD=1. Needs a JDK 21+ on the PATH or JAVA_HOME.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [ "${SEED_NO_BUILD:-0}" != 1 ]; then
  mvn -q -pl seed -am package -DskipTests >/dev/null
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$JAVA" -cp "seed/target/mutua-seed.jar:seed/target/lib/*" it.mutua.seed.SeedMain "$@"
