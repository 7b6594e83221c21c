#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Retakes every screenshot of docs/USER-GUIDE.md from the real application, inside a virtual
# display, and writes them to docs/images/guide/*.png.
#
#   docs/make-screenshots.sh                       # uses build/release/app/ethoscribe{,-cli}
#   ETHOSCRIBE_BIN_DIR=/some/dir docs/make-screenshots.sh   # another copy of the two programs
#
# What it does, in order (about 5 minutes on a 2-core machine, 290 s measured, half of it waiting
# for the demo analysis):
#   1. installs what it needs when missing (Xvfb, xdotool, ImageMagick, sqlite3, a Japanese font for
#      the language list) with apt-get, as root or through sudo, like packaging/install-deps.sh;
#   2. starts Xvfb (1280x800) and runs Ethoscribe there with a fresh, throw-away home folder, so
#      that your own settings, recent projects and demo are never touched (annotator name: alex);
#   3. takes the empty window of a first start, then starts `ethoscribe --demo DIR`, waits until
#      the bundled demo models have analysed both videos, and drives the window with xdotool
#      (menus with Alt+letter, keyboard shortcuts, a few clicks) to photograph: the main window,
#      the Models menu, the Fusion panel, the review of an uncertain bout, Preferences (and its
#      language list), Edit > Behaviors..., Help > Keyboard Shortcuts, File > Export Annotated
#      Video... (its options, the file dialog, the progress, a frame of the result),
#      Models > Retrain... (the form, a run in progress, the run stopped with Cancel Run) and
#      View > Statistics... (table, ethogram, agreement). Behaviors, the export options and
#      Statistics are skipped with a note when the build does not have them yet;
#   4. records two tiny cross-validation runs on the demo project with ethoscribe-cli (only the
#      classifiers, from the demo models: about 2 minutes) and photographs Models > Training
#      Results... (accuracy, plots, comparison).
# Every window is awaited by name with a time limit; the script stops with a message naming the
# window that did not appear. Each picture is captured with ImageMagick's `import -window`.
#
# Settings (environment variables):
#   ETHOSCRIBE_BIN_DIR       folder with ethoscribe and ethoscribe-cli (default build/release/app)
#   ETHOSCRIBE_SHOT_DIR      where the PNG files go (default docs/images/guide)
#   ETHOSCRIBE_SHOT_WAIT     seconds to wait for a window (default 30)
#   ETHOSCRIBE_SHOT_ANALYSIS seconds to wait for the demo analysis (default 900)
#   ETHOSCRIBE_SHOT_KEEP=1   keep the temporary folder (projects, logs) for inspection
#   ETHOSCRIBE_SHOT_ANNOTATOR the annotator name shown in the pictures (default alex)
#   ETHOSCRIBE_SHOT_DEMO     a demo folder of an earlier run (kept with ETHOSCRIBE_SHOT_KEEP=1) to
#                            start from a copy of, so that its videos and predictions are reused
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin_dir=$(cd "${ETHOSCRIBE_BIN_DIR:-$here/build/release/app}" && pwd)
out_dir=${ETHOSCRIBE_SHOT_DIR:-$here/docs/images/guide}
wait_s=${ETHOSCRIBE_SHOT_WAIT:-30}
analysis_s=${ETHOSCRIBE_SHOT_ANALYSIS:-900}
gui=$bin_dir/ethoscribe
cli=$bin_dir/ethoscribe-cli
started=$(date +%s)

say() { printf '[%4ds] %s\n' $(($(date +%s) - started)) "$*"; }
die() {
    printf 'make-screenshots: %s\n' "$*" >&2
    [[ -n "${work:-}" && -f "$work/app.log" ]] && { echo "--- last lines of the application's log:" >&2; tail -n 15 "$work/app.log" >&2; }
    exit 1
}

for program in "$gui" "$cli"; do
    [[ -x "$program" ]] || die "$program not found or not executable. Build first (README.md), or set ETHOSCRIBE_BIN_DIR."
done

# --- 1. what the script needs -------------------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
{ command -v import >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; } || need+=(imagemagick)
command -v sqlite3 >/dev/null || need+=(sqlite3)
# Preferences lists the language 日本語 in its own script: without a Japanese font it shows boxes.
[[ -n "$(fc-list :lang=ja 2>/dev/null)" ]] || need+=(fonts-ipafont-gothic)
if ((${#need[@]} > 0)); then
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "missing ${need[*]}: run as root or install sudo."
        sudo_cmd=(sudo)
    fi
    say "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${need[@]}"
fi

# --- 2. a virtual display and a throw-away home -------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/ethoscribe-shots.XXXXXX")
pids=()
cleanup() {
    local status=$?
    # A training run started from the Retrain dialog runs detached: stop it, while its manifest
    # says it is running, by the pid it wrote there.
    for manifest in "$work"/demo/demo.runs/*/manifest.json; do
        grep -qs '"status": *"running"' "$manifest" || continue # only a run still going
        pid=$(sed -n 's/^ *"pid": *\([0-9][0-9]*\).*/\1/p' "$manifest" | head -n 1)
        if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; fi
    done
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [[ "${ETHOSCRIBE_SHOT_KEEP:-0}" == 1 || $status -ne 0 ]]; then
        echo "make-screenshots: the working folder is kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

display=
for n in $(seq 91 140); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    display=:$n
    break
done
[[ -n "$display" ]] || die "no free X display number between :91 and :140."
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
xdotool getdisplaygeometry >/dev/null 2>&1 || die "Xvfb did not start on $display (see $work/xvfb.log)."

export HOME=$work/home
export XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache XDG_DATA_HOME=$HOME/.local/share
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$out_dir"
chmod 700 "$XDG_RUNTIME_DIR"
export USER=${ETHOSCRIBE_SHOT_ANNOTATOR:-alex} # the default annotator name
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORMTHEME QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS WAYLAND_DISPLAY
export ETHOSCRIBE_DEMO_MODELS=${ETHOSCRIBE_DEMO_MODELS:-$here/resources/demo-models}

# --- helpers --------------------------------------------------------------------------------------
app_pid=
start_app() { # start_app ARGS...: the window in the background, its output in app.log
    "$gui" "$@" >>"$work/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
}
quit_app() { # Ctrl+Q in the main window, then wait for the process to end
    xdotool windowfocus --sync "$1" 2>/dev/null || true
    xdotool key ctrl+q
    for _ in $(seq $((wait_s * 5))); do kill -0 "$app_pid" 2>/dev/null || return 0; sleep 0.2; done
    kill "$app_pid" 2>/dev/null || true
    die "Ethoscribe did not quit within $wait_s s after Ctrl+Q."
}
window() { # window NAME-REGEX [SECONDS]: the id of the visible window of that name, awaited
    local id
    id=$(timeout "${2:-$wait_s}" xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -n 1) || true
    [[ -n "$id" ]] || die "the window '$1' did not appear within ${2:-$wait_s} s."
    echo "$id"
}
has_window() { xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; }
gone() { # gone NAME-REGEX: wait until no visible window has that name
    for _ in $(seq $((wait_s * 5))); do has_window "$1" || return 0; sleep 0.2; done
    die "the window '$1' did not close within $wait_s s."
}
focus() { xdotool windowfocus --sync "$1"; sleep 0.2; }
park_mouse() { xdotool mousemove 1279 799; } # over the status bar: no tooltip in the pictures
click() { xdotool mousemove --window "$1" "$2" "$3" click 1; sleep 0.4; }
save() { # save SOURCE.png NAME: small PNG, at most 1280x800, without metadata
    convert "$1" -strip -resize '1280x800>' "$out_dir/$2.png"
    say "wrote $2.png ($(identify -format '%wx%h' "$out_dir/$2.png"))"
}
shot() { # shot WINDOW-ID NAME: one window (and whatever lies on top of it)
    sleep "${3:-0.6}"
    import -window "$1" "$work/raw.png"
    save "$work/raw.png" "$2"
}
shot_area() { # shot_area WIDTHxHEIGHT+X+Y NAME: part of the screen (menus, popups)
    sleep 0.6
    import -window root -crop "$1" +repage "$work/raw.png"
    save "$work/raw.png" "$2"
}
main_window() { # main_window TITLE-REGEX [SECONDS]: the main window (Qt also makes tiny helper windows)
    local deadline=$(($(date +%s) + ${2:-$wait_s})) id width
    while (($(date +%s) < deadline)); do
        for id in $(xdotool search --onlyvisible --name "$1" 2>/dev/null); do
            width=$(xdotool getwindowgeometry --shell "$id" 2>/dev/null | sed -n 's/^WIDTH=//p')
            if [[ -n "$width" ]] && ((width >= 600)); then
                echo "$id"
                return 0
            fi
        done
        sleep 0.5
    done
    die "the main window '$1' did not appear within ${2:-$wait_s} s."
}
fit_window() { xdotool windowmove "$1" 0 0 windowsize "$1" 1280 800; sleep 0.8; }
files_quiet_for() { # files_quiet_for SECONDS FILE...: true when none changed for that long
    local newest now
    newest=$(find "${@:2}" -type f -printf '%T@\n' 2>/dev/null | sort -n | tail -n 1)
    now=$(date +%s)
    [[ -n "$newest" ]] && (( now - ${newest%.*} >= $1 ))
}

# --- 3. the window ------------------------------------------------------------------------------
say "Ethoscribe: $("$gui" --version | head -n 1) from $bin_dir, display $display, work folder $work"

say "first start, no project"
start_app
main=$(main_window '^Ethoscribe$')
fit_window "$main"
park_mouse
shot "$main" first-start 1.5
quit_app "$main"

say "the demo: generating two videos, then analysing them with the demo models"
demo=$work/demo
if [[ -n "${ETHOSCRIBE_SHOT_DEMO:-}" ]]; then
    mkdir -p "$demo"
    cp -a "$ETHOSCRIBE_SHOT_DEMO"/video0* "$ETHOSCRIBE_SHOT_DEMO"/models "$demo"/
    cp -a "$ETHOSCRIBE_SHOT_DEMO"/demo.cache "$demo"/ 2>/dev/null || true
    sqlite3 "$ETHOSCRIBE_SHOT_DEMO/demo.ethoproj" ".backup '$demo/demo.ethoproj'" ||
        die "cannot copy the demo project of $ETHOSCRIBE_SHOT_DEMO."
    sqlite3 "$demo/demo.ethoproj" "delete from cv_results; delete from cv_runs" 2>/dev/null || true
fi
start_app --demo "$demo"
main=$(main_window '^demo.ethoproj - Ethoscribe$' 180)
fit_window "$main"
park_mouse
# Done when the 8 prediction tracks (2 videos x 4 streams) exist and neither the project nor the
# flow cache has changed for 25 s (a block of 512 frames is stored every few seconds meanwhile).
deadline=$(($(date +%s) + analysis_s))
while :; do
    tracks=$(sqlite3 -readonly "file:$demo/demo.ethoproj?mode=ro" \
        "select count(*) from tracks where kind = 'prediction'" 2>/dev/null || echo 0)
    if [[ "$tracks" -ge 8 ]] && files_quiet_for 25 "$demo"/demo.ethoproj* "$demo/demo.cache"; then
        break
    fi
    (($(date +%s) < deadline)) || die "the demo analysis did not finish within $analysis_s s (prediction tracks: $tracks)."
    sleep 5
done
say "analysis finished"

focus "$main"
xdotool key Home
for _ in $(seq 15); do xdotool key shift+Right; done # 0:15, a rearing bout
shot "$main" main-window 1.5

say "the Models menu"
xdotool key alt+m
shot_area 620x240+0+0 models-menu
xdotool key Escape Escape

say "the Fusion panel (floated for the picture, then docked again)"
width=$(xdotool getwindowgeometry --shell "$main" | sed -n 's/^WIDTH=//p')
xdotool mousemove --window "$main" $((width - 200)) 57 click --repeat 2 --delay 80 1 # the dock title, under the toolbar
fusion=$(window '^Fusion$')
park_mouse
shot "$fusion" fusion-panel
xdotool mousemove --window "$fusion" 120 10 click --repeat 2 --delay 80 1
gone '^Fusion$'
park_mouse

say "the most doubtful bout"
focus "$main"
xdotool key n
for _ in 1 2 3 4 5; do xdotool key ctrl+plus; done
shot "$main" review-uncertain-bout 1
xdotool key ctrl+0 Escape

say "Edit > Preferences..."
focus "$main"
xdotool key alt+e p
prefs=$(window '^Preferences$')
shot "$prefs" preferences
geometry=$(xdotool getwindowgeometry --shell "$prefs")
px=$(sed -n 's/^X=//p' <<<"$geometry") py=$(sed -n 's/^Y=//p' <<<"$geometry")
pw=$(sed -n 's/^WIDTH=//p' <<<"$geometry") ph=$(sed -n 's/^HEIGHT=//p' <<<"$geometry")
xdotool key Tab Tab Tab Tab Tab Tab Tab alt+Down # the Language list, opened (after the flow method)
shot_area "${pw}x$((ph + 40))+$px+$py" preferences-language # the list reaches below the dialog
xdotool key Escape
sleep 0.3
xdotool key Escape
gone '^Preferences$'

say "Edit > Behaviors..., where this build has it"
focus "$main"
xdotool key alt+e b
if behaviors=$(timeout 8 xdotool search --sync --onlyvisible --name '^Behaviors$' 2>/dev/null | head -n 1) && [[ -n "$behaviors" ]]; then
    shot "$behaviors" behaviors
    focus "$behaviors"
    xdotool key Escape
    gone '^Behaviors$'
else
    say "this build has no Edit > Behaviors...: no behaviors.png"
    xdotool key Escape Escape
fi

say "Help > Keyboard Shortcuts"
focus "$main"
xdotool key alt+h k
keys=$(window '^Keyboard Shortcuts$')
shot "$keys" keyboard-shortcuts
xdotool key Escape
gone '^Keyboard Shortcuts$'

say "File > Export Annotated Video..."
focus "$main"
xdotool key alt+f v
first_dialog=$(window '^Export Annotated Video$')
# Builds with the options dialog (track, frames, strip; its OK button is "Choose File...") show it
# first, then the file dialog under the same title; older builds go straight to the file dialog,
# which is the taller of the two.
height=$(xdotool getwindowgeometry --shell "$first_dialog" | sed -n 's/^HEIGHT=//p')
if ((height < 330)); then
    shot "$first_dialog" export-video-options
    xdotool key Return # Choose File...
    save_dialog=
    for _ in $(seq $((wait_s * 5))); do
        for id in $(xdotool search --onlyvisible --name '^Export Annotated Video$' 2>/dev/null); do
            [[ "$id" != "$first_dialog" ]] && save_dialog=$id
        done
        [[ -n "$save_dialog" ]] && break
        sleep 0.2
    done
    [[ -n "$save_dialog" ]] || die "the file dialog of Export Annotated Video did not appear."
else
    save_dialog=$first_dialog
fi
shot "$save_dialog" export-video-dialog
xdotool key ctrl+a
xdotool type --delay 10 "$work/video01_annotated.mp4"
xdotool key Return
gone_id=$save_dialog
progress=
for _ in $(seq $((wait_s * 5))); do
    for id in $(xdotool search --onlyvisible --name '^Export Annotated Video$' 2>/dev/null); do
        [[ "$id" != "$gone_id" ]] && progress=$id
    done
    [[ -n "$progress" ]] && break
    sleep 0.2
done
[[ -n "$progress" ]] || die "the progress of Export Annotated Video did not appear."
sleep 2
import -window root "$work/raw.png"
save "$work/raw.png" export-video-progress
for _ in $(seq 600); do has_window '^Export Annotated Video$' || break; sleep 0.5; done
[[ -s "$work/video01_annotated.mp4" ]] || die "the annotated video was not written."
"$cli" frame "$work/video01_annotated.mp4" 450 --out "$work/frame.png" >/dev/null
convert "$work/frame.png" -filter point -resize 200% "$work/frame2.png"
save "$work/frame2.png" annotated-video-frame

say "Models > Retrain..."
focus "$main"
xdotool key alt+m r # &Retrain...
retrain=$(window '^Retrain - demo.ethoproj$')
shot "$retrain" retrain-dialog
focus "$retrain"
xdotool key Tab Tab Tab Tab Tab Tab # to "Steps per network"
xdotool type "200"
xdotool key alt+s
say "training; waiting for the loss curve and the time left (20 s after the first step)"
for _ in $(seq 600); do
    grep -qs '"iter":10,' "$demo"/demo.runs/*/events.jsonl && break
    sleep 1
done
grep -qs '"iter":10,' "$demo"/demo.runs/*/events.jsonl || die "the training run shows no progress (see $demo/demo.runs)."
sleep 25
shot "$retrain" retrain-running 1.5
xdotool key alt+c # Cancel Run
for _ in $(seq 300); do
    grep -qs '"status": *"cancelled"' "$demo"/demo.runs/*/manifest.json && break
    sleep 1
done
grep -qs '"status": *"cancelled"' "$demo"/demo.runs/*/manifest.json || die "the training run did not stop after Cancel Run."
shot "$retrain" retrain-stopped 2
xdotool key Escape
gone '^Retrain - '

say "View > Statistics..., where this build has it"
focus "$main"
xdotool key alt+v s
if stats=$(timeout 8 xdotool search --sync --onlyvisible --name '^Statistics$' 2>/dev/null | head -n 1) && [[ -n "$stats" ]]; then
    focus "$stats" # a dialog shown beside the window gets no keyboard focus without a window manager
    park_mouse
    shot "$stats" statistics 1.5
    click "$stats" 380 72 # the Ethogram tab
    park_mouse
    shot "$stats" statistics-ethogram 1
    click "$stats" 192 618 # Compare with:
    xdotool type --delay 30 "prediction:i3d:r"
    xdotool key Return
    sleep 0.5
    click "$stats" 742 72 # the Agreement tab
    park_mouse
    shot "$stats" statistics-agreement 1.5
    focus "$stats"
    xdotool key Escape
    gone '^Statistics$'
else
    say "this build has no View > Statistics...: no statistics.png"
    xdotool key Escape Escape
fi

quit_app "$main"

# --- 4. two recorded runs for Models > Training Results... ---------------------------------------
say "two small cross-validation runs (only the classifiers, from the demo models)"
m=$demo/models
"$cli" cv "$demo/demo.ethoproj" --out "$demo/demo.runs/cv-all-networks" \
    --tune head --windows dense --init "i3d/rgb=$m/i3d_rgb.safetensors" \
    --init "i3d/flow=$m/i3d_flow.safetensors" --init "r2plus1d/rgb=$m/r2plus1d_rgb.safetensors" \
    --init "r2plus1d/flow=$m/r2plus1d_flow.safetensors" --human >"$work/cv1.log" 2>&1 ||
    die "the first cross-validation failed (see $work/cv1.log)."
"$cli" cv "$demo/demo.ethoproj" --out "$demo/demo.runs/cv-i3d-balanced" --models i3d \
    --tune head --windows dense --balance --init "i3d/rgb=$m/i3d_rgb.safetensors" \
    --init "i3d/flow=$m/i3d_flow.safetensors" --human >"$work/cv2.log" 2>&1 ||
    die "the second cross-validation failed (see $work/cv2.log)."

say "Models > Training Results..."
start_app "$demo/demo.ethoproj"
main=$(main_window '^demo.ethoproj - Ethoscribe$' 60)
fit_window "$main"
focus "$main"
xdotool key alt+m u # Training Res&ults...
results=$(window '^Training Results$')
focus "$results"
xdotool key Up space Down space Up # tick both runs, show the first one
park_mouse
shot "$results" training-results 1
xdotool key shift+Tab shift+Tab Right # to the tab bar, then the Plots tab
sleep 0.5
click "$results" 630 56 # the list of plots
xdotool type fusion
xdotool key Return
park_mouse
shot "$results" training-results-plots 1
click "$results" 60 18 # back in the run list,
xdotool key shift+Tab shift+Tab Right Right # then the Compare tab
park_mouse
shot "$results" training-results-compare 1
xdotool key Escape
gone '^Training Results$'
quit_app "$main"

say "done in $(($(date +%s) - started)) s; pictures in $out_dir"
