#!/bin/sh
# Install Bürgerterminal on a Debian 12 station (or into an image, run in its
# chroot): the project under /opt/buergerterminal, users, folders, units and
# hardening. Idempotent. Run as root from the checkout:
#
#   deploy/install.sh [--config FILE] [--sync-token FILE] [--usb-storage]
#                     [--no-apt] [--no-enable]
#
#   --config FILE      validate FILE, then install it as /etc/buergerterminal/station.toml
#   --sync-token FILE  encrypt the usage sync token into
#                      /etc/buergerterminal/usage-token.cred (systemd-creds;
#                      only root can decrypt it; the sync unit loads it)
#   --usb-storage      also allow USB sticks (usbguard, udev); default: blocked
#   --usb-scanner-printer  also allow USB printers and still-image scanners
#   --no-apt           do not install Debian packages (the image recipe did)
#   --no-enable        install files only; enable nothing
#   --settings-only    only --config and --sync-token: a station running from
#                      the image (docs/it.md), run from /opt/buergerterminal/src
set -eu
cd "$(dirname "$0")/.."
SRC=$(pwd)
PREFIX=/opt/buergerterminal
ETC=/etc/buergerterminal
config="" token="" usb_storage=0 usb_scan_print=0 apt=1 enable=1 settings_only=0
while [ $# -gt 0 ]; do
    case "$1" in
        --config) config=${2:?--config needs a file}; shift 2 ;;
        --sync-token) token=${2:?--sync-token needs a file}; shift 2 ;;
        --usb-storage) usb_storage=1; shift ;;
        --usb-scanner-printer) usb_scan_print=1; shift ;;
        --no-apt) apt=0; shift ;;
        --no-enable) enable=0; shift ;;
        --settings-only) settings_only=1; shift ;;
        *) echo "install.sh: unknown option $1 (see the top of deploy/install.sh)" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root" >&2; exit 2; }
say() { echo "install: $*"; }
if [ "$settings_only" -eq 1 ]; then
    apt=0 enable=0
    [ -x "$PREFIX/venv/bin/kiosk" ] || { echo "install.sh: --settings-only needs an installed station" >&2; exit 2; }
fi

if [ "$apt" -eq 1 ]; then
    say "Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $(sed -e 's/#.*//' deploy/mkosi/station-packages.txt)
fi

if [ "$settings_only" -eq 0 ]; then
say "users and folders"
# kiosk and kiosk-sync (buergerterminal.conf), the staff PIN verifier's own
# user (buergerterminal-staff.conf).
for conf in deploy/sysusers.d/*.conf; do
    install -D -m 0644 "$conf" "/usr/lib/sysusers.d/$(basename "$conf")"
    systemd-sysusers "/usr/lib/sysusers.d/$(basename "$conf")"
done
for conf in deploy/tmpfiles.d/*.conf; do
    install -D -m 0644 "$conf" "/usr/lib/tmpfiles.d/$(basename "$conf")"
    systemd-tmpfiles --create "/usr/lib/tmpfiles.d/$(basename "$conf")"
done

say "the project into $PREFIX"
mkdir -p "$PREFIX/src"
# Only what is tracked or plainly source: no .venv, no caches, no test output.
tar -C "$SRC" --exclude=.venv --exclude=.git --exclude='*.egg-info' \
    --exclude=__pycache__ --exclude=.mypy_cache --exclude=.ruff_cache -cf - . \
    | tar -C "$PREFIX/src" -xf -
[ -x "$PREFIX/venv/bin/python" ] || python3 -m venv "$PREFIX/venv"
"$PREFIX/venv/bin/pip" install -q --disable-pip-version-check "$PREFIX/src"
ln -sf "$PREFIX/venv/bin/kiosk" /usr/local/bin/kiosk

say "units and hardening"
for unit in deploy/systemd/*.service deploy/systemd/*.timer deploy/systemd/*.socket; do
    [ -f "$unit" ] && install -m 0644 "$unit" /usr/lib/systemd/system/
done
install -D -m 0644 deploy/hardening/logind.conf.d/buergerterminal.conf /etc/systemd/logind.conf.d/buergerterminal.conf
install -D -m 0644 deploy/hardening/system.conf.d/buergerterminal.conf /etc/systemd/system.conf.d/buergerterminal.conf
install -D -m 0644 deploy/hardening/coredump.conf.d/buergerterminal.conf /etc/systemd/coredump.conf.d/buergerterminal.conf
install -D -m 0644 deploy/hardening/sysctl.d/90-buergerterminal.conf /usr/lib/sysctl.d/90-buergerterminal.conf
mkdir -p /etc/usbguard/rules.d
install -m 0600 deploy/usbguard/rules.conf /etc/usbguard/rules.d/50-buergerterminal.conf
if [ "$usb_storage" -eq 1 ]; then
    install -m 0600 deploy/usbguard/rules-usb-storage.conf /etc/usbguard/rules.d/60-usb-storage.conf
    install -D -m 0644 deploy/udev/70-buergerterminal-stick.rules /etc/udev/rules.d/70-buergerterminal-stick.rules
else
    rm -f /etc/usbguard/rules.d/60-usb-storage.conf /etc/udev/rules.d/70-buergerterminal-stick.rules
fi
if [ "$usb_scan_print" -eq 1 ]; then
    install -m 0600 deploy/usbguard/rules-scanner-printer.conf /etc/usbguard/rules.d/61-scanner-printer.conf
else
    rm -f /etc/usbguard/rules.d/61-scanner-printer.conf
fi
# Printing ships its own settings (deploy/cups). AusweisApp needs nothing here:
# the shell writes its settings (deploy/ausweisapp) into every session.
if [ -f deploy/cups/cupsd-kiosk.conf ] && [ -f /etc/cups/cupsd.conf ] \
    && ! grep -q '^# Bürgerterminal' /etc/cups/cupsd.conf; then
    cat deploy/cups/cupsd-kiosk.conf >> /etc/cups/cupsd.conf
fi
fi  # settings_only

mkdir -p "$ETC"
# Read aloud and Orca: speech-dispatcher on ALSA (docs/accessibility.md).
install -m 0644 deploy/speech/speechd.conf "$ETC/speechd.conf"
if [ -n "$config" ]; then
    say "station config"
    "$PREFIX/venv/bin/kiosk" config check "$config"
    install -m 0644 "$config" "$ETC/station.toml"
fi
if [ -n "$token" ]; then
    say "sync token"
    # On a running station the key may be bound to its TPM. Building an image or
    # a chroot (systemd is not running here), the image's own host key is used,
    # so every machine made from it can decrypt the token.
    key=auto
    [ -d /run/systemd/system ] || key=host
    tr -d '\r\n' < "$token" | systemd-creds encrypt --with-key="$key" \
        --name=buergerterminal-usage - "$ETC/usage-token.cred"
    chmod 0600 "$ETC/usage-token.cred"
fi

if [ "$enable" -eq 1 ]; then
    say "enable units"
    systemctl enable buergerterminal.service pcscd.socket cups.service
    systemctl enable usbguard.service 2>/dev/null || say "usbguard not installed"
    for unit in buergerterminal-sync.timer buergerterminal-heartbeat.timer buergerterminal-staffpin.socket buergerterminal-staffpin.service buergerterminal-stickhelper.socket; do
        if [ -f "/usr/lib/systemd/system/$unit" ]; then systemctl enable "$unit"; fi
    done
    systemctl mask ctrl-alt-del.target swap.target
    # The system-wide speech daemon fails without a sound server; the shell's
    # own (autospawned for user kiosk) is the one that speaks.
    systemctl mask speech-dispatcherd.service
    systemctl set-default graphical.target
fi
say "done. Set the staff PIN: sudo kiosk staff set-pin; check the station: sudo kiosk doctor"
