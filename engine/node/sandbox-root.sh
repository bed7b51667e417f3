#!/bin/sh
# Runs inside the sandbox's fresh mount, network and PID namespaces (see sandbox-command.ts) and
# replaces itself with Node in a root file system that holds only what Node needs: the system's /usr
# (programs and libraries, read-only), the dynamic loader's cache, /dev/null and /dev/urandom, a
# private /proc and /tmp, and the folders given as arguments, read-only at their usual paths.
# Nothing else of the host is there: no home folders, no /run or /tmp with their Unix sockets (a
# network namespace does not cover sockets that live at a file path), no host /proc.
#
# usage: sandbox-root.sh NODE DIR... -- NODE_ARGUMENTS...
set -eu

node=$1
shift
root=/mnt
mount -t tmpfs -o mode=0755,size=8m heapwise-sandbox "$root"

bind_read_only() {
  source=$1
  target=$root$1
  if [ -d "$source" ]; then mkdir -p "$target"; else mkdir -p "$(dirname "$target")" && : >"$target"; fi
  mount --bind "$source" "$target"
  mount -o remount,bind,ro "$target"
}

for entry in bin sbin lib lib32 lib64 libx32; do
  if [ -L "/$entry" ]; then ln -s "$(readlink "/$entry")" "$root/$entry"
  elif [ -d "/$entry" ]; then bind_read_only "/$entry"; fi
done
bind_read_only /usr
[ -e /etc/ld.so.cache ] && bind_read_only /etc/ld.so.cache
case "$node" in /usr/*) ;; *) bind_read_only "$node" ;; esac
mkdir -p "$root/dev"
for device in null urandom; do bind_read_only "/dev/$device"; done

while [ "$1" != "--" ]; do
  bind_read_only "$1"
  shift
done
shift

mkdir -p "$root/proc" "$root/tmp"
mount -t proc proc "$root/proc"
mount -o remount,ro,bind "$root"
# Node starts with an empty environment but for its IPC channel to the host, which it takes out of
# process.env as it starts: not even the PATH this script needed, nor the PWD a shell sets.
exec env -i NODE_CHANNEL_FD="$NODE_CHANNEL_FD" NODE_CHANNEL_SERIALIZATION_MODE="$NODE_CHANNEL_SERIALIZATION_MODE" \
  "$(command -v chroot)" "$root" "$node" "$@"
