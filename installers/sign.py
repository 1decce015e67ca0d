"""Checksums and a minisign signature over the release artefacts in one folder.

    python installers/sign.py DIST          # writes DIST/SHA256SUMS, .minisig, release .pub
    python installers/sign.py --new-key KEY # writes a new private key KEY (PEM) and KEY.pub

The private key is an Ed25519 key in PEM (PKCS#8) at the path in ``FIELDVAULT_RELEASE_KEY``
(encrypted PEM: passphrase in ``FIELDVAULT_RELEASE_KEY_PASSPHRASE``). Without it a throwaway
key is made for this build only and a warning says so: such a signature proves nothing to
anyone. Signatures use the exporter's minisign writer (``fieldvault.core.export.minisign``),
so ``minisign -Vm SHA256SUMS -p fieldvault-release.pub`` checks them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldvault import __version__
from fieldvault.core.export.minisign import key_for, sign, verify

SUMS = "SHA256SUMS"
PUBLIC = "fieldvault-release.pub"
SKIP = {SUMS, SUMS + ".minisig", PUBLIC}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums(dist: Path) -> bytes:
    """``sha256sum`` format over every regular file in ``dist`` except our own outputs."""
    names = sorted(p.name for p in dist.iterdir() if p.is_file() and p.name not in SKIP)
    if not names:
        raise SystemExit(f"sign.py: no artefacts in {dist}.")
    return "".join(f"{sha256(dist / name)}  {name}\n" for name in names).encode("utf-8")


def release_key() -> tuple[Ed25519PrivateKey, bool]:
    """The configured key, or a fresh throwaway one (second item True)."""
    path = os.environ.get("FIELDVAULT_RELEASE_KEY")
    if not path:
        print("\n" + "!" * 78 + "\n"
              "!! FIELDVAULT_RELEASE_KEY is not set: signing with a THROWAWAY key made now.\n"
              "!! This signature proves nothing; set FIELDVAULT_RELEASE_KEY for a release.\n"
              + "!" * 78 + "\n", file=sys.stderr)
        return Ed25519PrivateKey.generate(), True
    secret = os.environ.get("FIELDVAULT_RELEASE_KEY_PASSPHRASE")
    try:
        key = serialization.load_pem_private_key(
            Path(path).read_bytes(), secret.encode("utf-8") if secret else None)
    except (OSError, ValueError, TypeError) as error:
        raise SystemExit(f"sign.py: cannot read the release key {path}: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"sign.py: the release key {path} is not an Ed25519 key.")
    return key, False


def sign_folder(dist: Path) -> str:
    data = checksums(dist)
    key, throwaway = release_key()
    public = key_for(key)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "0")
    trusted = (f"fieldvault {__version__} {SUMS} timestamp:{epoch}"
               + (" THROWAWAY-KEY" if throwaway else ""))
    signature = sign(data, key, trusted,
                     f"signature from Fieldvault release key {public.key_id_hex}")
    verify(data, signature, public)  # never publish a signature that does not check
    (dist / SUMS).write_bytes(data)
    (dist / (SUMS + ".minisig")).write_text(signature, encoding="utf-8")
    (dist / PUBLIC).write_text(public.file_text(), encoding="utf-8")
    return public.key_id_hex


def new_key(path: Path) -> None:
    if path.exists():
        raise SystemExit(f"sign.py: {path} exists; not overwriting a key.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.touch(mode=0o600)
    path.write_bytes(pem)
    path.with_name(path.name + ".pub").write_text(key_for(key).file_text(), encoding="utf-8")
    print(f"key {key_for(key).key_id_hex} written to {path} (keep it secret) and {path}.pub")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sign.py", description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, help="folder of artefacts to sign")
    parser.add_argument("--new-key", type=Path, metavar="KEY", help="make a release key")
    args = parser.parse_args(argv)
    if args.new_key:
        new_key(args.new_key)
        return 0
    if args.dist is None:
        parser.error("give the folder of artefacts, or --new-key KEY")
    print(f"signed {SUMS} with key {sign_folder(args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
