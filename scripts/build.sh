#!/usr/bin/env bash
# Configures and builds LabDesk with Ninja into ${LABDESK_BUILD_DIR:-build}.
# Extra CMake options can come in LABDESK_CMAKE_ARGS, e.g. "-DLABDESK_SANITIZE=address;undefined".
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${LABDESK_BUILD_DIR:-build}
werror=OFF
[ -n "${CI:-}" ] && werror=ON
mkdir -p "$build_dir"
launcher=""
# ccache, when a developer has it, makes rebuilds across worktrees cheap; CI does not need it.
if command -v ccache >/dev/null; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")}
fi
if [ ! -f "$build_dir/build.ninja" ] || [ -n "${LABDESK_CMAKE_ARGS:-}" ] || [ -n "${CI:-}" ]; then
    # shellcheck disable=SC2086
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLABDESK_WERROR=$werror $launcher \
        ${LABDESK_CMAKE_ARGS:-} >"$build_dir/configure.log" 2>&1 \
        || { cat "$build_dir/configure.log"; exit 1; }
fi
cmake --build "$build_dir"
