#!/bin/sh
# A station's A/B disk as files, updated with RAUC and booted with
# systemd-nspawn: the container form of a station (docs/it.md, "Updates and
# roll-back"). Root; rauc, systemd-container, util-linux, e2fsprogs.
#
#   station.sh install STATION BUNDLE --keyring CERT
#       lay out the disk in folder STATION and write the bundle (bundle.sh)
#       into root slot A, after checking it is signed by CERT (IT's
#       certificate, the one the image carries) and meant for this kind of
#       station. The first version is good from the start and gives the
#       station its data.
#   station.sh update STATION BUNDLE [--tries N]
#       the station's own RAUC (its image's rauc, system.conf and keyring, run
#       in the station, not booted) installs the bundle into the other slot,
#       which goes on trial: N boots (default 3) to reach Welcome, else the station falls
#       back by itself. A bundle that is not signed by the station's keyring or
#       is for another kind of system is refused and nothing changes.
#   station.sh boot STATION [NSPAWN-ARGS...]
#       the boot loader: pick the slot (rauc-boot next: good or tries left,
#       the newest; count the try), boot it; again after a reboot (at most 6).
#   station.sh run STATION CMD...
#       run CMD as root in the newest good slot with the station's data, not
#       booted: how IT sets the station's own settings, e.g.
#       station.sh run S /opt/buergerterminal/src/deploy/install.sh --settings-only \
#           --config /etc/buergerterminal/station.toml --sync-token /etc/buergerterminal/token
#   station.sh status STATION
#       the boot entries, each slot's version and RAUC's own `rauc status`
#
# STATION/disk/root-a.img, root-b.img   the root slots (sparse, attached as loop
#                         devices while the station runs; inside they are
#                         /dev/disk/by-partlabel/root-a|root-b, as on a disk)
# STATION/loader/         the boot selection (the "ESP"): entries/ with one
#                         Boot Loader Spec entry per slot (deploy/image/rauc-boot),
#                         booted (the entry booted last), rauc.env
# STATION/data/           what is the station's own and survives updates:
#   etc/                  -> /etc/buergerterminal (station.toml, usage-token.cred)
#   lib/                  -> /var/lib/buergerterminal (usage counters not yet sent)
#   staffpin/             -> /var/lib/buergerterminal-staffpin (staff PIN hash)
#   rauc/                 -> /var/lib/rauc (RAUC's status file)
#   machine-id            -> /etc/machine-id (the station's identity)
#   credential.secret     -> /var/lib/systemd/credential.secret (the key that
#                            decrypts usage-token.cred; tied to the machine ID)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "station.sh: $*" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || die "run as root"
cmd=${1:-}
station=${2:-}
[ -n "$cmd" ] && [ -n "$station" ] || die "usage: station.sh install|update|boot|run|status STATION ..."
shift 2
disk="$station/disk"
SLOT_SIZE=8G  # sparse; as mkosi.conf's RootSize
# One station.sh per station at a time (a running station updates itself:
# rauc install inside it, not station.sh update beside it).
[ "$cmd" != install ] || mkdir -p "$station"
[ -d "$station" ] || die "no station in $station (station.sh install STATION BUNDLE --keyring CERT makes one)"
exec 9>>"$station/.lock"
flock -n 9 || die "$station is in use by another station.sh (running or updating); wait for it"

sel() { BUERGERTERMINAL_LOADER="$station/loader" sh "$here/rauc-boot" "$@"; }

# The slots' loop devices, attached by this run and detached when it ends
# (by the device we got: other work uses loop devices too).
la="" lb=""
detach() {
    for dev in $la $lb; do
        losetup -d "$dev" 2>/dev/null || echo "station.sh: could not detach $dev (losetup -d $dev)" >&2
    done
}
trap detach EXIT
trap 'exit 130' INT TERM
attach() {
    for f in "$disk/root-a.img" "$disk/root-b.img"; do
        [ -f "$f" ] || die "$f is missing (station.sh install STATION BUNDLE --keyring CERT first)"
    done
    la=$(losetup -f --show "$disk/root-a.img") || die "no free loop device for $disk/root-a.img"
    lb=$(losetup -f --show "$disk/root-b.img") || die "no free loop device for $disk/root-b.img"
}
dev_of() { case "$1" in A) echo "$la" ;; B) echo "$lb" ;; *) die "unknown slot '$1' (A or B)" ;; esac; }

version_in() {  # the IMAGE_VERSION in slot image $1, read without mounting
    debugfs -R 'cat /usr/lib/os-release' "$1" 2>/dev/null \
        | sed -n 's/^IMAGE_VERSION=//p' | tr -d '"'
}

# systemd-nspawn on slot $1 (mounted read-only, every boot on
# --volatile=overlay) with the station's data and both slots' devices, in a
# mount namespace with its own /run so nothing is left in this machine's. $2:
# a line to print with the slot's version appended ("" for none). A booted
# slot gets the station's machine ID from nspawn (--uuid), a command run
# without systemd gets the file.
nspawn() {
    dev=$(dev_of "$1")
    say=$2
    shift 2
    d="$station/data"
    if [ "$1" = "--boot" ]; then
        id="--uuid=$(cat "$d/machine-id")"
    else
        id="--bind=$d/machine-id:/etc/machine-id"
    fi
    # RAUC mounts a bundle on a free loop device: it needs them all.
    for l in /dev/loop[0-9]*; do set -- "--bind=$l" "$@"; done
    unshare --mount --propagation private sh -euc '
        dev=$1 say=$2
        shift 2
        mount -t tmpfs tmpfs /run
        mkdir /run/slot
        mount -o ro,noload "$dev" /run/slot
        if [ -n "$say" ]; then
            echo "station.sh: $say$(sed -n "s/^IMAGE_VERSION=//p" /run/slot/usr/lib/os-release | tr -d "\"")" >&2
        fi
        exec systemd-nspawn --directory=/run/slot "$@"' sh "$dev" "$say" \
        --quiet --register=no --keep-unit --link-journal=no --volatile=overlay \
        --machine="bt-station-$$" \
        --bind=/dev/loop-control \
        --bind="$la:/dev/disk/by-partlabel/root-a" \
        --bind="$lb:/dev/disk/by-partlabel/root-b" \
        --bind="$station/loader:/boot/loader" \
        --bind="$d/etc:/etc/buergerterminal" \
        --bind="$d/lib:/var/lib/buergerterminal" \
        --bind="$d/staffpin:/var/lib/buergerterminal-staffpin" \
        --bind="$d/rauc:/var/lib/rauc" \
        --bind="$d/credential.secret:/var/lib/systemd/credential.secret" \
        "$id" "$@"
}

# RAUC inside a station that is not booted: the image's system bus and
# `rauc service` (told which slot runs), then `rauc ARGS...`. $1: the slot.
RAUC_INSIDE='
set -eu
slot=$1
shift
mkdir -p /run/dbus
dbus-daemon --system --fork --print-pid >/run/bt-dbus.pid
rauc --override-boot-slot="$slot" service >/run/bt-rauc.log 2>&1 &
svc=$!
trap "kill $svc \$(cat /run/bt-dbus.pid) 2>/dev/null || true" EXIT
i=0
until dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.NameHasOwner string:de.pengutronix.rauc 2>/dev/null | grep -q "boolean true"; do
    i=$((i + 1))
    if [ "$i" -gt 150 ] || ! kill -0 "$svc" 2>/dev/null; then
        cat /run/bt-rauc.log >&2
        echo "station.sh: rauc service did not start (its log above)" >&2
        exit 3
    fi
    sleep 0.1
done
rauc "$@"
'

# The slot the station runs: the one booted last while it may still boot,
# else the newest good one.
current() {
    if [ -f "$station/loader/booted" ]; then
        s=$(sel get-current)
        [ "$(sel get-state "$s")" = good ] && { echo "$s"; return; }
    fi
    sel good
}

case "$cmd" in
    install)
        bundle=${1:?station.sh install STATION BUNDLE --keyring CERT}
        keyring=""
        [ "${2:-}" = "--keyring" ] && keyring=${3:-}
        [ -n "$keyring" ] && [ -f "$keyring" ] \
            || die "needs --keyring CERT: IT's certificate that signed the bundle (make bundle RAUC_CERT=...)"
        [ -f "$bundle" ] || die "no bundle $bundle (make bundle, or deploy/image/bundle.sh)"
        [ ! -e "$disk" ] || die "$station has a disk already; a new version goes in with station.sh update"
        command -v rauc >/dev/null || die "needs rauc (apt-get install rauc)"
        new="$station/disk.new"
        rm -rf "$new"
        mkdir -p "$new" "$station/loader/entries"
        # The signature, then what the bundle is for (the image's system.conf).
        rauc info --keyring="$keyring" --output-format=shell "$bundle" >"$new/info" 2>"$new/info.err" \
            || die "bundle $bundle refused: $(grep -v '^rauc-Message' "$new/info.err" | tail -n 2)"
        want=$(sed -n 's/^compatible=//p' "$here/system.conf")
        got=$(sed -n "s/^RAUC_MF_COMPATIBLE='\(.*\)'$/\1/p" "$new/info")
        [ "$got" = "$want" ] || die "bundle $bundle is for '$got', a station is '$want'"
        truncate -s "$SLOT_SIZE" "$new/root-a.img" "$new/root-b.img"
        # IT lays out the disk: slot A written whole from the (checked) bundle.
        rauc extract --keyring="$keyring" "$bundle" "$new/extract" >/dev/null 2>"$new/info.err" \
            || die "extracting $bundle failed: $(tail -n 2 "$new/info.err")"
        la=$(losetup -f --show "$new/root-a.img") || die "no free loop device"
        printf '[system]\ncompatible=%s\nbootloader=noop\n[slot.rootfs.0]\ndevice=%s\ntype=ext4\nbootname=A\n' \
            "$want" "$la" >"$new/host.conf"
        rauc -c "$new/host.conf" write-slot rootfs.0 "$new/extract/rootfs.ext4" >/dev/null 2>"$new/info.err" \
            || die "writing slot A failed: $(tail -n 2 "$new/info.err")"
        rm -rf "$new/extract" "$new/info" "$new/info.err" "$new/host.conf"
        if [ ! -d "$station/data" ]; then
            # The first version seeds the station's data from its own files;
            # the station's identity and the key that encrypts its
            # credentials (systemd-creds ties the key to the machine ID) are
            # made once, by the image's own systemd, and kept across versions.
            data="$station/data.new"
            rm -rf "$data"
            mkdir -p "$data/rauc"
            tr -d '-' </proc/sys/kernel/random/uuid >"$data/machine-id"
            unshare --mount --propagation private sh -euc '
                mount -t tmpfs tmpfs /run
                mkdir /run/slot
                mount -o ro,noload "$1" /run/slot
                cp -a /run/slot/etc/buergerterminal "$2/etc"
                cp -a /run/slot/var/lib/buergerterminal "$2/lib"
                cp -a /run/slot/var/lib/buergerterminal-staffpin "$2/staffpin"
                systemd-nspawn --quiet --directory=/run/slot --register=no --keep-unit \
                    --volatile=overlay --bind="$2:/mnt/station" \
                    --bind="$2/machine-id:/etc/machine-id" --pipe -- \
                    sh -c "systemd-creds setup && cp -a /var/lib/systemd/credential.secret /mnt/station/" \
                    </dev/null >/dev/null' sh "$la" "$data"
            mv "$data" "$station/data"
        fi
        mv "$new" "$disk"
        sel set-primary A
        sel set-state A good
        echo "station.sh: installed $(version_in "$disk/root-a.img") into slot A (good)"
        ;;
    update)
        bundle=${1:?station.sh update STATION BUNDLE [--tries N]}
        tries=3
        [ "${2:-}" = "--tries" ] && tries=${3:?--tries needs a number}
        [ -f "$bundle" ] || die "no bundle $bundle (make bundle, or deploy/image/bundle.sh)"
        attach
        slot=$(current)
        folder=$(cd "$(dirname "$bundle")" && pwd)
        # An overlay of the bundle's folder: RAUC trusts a bundle on a
        # filesystem root prepared (it checks the one under the bundle).
        nspawn "$slot" "update from slot $slot, version " --pipe \
            --setenv=BUERGERTERMINAL_TRIES="$tries" --overlay-ro="$folder:/run/bt-bundle" -- \
            sh -c "$RAUC_INSIDE" sh "$slot" install "/run/bt-bundle/$(basename "$bundle")" </dev/null
        ;;
    boot)
        attach
        boots=0
        while [ "$boots" -lt 6 ]; do
            boots=$((boots + 1))
            picked=$(sel next)
            slot=${picked%% *}
            entry=${picked#* }
            set +e
            nspawn "$slot" "boot $boots: slot $slot ($entry), version " --boot "$@"
            rc=$?
            set -e
            # 133: the container rebooted (systemd-nspawn(1)); boot again.
            [ "$rc" -eq 133 ] || exit "$rc"
        done
        die "gave up after $boots boots"
        ;;
    run)
        [ $# -gt 0 ] || die "usage: station.sh run STATION CMD..."
        attach
        nspawn "$(sel good)" "" --pipe -- "$@"
        ;;
    status)
        for e in "$station/loader/entries"/*.conf; do [ -f "$e" ] && basename "$e"; done
        [ -f "$station/loader/booted" ] && echo "booted: $(cat "$station/loader/booted")"
        echo "slot A: $(version_in "$disk/root-a.img")"
        echo "slot B: $(version_in "$disk/root-b.img")"
        attach
        slot=$(current)
        nspawn "$slot" "" --pipe -- sh -c "$RAUC_INSIDE" sh "$slot" status </dev/null
        ;;
    *) die "unknown command $cmd (install, update, boot, run, status)" ;;
esac
