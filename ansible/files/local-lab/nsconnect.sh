#!/bin/sh
# One forwarded connection: stdin/stdout to HOST:PORT inside network namespace NS.
exec ip netns exec "$1" socat STDIO "TCP:$2:$3"
