"""Write the build stamp read by ``fieldvault.version`` and print the version number.

    python installers/stamp.py OUT.json

Commit: ``git rev-parse`` of the checkout (``-dirty`` when tracked files differ). Date: the
build's ``SOURCE_DATE_EPOCH`` (build.sh sets it to the commit time, so two builds of one
commit carry the same stamp). The version is ``fieldvault.__version__``, its one home.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from fieldvault import __version__


def git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def main(out: Path) -> int:
    commit = git("rev-parse", "--short=12", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += "-dirty"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or git("log", "-1", "--format=%ct"))
    date = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d")
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = {"version": __version__, "commit": commit, "date": date}
    out.write_text(json.dumps(stamp, sort_keys=True) + "\n", encoding="utf-8")
    print(__version__)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
