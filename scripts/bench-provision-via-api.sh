#!/usr/bin/env bash
# Provisions N cooperatives through POST /api/tenants on a running server and prints median/p95 of the request time.
set -euo pipefail
B=${B:-http://localhost:9080}; N=${1:-200}
TOK=$(curl -s -X POST $B/api/auth/token -H 'Content-Type: application/json' -d '{"username":"admin.nazionale","password":"Mutua-demo-2026"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
vat() { local d=$(printf "%07d%03d" $((2000000 + $1)) $((1 + $1 % 99))); local s=0; for i in $(seq 0 9); do local c=${d:$i:1}; if [ $((i % 2)) -eq 1 ]; then c=$((c*2)); [ $c -gt 9 ] && c=$((c-9)); fi; s=$((s+c)); done; echo "$d$(( (10 - s % 10) % 10 ))"; }
run=$(date +%s)
for i in $(seq 1 $N); do
  curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -X POST $B/api/tenants -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"COOPERATIVE\",\"code\":\"bench-$run-$i\",\"name\":\"Cooperativa di prova $i\",\"parent\":\"nazionale\",\"federation\":\"social\",\"vatNumber\":\"$(vat $((run % 100000 * 10 + i)))\",\"region\":\"12\"}"
done | awk '$1 != 201 {bad++} $1 == 201 {print $2 * 1000}' | sort -n | awk '{a[NR]=$1} END {printf "n=%d median=%.1f ms p95=%.1f ms max=%.1f ms\n", NR, a[int(NR*0.5)+1], a[int(NR*0.95)], a[NR]}'
