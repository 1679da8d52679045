#!/bin/sh
# The Debian 12 root that tests/deploy/test_debootstrap_install.py installs the
# project into. Built once (debootstrap, apt, PyPI: several minutes) and cached;
# the test runs deploy/install.sh fresh on an overlay of it every time.
#
#   tests/deploy/debian-root.sh          build it if missing; print its folder
#   tests/deploy/debian-root.sh --path   print the folder it would be (no build)
#
# Root, network to the Debian mirror and to PyPI. What is cached is only what
# comes from outside the project:
#   root/    debootstrap --variant=minbase bookworm, then the packages of
#            deploy/mkosi/mkosi.conf (the image's base, without the kernel) and
#            deploy/mkosi/station-packages.txt (what install.sh installs)
#   root/var/cache/buergerterminal-test-wheels/
#            wheels of the project's PyPI dependencies and build requirements
#            (pyscard and pycups built once), so install.sh's pip needs no network
# No users, units, venv or project files: install.sh makes all of those in the
# test. The folder's name is a hash of this script, both package lists, the
# dependencies in pyproject.toml and the mirror; a change to any of them makes a
# new one (remove old ones by hand: rm -rf /var/cache/buergerterminal-test/debian12-*).
#
# Environment: BUERGERTERMINAL_TEST_CACHE (default /var/cache/buergerterminal-test),
# DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cache=${BUERGERTERMINAL_TEST_CACHE:-/var/cache/buergerterminal-test}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WHEELS=/var/cache/buergerterminal-test-wheels
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# Inputs, one per line: the image's base packages (without the kernel), the
# station's packages, the PyPI requirements.
inputs() {
    "$PY" - "$repo" <<'EOF'
import configparser, sys, tomllib
from pathlib import Path
repo = Path(sys.argv[1])
mkosi = configparser.ConfigParser(strict=False, interpolation=None)
mkosi.read(repo / "deploy/mkosi/mkosi.conf")
base = [p for p in mkosi["Content"]["Packages"].split() if not p.startswith("linux-image")]
station = []
for line in (repo / "deploy/mkosi/station-packages.txt").read_text().splitlines():
    station += line.split("#", 1)[0].split()
project = tomllib.loads((repo / "pyproject.toml").read_text())
pypi = project["project"]["dependencies"] + project["build-system"]["requires"]
print("base", *base)
print("station", *station)
print("pypi", *pypi)
EOF
}

folder() {
    key=$({ cat "$0"; inputs; echo "$mirror"; } | sha256sum | cut -c1-16)
    echo "$cache/debian12-$key"
}

if [ "${1:-}" = "--path" ]; then
    folder
    exit 0
fi

if [ "${1:-}" = "--inner" ]; then
    # In a private mount namespace (see below): every mount dies with it.
    root=$2
    set -- $(inputs | sed -n 's/^base //p')
    base="$*"
    set -- $(inputs | sed -n 's/^station //p')
    station="$*"
    pypi=$(inputs | sed -n 's/^pypi //p')
    step() { echo "debian-root: $* ($(date +%T))" >&2; }

    step "debootstrap bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -n 30 "$root.debootstrap.log" >&2; exit 1; }
    mount -t proc proc "$root/proc"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    mount -t tmpfs tmpfs "$root/run"
    mount -t tmpfs tmpfs "$root/tmp"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # No daemon may start inside the chroot while packages are configured.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 0755 "$root/usr/sbin/policy-rc.d"
    in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

    step "apt: $base and deploy/mkosi/station-packages.txt"
    in_root apt-get update -qq
    # shellcheck disable=SC2086
    in_root apt-get install -y -qq --no-install-recommends $base $station >/dev/null
    in_root apt-get clean

    # Trust what this machine trusts locally (e.g. a company's TLS proxy) for PyPI.
    if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
        in_root update-ca-certificates >/dev/null 2>&1
    fi
    step "wheels of the PyPI dependencies"
    in_root python3 -m venv /tmp/wheel-venv
    # pycups has no pyproject.toml: pip builds it with the venv's own `wheel`.
    in_root /tmp/wheel-venv/bin/pip install -q --disable-pip-version-check wheel
    # shellcheck disable=SC2086
    in_root /tmp/wheel-venv/bin/pip wheel -q --disable-pip-version-check \
        --no-cache-dir -w "$WHEELS" $pypi

    rm -f "$root/usr/sbin/policy-rc.d"
    : >"$root/etc/resolv.conf"
    step "done"
    exit 0
fi

[ "$(id -u)" -eq 0 ] || { echo "debian-root.sh: run as root" >&2; exit 2; }
for tool in debootstrap unshare flock chroot; do
    command -v "$tool" >/dev/null || {
        echo "debian-root.sh: needs $tool (apt-get install debootstrap util-linux)" >&2
        exit 2
    }
done
final=$(folder)
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9  # one build at a time; a second caller waits and then finds it done
if [ ! -f "$final/complete" ]; then
    build="$cache/.build-$$"
    rm -rf "$build"
    mkdir -p "$build"
    start=$(date +%s)
    # The mounts live in their own namespace and vanish with it, so the
    # clean-up below can never reach through a mount into the host.
    if ! unshare --mount --propagation private "$0" --inner "$build/root"; then
        rm -rf "$build"
        echo "debian-root.sh: build failed" >&2
        exit 1
    fi
    echo "built in $(($(date +%s) - start)) s on $(date -u +%FT%TZ)" >"$build/complete"
    rm -rf "$final"
    mv "$build" "$final"
fi
echo "$final"
