#!/usr/bin/env python3
"""Checks that every disk of the given VMs lives on shared storage, so live migration moves only RAM.

Read-only: reads storage.cfg and the VM configs from the cluster filesystem.
Prints one line per problem and exits 1 when there is any; exits 0 silently otherwise.
usage: migcal_shared_storage.py PVE_ETC VMID...
"""
import glob
import os
import re
import sys

# Storage types shared by nature (pve-storage PVE/Storage/Plugin.pm @SHARED_STORAGE); others need `shared 1`.
SHARED_TYPES = {"iscsi", "nfs", "cifs", "rbd", "cephfs", "sheepdog", "iscsidirect", "glusterfs", "zfs", "drbd", "pbs"}
DISK_KEY = re.compile(r"^(ide|sata|scsi|virtio|efidisk|tpmstate|unused)\d+$")


def shared_storages(storage_cfg):
    shared, current = set(), None
    for line in storage_cfg.splitlines():
        header = re.match(r"^(\S+):\s*(\S+)\s*$", line)
        if header:
            current = header.group(2)
            if header.group(1) in SHARED_TYPES:
                shared.add(current)
        elif current and re.match(r"^\s+shared\s+1\s*$", line):
            shared.add(current)
    return shared


def vm_disks(vm_conf):
    for line in vm_conf.splitlines():
        if line.startswith("["):
            break  # snapshots follow; only the current config migrates live
        key, sep, value = line.partition(":")
        if sep and DISK_KEY.match(key.strip()):
            yield key.strip(), value.strip().split(",")[0]


def problems(pve_etc, vmids):
    with open(os.path.join(pve_etc, "storage.cfg"), encoding="utf-8") as f:
        shared = shared_storages(f.read())
    for vmid in vmids:
        confs = glob.glob(os.path.join(pve_etc, "nodes", "*", "qemu-server", f"{vmid}.conf"))
        if not confs:
            yield f"VM {vmid}: no config under {pve_etc}/nodes/*/qemu-server/; fix migcal_vmid in the inventory"
            continue
        with open(confs[0], encoding="utf-8") as f:
            for key, volid in vm_disks(f.read()):
                if volid in ("none", "cdrom"):
                    continue
                storage = volid.split(":")[0] if ":" in volid else None
                if storage not in shared:
                    yield (f"VM {vmid}: {key} ({volid}) is not on shared storage; move it to a storage with "
                           f"`shared 1` or of a shared type (nfs, rbd, iscsi, ...) so migration moves only RAM")


def main(pve_etc, *vmids):
    found = list(problems(pve_etc, vmids))
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
