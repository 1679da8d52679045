#!/bin/sh
# Set up a Debian 12 machine for Bürgerterminal: system packages, then .venv.
#
# System packages: every package in deploy/packages.txt is installed and at the
# current candidate version of a fresh `apt-get update`, and so is every
# installed package they depend on (postgresql's security updates come in
# postgresql-15): a station runs its security updates, so the tests do too.
# The apt lists are refreshed when they are older than
# BOOTSTRAP_APT_MAX_AGE_HOURS (default 6) or a listed package is missing.
# Idempotent: a second run installs nothing and returns within a second (the
# version check is skipped while neither the lists, dpkg's status nor the
# list changed since the last check that found nothing to do).
set -eu
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

STATE=/var/cache/buergerterminal-setup
UPDATED="$STATE/apt-updated"  # touched after each apt-get update of ours
CHECKED="$STATE/packages-ok"  # the list's hash, when all were up to date
MAX_AGE_HOURS="${BOOTSTRAP_APT_MAX_AGE_HOURS:-6}"
export LC_ALL=C

pkgs="$(sed -e 's/#.*//' deploy/packages.txt | tr -s ' \t\n' '   ')"
list_hash="$(sed -e 's/#.*//' deploy/packages.txt | sha256sum | cut -d' ' -f1)"

newer() {  # newer FILE OTHER: FILE exists and was changed after OTHER
    [ -n "$(find "$1" -prune -newer "$2" 2>/dev/null)" ]
}

lists_fresh() {
    for stamp in "$UPDATED" /var/lib/apt/periodic/update-success-stamp; do
        if [ -n "$(find "$stamp" -prune -mmin "-$((MAX_AGE_HOURS * 60))" 2>/dev/null)" ]; then
            return 0
        fi
    done
    return 1
}

apt_update() {
    echo "bootstrap: apt-get update"
    $SUDO apt-get update -qq
    $SUDO mkdir -p "$STATE"
    $SUDO touch "$UPDATED"
}

# One line per package that needs apt: "install NAME" (listed, not installed),
# "upgrade NAME" (installed != candidate) or "nocandidate NAME" (listed, but
# apt knows no version of it). One apt-cache pass for the list and everything
# installed it depends on.
plan() {
    deps="$(apt-cache depends --recurse --installed --no-recommends \
        --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances \
        $pkgs | grep -v -e '^ ' -e '^<' | sort -u)"
    # shellcheck disable=SC2086
    apt-cache policy $pkgs $deps | awk -v listed=" $pkgs " '
        /^[^ ].*:$/ { name = substr($0, 1, length($0) - 1); next }
        $1 == "Installed:" { installed = $2; next }
        $1 == "Candidate:" {
            if (name in seen) next
            seen[name] = 1
            is_listed = index(listed, " " name " ") > 0
            if ($2 == "(none)") {
                if (is_listed) print "nocandidate", name
            } else if (installed == "(none)") {
                if (is_listed) print "install", name
            } else if (installed != $2) {
                print "upgrade", name
            }
        }
        END {
            # a listed name apt-cache does not know at all prints nothing
            n = split(listed, names, " ")
            for (i = 1; i <= n; i++)
                if (!(names[i] in seen)) print "nocandidate", names[i]
        }'
}

if [ -f "$CHECKED" ] && [ "$(cat "$CHECKED")" = "$list_hash" ] && lists_fresh \
    && newer "$CHECKED" /var/lib/dpkg/status \
    && newer "$CHECKED" /var/lib/apt/lists; then
    : # nothing changed since everything was up to date
else
    updated=""
    if ! lists_fresh; then
        apt_update
        updated=1
    fi
    todo="$(plan)"
    if [ -z "$updated" ] && echo "$todo" | grep -q -e '^install ' -e '^nocandidate '; then
        apt_update  # a new package: its candidate may be newer than the lists
        todo="$(plan)"
    fi
    if echo "$todo" | grep -q '^nocandidate '; then
        echo "bootstrap: apt has no version of:" \
            "$(echo "$todo" | sed -n 's/^nocandidate //p' | tr '\n' ' ')" >&2
        echo "bootstrap: check deploy/packages.txt and /etc/apt/sources.list" >&2
        exit 1
    fi
    names="$(echo "$todo" | sed -n -e 's/^install //p' -e 's/^upgrade //p' | tr '\n' ' ')"
    if [ -n "$names" ]; then
        echo "bootstrap: installing or upgrading system packages: $names"
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
            --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
            $names
        todo="$(plan)"
        if [ -n "$todo" ]; then
            echo "bootstrap: still not at the candidate version:" >&2
            echo "$todo" >&2
            exit 1
        fi
    fi
    $SUDO mkdir -p "$STATE"
    echo "$list_hash" | $SUDO tee "$CHECKED" >/dev/null
fi

