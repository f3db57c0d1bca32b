#!/usr/bin/env bash
# Installs the Debian 12 packages LabDesk needs to build, run and test, when any is missing.
# Idempotent and quiet when nothing is missing. Needs root (or sudo) only when it installs.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
    qt6-translations-l10n
    libgit2-dev qtkeychain-qt6-dev libqscintilla2-qt6-dev libssh-dev libyaml-dev
    libbenchmark-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    openssh-server openssh-client imagemagick
    fonts-dejavu-core fonts-noto-cjk
    rpm desktop-file-utils appstream dpkg-dev file librsvg2-bin
    python3-gitlab
    clang libclang-rt-14-dev
)

# @gitbeaker/cli 43.8.0 (a Node.js GitLab client, the version the tests were written against) for the fidelity tests, into a project-local npm prefix,
# only when npm exists and the CLI is missing. Its test skips, saying why, when npm is absent.
install_gitbeaker() {
    local prefix
    prefix="$(cd "$(dirname "$0")/.." && pwd)/.cache/npm-tools"
    [ -x "$prefix/bin/gb" ] && return 0
    command -v npm >/dev/null || return 0
    echo "LabDesk: installing @gitbeaker/cli into $prefix (for the fidelity tests)"
    npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error @gitbeaker/cli@43.8.0 >/dev/null \
        || echo "LabDesk: npm could not install @gitbeaker/cli; fidelity_gitbeaker will fail until it can" >&2
}
install_gitbeaker

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "LabDesk: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "LabDesk: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "LabDesk: packages installed."
