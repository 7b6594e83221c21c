#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the Debian 12 packages Ethoscribe needs to build, test and run.
# Idempotent: packages already present are not touched, and apt is not even called then.
#   packaging/install-deps.sh            build + run
#   packaging/install-deps.sh --tests    also what the test suite and benchmarks use
# Runs as root, or through sudo for a normal user.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake pkg-config ccache git
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins
    # LibTorch (CPU) and a fast BLAS under it
    libtorch-dev libopenblas0-pthread
    # OpenCV with contrib (optflow: TV-L1; video: DIS)
    libopencv-dev libopencv-contrib-dev
    # FFmpeg libraries
    libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
    # plots
    libqcustomplot-dev
    # a display for the GUI where there is none
    xvfb xauth
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(
        # reference implementations for equivalence tests and benchmark baselines
        python3 python3-torch python3-torchvision python3-numpy
        # ffmpeg's own decoder as the benchmark baseline
        ffmpeg
    )
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are already installed."
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo." >&2; exit 1; }
    SUDO=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
