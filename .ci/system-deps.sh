#!/usr/bin/env bash
# Debian packages the tests and the build need on a fresh machine (Qt's offscreen
# platform libraries, a Korean font, PostgreSQL server binaries). Installs only
# what is missing, so it is quick on a prepared machine.
set -euo pipefail
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-noto-cjk nsis \
        poppler-utils; do
    have "$pkg" || need+=("$pkg")
done
if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    need+=(postgresql)
fi
if [ "${#need[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
    else
        echo "missing system packages: ${need[*]} (install them with apt-get)" >&2
    fi
fi
