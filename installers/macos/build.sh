#!/usr/bin/env bash
# Build Fieldvault.app and a .dmg on macOS (run on a Mac or a macOS CI runner):
#     bash installers/macos/build.sh
# -> dist/fieldvault-<ver>-macos-<arch>.dmg holding Fieldvault.app; the command line is
#    Fieldvault.app/Contents/MacOS/fieldvault (link it into your PATH if you want it).
# Never run on the Linux build machine; see installers/README.md.
#
# Signing and notarisation (all optional; without them Gatekeeper refuses a downloaded app
# until the user right-clicks > Open):
#   FIELDVAULT_CODESIGN_IDENTITY  "Developer ID Application: NAME (TEAMID)" in the keychain
#   FIELDVAULT_NOTARY_PROFILE     a profile saved once with
#        xcrun notarytool store-credentials PROFILE --apple-id ID --team-id TEAMID
# Steps, in this order (each is below):
#   1. codesign every Mach-O inside the .app, then the .app, hardened runtime + entitlements;
#   2. hdiutil makes the .dmg; codesign the .dmg;
#   3. xcrun notarytool submit --wait (Apple scans it; a log URL is printed on rejection);
#   4. xcrun stapler staple the .dmg (the ticket travels with it; works offline later);
#   5. check: spctl -a -vv -t install the .dmg; codesign --verify --deep --strict the .app.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=${FIELDVAULT_DIST:-$ROOT/dist}
WORK=${FIELDVAULT_WORK:-$ROOT/build/installer}
VENV=${FIELDVAULT_BUILD_VENV:-$ROOT/installers/.build-venv}
PYTHON=${PYTHON:-python3.11}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0 PIP_DISABLE_PIP_VERSION_CHECK=1
IDENTITY=${FIELDVAULT_CODESIGN_IDENTITY:-}
ARCH=$(uname -m)

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
rm -rf "$WORK" build/lib && mkdir -p "$WORK/wheel" "$OUT"
# Dependencies, PyInstaller and the build backend from the hash lock (installers/lock.sh).
"$PY" -m pip install -q --require-hashes --no-deps -r installers/requirements-lock.txt
"$PY" -m pip wheel -q --no-deps --no-build-isolation -w "$WORK/wheel" .
WHEEL=$(ls "$WORK"/wheel/fieldvault-*.whl)
"$PY" -m pip install -q --no-deps --no-index --force-reinstall "$WHEEL"
"$PY" -m pip check

export FIELDVAULT_STAMP="$WORK/_build_info.json"
VERSION=$("$PY" installers/stamp.py "$FIELDVAULT_STAMP")
"$PY" installers/sbom.py "$OUT/fieldvault-$VERSION-macos-$ARCH.cdx.json" \
  --lock installers/requirements-lock.txt
export FIELDVAULT_VERSION=$VERSION
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/pyi" installers/fieldvault.spec
APP="$WORK/dist/Fieldvault.app"
"$APP/Contents/MacOS/fieldvault" --version

# 1. Sign inside out: libraries and programs first, the bundle last (no --deep for signing).
if [ -n "$IDENTITY" ]; then
  sign() { codesign --force --timestamp --options runtime \
             --entitlements installers/macos/entitlements.plist --sign "$IDENTITY" "$@"; }
  find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 \
    | while IFS= read -r -d '' f; do file -b "$f" | grep -q Mach-O && sign "$f"; done
  sign "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

# 2. The disk image: the app and a link to /Applications to drag it onto.
DMG="$OUT/fieldvault-$VERSION-macos-$ARCH.dmg"
STAGE="$WORK/dmg"
rm -rf "$STAGE" "$DMG" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Fieldvault $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
[ -z "$IDENTITY" ] || codesign --force --timestamp --sign "$IDENTITY" "$DMG"

# 3-5. Notarise, staple, check.
if [ -n "$IDENTITY" ] && [ -n "${FIELDVAULT_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$FIELDVAULT_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl -a -vv -t install "$DMG"
else
  echo "NOTE: $DMG is not notarised (set FIELDVAULT_CODESIGN_IDENTITY and FIELDVAULT_NOTARY_PROFILE)."
fi
ls -l "$DMG"
