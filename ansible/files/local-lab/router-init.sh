#!/bin/sh
# /init of the delay router: a bridge between eth0 (host A) and eth1 (host B) with netem on both
# ports, eth2 on QEMU's user network for the harness's SSH (dropbear), tc and ethtool from iproute2.
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
for m in $(cat /lib/modules/load-order); do insmod /lib/modules/$m.ko; done
export HOME=/root PATH=/usr/bin:/bin:/sbin
ip link set lo up
for i in eth0 eth1 eth2; do ip link set "$i" up; done
brctl addbr br0; brctl addif br0 eth0; brctl addif br0 eth1; ip link set br0 up
ip addr add 10.0.2.15/24 dev eth2; ip route add default via 10.0.2.2
dropbear -r /etc/dropbear/host-key -p 22 -s -E 2>/var/log/dropbear.log
echo "ROUTER READY"
while true; do sleep 3600; done
