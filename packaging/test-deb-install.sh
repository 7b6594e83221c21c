#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that the .deb installs and runs on a clean Debian 12 with nothing from the build tree:
#   packaging/test-deb-install.sh [BUILD_DIR]        (as root; BUILD_DIR default build/release)
# 1. builds the package with `cpack -G DEB` in BUILD_DIR (which must be built already) and checks
#    its metadata (AppStream, desktop entry, MIME type),
# 2. makes a minimal Debian 12 root with mmdebstrap (only apt, from the machine's Debian mirror),
# 3. inside it: `apt install ./ethoscribe_*.deb` (dependencies come from the mirror), then
#    `ethoscribe-cli --version`, a small real job (synthetic video, info, a project with labels
#    and its CSV export, TV-L1 flow, a network summary), the GUI offscreen on the demo project
#    with a screenshot, and the MIME type of a .ethoproj.
# Prints one line per check and "deb install test: PASSED" or exits non-zero at the first failure.
# Needs: mmdebstrap, appstream, desktop-file-utils (installed when missing), network to the mirror.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build/release}" && pwd)
suite=${ETHOSCRIBE_DEB_SUITE:-bookworm}
work=$(mktemp -d /tmp/ethoscribe-deb-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
need=()
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if ((${#need[@]})); then
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}"
fi

step() { printf '%-58s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }

step "metadata: AppStream, desktop entry, MIME type"
appstreamcli validate --no-net "$here/packaging/org.ethoscribe.Ethoscribe.metainfo.xml" >/dev/null
desktop-file-validate "$here/packaging/org.ethoscribe.Ethoscribe.desktop"
grep -q 'application/x-ethoscribe-project' "$here/packaging/org.ethoscribe.Ethoscribe.desktop"
ok

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) \
    || { echo "FAILED"; cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/package/ethoscribe_*.deb)
ok "$(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Recommends\):/    \1:/p' | cut -c1-160

step "clean $suite root + apt install ./$(basename "$deb")"
start=$(date +%s)
# The checks run as customize hooks: mmdebstrap mounts /proc, /sys and /dev for them.
cat >"$work/checks.sh" <<'EOF'
set -e
export QT_QPA_PLATFORM=offscreen HOME=/root LC_ALL=C.UTF-8
cd /tmp
echo "--- ethoscribe-cli --version"
ethoscribe-cli --version
echo "--- a small job: synthetic video, info, project, labels, CSV export"
ethoscribe-cli synth --out /tmp/v --videos 1 --seconds 2 --width 64 --height 48 >/dev/null
ethoscribe-cli info /tmp/v/video01.mp4 | head -3
ethoscribe-cli project create /tmp/p.ethoproj >/dev/null
ethoscribe-cli project add-video /tmp/p.ethoproj /tmp/v/video01.mp4 >/dev/null
ethoscribe-cli project import-labels /tmp/p.ethoproj /tmp/v/video01.csv --video video01.mp4 >/dev/null
ethoscribe-cli project export /tmp/p.ethoproj --out /tmp/csv >/dev/null
test "$(wc -l < /tmp/csv/video01_ethogram.csv)" -eq 61
echo "--- TV-L1 flow (OpenCV's optflow, opened on first use) and a network command"
ethoscribe-cli flow /tmp/p.ethoproj --method tvl1 >/dev/null
ethoscribe-cli model summary --arch r2plus1d --classes 8 | tail -2
echo "--- the GUI offscreen: demo project, screenshot"
ethoscribe --demo /tmp/demo --screenshot /tmp/window.png --screenshot-delay 3000
test -s /tmp/window.png && ls -l /tmp/window.png
echo "--- German and Japanese from the system locale"
for l in de_DE ja_JP; do
    msg=$(env -u LANGUAGE LC_ALL=$l.UTF-8 LANG=$l.UTF-8 ethoscribe-cli nosuchcommand 2>&1 || true)
    echo "$msg"
    if echo "$msg" | grep -q 'is not a command'; then
        echo "FAILED: still English under LC_ALL=$l.UTF-8"; env | grep -E '^(LC_|LANG)' || true
        exit 1
    fi
done
echo "--- MIME type of .ethoproj"
test -f /usr/share/mime/packages/org.ethoscribe.Ethoscribe.xml
grep 'ethoproj' /usr/share/mime/globs2
grep -q 'application/x-ethoscribe-project' /usr/share/applications/org.ethoscribe.Ethoscribe.desktop
echo "--- installed files outside /usr (none expected)"
dpkg -L ethoscribe | grep -v '^/usr' | grep -v '^/\.$' || true
EOF
cp "$deb" "$work/"
name=$(basename "$deb")
# The checks run as customize hooks: mmdebstrap mounts /proc, /sys and /dev for them. No root
# file system is kept (target /dev/null).
if ! mmdebstrap --variant=apt --quiet \
        --customize-hook="copy-in $work/$name $work/checks.sh /tmp" \
        --customize-hook="chroot \"\$1\" apt-get install -y -q /tmp/$name >$work/apt.log 2>&1 || { tail -30 $work/apt.log; false; }" \
        --customize-hook="chroot \"\$1\" sh /tmp/checks.sh >$work/checks.log 2>&1 || { cat $work/checks.log; false; }" \
        "$suite" /dev/null >"$work/mmdebstrap.log" 2>&1; then
    echo "FAILED"
    tail -60 "$work/mmdebstrap.log"
    exit 1
fi
ok "$(($(date +%s) - start)) s"
sed 's/^/    /' "$work/checks.log"
echo "deb install test: PASSED"
