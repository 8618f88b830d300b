#!/bin/sh
# modprobe for the lab's initramfs: the modules lie flat in /lib/modules, already in load order.
for m in "$@"; do
    case $m in -*) continue ;; esac
    name=$(echo "$m" | tr - _)
    grep -q "^$name " /proc/modules && continue
    if [ ! -f "/lib/modules/$name.ko" ]; then
        echo "modprobe: FATAL: Module $m not found in directory /lib/modules/$(uname -r)" >&2
        exit 1
    fi
    insmod "/lib/modules/$name.ko" || exit 1
done
