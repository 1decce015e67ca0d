#!/usr/bin/env bash
# Which system libraries does the frozen bundle load, and does DEPENDS name a package for
# each?  usage: check-depends.sh BUNDLE "DEPENDS"   (prints the table; exit 1 if one lacks)
set -euo pipefail
BUNDLE=$1
DEPENDS=$2
declared=$(tr ',' '\n' <<<"$DEPENDS" | sed 's/(.*//; s/ //g' | sort -u)
libs=$(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
  'file -b "$1" | grep -q ELF && LD_LIBRARY_PATH="$2/_internal" ldd "$1" 2>/dev/null' _ {} "$BUNDLE" \; \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$BUNDLE" | sort -u)
missing=0
for lib in $libs; do
  package=$(dpkg -S "$(realpath "$lib")" 2>/dev/null | head -1 | cut -d: -f1 || true)
  [ -n "$package" ] || package=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1 || true)
  if grep -qx "$package" <<<"$declared"; then mark=ok; else mark=MISSING; missing=1; fi
  printf '%-8s %-28s %s\n' "$mark" "${package:-?}" "$lib"
done
notfound=$(find "$BUNDLE" -type f -name '*.so*' -exec sh -c \
  'LD_LIBRARY_PATH="$2/_internal" ldd "$1" 2>/dev/null | grep "not found" | sed "s|^|$1: |"' _ {} "$BUNDLE" \; | sort -u)
[ -z "$notfound" ] || { echo "UNRESOLVED inside the bundle:"; echo "$notfound" | head -20; missing=1; }
exit $missing
