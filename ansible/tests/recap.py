"""Checks one delay_box run's JSON results (ansible.posix.json callback).

usage: recap.py RESULTS.json first|second EXPECT_NETEM(yes|no) EXPECTED_MESSAGE
"""
import json
import sys

VERDICT_TASK = "delay_box : Fail when the kernel has no sch_netem"


def host_results(run):
    for play in run["plays"]:
        for task in play["tasks"]:
            for host, result in task["hosts"].items():
                yield task["task"]["name"], host, result


def main(path, which, expect_netem, expected_msg):
    run = json.load(open(path))
    stats = run["stats"]["delay1"]
    problems = []
    failed_tasks = [(name, r.get("msg", "")) for name, _, r in host_results(run) if r.get("failed")]
    if expect_netem == "no":
        if [name for name, _ in failed_tasks] != [VERDICT_TASK]:
            problems.append(f"expected only the netem verdict to fail, failed: {failed_tasks}")
        elif failed_tasks[0][1] != expected_msg:
            problems.append(f"netem message was {failed_tasks[0][1]!r}, expected {expected_msg!r}")
        last = list(host_results(run))[-1][0]
        if last != VERDICT_TASK:
            problems.append(f"the netem verdict is not the last task (last: {last})")
    elif failed_tasks:
        problems.append(f"failed tasks: {failed_tasks}")
    if which == "first" and stats["changed"] == 0:
        problems.append("the first run changed nothing (the bridge should have been created)")
    if which == "second" and stats["changed"] != 0:
        changed = [name for name, _, r in host_results(run) if r.get("changed")]
        problems.append(f"the second run changed {stats['changed']} task(s): {changed}")
    for p in problems:
        print(f"{which} run: {p}")
    print(f"{which} run: {stats}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
