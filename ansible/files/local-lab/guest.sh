#!/bin/sh
# Starts the migrated guest's QEMU on one lab node, inside that node's namespace (run it there:
# over the node's SSH, as the harness does, or with ip netns exec).
#   guest.sh start NODE      boot the guest (the lab does this once, on node a)
#   guest.sh incoming NODE   a QEMU waiting for the guest's migration stream (the harness, per sample)
# Its NIC is a tap moved into the guest LAN namespace and bridged there, so the guest keeps its
# address (and its SSH sessions) wherever it runs. Both sides use the same command line.
set -eu
. /var/lib/migcal-lab/lab.env
mode=$1 node=$2
case $node in a) migip=$LAB_IP_A ;; b) migip=$LAB_IP_B ;; *) echo "node must be a or b, got '$node'" >&2; exit 2 ;; esac
run=$LAB_RUN qmp=$LAB_RUN/guest-$node.qmp pidfile=$LAB_RUN/guest-$node.pid
mkdir -p "$run"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    state=$(printf '%s\n' '{"execute":"qmp_capabilities"}' '{"execute":"query-status"}' \
            | socat -t 1 - "UNIX-CONNECT:$qmp" 2>/dev/null | sed -n 's/.*"status": "\([a-z-]*\)".*/\1/p' | tail -n 1)
    if [ "$state" = running ]; then
        echo "the guest already runs on node $node; migrate it away first" >&2
        exit 1
    fi
    kill "$(cat "$pidfile")"; sleep 0.3   # a stale QEMU left waiting by an interrupted sample
fi
rm -f "$qmp" "$pidfile"
incoming=""
[ "$mode" = incoming ] && incoming="-incoming tcp:$migip:$LAB_MIGRATION_PORT"
qemu-system-x86_64 -accel tcg -m "$LAB_GUEST_MEM_MB" -smp 1 -nodefaults -no-user-config -display none \
    -kernel "$LAB_DIR/vmlinuz" -initrd "$LAB_DIR/guest.cpio" \
    -append "console=ttyS0 quiet init_on_free=1 guest_ip=$LAB_GUEST_IP/24" \
    -netdev "tap,id=n0,ifname=gt$node,script=no,downscript=no,vhost=off" \
    -device virtio-net-pci,netdev=n0,mac=52:54:00:77:09:10 \
    -chardev "file,id=s0,path=$run/guest-$node.log" -serial chardev:s0 \
    -qmp "unix:$qmp,server=on,wait=off" -pidfile "$pidfile" -daemonize $incoming
ip link set "gt$node" netns "$LAB_NS_LAN"
ip -n "$LAB_NS_LAN" link set "gt$node" master br0 up
echo "guest QEMU ($mode) on node $node: pid $(cat "$pidfile"), QMP $qmp"
