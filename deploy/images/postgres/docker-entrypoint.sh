#!/bin/bash
# Initialises an empty data directory (superuser POSTGRES_USER with POSTGRES_PASSWORD, database
# POSTGRES_DB, then /docker-entrypoint-initdb.d/*.sql and *.sh) on a server that listens on the
# socket only, then runs the real server in the foreground. Like the official image, the server
# says "ready to accept connections" twice on a first start, which is what Testcontainers awaits.
set -euo pipefail
[[ ${1:-} == -* ]] && set -- postgres "$@"

if [[ ${1:-} == postgres && ! -s $PGDATA/PG_VERSION ]]; then
  : "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
  user=${POSTGRES_USER:-postgres}
  db=${POSTGRES_DB:-$user}
  # No fsync while initialising, one sync at the end: the first start takes a few seconds instead of
  # ~27 s here. As with the official image, a first start that dies half-way leaves a data
  # directory to throw away.
  initdb -D "$PGDATA" -U "$user" --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --no-sync \
    --auth-host=scram-sha-256 --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") >/dev/null
  printf "listen_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  printf 'host all all all scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c fsync=off" -w start
  psql=(psql -X -v ON_ERROR_STOP=1 -U "$user" -d postgres -q)
  if [[ $db != postgres ]]; then
    "${psql[@]}" -c "CREATE DATABASE \"$db\" OWNER \"$user\""
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    case $f in
      *.sql) echo "running $f"; "${psql[@]}" -f "$f" ;;
      *.sh) echo "running $f"; . "$f" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop
  sync
fi
exec "$@"
