#!/usr/bin/env bash
# Quick start, command one: install what is missing, build, and launch LabDesk on its demo sandbox.
# Extra arguments go to labdesk (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
exec "${LABDESK_BUILD_DIR:-build}/src/app/labdesk" --demo "$@"
