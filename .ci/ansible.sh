#!/usr/bin/env bash
# CI for ansible/: syntax check and lint every playbook, then apply the delay_box role for real
# to a network namespace twice (idempotence) and check its sch_netem verdict on this kernel, and
# apply pve_node against fake Proxmox commands keeping a scratch user.cfg.
# Leaves the machine as it was: the namespaces, the scratch dir and any module it loaded go.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0

# Debian's ansible and ansible-lint; python3-apt, iproute2, ethtool and kmod are what the role
# itself installs, so its package task finds them present instead of changing the machine.
apt_install() { apt-get -o DPkg::Lock::Timeout=300 install -y -q "$@" >/dev/null; }
apt_install ansible ansible-lint python3-apt iproute2 ethtool kmod openssh-client \
  || { apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null && apt_install ansible ansible-lint python3-apt iproute2 ethtool kmod openssh-client; }

passed=0
failed=0
count() { if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }
check() { # check "what" command...: runs it, counts it, prints one line
  local what=$1 rc=0; shift
  "$@" || rc=$?
  count "$rc"
  if [ "$rc" -eq 0 ]; then echo "ok: $what"; else echo "FAILED: $what"; fi
}

# The two role applications are independent and mostly wait on fork/exec: run them beside the linting.
logs=$(mktemp -d /tmp/migcal-ci-ansible.XXXXXX)
trap 'rm -rf "$logs"' EXIT
bash ansible/tests/pve-node-fake.sh > "$logs/pve_node" 2>&1 & pve_node_pid=$!
bash ansible/tests/delay-box-netns.sh > "$logs/delay_box" 2>&1 & delay_box_pid=$!

# Top-level playbooks: every ansible/*.yml except inventories, plus the CI playbooks.
mapfile -t playbooks < <(cd ansible && ls -1 ./*.yml | sed 's|^\./||' | grep -v '^inventory' | sort)
playbooks+=(tests/delay-box-netns.yml tests/pve-node-fake.yml)
for p in "${playbooks[@]}"; do
  check "syntax-check $p" bash -c "cd ansible && ansible-playbook -i inventory.example.yml --syntax-check '$p' >/dev/null"
done
check "ansible-lint ${playbooks[*]} (and their roles)" bash -c "cd ansible && ansible-lint -q --nocolor ${playbooks[*]}"
rc=0; bash ansible/tests/pve-node-scripts.sh || rc=$?; count "$rc"

rc=0; wait "$pve_node_pid" || rc=$?; count "$rc"; cat "$logs/pve_node"
rc=0; wait "$delay_box_pid" || rc=$?; count "$rc"; cat "$logs/delay_box"

echo "ansible: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
