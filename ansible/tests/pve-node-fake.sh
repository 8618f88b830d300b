#!/usr/bin/env bash
# Applies the pve_node role against fake Proxmox commands (tests/fake-pve) that keep a scratch
# user.cfg in the real format: PVE 8 (token), the same again (no change), an upgrade to PVE 9
# (privileges follow), PVE 5.4 (old pveum verbs, password instead of token). Checks the result,
# idempotence, and that no secret reaches Ansible's output. Touches nothing outside a scratch dir.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d /tmp/migcal-ci-pve.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAILED: pve_node against a fake Proxmox VE: $*"; exit 1; }

fresh_etc() {
  rm -rf "$scratch/etc" "$scratch/controller" "$scratch/authorized_keys"
  mkdir -p "$scratch/etc/nodes/pve1/qemu-server"
  cp "$here/fixtures/pve/storage.cfg" "$scratch/etc/"
  cp "$here/fixtures/pve/nodes/pve1/qemu-server/100.conf" "$scratch/etc/nodes/pve1/qemu-server/"
  printf 'user:root@pam:1:0:::root@example.com:::\n' > "$scratch/etc/user.cfg"
  printf 'keyboard: en-us\nmigration: secure\n' > "$scratch/etc/datacenter.cfg"
}
ssh-keygen -q -t ed25519 -N '' -C migcal-ci -f "$scratch/migcal_ed25519"
printf 'all:\n  hosts:\n    pve1:\n      ansible_connection: local\n      ansible_python_interpreter: /usr/bin/python3\n  vars:\n    migcal_pve_password: ci-not-a-secret-4711\n' > "$scratch/inventory.yml"

run() { # run NAME VERSION: applies the role, output in $scratch/NAME.json
  FAKE_PVE_VERSION=$2 FAKE_PVE_ETC=$scratch/etc MIGCAL_CI_ROOT=$scratch PATH="$here/fake-pve:$PATH" \
    ANSIBLE_STDOUT_CALLBACK=ansible.posix.json ANSIBLE_ROLES_PATH="$here/../roles" ANSIBLE_PIPELINING=1 \
    ANSIBLE_LOCAL_TEMP="$scratch/tmp" ANSIBLE_REMOTE_TEMP="$scratch/rtmp" \
    ansible-playbook -i "$scratch/inventory.yml" "$here/pve-node-fake.yml" > "$scratch/$1.json" 2> "$scratch/$1.err" || true
}
stats() { python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["stats"]["pve1"]; print(s["changed"], s["failures"])' "$1"; }
no_secret_in() { # no_secret_in NAME SECRET...
  local name=$1; shift
  for s in "$@"; do ! grep -qF -- "$s" "$scratch/$name.json" "$scratch/$name.err" || fail "a secret reached the output of run $name"; done
}

fresh_etc
run pve8 8.2.4
read -r changed failed < <(stats "$scratch/pve8.json")
[ "$failed" = 0 ] && [ "$changed" -gt 0 ] || { cat "$scratch/pve8.err"; fail "PVE 8 run: changed=$changed failed=$failed"; }
secret=$(cat "$scratch/etc/issued-secrets")
[ "$(cat "$scratch/controller/pve-token")" = "$secret" ] || fail "the token secret file does not hold the issued secret"
[ "$(stat -c %a "$scratch/controller/pve-token")" = 600 ] || fail "the token secret file is not mode 0600"
grep -qx 'role:MigcalHarness:Sys.Audit,VM.Audit,VM.Migrate,VM.Monitor:' "$scratch/etc/user.cfg" || fail "PVE 8 role: $(grep role: "$scratch/etc/user.cfg")"
grep -q '^token:migcal@pve!migcal:0:1:' "$scratch/etc/user.cfg" || fail "no privsep token"
state=$(python3 "$here/../roles/pve_node/files/migcal_pve_state.py" "$scratch/etc/user.cfg" migcal@pve migcal MigcalHarness /vms /nodes)
case $state in *'"acl_missing_token": [], "acl_missing_user": []'*) ;; *) fail "ACLs missing: $state" ;; esac
grep -qF "$(cat "$scratch/migcal_ed25519.pub")" "$scratch/authorized_keys" || fail "the harness's key was not authorised"
[ "$(cat "$scratch/etc/datacenter.cfg")" = $'keyboard: en-us\nmigration: type=insecure,network=10.10.10.0/24' ] \
  || fail "datacenter.cfg: $(cat "$scratch/etc/datacenter.cfg")"
no_secret_in pve8 "$secret"

run again 8.2.4
read -r changed failed < <(stats "$scratch/again.json")
[ "$changed" = 0 ] && [ "$failed" = 0 ] || fail "second PVE 8 run: changed=$changed failed=$failed"
[ "$(wc -l < "$scratch/etc/issued-secrets")" = 1 ] || fail "a second token was created"

run pve9 9.0.3
read -r changed failed < <(stats "$scratch/pve9.json")
[ "$failed" = 0 ] || fail "PVE 9 run failed: $(cat "$scratch/pve9.err")"
grep -qx 'role:MigcalHarness:Sys.Audit,VM.Audit,VM.GuestAgent.Audit,VM.GuestAgent.Unrestricted,VM.Migrate:' "$scratch/etc/user.cfg" \
  || fail "PVE 9 role: $(grep role: "$scratch/etc/user.cfg")"

fresh_etc
run pve5 5.4-13
read -r changed failed < <(stats "$scratch/pve5.json")
[ "$failed" = 0 ] || { cat "$scratch/pve5.err"; fail "PVE 5 run failed"; }
grep -q '^pveum roleadd MigcalHarness' "$scratch/etc/calls.log" || fail "PVE 5 did not get the old pveum verbs"
! grep -q '^token:' "$scratch/etc/user.cfg" || fail "PVE 5 got a token"
grep -qx 'migcal@pve:ci-not-a-secret-4711' "$scratch/etc/passwords" || fail "PVE 5 password not set"
[ "$(stat -c %a "$scratch/controller/pve-password")" = 600 ] || fail "the password file is not mode 0600"
no_secret_in pve5 ci-not-a-secret-4711
run pve5again 5.4-13
read -r changed failed < <(stats "$scratch/pve5again.json")
[ "$changed" = 0 ] && [ "$failed" = 0 ] || fail "second PVE 5 run: changed=$changed failed=$failed"
echo "ok: pve_node against a fake Proxmox VE 8, 9 and 5.4: least privileges by version, token secret once and 0600, idempotent, no secret in output"
