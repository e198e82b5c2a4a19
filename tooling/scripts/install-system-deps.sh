#!/usr/bin/env bash
# Installs what the tests need from Debian's packages when it is missing:
# Chromium (browser tests), PostgreSQL server binaries (API tests on PostgreSQL),
# poppler-utils (PDFs rendered to images), PgBouncer (the API behind a pooler in transaction mode),
# pg_auto_failover (the failover drill). Never downloads a browser build of its own.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
command -v pg_autoctl >/dev/null 2>&1 || missing+=(postgresql-15-auto-failover)
if [ ${#missing[@]} -eq 0 ]; then
  echo "All system packages present."
  exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
# Debian would otherwise create and start a cluster of its own; the tests start throwaway ones.
$SUDO mkdir -p /etc/postgresql-common
if ! grep -qs '^create_main_cluster *= *false' /etc/postgresql-common/createcluster.conf; then
  echo 'create_main_cluster = false' | $SUDO tee -a /etc/postgresql-common/createcluster.conf >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq -o Dpkg::Options::=--force-confold --no-install-recommends "${missing[@]}"
