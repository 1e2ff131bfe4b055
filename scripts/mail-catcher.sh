#!/usr/bin/env bash
# The local mail catcher of scripts/run.sh and scripts/cluster.sh: GreenMail standalone (fetched by the build into
# ear/target/mail-catcher/) on 127.0.0.1:$SMTP_PORT (1025), its API on $MAIL_API_PORT (8025) listing what arrived per
# address, started in the background only where no SMTP_HOST is set and nothing listens on that port yet. Prints the
# catcher's process id when it started one (nothing otherwise), so that the caller can stop it.
#
#   scripts/mail-catcher.sh LOGFILE
set -euo pipefail
cd "$(dirname "$0")/.."
SMTP_PORT="${SMTP_PORT:-1025}"
if [ -n "${SMTP_HOST:-}" ] || (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; then
  exit 0
fi
java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
  -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="${MAIL_IMAP_PORT:-1143}" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="${MAIL_API_PORT:-8025}" -Dgreenmail.auth.disabled \
  -jar "$(pwd)/ear/target/mail-catcher/greenmail-standalone.jar" >"$1" 2>&1 </dev/null &
echo $!
