#!/bin/sh
# A signed RAUC bundle of an image tree: what IT copies to a station to update
# it (docs/it.md, "Updates and roll-back"). `make bundle` runs this. Root (the
# tree's files are root's), rauc and squashfs-tools, e2fsprogs.
#
#   deploy/image/bundle.sh --cert CERT --key KEY TREE [OUT] [--compatible C]
#
#   TREE   a `make image` build (deploy/mkosi/build.sh --tree)
#   OUT    the bundle (default: TREE.raucb)
#   CERT, KEY   IT's signing certificate and key; a station installs only
#          bundles signed by the certificate in its image (/etc/rauc/keyring.pem)
#   --compatible C   default bt-station (the image's /etc/rauc/system.conf);
#          a station refuses a bundle for another kind of system
#
# The payload is the slot's filesystem itself: an ext4 image made from the
# tree with mkfs.ext4 -d (no mount), which RAUC copies whole into the other
# root slot. (A tar payload is a little quicker to make, but RAUC 1.8 unpacks
# it without extended attributes: file capabilities would be lost.) The
# squashfs around it is lz4-compressed: quicker than none (less to write).
set -eu
die() { echo "bundle.sh: $*" >&2; exit 2; }
cert="" key="" compatible=bt-station tree="" out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cert) cert=${2:?--cert needs a file}; shift 2 ;;
        --key) key=${2:?--key needs a file}; shift 2 ;;
        --compatible) compatible=${2:?--compatible needs a value}; shift 2 ;;
        -*) die "unknown option $1 (see the top of deploy/image/bundle.sh)" ;;
        *) if [ -z "$tree" ]; then tree=$1; elif [ -z "$out" ]; then out=$1; else die "too many arguments"; fi; shift ;;
    esac
done
[ -n "$tree" ] || die "usage: bundle.sh --cert CERT --key KEY TREE [OUT]"
[ -n "$cert" ] && [ -f "$cert" ] || die "needs --cert CERT: IT's signing certificate (the one built into the image with build.sh --keyring)"
[ -n "$key" ] && [ -f "$key" ] || die "needs --key KEY: the private key of --cert (IT keeps it off the stations)"
[ -f "$tree/usr/lib/os-release" ] || die "$tree is not an image tree (no usr/lib/os-release; build one with make image)"
version=$(sed -n 's/^IMAGE_VERSION=//p' "$tree/usr/lib/os-release" | tr -d '"')
[ -n "$version" ] || die "$tree: no IMAGE_VERSION in usr/lib/os-release (not a make image build?)"
command -v rauc >/dev/null || die "needs rauc (apt-get install rauc squashfs-tools)"
command -v mksquashfs >/dev/null || die "needs mksquashfs (apt-get install squashfs-tools)"
out=${out:-$tree.raucb}
work="$out.parts"
rm -rf "$work" "$out"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
start=$(date +%s)
# Room for the files plus ext4's own (inode tables, journal): measured on the
# 2.7 GB tree, 10 % and 256 MiB leave about 200 MiB free.
used=$(du -sx --block-size=1M "$tree" | cut -f1)
size=$((used + used / 10 + 256))
truncate -s "${size}M" "$work/rootfs.ext4"
mkfs.ext4 -q -F -L root -E root_owner=0:0 -d "$tree" "$work/rootfs.ext4" \
    || die "mkfs.ext4 -d $tree failed (full? the image is ${size} MiB for ${used} MiB of files)"
cat >"$work/manifest.raucm" <<MANIFEST
[update]
compatible=$compatible
version=$version
description=Bürgerterminal $version

[bundle]
format=plain

[image.rootfs]
filename=rootfs.ext4
MANIFEST
rauc bundle --cert="$cert" --key="$key" --mksquashfs-args="-comp lz4 -quiet" \
    "$work" "$out" >&2
echo "bundle.sh: $out ($version, $(($(stat -c %s "$out") / 1048576)) MiB) in $(($(date +%s) - start)) s" >&2
echo "$out"
