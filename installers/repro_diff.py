"""Compare two build outputs (see compare.sh): artefacts, then the files inside them.

    python installers/repro_diff.py build/repro/a build/repro/b

For each artefact in ``a/dist``: identical or not. For the tarballs: every file in the
bundle by SHA-256, plus type, mode and mtime. For the programs that differ, the entries of
their embedded PyInstaller archive (and the modules inside its PYZ), so a difference is
traced to the module that causes it. The .deb: control file and the listing of data.tar.
Exit 0 when all artefacts are identical.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
from pathlib import Path


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tar_index(path: Path) -> dict[str, tuple[str, str]]:
    """name -> (metadata, sha256) for every member of a tarball."""
    index = {}
    with tarfile.open(path) as archive:
        for m in archive.getmembers():
            meta = f"{m.type!r} {m.mode:o} {m.uid}:{m.gid} {m.mtime} {m.linkname}"
            handle = archive.extractfile(m) if m.isfile() else None
            index[m.name] = (meta, digest(handle.read()) if handle else "")
    return index


def archive_entries(data: bytes, scratch: Path) -> dict[str, str]:
    """Entries of the PyInstaller archive embedded in a program (and its PYZ modules)."""
    from PyInstaller.archive.readers import CArchiveReader, NotAnArchiveError

    scratch.write_bytes(data)
    reader = CArchiveReader(str(scratch))
    entries = {}
    for name in reader.toc:
        entries[name] = digest(reader.extract(name))
        try:
            pyz = reader.open_embedded_archive(name)
        except NotAnArchiveError:
            continue
        for module in pyz.toc:
            entries[f"{name}:{module}"] = digest(pyz.extract(module, raw=True) or b"")
    return entries


def compare_tarballs(a: Path, b: Path, scratch: Path) -> list[str]:
    left, right = tar_index(a), tar_index(b)
    lines = []
    only = sorted(set(left) ^ set(right))
    lines += [f"  only in {'a' if n in left else 'b'}: {n}" for n in only]
    differ = sorted(n for n in set(left) & set(right) if left[n] != right[n])
    lines.append(f"  {len(left)} entries, {len(only)} in one build only, {len(differ)} differ")
    for name in differ:
        what = "content" if left[name][1] != right[name][1] else "metadata"
        lines.append(f"  differs ({what}): {name}")
        if what == "content" and Path(name).name in ("fieldvault", "fieldvault-app"):
            lines += explain_program(a, b, name, scratch)
    return lines


def explain_program(a: Path, b: Path, name: str, scratch: Path) -> list[str]:
    with tarfile.open(a) as ta, tarfile.open(b) as tb:
        left = archive_entries(ta.extractfile(name).read(), scratch / "a.bin")
        right = archive_entries(tb.extractfile(name).read(), scratch / "b.bin")
    differ = sorted(k for k in set(left) | set(right) if left.get(k) != right.get(k))
    return [f"      embedded entry differs: {k}" for k in differ[:40]]


def deb_listing(path: Path) -> str:
    control = subprocess.run(["dpkg-deb", "-I", str(path)], capture_output=True, text=True)
    listing = subprocess.run(["dpkg-deb", "-c", str(path)], capture_output=True, text=True)
    return control.stdout + listing.stdout


def main(a: Path, b: Path) -> int:
    scratch = a.parent / "scratch"
    scratch.mkdir(exist_ok=True)
    names = sorted(p.name for p in (a / "dist").iterdir())
    same = True
    print(f"reproducibility: {a} vs {b}")
    for name in names:
        left, right = a / "dist" / name, b / "dist" / name
        equal = right.exists() and left.read_bytes() == right.read_bytes()
        same &= equal
        print(f"{'identical' if equal else 'DIFFERS  '} {name} ({left.stat().st_size:,} bytes)")
        if equal or not right.exists():
            continue
        if name.endswith(".tar.gz"):
            print("\n".join(compare_tarballs(left, right, scratch)))
        elif name.endswith(".deb"):
            dl, dr = deb_listing(left), deb_listing(right)
            print("  control and file listing " + ("identical" if dl == dr else "differ"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
