#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback: `temp-postgres.sh start DIR PORT` prints its URL;
# `temp-postgres.sh stop DIR` stops it. initdb refuses to run as root, so root runs it as `postgres`.
set -euo pipefail
cmd=$1 dir=$2
bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bin=$d; done
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port=$3
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U folio --auth=trust -E UTF8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" -w start >/dev/null
    echo "postgres://folio@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
