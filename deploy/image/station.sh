#!/bin/sh
# Versioned image trees for one station, booted with systemd-nspawn: the
# container form of the A/B disk (docs/it.md, "Updates and roll-back"). Root.
#
#   station.sh install STATION TREE [--tries N]
#       add the image tree TREE (a `make image` build) as a new version of the
#       station in folder STATION. The first version is good from the start and
#       gives the station its data folder; a later one is on trial: N boots
#       (default 3) to reach Welcome, else the station falls back by itself.
#   station.sh boot STATION [NSPAWN-ARGS...]
#       the boot loader: pick the newest version that is good or has tries
#       left, count the try, boot it; again after a reboot (at most 6 boots).
#   station.sh run STATION CMD...
#       run CMD as root in the newest good version with the station's data, not
#       booted: how IT sets the station's own settings, e.g.
#       station.sh run S /opt/buergerterminal/src/deploy/install.sh --settings-only \
#           --config /etc/buergerterminal/station.toml --sync-token /etc/buergerterminal/token
#   station.sh status STATION
#
# STATION/versions/V/     the image trees (hard-link copies: nothing writes
#                         them, every boot runs on --volatile=overlay)
# STATION/loader/entries/ one entry per version: V.conf (good) or
#                         V+LEFT-DONE.conf (on trial), as systemd-boot names them
# STATION/loader/booted   the entry the running version was booted from
# STATION/data/           what is the station's own and survives updates:
#   etc/                  -> /etc/buergerterminal (station.toml, usage-token.cred)
#   lib/                  -> /var/lib/buergerterminal (usage counters not yet sent)
#   staffpin/             -> /var/lib/buergerterminal-staffpin (staff PIN hash)
#   machine-id            -> /etc/machine-id (the station's identity)
#   credential.secret     -> /var/lib/systemd/credential.secret (the key that
#                            decrypts usage-token.cred; tied to the machine ID)
set -eu
die() { echo "station.sh: $*" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || die "run as root"
cmd=${1:-}
station=${2:-}
[ -n "$cmd" ] && [ -n "$station" ] || die "usage: station.sh install|boot|status STATION ..."
shift 2
entries="$station/loader/entries"

version_of() {
    v=$(sed -n 's/^IMAGE_VERSION=//p' "$1/usr/lib/os-release" | tr -d '"')
    [ -n "$v" ] || die "$1: no IMAGE_VERSION in usr/lib/os-release (not a make image build?)"
    echo "$v"
}

# Entries that may boot, best first: the newest installed (highest seq) that is
# good or still has tries left. Prints file names.
bootable() {
    for e in "$entries"/*.conf; do
        [ -f "$e" ] || continue
        name=$(basename "$e")
        case "$name" in *+0-*.conf | *+0.conf) continue ;; esac
        echo "$(sed -n 's/^seq //p' "$e") $name"
    done | sort -rn | cut -d' ' -f2-
}

# systemd-nspawn on version $1 with the station's data, in a mount namespace
# with its own /run so that nothing is left in this machine's. A booted
# version gets the station's machine ID from nspawn (--uuid; systemd sets it
# up as in any container), a command run without systemd gets the file.
nspawn() {
    v=$1
    shift
    d="$station/data"
    if [ "$1" = "--boot" ]; then
        id="--uuid=$(cat "$d/machine-id")"
    else
        id="--bind=$d/machine-id:/etc/machine-id"
    fi
    unshare --mount --propagation private sh -c \
        'mount -t tmpfs tmpfs /run && exec "$@"' sh \
        systemd-nspawn --quiet --directory="$station/versions/$v" \
        --register=no --keep-unit --link-journal=no --volatile=overlay \
        --machine="bt-station-$$" \
        --bind="$station/loader:/boot/loader" \
        --bind="$d/etc:/etc/buergerterminal" \
        --bind="$d/lib:/var/lib/buergerterminal" \
        --bind="$d/staffpin:/var/lib/buergerterminal-staffpin" \
        --bind="$d/credential.secret:/var/lib/systemd/credential.secret" \
        "$id" "$@"
}

case "$cmd" in
    install)
        tree=${1:?station.sh install STATION TREE [--tries N]}
        tries=3
        [ "${2:-}" = "--tries" ] && tries=${3:?--tries needs a number}
        v=$(version_of "$tree")
        [ ! -e "$station/versions/$v" ] || die "version $v is installed already"
        mkdir -p "$station/versions" "$entries"
        seq=$(cat "$entries"/*.conf 2>/dev/null | sed -n 's/^seq //p' | sort -n | tail -n 1)
        seq=$(( ${seq:-0} + 1 ))
        cp -al "$tree" "$station/versions/$v.new"
        mv "$station/versions/$v.new" "$station/versions/$v"
        if [ ! -d "$station/data" ]; then
            # The first version seeds the station's data from its own tree.
            mkdir -p "$station/data.new"
            cp -a "$tree/etc/buergerterminal" "$station/data.new/etc"
            cp -a "$tree/var/lib/buergerterminal" "$station/data.new/lib"
            cp -a "$tree/var/lib/buergerterminal-staffpin" "$station/data.new/staffpin"
            # The station's identity and the key that encrypts its credentials
            # (systemd-creds ties the key to the machine ID): made once, by the
            # image's own systemd, and kept across every version.
            new="$station/data.new"
            tr -d '-' </proc/sys/kernel/random/uuid >"$new/machine-id"
            unshare --mount --propagation private sh -c \
                'mount -t tmpfs tmpfs /run && exec "$@"' sh \
                systemd-nspawn --quiet --directory="$tree" --register=no --keep-unit \
                --volatile=overlay --bind="$new:/mnt/station" \
                --bind="$new/machine-id:/etc/machine-id" --pipe -- \
                sh -c 'systemd-creds setup && cp -a /var/lib/systemd/credential.secret /mnt/station/' \
                </dev/null >/dev/null
            mv "$station/data.new" "$station/data"
            name="$v.conf"
        else
            name="$v+$tries-0.conf"
        fi
        printf 'title Bürgerterminal %s\nversion %s\nseq %s\n' "$v" "$v" "$seq" >"$entries/$name"
        echo "station.sh: installed $v as $name"
        ;;
    boot)
        boots=0
        while [ "$boots" -lt 6 ]; do
            boots=$((boots + 1))
            entry=$(bootable | head -n 1)
            [ -n "$entry" ] || die "no bootable version in $entries"
            case "$entry" in
                *+*.conf)  # on trial: count this try before booting it
                    base=${entry%+*}
                    counter=${entry##*+}
                    counter=${counter%.conf}
                    left=${counter%-*}
                    done_=0
                    case "$counter" in *-*) done_=${counter#*-} ;; esac
                    next="$base+$((left - 1))-$((done_ + 1)).conf"
                    mv "$entries/$entry" "$entries/$next"
                    entry=$next
                    ;;
            esac
            v=$(sed -n 's/^version //p' "$entries/$entry")
            echo "$entry" >"$station/loader/booted"
            echo "station.sh: boot $boots: $v ($entry)" >&2
            set +e
            nspawn "$v" --boot "$@"
            rc=$?
            set -e
            # 133: the container rebooted (systemd-nspawn(1)); boot again.
            [ "$rc" -eq 133 ] || exit "$rc"
        done
        die "gave up after $boots boots"
        ;;
    run)
        [ $# -gt 0 ] || die "usage: station.sh run STATION CMD..."
        entry=$(bootable | grep -v '+' | head -n 1)
        [ -n "$entry" ] || die "no good version in $entries"
        nspawn "$(sed -n 's/^version //p' "$entries/$entry")" --pipe -- "$@"
        ;;
    status)
        for e in "$entries"/*.conf; do basename "$e"; done
        [ -f "$station/loader/booted" ] && echo "booted: $(cat "$station/loader/booted")"
        ;;
    *) die "unknown command $cmd (install, boot, status)" ;;
esac
