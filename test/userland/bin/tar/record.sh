#!/bin/sh
# Records what GNU tar 1.34 and bash print for each *.sh case here (run as root on Debian 12,
# LANG=C.UTF-8): writes CASE.out with stdout and stderr interleaved, then "status=N".
cd "$(dirname "$0")" || exit 1
for f in *.sh; do
  [ "$f" = record.sh ] && continue
  out=${f%.sh}.out
  ( cd /tmp && bash -c "$(cat "$OLDPWD/$f")" ) > "$out" 2>&1
  echo "status=$?" >> "$out"
done
