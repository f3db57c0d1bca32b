#!/usr/bin/env bash
# Quick start, command two (and .ci/run): install what is missing, build, and run the whole test
# suite headless: offscreen Qt, a private D-Bus session with an unlocked gnome-keyring, and fresh
# XDG directories. Extra arguments go to ctest (e.g. -L unit, -R tst_sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
build_dir=$(realpath "${LABDESK_BUILD_DIR:-build}")

scratch=$(mktemp -d /tmp/labdesk-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{runtime,data,config,cache,state}
chmod 700 "$scratch/runtime"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_STATE_HOME=$scratch/state
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export LABDESK_CTEST_ARGS="$*" LABDESK_TEST_BUILD_DIR="$build_dir"

exec dbus-run-session -- bash -c '
    # A keyring with a known password, unlocked for this session only (PLATFORM.md).
    echo -n labdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # shellcheck disable=SC2086
    exec ctest --test-dir "$LABDESK_TEST_BUILD_DIR" --output-on-failure -j "$(nproc)" $LABDESK_CTEST_ARGS
'
