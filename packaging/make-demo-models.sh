#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the demo's four small models (resources/demo-models) with Ethoscribe's own commands, from
# synthetic cage videos of seed 2 (the demo itself shows seed 1, which these models never saw):
#   1. 8 synthetic videos of 60 s, their true labels, DIS optical flow;
#   2. each network and stream trained from random weights (800 steps, small configuration,
#      video08 held out);
#   3. each classifier trained again on all 8 videos' cached features (--tune head).
# Measured on 2 CPU cores while other builds ran: step 2 took 23 minutes (4 to 8 per model),
# step 3 about 4 minutes (mostly the backbones' features). Another machine (other thread counts,
# other BLAS) may make models of similar rather than identical accuracy.
#
# usage: packaging/make-demo-models.sh [BUILD_DIR] [WORK_DIR] [MODELS_DIR]
# MODELS_DIR: where the four models go (default resources/demo-models of this checkout).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/release}/app/ethoscribe-cli
work=${2:-$(mktemp -d)}
dest=${3:-$here/resources/demo-models}
mkdir -p "$work" "$dest" && cd "$work"
dest=$(cd "$dest" && pwd)

"$cli" synth --out cage --videos 8 --seconds 60 --seed 2
"$cli" project create pre.ethoproj
"$cli" project add-video pre.ethoproj cage/video0*.mp4
for csv in cage/video0*.csv; do
    "$cli" project import-labels pre.ethoproj --video "$(basename "${csv%.csv}").mp4" "$csv"
done
"$cli" flow pre.ethoproj --method dis

# network stream learning-rate final-learning-rate
for setting in "r2plus1d rgb 0.02 0.001" "r2plus1d flow 0.02 0.001" \
               "i3d rgb 0.01 0.0005" "i3d flow 0.01 0.0005"; do
    set -- $setting
    "$cli" train pre.ethoproj --model "$1" --stream "$2" --hold-out video08 --iterations 800 \
        --lr "$3" --lr-end "$4" --windows dense --out "pre_$1_$2" --human --no-record
    "$cli" train pre.ethoproj --model "$1" --stream "$2" --tune head --windows dense \
        --init "pre_$1_$2/folds/fold00/$1_$2/model.safetensors" --out "demo_$1_$2" --human --no-record
    cp "demo_$1_$2/folds/fold00/$1_$2/model.safetensors" "$dest/$1_$2.safetensors"
done
echo "Demo models written to $dest (work files in $work)."
