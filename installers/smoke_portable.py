"""The parts of the smoke test that run on every platform, on an unpacked frozen bundle:

    python installers/smoke_portable.py FOLDER

FOLDER holds the programs: ``build/installer/dist/fieldvault`` (Linux, Windows) or
``build/installer/dist/Fieldvault.app/Contents/MacOS`` (macOS). Standard library only.
Written for the Windows and macOS CI jobs, where ``multiprocessing`` starts workers with
``spawn`` by default and the frozen programs were never run with recordings; run here on
Linux only. No strace, no network namespace, no /proc (smoke.py does those on Linux):

1. ``--version``, a vault, an import, a search (as smoke.py);
2. a WAV and a PNG attached with the CLI; ``fieldvault-app --check-media`` must exit 0
   (the recording played, the photo was shown; a windowed Windows program has no stdout,
   so the exit code is the result there);
3. a 5,200-line JSON Lines import: a worker that fails to start breaks the pool and the
   import fails; every case must arrive.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import smoke  # noqa: E402

EXE = ".exe" if sys.platform == "win32" else ""


class Portable(smoke.Smoke):
    def unpack(self, tarball: Path) -> Path:
        return tarball  # an unpacked folder is given

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)  # Windows needs SYSTEMROOT and friends
        env.update({k: v for k, v in super().env(**extra).items() if k != "PATH"})
        return env  # QT_QPA_PLATFORM=offscreen: Qt's offscreen plugin exists on all three

    def command(self, program: str, args: list[str], trace: str) -> list[str]:
        return [str(self.bundle / f"{program}{EXE}"), *args]

    def media(self) -> str:
        tone, photo = self.work / "tone.wav", self.work / "photo.png"
        smoke.write_wav(tone, seconds=3.0)
        smoke.write_png(photo, 64, 40)
        self.run("fieldvault", "attach", "field.fieldvault", "SM-001", str(tone), str(photo))
        done = self.run("fieldvault-app", "--check-media", "field.fieldvault", "SM-001",
                        timeout=240, ok=(0, 1))
        if done.returncode != 0:
            raise smoke.Failed(f"--check-media exited 1: {done.stdout.strip()[-600:]} "
                               f"{done.stderr.strip()[-600:]}")
        return f"recording played, photo shown {done.stdout.strip()[:300]}"

    def large_import(self) -> str:
        records = self.work / "large.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for number in range(1, smoke.LARGE_LINES + 1):
                record = dict(smoke.RECORD, case_code=f"LG-{number:05d}",
                              transcript=f"{smoke.RECORD['transcript']} Строка {number}.")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.run("fieldvault", "init", "large")
        done = self.run("fieldvault", "import", "large.fieldvault", str(records), timeout=900)
        cases = json.loads(self.run("fieldvault", "cases", "large.fieldvault",
                                          "--json").stdout)
        if len(cases) != smoke.LARGE_LINES:
            raise smoke.Failed(f"{len(cases)} cases after importing {smoke.LARGE_LINES} lines")
        return f"{done.stdout.strip()}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fieldvault-smoke-") as scratch:
        check = Portable(Path(argv[0]).resolve(), Path(scratch))
        check.check("--version", check.version)
        check.check("create a vault, import JSONL", check.vault_and_import)
        check.check("app plays a recording, shows a photo", check.media)
        check.check("large import in worker processes", check.large_import)
    failed = [name for ok, name, _ in check.results if not ok]
    print(f"\nsmoke (portable): {len(check.results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
