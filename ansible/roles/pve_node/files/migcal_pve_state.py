#!/usr/bin/env python3
"""Reports what of migcal's access setup already exists in a Proxmox user.cfg, as JSON.

Read-only. user.cfg is the one file every PVE version (4 to 9) keeps users, roles, tokens
and ACLs in; `pveum ... --output-format json` does not exist before PVE 5.2-7.
usage: migcal_pve_state.py USER_CFG USER TOKEN_ID ROLE PATH...
"""
import json
import sys


def parse(lines):
    state = {"roles": {}, "users": set(), "tokens": set(), "acls": []}
    for line in lines:
        fields = line.strip().split(":")
        kind = fields[0]
        if kind == "role" and len(fields) >= 3:
            state["roles"][fields[1]] = sorted(p for p in fields[2].split(",") if p)
        elif kind == "user" and len(fields) >= 2:
            state["users"].add(fields[1])
        elif kind == "token" and len(fields) >= 2:
            state["tokens"].add(fields[1])
        elif kind == "acl" and len(fields) >= 5:
            state["acls"].append((fields[1] == "1", fields[2], fields[3].split(","), fields[4].split(",")))
    return state


def granted(acls, path, who, role):
    return any(propagate and p == path and who in members and role in roles
               for propagate, p, members, roles in acls)


def main(user_cfg, user, token_id, role, *paths):
    with open(user_cfg, encoding="utf-8") as f:
        state = parse(f)
    token = f"{user}!{token_id}"
    report = {
        "role_privs": state["roles"].get(role),
        "user": user in state["users"],
        "token": token in state["tokens"],
        "acl_missing_user": [p for p in paths if not granted(state["acls"], p, user, role)],
        "acl_missing_token": [p for p in paths if not granted(state["acls"], p, token, role)],
    }
    print(json.dumps(report, sort_keys=True))


if __name__ == "__main__":
    main(*sys.argv[1:])
