#!/bin/bash
# The replica: on first start a base backup of the primary (-R: standby.signal + primary_conninfo), then a hot
# standby streaming the primary's WAL. Reads only; the API sends lists, search, reports and analytics here.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h primary -U partwise; do sleep 1; done
  pg_basebackup -h primary -U partwise -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
