#!/bin/sh
# Builds the guest or the router initramfs of the local QEMU lab (an uncompressed cpio: TCG
# decompresses gzip slowly and the image stays in the lab directory).
#   build-initramfs.sh guest|router KERNEL_ROOT OUT.cpio LAB_DIR
# KERNEL_ROOT is the Debian cloud kernel package unpacked with dpkg -x; LAB_DIR holds the harness's
# public key (id_ed25519.pub) and the dropbear host key made for this image (KIND-host-key).
set -eu
kind=$1 kroot=$2 out=$3 lab=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

copy_with_libs() {  # copies a dynamically linked program and every library ldd names
    install -D -m 0755 "$1" "$root$2"
    ldd "$1" | awk '/=> \//{print $3} /^\t\/lib/{print $1}' | while read -r lib; do
        install -D -m 0755 "$lib" "$root$lib"
    done
}

mkdir -p "$root/bin" "$root/sbin" "$root/usr/bin" "$root/proc" "$root/sys" "$root/dev" "$root/tmp" "$root/root/.ssh" \
         "$root/etc/dropbear" "$root/lib/modules" "$root/var/log" "$root/run"
cp /bin/busybox "$root/bin/busybox"
# every applet but 'busybox' itself (a self-link loops: ELOOP at exec of /init) and the tools the
# harness needs in their real form (busybox's tc rejects 'root', its date has no %N)
for applet in $("$root/bin/busybox" --list); do
    case $applet in busybox|tc|modprobe|date) ;; *) ln -s busybox "$root/bin/$applet" ;; esac
done
# Logins get dash, not busybox ash: Debian builds busybox with "prefer applets", so ash would run
# busybox's own tc or modprobe whatever PATH says. dropbear's PATH is /usr/bin:/bin.
copy_with_libs /bin/dash /bin/dash
copy_with_libs /bin/date /usr/bin/date

version=$(ls "$kroot/lib/modules")
mods="virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci failover net_failover virtio_net"
[ "$kind" = router ] && mods="$mods llc stp bridge sch_netem"
for m in $mods; do
    f=$(find "$kroot/lib/modules/$version/kernel" -name "$m.ko*" | head -n 1)
    [ -n "$f" ] || { echo "module $m not found in $kroot" >&2; exit 1; }
    case $f in *.xz) xz -dc "$f" > "$root/lib/modules/$m.ko" ;; *) cp "$f" "$root/lib/modules/$m.ko" ;; esac
done
echo "$mods" > "$root/lib/modules/load-order"
install -m 0755 "$here/modprobe.sh" "$root/usr/bin/modprobe"

copy_with_libs /usr/sbin/dropbear /sbin/dropbear
cp "$lab/$kind-host-key" "$root/etc/dropbear/host-key"
cp "$lab/id_ed25519.pub" "$root/root/.ssh/authorized_keys"
chmod 700 "$root/root" "$root/root/.ssh"; chmod 600 "$root/root/.ssh/authorized_keys"
printf 'root:x:0:0:root:/root:/bin/dash\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
printf '/bin/sh\n/bin/dash\n' > "$root/etc/shells"

if [ "$kind" = guest ]; then
    copy_with_libs /usr/bin/stress-ng /usr/bin/stress-ng
    install -m 0755 "$here/guest-nohup.sh" "$root/usr/bin/nohup"
    install -m 0755 "$here/guest-pkill.sh" "$root/usr/bin/pkill"
    install -m 0755 "$here/guest-init.sh" "$root/init"
else
    copy_with_libs /usr/sbin/tc /usr/bin/tc
    copy_with_libs /usr/sbin/ethtool /usr/bin/ethtool
    install -m 0755 "$here/router-init.sh" "$root/init"
fi
(cd "$root" && find . | cpio -o -H newc --quiet) > "$out.tmp"
mv "$out.tmp" "$out"
echo "built $out ($(du -h "$out" | cut -f1)) for kernel $version"
