#!/bin/sh
# Build the station image from deploy/mkosi (mkosi 14, Debian 12's). `make image`
# runs this. Root, network to the Debian mirror (and to PyPI unless --wheels).
#
#   deploy/mkosi/build.sh --keyring CERT [--tree] [--version V] [--wheels DIR] [-- MKOSI-ARGS...]
#
#   (default)      the real disk image: mkosi.conf as written (gpt_ext4, UEFI-bootable)
#   --tree         Format=directory, Bootable=no: the same recipe as a plain folder
#                  tree, for machines whose kernel cannot make the ESP (no vfat, as
#                  on the CI machines) and for booting with systemd-nspawn.
#                  This is the one setting that differs from the real disk image.
#   --version V    the image version (default: the project's version + the git
#                  commit); written to /usr/lib/os-release as IMAGE_VERSION
#   --wheels DIR   install the PyPI dependencies from wheels in DIR, not from PyPI
#   --keyring CERT the certificate whose bundles the station's RAUC installs
#                  (IT's; /etc/rauc/keyring.pem in the image). Required: an
#                  image without one could never be updated. deploy/image/bundle.sh
#                  signs with it and its key (`make bundle`).
#
# Station packages (deploy/mkosi/station-packages.txt) are installed by mkosi
# itself, with the base packages, so mkosi's incremental cache holds them; the
# postinst (install.sh) then finds them installed. Caches live outside the
# checkout, under $BUERGERTERMINAL_IMAGE_CACHE (default
# /var/cache/buergerterminal/image): the downloaded .debs and one incremental
# tree per recipe (a hash of this script, mkosi.conf and the package list;
# a changed recipe starts over and the old one is removed).
# Prints the folder of the built image on its last line.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cache=${BUERGERTERMINAL_IMAGE_CACHE:-/var/cache/buergerterminal/image}
tree=0 version="" wheels="" keyring=""
while [ $# -gt 0 ]; do
    case "$1" in
        --tree) tree=1; shift ;;
        --version) version=${2:?--version needs a value}; shift 2 ;;
        --wheels) wheels=${2:?--wheels needs a folder}; shift 2 ;;
        --keyring) keyring=${2:-}; shift; [ $# -eq 0 ] || shift ;;
        --) shift; break ;;
        *) echo "build.sh: unknown option $1 (see the top of deploy/mkosi/build.sh)" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "build.sh: run as root" >&2; exit 2; }
command -v mkosi >/dev/null || { echo "build.sh: needs mkosi (apt-get install mkosi)" >&2; exit 2; }
if [ -z "$keyring" ] || ! grep -q 'BEGIN CERTIFICATE' "$keyring" 2>/dev/null; then
    echo "build.sh: needs --keyring CERT, IT's update-signing certificate (PEM), for /etc/rauc/keyring.pem" \
        "in the image (make image RAUC_CERT=it-cert.pem; docs/it.md, \"Updates and roll-back\")" >&2
    exit 2
fi
keyring=$(cd "$(dirname "$keyring")" && pwd)/$(basename "$keyring")

if [ -z "$version" ]; then
    version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/pyproject.toml" | head -n 1)
    commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo local)
    version="$version-$commit"  # no "+": boot entries count tries after one
fi
packages=$(sed -e 's/#.*//' "$here/station-packages.txt" | tr -s ' \n' '  ')
key=$( { cat "$0" "$here/mkosi.conf"; echo "$packages tree=$tree"; } | sha256sum | cut -c1-16)
kind=disk
[ "$tree" -eq 1 ] && kind=tree
out="$cache/$kind-$key"
mkdir -p "$cache/debs" "$out"
exec 9>"$cache/.lock"
flock 9  # one build at a time per machine: they share the caches
for old in "$cache/$kind"-*; do
    [ "$old" = "$out" ] || rm -rf "$old"
done

set -- --force --incremental --cache="$cache/debs" --output-dir="$out" \
    --image-version="$version" --environment=IMAGE_VERSION="$version" "$@"
for p in $packages; do
    set -- "$@" --package="$p"
done
[ "$tree" -eq 1 ] && set -- "$@" --format=directory --bootable=no
# The keyring rides in an extra tree (mkosi copies it before the postinst).
keys="$out/.keyring-tree"
rm -rf "$keys"
install -D -m 0644 "$keyring" "$keys/etc/rauc/keyring.pem"
set -- "$@" --extra-tree="$keys"
if [ -n "$wheels" ]; then
    # The wheels ride along in an extra tree; install.sh's pip reads them and
    # the postinst removes them.
    extra="$out/.wheels-tree"
    rm -rf "$extra"
    mkdir -p "$extra/root"
    cp -r "$wheels" "$extra/root/wheels"
    set -- "$@" --extra-tree="$extra" --environment=PIP_NO_INDEX=1 \
        --environment=PIP_FIND_LINKS=/root/wheels
fi
cd "$here"
start=$(date +%s)
mkosi "$@" build >&2
echo "build.sh: built $version in $(($(date +%s) - start)) s" >&2
[ -z "$wheels" ] || rm -rf "$extra"
rm -rf "$keys"
# mkosi 14 builds the incremental cache again whenever there is no
# "cache-pre-dev" tree, which it makes only for a build script (there is
# none): an empty one lets the next build start from "cache-pre-inst".
for pre in "$out"/*/*.cache-pre-inst; do
    [ -e "$pre" ] && mkdir -p "${pre%.cache-pre-inst}.cache-pre-dev"
done
echo "$(ls -d "$out"/*/"buergerterminal_$version")"
