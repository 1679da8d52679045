#!/bin/sh
# Set up a Debian 12 machine for Bürgerterminal: system packages, then .venv.
# The packages of deploy/packages.txt, and the installed packages they depend
# on, are brought to the Debian archive's current version
# (deploy/system-packages.sh). Idempotent: a second run installs nothing and
# returns within a second.
set -eu
cd "$(dirname "$0")/.."

sh deploy/system-packages.sh deploy/packages.txt

PY="${PYTHON:-python3}"
stamp=".venv/.installed"
want="$(cat pyproject.toml deploy/packages.txt | sha256sum | cut -d' ' -f1)"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "bootstrap: installing the project into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    echo "$want" > "$stamp"
fi
