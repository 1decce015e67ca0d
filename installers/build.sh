#!/usr/bin/env bash
# Build the Linux artefacts of Fieldvault from this checkout:
#     bash installers/build.sh linux
# -> dist/fieldvault_<ver>_amd64.deb, dist/fieldvault-<ver>-linux-x86_64.tar.gz,
#    dist/fieldvault-<ver>-linux-x86_64.cdx.json (CycloneDX SBOM),
#    dist/SHA256SUMS (+ .minisig, fieldvault-release.pub).
# Dependencies come from installers/requirements-lock.txt (pip --require-hashes).
#
# Reproducible: SOURCE_DATE_EPOCH = commit time, PYTHONHASHSEED=0, sorted archives with fixed
# owners and times; installers/compare.sh builds twice and lists differing files.
# Environment (all optional):
#   FIELDVAULT_RELEASE_KEY   PEM Ed25519 key that signs SHA256SUMS (else a throwaway key)
#   FIELDVAULT_SIGN=0        skip SHA256SUMS and signing (CI signs all platforms at the end)
#   FIELDVAULT_DIST          where the artefacts go (default dist/)
#   FIELDVAULT_WORK          PyInstaller's work and staging folder (default build/installer/)
#   FIELDVAULT_BUILD_VENV    the build venv (default installers/.build-venv; never .venv)
#   PYTHON                   the Python 3.11 that creates the build venv (default python3.11)
# Windows: installers/windows/build.ps1. macOS: installers/macos/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${1:-linux}
[ "$TARGET" = linux ] || { echo "build.sh: only 'linux' builds here (see installers/README.md)." >&2; exit 2; }

OUT=$(realpath -m "${FIELDVAULT_DIST:-$ROOT/dist}")
WORK=$(realpath -m "${FIELDVAULT_WORK:-$ROOT/build/installer}")
VENV=$(realpath -m "${FIELDVAULT_BUILD_VENV:-$ROOT/installers/.build-venv}")
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8 PIP_DISABLE_PIP_VERSION_CHECK=1
umask 022

# Runtime libraries the bundle takes from the system (Qt's xcb platform, GL, fonts, D-Bus,
# and libpulse0: Qt Multimedia's audio output, left out of the bundle by the spec's
# SYSTEM_AUDIO; the FFmpeg libraries of the multimedia plugin are in the bundle).
DEPENDS="libc6 (>= 2.28), libstdc++6, libgcc-s1, zlib1g, libegl1, libgl1, libglx0, libglvnd0, \
libopengl0, libdrm2, libwayland-client0, libwayland-cursor0, libwayland-egl1, \
libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxkbcommon0, \
libxkbcommon-x11-0, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, \
libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, \
libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libxcb-util1, libsm6, libice6, libpulse0"

started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate installers/linux/fieldvault.desktop
fi

step "build venv $VENV"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
rm -rf "$WORK" build/lib build/bdist.* && mkdir -p "$WORK/wheel" "$OUT"
# Every dependency, PyInstaller and the build backend from the hash lock (installers/lock.sh):
# a file whose hash is not in the lock, or a package the lock does not list, stops the build.
"$PY" -m pip install -q --require-hashes --no-deps -r installers/requirements-lock.txt
"$PY" -m pip wheel -q --no-deps --no-build-isolation -w "$WORK/wheel" .  # build/lib is wiped
WHEEL=$(ls "$WORK"/wheel/fieldvault-*.whl)
"$PY" -m pip install -q --no-deps --no-index --force-reinstall "$WHEEL"
"$PY" -m pip check

# Qt's GTK 3 theme plugin would drag in GTK, cairo and pango (and need libgtk-3 at run time);
# Qt's own style is used instead. PyInstaller collects plugins by folder, so it goes here.
rm -f "$VENV"/lib/python3*/site-packages/PySide6/Qt/plugins/platformthemes/libqgtk3.so

step "stamp"
export FIELDVAULT_STAMP="$WORK/_build_info.json"
VERSION=$("$PY" installers/stamp.py "$FIELDVAULT_STAMP")
cat "$FIELDVAULT_STAMP"

step "SBOM"
SBOM="$OUT/fieldvault-$VERSION-linux-x86_64.cdx.json"
"$PY" installers/sbom.py "$SBOM" --lock installers/requirements-lock.txt

step "freeze (PyInstaller)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/pyi" installers/fieldvault.spec
BUNDLE="$WORK/dist/fieldvault"
# Debug sections only (libpython, SQLCipher carry ~35 MB); never touch auditwheel's *.libs.
find "$BUNDLE" -type f -name '*.so*' -not -path '*.libs/*' -print0 \
  | xargs -0 file | awk -F: '/with debug_info/ {print $1}' | xargs -r strip --strip-debug
"$BUNDLE/fieldvault" --version

step "check system libraries"
bash installers/linux/check-depends.sh "$BUNDLE" "$DEPENDS"

step "package"
NAME="fieldvault-$VERSION-linux-x86_64"
DEB="$OUT/fieldvault_${VERSION}_amd64.deb"
TGZ="$OUT/$NAME.tar.gz"
rm -f "$OUT"/fieldvault_*_amd64.deb "$OUT"/fieldvault-*-linux-x86_64.tar.gz "$OUT"/SHA256SUMS*
normalise() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

STAGE="$WORK/tar/$NAME"
mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
install -m 644 installers/linux/fieldvault.desktop installers/linux/fieldvault.svg "$STAGE/"
normalise "$WORK/tar"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$WORK/tar" -cf - "$NAME" | gzip -9n > "$TGZ"

PKG="$WORK/deb"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/doc/fieldvault"
cp -a "$BUNDLE" "$PKG/opt/fieldvault"
ln -s /opt/fieldvault/fieldvault "$PKG/usr/bin/fieldvault"
ln -s /opt/fieldvault/fieldvault-app "$PKG/usr/bin/fieldvault-app"
install -m 644 installers/linux/fieldvault.desktop "$PKG/usr/share/applications/"
install -m 644 installers/linux/fieldvault.svg "$PKG/usr/share/icons/hicolor/scalable/apps/"
install -m 644 installers/linux/copyright "$PKG/usr/share/doc/fieldvault/copyright"
install -m 755 installers/linux/postinst "$PKG/DEBIAN/postinst"
install -m 755 installers/linux/postinst "$PKG/DEBIAN/postrm"
SIZE_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE_KB/" -e "s/@DEPENDS@/$DEPENDS/" \
  installers/linux/control.in > "$PKG/DEBIAN/control"
normalise "$PKG"
dpkg-deb --root-owner-group -Zxz --threads-max=2 --build "$PKG" "$DEB" >/dev/null

step "checksums and signature"
if [ "${FIELDVAULT_SIGN:-1}" = 0 ]; then
  echo "FIELDVAULT_SIGN=0: no SHA256SUMS here (CI signs all platforms' artefacts together)."
else
  "$PY" installers/sign.py "$OUT"
  if command -v minisign >/dev/null 2>&1; then
    (cd "$OUT" && minisign -Vm SHA256SUMS -p fieldvault-release.pub && sha256sum -c SHA256SUMS)
  fi
fi

step "done"
du -sh "$BUNDLE" | sed 's/^/bundle (unpacked): /'
ls -l "$DEB" "$TGZ" | awk '{print $5, $9}'
echo "build time: $(( $(date +%s) - started ))s"
