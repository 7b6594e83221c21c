#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two set-up commands, one script:
#   packaging/ethoscribe.sh demo   install what is missing, build, start the GUI on synthetic videos
#   packaging/ethoscribe.sh test   install what is missing, build, run the whole test suite
#   packaging/ethoscribe.sh sanitize   the torch-free tests under ASan + UBSan (CI runs it too)
# Works as root or as a normal user with sudo, from any current directory.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
jobs=$(nproc 2>/dev/null || echo 2)

case "$mode" in
    demo)
        packaging/install-deps.sh
        cmake --preset release
        cmake --build --preset release -j"$jobs"
        demo_dir=${ETHOSCRIBE_DEMO_DIR:-$HOME/.cache/ethoscribe/demo}
        bin=build/release/app
        if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
            echo
            echo "No display found. The demo runs with the command-line tool instead: two synthetic"
            echo "videos, then the bundled demo models predict their behaviors:"
            echo "  $bin/ethoscribe-cli synth --out $demo_dir --videos 2 --seconds 60 --seed 1"
            echo "  $bin/ethoscribe-cli analyze $demo_dir/video0*.mp4 --model resources/demo-models/i3d_rgb.safetensors \\"
            echo "      --model ...i3d_flow... --model ...r2plus1d_rgb... --model ...r2plus1d_flow... --flow-method dis --out $demo_dir/ethograms"
            echo "To see the window, start the GUI inside a virtual display:"
            echo "  xvfb-run -a $bin/ethoscribe --demo $demo_dir"
            "$bin/ethoscribe-cli" synth --out "$demo_dir" --videos 2 --seconds 60 --seed 1
            models=()
            for m in resources/demo-models/*.safetensors; do models+=(--model "$m"); done
            exec "$bin/ethoscribe-cli" analyze "$demo_dir"/video0*.mp4 "${models[@]}" \
                --flow-method dis --out "$demo_dir/ethograms" --human
        fi
        exec "$bin/ethoscribe" --demo "$demo_dir"
        ;;
    test)
        packaging/install-deps.sh --tests
        cmake --preset release
        cmake --build --preset release -j"$jobs"
        rc=0
        ctest --preset release -j"$jobs" || rc=$?
        # What was skipped, and why: whole tests (CTest lists them above as "Skipped") and
        # single test functions of tests that otherwise ran.
        log=build/release/Testing/Temporary/LastTest.log
        if [[ -f $log ]]; then
            skips=$(grep -E '^SKIP   : ' "$log" || true)
            echo "Skipped test functions: $(grep -c . <<<"$skips" || true)"
            [[ -n $skips ]] && sed 's/^SKIP   : /  /' <<<"$skips"
        fi
        exit "$rc"
        ;;
    sanitize)
        # The torch-free part of the suite under AddressSanitizer + UndefinedBehaviorSanitizer
        # (CMakePresets.json, preset asan): everything that parses files, keeps labels, decodes
        # video, fuses predictions and draws the window. Left out, to keep CI under 40 minutes
        # on 2 cores: the tests that need LibTorch (networks, training, inference, weight
        # import) and every CLI test (building ethoscribe-cli builds its LibTorch part,
        # ethoscribe-cli-networks, too); the weight readers are fuzzed under both sanitizers
        # instead (tests/fuzz/README.md).
        packaging/install-deps.sh --tests
        tests=(
            test_window_plan test_csv_exchange test_csv_fuzz test_cv_evaluation
            test_predictions_csv test_fusion_model test_label_smoothing test_review_order
            test_labeltrack test_behaviorset test_predictiontrack test_project_database
            test_document test_project_crash test_prediction_storage test_project_fusion
            test_statistics test_synthetic_cage test_video_reader test_frame_cache test_flow
            test_timeline test_player test_labeling test_review test_cluster_run
            test_annotated_video test_statistics_dialog test_behaviors_dialog test_proxy_video
            test_import_labels test_system_memory
            fuzz_replay_label_import fuzz_replay_project_open fuzz_replay_video_probe
        )
        cmake --preset asan
        cmake --build --preset asan -j"$jobs" --target "${tests[@]}"
        regex="^($(IFS='|'; echo "${tests[*]}"))\$"
        exec ctest --preset asan -j"$jobs" -R "$regex"
        ;;
    *)
        echo "usage: $0 demo|test|sanitize" >&2
        exit 2
        ;;
esac
