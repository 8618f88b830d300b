#!/bin/sh
# /init of the migrated guest: virtio-net on the lab's guest LAN, dropbear for the harness's
# guest commands (stress-ng, /proc/meminfo, pkill), a heartbeat on the serial console.
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
for m in $(cat /lib/modules/load-order); do insmod /lib/modules/$m.ko; done
ip=$(sed -n 's/.*guest_ip=\([^ ]*\).*/\1/p' /proc/cmdline)
ip link set lo up; ip link set eth0 up; ip addr add "${ip:-10.77.9.10/24}" dev eth0
export HOME=/root PATH=/usr/bin:/bin:/sbin
dropbear -r /etc/dropbear/host-key -p 22 -s -E 2>/var/log/dropbear.log
echo "GUEST UP $(cut -d' ' -f1 /proc/uptime)"
while true; do sleep 1; echo "HB $(cut -d' ' -f1 /proc/uptime)"; done
