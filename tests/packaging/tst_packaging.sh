#!/usr/bin/env bash
# tst_packaging: builds the DEB and RPM packages from a complete build directory and checks them.
#
#   tests/packaging/tst_packaging.sh SOURCE_DIR BUILD_DIR
#
# Validates the desktop file and the AppStream metainfo, runs `cpack -G DEB` and `cpack -G RPM`
# into a fresh temporary directory (never into the source tree, and not into BUILD_DIR/_CPack_Packages,
# which other runs may be using), inspects both packages, unpacks the DEB and runs its binaries.
# Needs: cpack, dpkg-deb, dpkg-shlibdeps (dpkg-dev), rpm, rpmbuild, desktop-file-validate,
# appstreamcli, readelf (scripts/deps.sh installs them all).
# Prints one line per check and ends with "N passed, 0 failed"; the first failing check stops
# the run with exit code 1. LABDESK_KEEP_TMP=1 keeps the temporary directory for a look.
set -euo pipefail

passed=0
current=""
work=""

cleanup() {
    if [ -n "$work" ] && [ -d "$work" ]; then
        if [ "${LABDESK_KEEP_TMP:-0}" = 1 ]; then
            echo "kept temporary directory: $work"
        else
            rm -rf "$work"
        fi
    fi
}
trap cleanup EXIT

# fail MESSAGE...: report the current check as failed and stop.
fail() {
    echo "FAIL: $current"
    local line
    for line in "$@"; do
        printf '%s\n' "$line" | sed 's/^/  /'
    done
    echo "$passed passed, 1 failed"
    exit 1
}

# check DESCRIPTION: start a check; pass: finish it.
check() {
    current="$1"
    echo "CHECK: $current"
}
pass() {
    passed=$((passed + 1))
    echo "  ok"
}

# run_logged LOGFILE COMMAND...: run a command with its output in LOGFILE; on failure show the log's end.
run_logged() {
    local log="$1"
    shift
    local rc=0
    "$@" >"$log" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || fail "command failed (exit $rc): $*" "--- last lines of its output ---" "$(tail -n 40 "$log")"
}

# list_has LISTFILE PATH: the package listing LISTFILE (one path a line, no leading ./ or /) holds PATH.
list_has() {
    grep -qxF -- "$2" "$1"
}

if [ $# -ne 2 ]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR" >&2
    exit 2
fi
[ -d "$1" ] || { echo "FAIL: source directory $1 does not exist"; exit 1; }
[ -d "$2" ] || { echo "FAIL: build directory $2 does not exist"; exit 1; }
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX")
cd "$work"   # nothing below writes relative to the current directory, but if it did it would land here

# --- preconditions --------------------------------------------------------------------------
check "required tools are installed"
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg rpm rpmbuild desktop-file-validate appstreamcli readelf; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || fail "missing: ${missing[*]}" "run scripts/deps.sh (packages rpm, dpkg-dev, desktop-file-utils, appstream, binutils)"
pass

check "$build is a configured build directory with CPackConfig.cmake"
[ -f "$build/CMakeCache.txt" ] || fail "no $build/CMakeCache.txt"
[ -f "$build/CPackConfig.cmake" ] || fail "no $build/CPackConfig.cmake (is installer/ included from the top-level CMakeLists.txt?)"
pass

# Prefer the cpack that belongs to the cmake which configured the build.
cmake_command=$(sed -n 's/^CMAKE_COMMAND:INTERNAL=//p' "$build/CMakeCache.txt")
cpack="cpack"
if [ -n "$cmake_command" ] && [ -x "$(dirname "$cmake_command")/cpack" ]; then
    cpack="$(dirname "$cmake_command")/cpack"
fi

# The version comes from project() in the top-level CMakeLists.txt, independently of CPack.
check "project() in $src/CMakeLists.txt declares a version"
version=$(tr '\n' ' ' <"$src/CMakeLists.txt" \
          | grep -oE 'project\([[:space:]]*LabDesk[^)]*[[:space:]]VERSION[[:space:]]+[0-9][0-9.]*' \
          | grep -oE '[0-9][0-9.]*$' || true)
[ -n "$version" ] || fail "could not read VERSION from project(LabDesk ...) in $src/CMakeLists.txt"
echo "  project version: $version"
pass

check "CPackConfig.cmake packages labdesk $version"
grep -qxF "set(CPACK_PACKAGE_VERSION \"$version\")" "$build/CPackConfig.cmake" \
    || fail "CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake is not \"$version\" (reconfigure the build?)" \
            "$(grep -E 'CPACK_PACKAGE_(NAME|VERSION) ' "$build/CPackConfig.cmake" || true)"
grep -qxF 'set(CPACK_PACKAGE_NAME "labdesk")' "$build/CPackConfig.cmake" \
    || fail "CPACK_PACKAGE_NAME in $build/CPackConfig.cmake is not \"labdesk\""
pass

desktop_rel=share/applications/org.labdesk.LabDesk.desktop
metainfo_rel=share/metainfo/org.labdesk.LabDesk.metainfo.xml
icon_rel=share/icons/hicolor/scalable/apps/org.labdesk.LabDesk.svg
binaries=(labdesk labctl labdesk-sandbox)

# Optional contents: PNG icons when the build found rsvg-convert, the license when there is one.
extra_rel=()
rsvg=$(sed -n 's/^LABDESK_RSVG_CONVERT:FILEPATH=//p' "$build/CMakeCache.txt")
if [ -n "$rsvg" ] && [ "${rsvg%NOTFOUND}" = "$rsvg" ]; then
    for size in 48 128 256; do
        extra_rel+=("share/icons/hicolor/${size}x${size}/apps/org.labdesk.LabDesk.png")
    done
fi
if [ -f "$src/LICENSE" ]; then
    extra_rel+=("share/doc/labdesk/copyright")
fi

# --- desktop integration files in the source tree ---------------------------------------------
check "desktop-file-validate resources/org.labdesk.LabDesk.desktop"
out=$(desktop-file-validate "$src/resources/org.labdesk.LabDesk.desktop" 2>&1) || fail "desktop-file-validate failed:" "$out"
[ -z "$out" ] || fail "desktop-file-validate reported:" "$out"
pass

check "appstreamcli validate --no-net resources/org.labdesk.LabDesk.metainfo.xml"
out=$(appstreamcli validate --no-net "$src/resources/org.labdesk.LabDesk.metainfo.xml" 2>&1) \
    || fail "appstreamcli validate failed:" "$out"
pass

# --- build the packages -----------------------------------------------------------------------
out_dir="$work/packages"
deb_arch=$(dpkg --print-architecture)
deb="$out_dir/labdesk_${version}_${deb_arch}.deb"

check "cpack -G DEB builds $(basename "$deb")"
run_logged "$work/cpack-deb.log" "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out_dir"
[ -f "$deb" ] || fail "no $deb; $out_dir has: $(find "$out_dir" -mindepth 1 -maxdepth 1 -printf '%f ')"
pass

check "cpack -G RPM builds labdesk-${version}-*.rpm"
run_logged "$work/cpack-rpm.log" "$cpack" -G RPM --config "$build/CPackConfig.cmake" -B "$out_dir"
shopt -s nullglob
rpms=("$out_dir"/labdesk-"$version"-*.rpm)
shopt -u nullglob
[ ${#rpms[@]} -eq 1 ] || fail "expected one labdesk-${version}-*.rpm in $out_dir, found ${#rpms[@]}: $(find "$out_dir" -mindepth 1 -maxdepth 1 -printf '%f ')"
rpm_file=${rpms[0]}
echo "  $(basename "$rpm_file")"
pass

stat -c '  %n: %s bytes' "$deb" "$rpm_file"

# --- the DEB ----------------------------------------------------------------------------------
deb_list="$work/deb-files.txt"
dpkg-deb -c "$deb" | awk '{print $6}' | sed -e 's|^\./||' -e 's|/$||' >"$deb_list"
for rel in "${binaries[@]/#/bin/}" "$desktop_rel" "$metainfo_rel" "$icon_rel" "${extra_rel[@]}"; do
    check "dpkg-deb -c lists usr/$rel"
    list_has "$deb_list" "usr/$rel" || fail "usr/$rel is not in $(basename "$deb"); it holds:" "$(cat "$deb_list")"
    pass
done

check "dpkg-deb -f: Package: labdesk, Version: $version"
field=$(dpkg-deb -f "$deb" Package)
[ "$field" = labdesk ] || fail "Package is '$field', expected 'labdesk'"
field=$(dpkg-deb -f "$deb" Version)
[ "$field" = "$version" ] || fail "Version is '$field', expected '$version'"
pass

check "dpkg-deb -f: a Depends line naming the Qt runtime (libqt6widgets6, libqt6core6)"
depends=$(dpkg-deb -f "$deb" Depends)
[ -n "$depends" ] || fail "no Depends field in the control file:" "$(dpkg-deb -f "$deb")"
echo "  Depends: $depends"
for package in libqt6widgets6 libqt6core6; do
    grep -qE "(^|[ ,])$package( |,|$)" <<<"$depends" || fail "Depends does not name $package: $depends"
done
pass

root="$work/root"
check "dpkg-deb -x unpacks the DEB"
run_logged "$work/dpkg-deb-x.log" dpkg-deb -x "$deb" "$root"
pass

check "the unpacked binaries carry no RPATH/RUNPATH into the build or source tree"
for binary in "${binaries[@]}"; do
    dyn=$(readelf -d "$root/usr/bin/$binary" 2>&1) || fail "readelf -d usr/bin/$binary failed:" "$dyn"
    if grep -E '\((RPATH|RUNPATH)\)' <<<"$dyn" | grep -qF -e "$build" -e "$src"; then
        fail "usr/bin/$binary:" "$(grep -E '\((RPATH|RUNPATH)\)' <<<"$dyn")"
    fi
done
pass

# The binaries run from the unpacked copy against the system's libraries only; --version needs no display.
check "usr/bin/labdesk --version prints 'LabDesk $version'"
out=$(timeout 60 "$root/usr/bin/labdesk" --version 2>&1) || fail "exit status $?; output:" "$out"
[[ "$out" == "LabDesk $version"* ]] || fail "output does not start with 'LabDesk $version':" "$out"
pass

check "usr/bin/labctl --version prints 'labctl $version'"
out=$(timeout 60 "$root/usr/bin/labctl" --version 2>&1) || fail "exit status $?; output:" "$out"
[[ "$out" == "labctl $version"* ]] || fail "output does not start with 'labctl $version':" "$out"
pass

check "usr/bin/labdesk-sandbox --version prints 'labdesk-sandbox $version'"
out=$(timeout 60 "$root/usr/bin/labdesk-sandbox" --version 2>&1) || fail "exit status $?; output:" "$out"
[[ "$out" == "labdesk-sandbox $version"* ]] || fail "output does not start with 'labdesk-sandbox $version':" "$out"
pass

check "desktop-file-validate on the unpacked usr/$desktop_rel"
out=$(desktop-file-validate "$root/usr/$desktop_rel" 2>&1) || fail "desktop-file-validate failed:" "$out"
[ -z "$out" ] || fail "desktop-file-validate reported:" "$out"
pass

check "appstreamcli validate --no-net on the unpacked usr/$metainfo_rel"
out=$(appstreamcli validate --no-net "$root/usr/$metainfo_rel" 2>&1) || fail "appstreamcli validate failed:" "$out"
pass

# --- the RPM ----------------------------------------------------------------------------------
check "rpm -qp --queryformat '%{NAME} %{VERSION}' is 'labdesk $version'"
out=$(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpm_file" 2>&1) || fail "rpm -qp failed:" "$out"
[ "$out" = "labdesk $version" ] || fail "got '$out'"
pass

check "rpm -qp: License MIT, Group Development/Tools"
out=$(rpm -qp --queryformat '%{LICENSE}|%{GROUP}' "$rpm_file" 2>&1) || fail "rpm -qp failed:" "$out"
[ "$out" = "MIT|Development/Tools" ] || fail "got '$out'"
pass

rpm_list="$work/rpm-files.txt"
rpm -qpl "$rpm_file" | sed 's|^/||' >"$rpm_list"
for rel in "${binaries[@]/#/bin/}" "$desktop_rel" "$metainfo_rel" "$icon_rel" "${extra_rel[@]}"; do
    check "rpm -qpl lists /usr/$rel"
    list_has "$rpm_list" "usr/$rel" || fail "/usr/$rel is not in $(basename "$rpm_file"); it holds:" "$(cat "$rpm_list")"
    pass
done

check "rpm -qpl claims none of the system's directories"
owned=()
for dir in usr usr/bin usr/share usr/share/applications usr/share/metainfo usr/share/icons usr/share/icons/hicolor \
           usr/share/icons/hicolor/scalable usr/share/icons/hicolor/scalable/apps usr/share/doc \
           usr/share/icons/hicolor/{48x48,128x128,256x256} usr/share/icons/hicolor/{48x48,128x128,256x256}/apps; do
    if list_has "$rpm_list" "$dir"; then owned+=("/$dir"); fi
done
[ ${#owned[@]} -eq 0 ] || fail "the RPM owns: ${owned[*]} (see CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION in installer/CMakeLists.txt)"
pass

echo "$passed passed, 0 failed"
