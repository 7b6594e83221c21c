#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A one-node SLURM cluster on this machine, for testing `ethoscribe-cli ... --slurm` (docs/CLUSTER.md):
# this host is both the controller and the only compute node, with the partition "debug".
#
#   packaging/slurm-local.sh start    install slurm-wlm and munge when missing, write the
#                                      configuration, start munged, slurmctld and slurmd, and
#                                      wait until `sinfo` shows the node idle
#   packaging/slurm-local.sh stop     stop the three daemons
#   packaging/slurm-local.sh status   print `sinfo`; exit 0 when the node is idle or in use
#
# Needs root (or sudo). It refuses to touch a slurm.conf it did not write, so it never replaces
# a real cluster's configuration. Jobs run as the user who submits them; no accounting database
# (sacct is not available: `ethoscribe-cli runs status` reads squeue, scontrol and the run folder).
set -eu

CONF=/etc/slurm/slurm.conf
MARK="# written by ethoscribe packaging/slurm-local.sh"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

node_state() {
    sinfo -h -N -o '%T' 2>/dev/null | head -n 1
}

start() {
    if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 \
        || ! command -v munged >/dev/null 2>&1 || ! command -v sbatch >/dev/null 2>&1; then
        echo "slurm-local: installing slurm-wlm and munge"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge
    fi
    if [ -f "$CONF" ] && ! grep -qF "$MARK" "$CONF"; then
        echo "slurm-local: $CONF exists and was not written by this script; not touching it." >&2
        echo "slurm-local: this machine looks like part of a real cluster: use that one." >&2
        exit 1
    fi
    host=$(hostname -s)
    cpus=$(nproc)
    mem_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 - 512 }' /proc/meminfo)
    tmp=$(mktemp)
    cat >"$tmp" <<EOF
$MARK
ClusterName=ethoscribe-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
MpiDefault=none
ReturnToService=2
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/linux
JobCompType=jobcomp/none
# Finished jobs stay visible to scontrol for an hour, so runs status can say how a task ended.
MinJobAge=3600
SchedulerType=sched/backfill
# Tasks that do not say how much memory they need get 1 GB per core, so that several run at once.
DefMemPerCPU=1024
NodeName=$host CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
    as_root mkdir -p /etc/slurm /var/lib/slurm/slurmctld /var/lib/slurm/slurmd /var/log/slurm
    as_root cp "$tmp" "$CONF"
    rm -f "$tmp"
    as_root chmod 644 "$CONF"

    if [ ! -s /etc/munge/munge.key ]; then
        as_root mkdir -p /etc/munge
        as_root sh -c 'dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null'
    fi
    as_root chown munge:munge /etc/munge/munge.key 2>/dev/null || true
    as_root chmod 400 /etc/munge/munge.key
    as_root mkdir -p /run/munge /var/log/munge /var/lib/munge
    as_root chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
    if ! pgrep -x munged >/dev/null 2>&1; then
        if id munge >/dev/null 2>&1; then
            as_root runuser -u munge -- /usr/sbin/munged
        else
            as_root /usr/sbin/munged --force
        fi
    fi

    # Restart the daemons so that they read this configuration.
    as_root pkill -x slurmctld 2>/dev/null || true
    as_root pkill -x slurmd 2>/dev/null || true
    sleep 1
    as_root /usr/sbin/slurmctld
    as_root /usr/sbin/slurmd
    i=0
    while [ $i -lt 60 ]; do
        state=$(node_state)
        case "$state" in
        idle*|mixed*|allocated*)
            sinfo
            echo "slurm-local: the one-node cluster is up (partition debug, node $host)."
            return 0 ;;
        down*|drain*)
            as_root scontrol update nodename="$host" state=resume 2>/dev/null || true ;;
        esac
        sleep 1
        i=$((i + 1))
    done
    echo "slurm-local: the node did not become idle; see /var/log/slurm/*.log." >&2
    sinfo >&2 || true
    exit 1
}

stop() {
    as_root pkill -x slurmd 2>/dev/null || true
    as_root pkill -x slurmctld 2>/dev/null || true
    as_root pkill -x munged 2>/dev/null || true
    echo "slurm-local: stopped."
}

status() {
    sinfo || exit 1
    case "$(node_state)" in
    idle*|mixed*|allocated*) exit 0 ;;
    *) exit 1 ;;
    esac
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2 ;;
esac
