#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The paper's experiment on synthetic videos, end to end and timed (the training issue's
# acceptance: 12 synthetic videos of 60 s, leave-one-video-out cross-validation of the small
# configuration, both networks, both streams, fused accuracy over all held-out frames):
#   1. "Pretraining", as the paper's networks were pretrained on other data: the four small
#      networks trained from random weights on 8 other synthetic videos (seed 2), exactly as
#      packaging/make-demo-models.sh makes the demo models (written to WORK_DIR/pretrained);
#   2. the 12 videos (seed 1: never seen in step 1), a project with their true labels;
#   3. DIS optical flow (the `cv` below would compute it too; timed on its own);
#   4. `cv` with the small configuration, both networks and streams, initialised from step 1,
#      fine-tuning the classifier per fold on the frozen backbones (--tune head, dense windows).
# Prints the time of each step and the fused accuracy; the run folder (summary.json,
# fusion_sweep.csv, plots/) stays in WORK_DIR/run.
#
# usage: packaging/paper-experiment.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
build=$(cd "$build" && pwd)
cli=$build/app/ethoscribe-cli
work=${2:-$(mktemp -d)}
mkdir -p "$work" && work=$(cd "$work" && pwd)
cd "$work"
start=$SECONDS
times=()
step() { # name, then the command
    local name=$1 t=$SECONDS
    shift
    "$@"
    times+=("$name: $(( SECONDS - t )) s")
}

step "1. pretraining on 8 other videos" \
    "$here/packaging/make-demo-models.sh" "$build" "$work/pretraining" "$work/pretrained"
make_project() {
    "$cli" synth --out cage --videos 12 --seconds 60 --seed 1
    "$cli" project create cage.ethoproj
    "$cli" project add-video cage.ethoproj cage/video*.mp4
    for csv in cage/video*.csv; do
        "$cli" project import-labels cage.ethoproj --video "$(basename "${csv%.csv}").mp4" "$csv"
    done
}
step "2. 12 synthetic videos and their project" make_project
step "3. DIS optical flow of the 12 videos" "$cli" flow cage.ethoproj --method dis
init=()
for m in i3d r2plus1d; do
    for s in rgb flow; do
        init+=(--init "$m/$s=$work/pretrained/${m}_$s.safetensors")
    done
done
step "4. cross-validation (12 folds x 2 networks x 2 streams)" \
    "$cli" cv cage.ethoproj --out run --config small --models i3d,r2plus1d --streams rgb,flow \
    --tune head --windows dense "${init[@]}" --human

echo
echo "Times (2-core figures in README.md were measured with nothing else running):"
printf '  %s\n' "${times[@]}"
echo "  in all: $(( SECONDS - start )) s"
echo "Fused accuracy over all held-out frames (fusion_sweep.csv; model both = I3D and R(2+1)D):"
grep -E '^(both|i3d|r2plus1d),(0\.4|0\.6)' run/fusion_sweep.csv | sed 's/^/  /'
echo "Run folder: $work/run"
