#!/usr/bin/env bash
# The test command (./parindex test): installs what the tests need from Debian's packages when it is missing
# (Chromium and its driver, LibreOffice Calc and Writer, PostgreSQL, Jupyter with pandas and matplotlib), starts a
# throwaway PostgreSQL server on a free local port, then runs every test with Maven. No test is skipped: a test
# whose tool is missing fails and names the package.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt_updated=""
need() { # install Debian packages when a command is missing
  local command="$1"; shift
  if ! command -v "$command" >/dev/null 2>&1 && ! ls $command >/dev/null 2>&1; then
    [ -n "$apt_updated" ] || { apt-get update -q; apt_updated=1; }
    apt-get install -y -q "$@"
  fi
}

# JDK 17 and Maven (Maven fetches the project's dependencies from Maven Central itself).
need javac openjdk-17-jdk-headless
need mvn maven
java -version 2>&1 | head -1

need_package() { # install a Debian package that adds no command of its own
  if ! dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; then
    [ -n "$apt_updated" ] || { apt-get update -q; apt_updated=1; }
    apt-get install -y -q --no-install-recommends "$1"
  fi
}

# Headless Chromium and its driver for the dashboard's browser test; LibreOffice Calc and Writer to prove the
# briefings and the draft plans open.
need chromium chromium
need chromedriver chromium-driver
need soffice libreoffice-calc-nogui
need_package libreoffice-calc-nogui
need_package libreoffice-writer-nogui

# Debian's Jupyter, pandas and matplotlib (the notebooks are executed) and DejaVu Sans (Vietnamese in their charts).
need /usr/bin/jupyter-nbconvert jupyter-nbconvert
need_package python3-ipykernel
need_package python3-pandas
need_package python3-matplotlib
need_package fonts-dejavu-core

# A throwaway PostgreSQL server for the job-repository test, from Debian's packages, on a local port.
need "/usr/lib/postgresql/*/bin/initdb" postgresql
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg_data="$(mktemp -d)"
pg_port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done  # a port nobody listens on
chown postgres "$pg_data"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
  -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_data"' EXIT
export PARINDEX_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"

mvn -B -ntp verify "$@"
