#!/bin/sh
# The local QEMU lab's life cycle; the Ansible roles call it, and it can be run by hand.
#   lab.sh prepare   kernel, keys, guest and router initramfs (once; kept in LAB_DIR)
#   lab.sh up        namespaces, router VM with netem, sshd per host, forwards, the guest on node a
#   lab.sh down      removes everything 'up' made; safe to run twice
#   lab.sh check     fails if anything of the lab is left (namespace, tap, QEMU, sshd, forward)
set -eu
. /var/lib/migcal-lab/lab.env
here=$(cd "$(dirname "$0")" && pwd)
lab=$LAB_DIR run=$LAB_RUN

log() { echo "local-lab: $*"; }

prepare() {
    mkdir -p "$lab/kernel"
    if [ ! -f "$lab/vmlinuz" ]; then
        pkg=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
        (cd "$lab/kernel" && apt-get download "$pkg" >/dev/null 2>&1 && dpkg -x "$pkg"_*.deb root && rm -f ./*.deb)
        cp "$lab"/kernel/root/boot/vmlinuz-* "$lab/vmlinuz"
        log "guest and router kernel: $pkg"
    fi
    [ -f "$lab/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C migcal-lab -f "$lab/id_ed25519"
    cp "$lab/id_ed25519.pub" "$lab/authorized_keys"
    for k in guest router; do
        [ -f "$lab/$k-host-key" ] || dropbearkey -t ed25519 -f "$lab/$k-host-key" >/dev/null
    done
    for n in a b; do
        [ -f "$lab/host-$n-key" ] || ssh-keygen -q -t ed25519 -N '' -C "migcal-lab-$n" -f "$lab/host-$n-key"
    done
    {
        echo "[127.0.0.1]:$LAB_SSH_PORT_A $(cut -d' ' -f1,2 "$lab/host-a-key.pub")"
        echo "[127.0.0.1]:$LAB_SSH_PORT_B $(cut -d' ' -f1,2 "$lab/host-b-key.pub")"
        echo "[127.0.0.1]:$LAB_SSH_PORT_ROUTER $(dropbearkey -y -f "$lab/router-host-key" | grep ^ssh- | cut -d' ' -f1,2)"
        echo "[127.0.0.1]:$LAB_SSH_PORT_GUEST $(dropbearkey -y -f "$lab/guest-host-key" | grep ^ssh- | cut -d' ' -f1,2)"
    } > "$lab/known_hosts"
    for k in guest router; do
        "$here/build-initramfs.sh" "$k" "$lab/kernel/root" "$lab/$k.cpio" "$lab"
    done
}

wait_for() {  # wait_for FILE TEXT SECONDS
    i=0
    until grep -q "$2" "$1" 2>/dev/null; do
        i=$((i + 1)); [ "$i" -le $(($3 * 10)) ] || { log "no '$2' in $1 after $3 s"; tail -n 20 "$1" >&2; return 1; }
        sleep 0.1
    done
}

forward() {  # forward PORT NS HOST HOSTPORT: 127.0.0.1:PORT in the root namespace to HOST:HOSTPORT in NS
    setsid socat "TCP-LISTEN:$1,bind=127.0.0.1,reuseaddr,fork" "EXEC:$here/nsconnect.sh $2 $3 $4" \
        </dev/null >/dev/null 2>&1 &
    echo $! > "$run/forward-$1.pid"
}

# Where the kernel has sch_netem, the delay element is a namespace with a bridge and netem on its
# two ports; where it has not (no netem module in the host kernel), a router VM with the Debian
# cloud kernel does the same. Both are reached as the 'router' SSH target with ports eth0 and eth1.
delay_mode() {
    case ${LAB_DELAY:-auto} in router|netns) echo "$LAB_DELAY"; return ;; esac
    modprobe sch_netem 2>/dev/null || true
    ip netns add migcal-probe
    if tc -n migcal-probe qdisc add dev lo root netem delay 1ms 2>/dev/null; then echo netns; else echo router; fi
    ip netns del migcal-probe
}

router_up() {
    qemu-system-x86_64 -accel tcg -m 256 -smp 1 -nodefaults -no-user-config -display none -no-reboot \
        -kernel "$lab/vmlinuz" -initrd "$lab/router.cpio" -append "console=ttyS0 quiet panic=-1" \
        -netdev tap,id=n0,ifname=tapa,script=no,downscript=no,vhost=off -device virtio-net-pci,netdev=n0,mac=52:54:00:77:00:a1 \
        -netdev tap,id=n1,ifname=tapb,script=no,downscript=no,vhost=off -device virtio-net-pci,netdev=n1,mac=52:54:00:77:00:b1 \
        -netdev "user,id=n2,net=10.0.2.0/24,hostfwd=tcp:127.0.0.1:$LAB_SSH_PORT_ROUTER-:22" \
        -device virtio-net-pci,netdev=n2,mac=52:54:00:77:00:c1 \
        -chardev "file,id=s0,path=$run/router.log" -serial chardev:s0 \
        -pidfile "$run/router.pid" -daemonize
    # QEMU holds the tap file descriptors, so the taps can move into the host namespaces
    ip link set tapa netns "$LAB_NS_A"; ip link set tapb netns "$LAB_NS_B"
    ip -n "$LAB_NS_A" addr add "$LAB_IP_A/24" dev tapa; ip -n "$LAB_NS_A" link set tapa up
    ip -n "$LAB_NS_B" addr add "$LAB_IP_B/24" dev tapb; ip -n "$LAB_NS_B" link set tapb up
}

# The VM's clock starts from the emulated RTC, whole seconds only: up to 1 s off, which the
# harness's clock-skew check would flag. The host's time is sent once the SSH session is up.
set_router_clock() {
    (sleep 1.5; date +%s.%N) | ssh -o BatchMode=yes -o UserKnownHostsFile="$lab/known_hosts" -i "$lab/id_ed25519" \
        -p "$LAB_SSH_PORT_ROUTER" root@127.0.0.1 'read t; date -s "@$t" >/dev/null'
}

delay_namespace_up() {
    ns=$LAB_NS_DELAY
    ip netns add "$ns"; ip -n "$ns" link set lo up
    ip link add tapa netns "$LAB_NS_A" type veth peer name eth0 netns "$ns"
    ip link add tapb netns "$LAB_NS_B" type veth peer name eth1 netns "$ns"
    ip -n "$ns" link add br0 type bridge
    for i in eth0 eth1; do ip -n "$ns" link set "$i" master br0 up; done
    ip -n "$ns" link set br0 up
    ip -n "$LAB_NS_A" addr add "$LAB_IP_A/24" dev tapa; ip -n "$LAB_NS_A" link set tapa up
    ip -n "$LAB_NS_B" addr add "$LAB_IP_B/24" dev tapb; ip -n "$LAB_NS_B" link set tapb up
    [ -f "$lab/router-host-key.openssh" ] || dropbearconvert dropbear openssh "$lab/router-host-key" "$lab/router-host-key.openssh" >/dev/null 2>&1
    ip netns exec "$ns" /usr/sbin/sshd -f "$lab/sshd_config" -h "$lab/router-host-key.openssh" \
        -o "PidFile=$run/sshd-delay.pid" -o ListenAddress=127.0.0.1:22
    forward "$LAB_SSH_PORT_ROUTER" "$ns" 127.0.0.1 22
}

up() {
    mkdir -p "$run" /run/sshd
    # the host namespaces may switch to CUBIC (BBR is this kind of machine's default): the list of
    # allowed algorithms is global, so it is widened here and restored by 'down'
    allowed=$(sysctl -n net.ipv4.tcp_allowed_congestion_control)
    echo "$allowed" > "$run/allowed-cc"
    case " $allowed " in *" cubic "*) ;; *) sysctl -q -w "net.ipv4.tcp_allowed_congestion_control=$allowed cubic" ;; esac
    for ns in "$LAB_NS_A" "$LAB_NS_B" "$LAB_NS_LAN"; do
        ip netns add "$ns"; ip -n "$ns" link set lo up
    done
    ip -n "$LAB_NS_LAN" link add br0 type bridge; ip -n "$LAB_NS_LAN" link set br0 up
    ip -n "$LAB_NS_LAN" addr add "$LAB_LAN_GATEWAY/24" dev br0
    mode=$(delay_mode); echo "$mode" > "$run/delay-mode"
    if [ "$mode" = netns ]; then delay_namespace_up; else router_up; fi
    for n in a b; do
        ns=$LAB_NS_A; [ "$n" = b ] && ns=$LAB_NS_B
        ip netns exec "$ns" /usr/sbin/sshd -f "$lab/sshd_config" -h "$lab/host-$n-key" \
            -o "PidFile=$run/sshd-$n.pid" -o ListenAddress=127.0.0.1:22
    done
    forward "$LAB_SSH_PORT_A" "$LAB_NS_A" 127.0.0.1 22
    forward "$LAB_SSH_PORT_B" "$LAB_NS_B" 127.0.0.1 22
    forward "$LAB_SSH_PORT_GUEST" "$LAB_NS_LAN" "$LAB_GUEST_IP" 22
    if [ "$mode" = router ]; then
        wait_for "$run/router.log" "ROUTER READY" 60
        set_router_clock
    fi
    ip netns exec "$LAB_NS_A" "$here/guest.sh" start a
    wait_for "$run/guest-a.log" "GUEST UP" 120
    ip netns exec "$LAB_NS_A" ping -c 3 -i 0.2 -W 5 -q "$LAB_IP_B" >/dev/null || { log "no path a->b through the router"; return 1; }
    log "up: delay element $mode, guest on node a ($(cat "$run/guest-a.pid")), ssh a:$LAB_SSH_PORT_A b:$LAB_SSH_PORT_B router:$LAB_SSH_PORT_ROUTER guest:$LAB_SSH_PORT_GUEST"
}

stop_pid() {  # stop_pid PIDFILE: TERM, then KILL what is still there after 2 s
    [ -f "$1" ] || return 0
    pid=$(cat "$1")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        i=0; while kill -0 "$pid" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
}

down() {
    for f in "$run"/forward-*.pid "$run"/guest-*.pid "$run"/sshd-*.pid "$run/router.pid"; do
        stop_pid "$f"
    done
    for ns in "$LAB_NS_A" "$LAB_NS_B" "$LAB_NS_LAN" "$LAB_NS_DELAY"; do
        ip netns del "$ns" 2>/dev/null || true
    done
    [ -f "$run/allowed-cc" ] && sysctl -q -w "net.ipv4.tcp_allowed_congestion_control=$(cat "$run/allowed-cc")"
    rm -rf "$run"
    log "down"
}

check() {
    left=$(ip netns list | grep -E "^($LAB_NS_A|$LAB_NS_B|$LAB_NS_LAN|$LAB_NS_DELAY)( |\$)" || true)
    left="$left$(ip -o link show | grep -E ': (tapa|tapb|gta|gtb)[:@]' || true)"
    left="$left$(pgrep -a -f "$lab/(guest|router).cpio" || true)"
    left="$left$(pgrep -a -f "sshd -f $lab/sshd_config" || true)"
    left="$left$(pgrep -a -f "EXEC:$here/nsconnect.sh" || true)"
    [ -z "$left" ] || { log "left behind:"; echo "$left"; return 1; }
    log "clean: no lab namespace, tap device, QEMU, sshd or forward left"
}

case ${1:-} in
    prepare) prepare ;; up) up ;; down) down ;; check) check ;;
    *) echo "usage: lab.sh prepare|up|down|check" >&2; exit 2 ;;
esac
