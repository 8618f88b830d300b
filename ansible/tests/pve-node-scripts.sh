#!/usr/bin/env bash
# Checks the pve_node role's two read-only probes against fixtures in Proxmox's real file formats.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
files=$here/../roles/pve_node/files
pve=$here/fixtures/pve
fail() { echo "FAILED: pve_node probes: $*"; exit 1; }

state=$(python3 "$files/migcal_pve_state.py" "$pve/user.cfg" migcal@pve migcal MigcalHarness /vms /nodes)
[ "$state" = '{"acl_missing_token": ["/vms"], "acl_missing_user": [], "role_privs": ["Sys.Audit", "VM.Audit", "VM.Migrate", "VM.Monitor"], "token": true, "user": true}' ] \
  || fail "state of the fixture user.cfg: $state"
state=$(python3 "$files/migcal_pve_state.py" "$pve/user.cfg" other@pve tok OtherRole /)
[ "$state" = '{"acl_missing_token": ["/"], "acl_missing_user": ["/"], "role_privs": null, "token": false, "user": false}' ] \
  || fail "state of an absent user: $state"

python3 "$files/migcal_shared_storage.py" "$pve" 100 >/dev/null || fail "VM 100 (nfs + shared 1 dir, local disk only in a snapshot) was refused"
if out=$(python3 "$files/migcal_shared_storage.py" "$pve" 100 101 102); then fail "VMs 101 and 102 were accepted"; fi
expected="VM 101: ide2 (local:iso/debian-12.iso) is not on shared storage; move it to a storage with \`shared 1\` or of a shared type (nfs, rbd, iscsi, ...) so migration moves only RAM
VM 101: scsi0 (local-lvm:vm-101-disk-0) is not on shared storage; move it to a storage with \`shared 1\` or of a shared type (nfs, rbd, iscsi, ...) so migration moves only RAM
VM 102: no config under $pve/nodes/*/qemu-server/; fix migcal_vmid in the inventory"
[ "$out" = "$expected" ] || fail "shared-storage verdict was: $out"
echo "ok: pve_node probes read user.cfg, storage.cfg and VM configs"
