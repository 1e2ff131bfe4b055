#!/usr/bin/env bash
# Installs the Debian packages MedSec Registry needs, if missing. Idempotent and quiet when everything is there.
#   scripts/prerequisites.sh            everything the tests need (run time + browser)
#   scripts/prerequisites.sh --runtime  what the running application needs: MariaDB, Japanese fonts for PDFs
set -euo pipefail
PACKAGES=(mariadb-server fonts-ipaexfont-gothic fonts-ipaexfont-mincho)
if [ "${1:-}" != "--runtime" ]; then
  PACKAGES+=(chromium chromium-driver fonts-noto-cjk)
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "prerequisites.sh: installing ${missing[*]}"
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
