#!/usr/bin/env bash
# Applies the delay_box role for real to a network namespace, twice, and checks:
#  - the bridge exists in the namespace with both "NICs" attached and up, the persistence files exist;
#  - the second run changes nothing;
#  - without sch_netem the role fails last, with the one clear message; with it, it succeeds.
# Needs root. Cleans up whatever happens: namespaces, scratch dir, a module it loaded.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
box=migcal-ci-delay
peers=migcal-ci-peers
scratch=$(mktemp -d /tmp/migcal-ci-delay.XXXXXX)
netem_was_loaded=$([ -d /sys/module/sch_netem ] && echo yes || echo no)

cleanup() {
  ip netns del "$box" 2>/dev/null || true
  ip netns del "$peers" 2>/dev/null || true
  rm -rf "$scratch"
  if [ "$netem_was_loaded" = no ] && [ -d /sys/module/sch_netem ]; then modprobe -r sch_netem 2>/dev/null || true; fi
}
trap cleanup EXIT

fail() { echo "FAILED: delay_box in a network namespace: $*"; exit 1; }

ip netns add "$box"
ip netns add "$peers"
ip -n "$box" link set lo up
# Both ends live in namespaces, so deleting the namespaces removes every veth.
ip link add ci-nic0 netns "$box" type veth peer name ci-peer0 netns "$peers"
ip link add ci-nic1 netns "$box" type veth peer name ci-peer1 netns "$peers"
mkdir -p "$scratch/networkd" "$scratch/modules-load.d"
printf 'all:\n  hosts:\n    delay1:\n      ansible_connection: local\n      ansible_host: localhost\n      ansible_python_interpreter: /usr/bin/python3\n      delay_interfaces: [ci-nic0, ci-nic1]\n      delay_link_rate_mbit: 1000\n' > "$scratch/inventory.yml"

run() { # run N: applies the role, JSON results in $scratch/runN.json
  MIGCAL_CI_NETNS=$box MIGCAL_CI_ROOT=$scratch ANSIBLE_STDOUT_CALLBACK=ansible.posix.json \
    ANSIBLE_ROLES_PATH="$here/../roles" ANSIBLE_LOCAL_TEMP="$scratch/tmp" ANSIBLE_REMOTE_TEMP="$scratch/rtmp" ANSIBLE_PIPELINING=1 \
    ansible-playbook -i "$scratch/inventory.yml" "$here/delay-box-netns.yml" > "$scratch/run$1.json" 2> "$scratch/run$1.err" || true
}

if modprobe_err=$(modprobe -n sch_netem 2>&1) && [ -z "$(zcat /proc/config.gz 2>/dev/null | grep -x '# CONFIG_NET_SCH_NETEM is not set')" ]; then
  expect_netem=yes; expected_msg=""
else
  expect_netem=no
  modprobe_err=$(modprobe sch_netem 2>&1 || true)
  expected_msg="sch_netem is not available on this kernel ($modprobe_err): install linux-modules-extra / a kernel with CONFIG_NET_SCH_NETEM, or use a delay appliance"
fi

run 1
run 2

python3 "$here/recap.py" "$scratch/run1.json" first "$expect_netem" "$expected_msg" || { cat "$scratch/run1.err"; fail "first run"; }
python3 "$here/recap.py" "$scratch/run2.json" second "$expect_netem" "$expected_msg" || { cat "$scratch/run2.err"; fail "second run"; }

links=$(ip -n "$box" -j link show)
for nic in ci-nic0 ci-nic1; do
  python3 -c 'import json,sys; l={x["ifname"]: x for x in json.loads(sys.argv[1])}; n=l[sys.argv[2]]; sys.exit(0 if n.get("master")=="br-migcal" and "UP" in n["flags"] and "UP" in l["br-migcal"]["flags"] else 1)' "$links" "$nic" \
    || fail "$nic is not an up port of an up br-migcal: $links"
done
for f in networkd/10-migcal-bridge.netdev networkd/10-migcal-bridge.network networkd/10-migcal-bridge-ports.network facts.d/migcal_delay_box.fact; do
  [ -s "$scratch/$f" ] || fail "$f was not written"
done
grep -qx 'Name=ci-nic0 ci-nic1' "$scratch/networkd/10-migcal-bridge-ports.network" || fail "ports .network does not match the NICs"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if "net.ipv4.tcp_rmem" in d["tcp_sysctls"] else 1)' "$scratch/facts.d/migcal_delay_box.fact" \
  || fail "the fact file has no net.ipv4.tcp_rmem"
if [ "$expect_netem" = no ]; then
  [ ! -e "$scratch/modules-load.d/migcal-netem.conf" ] || fail "sch_netem persisted although it cannot load"
  echo "ok: delay_box in a network namespace: bridge built, second run changed nothing, no-netem verdict last and exact"
else
  grep -qx sch_netem "$scratch/modules-load.d/migcal-netem.conf" || fail "sch_netem not persisted"
  echo "ok: delay_box in a network namespace: bridge built, netem loaded and persisted, second run changed nothing"
fi
