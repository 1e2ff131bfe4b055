#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need, if missing: MariaDB server, Chromium and its driver
# (browser tests), Japanese fonts (screenshots). Idempotent and quiet when everything is there.
set -euo pipefail
PACKAGES=(mariadb-server chromium chromium-driver fonts-noto-cjk)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "prerequisites.sh: installing ${missing[*]}"
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
