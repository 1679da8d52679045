#!/bin/sh
# Create the station's print queue: setup-queue.sh QUEUE DEVICE-URI
#   e.g. setup-queue.sh kiosk ipp://printer.local/ipp/print
# IPP Everywhere; a failed job is aborted (never retried into the next
# session); A4. Talks to the cupsd named by CUPS_SERVER (default: the local one).
set -eu
queue=${1:?usage: setup-queue.sh QUEUE DEVICE-URI}
uri=${2:?usage: setup-queue.sh QUEUE DEVICE-URI}
lpadmin -p "$queue" -E -v "$uri" -m everywhere -o printer-error-policy=abort-job
# lpadmin returns before cupsd has built the PPD (and returns 0 even when the
# printer is unreachable): wait for the PPD, at most 30 s. PPD_DIR: cupsd's
# ppd folder when it is not the system one (tests run a private cupsd).
ppd="${PPD_DIR:-/etc/cups/ppd}/$queue.ppd"
tries=0
until [ -s "$ppd" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 300 ]; then
    echo "setup-queue: no PPD for $queue after 30 s; is $uri reachable?" >&2
    exit 1
  fi
  sleep 0.1
done
lpadmin -p "$queue" -o PageSize=A4 -o printer-error-policy=abort-job
cupsenable "$queue"
cupsaccept "$queue"
