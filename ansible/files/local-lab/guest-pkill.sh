#!/bin/sh
# pkill [-SIGNAL] -f PATTERN for the guest (busybox-static has none): signal every process whose
# full command line matches the extended regular expression, except this one and the shell that
# called it (whose own command line holds the pattern too). Unlike procps pkill it returns only
# once the signalled processes are gone (at most 20 s): their memory is freed by then (zeroed, with
# init_on_free=1, which takes seconds under TCG), so a caller that reads the guest's used memory
# next sees the baseline, not the load it just stopped.
sig=TERM full=no
while [ $# -gt 1 ]; do
    case $1 in -f) full=yes ;; -*) sig=${1#-} ;; esac
    shift
done
pattern=$1 found=1 signalled=""
for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    [ "$pid" = $$ ] || [ "$pid" = "$PPID" ] && continue
    # a process may end between the listing and the read: its files are gone then
    if [ $full = yes ]; then cmd=$( { tr '\0' ' ' < "$dir/cmdline"; } 2>/dev/null ); else cmd=$(cat "$dir/comm" 2>/dev/null); fi
    if echo "$cmd" | grep -Eq -- "$pattern"; then
        kill -"$sig" "$pid" 2>/dev/null && found=0 && signalled="$signalled $pid"
    fi
done
for pid in $signalled; do
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
done
exit $found
