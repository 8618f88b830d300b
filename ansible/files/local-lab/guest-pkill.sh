#!/bin/sh
# pkill [-SIGNAL] -f PATTERN for the guest (busybox-static has none): signal every process whose
# full command line matches the extended regular expression, except this one and the shell that
# called it (whose own command line holds the pattern too).
sig=TERM full=no
while [ $# -gt 1 ]; do
    case $1 in -f) full=yes ;; -*) sig=${1#-} ;; esac
    shift
done
pattern=$1 found=1
for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    [ "$pid" = $$ ] || [ "$pid" = "$PPID" ] && continue
    # a process may end between the listing and the read: its files are gone then
    if [ $full = yes ]; then cmd=$( { tr '\0' ' ' < "$dir/cmdline"; } 2>/dev/null ); else cmd=$(cat "$dir/comm" 2>/dev/null); fi
    if echo "$cmd" | grep -Eq -- "$pattern"; then kill -"$sig" "$pid" 2>/dev/null && found=0; fi
done
exit $found
