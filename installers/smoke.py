"""Smoke test of the built Linux bundle: the frozen programs, not the source tree.

    python3 installers/smoke.py dist/fieldvault-<ver>-linux-x86_64.tar.gz

Standard library only (any Python 3.9+), so CI can run it without the build venv. It unpacks
the tarball into a temporary folder outside the checkout, with HOME and the XDG folders
there too, and with the frozen ``fieldvault`` / ``fieldvault-app``:

1. prints ``--version`` (version, commit, build date);
2. creates a vault and imports a JSON Lines file (Korean and Russian text);
3. scans a Korean and a Russian transcript; the names must come from the NER models
   (``ner:kiwi``, ``ner:natasha``), not from the fallback rules;
4. exports a legal PDF and reads it back with pdftotext (Hangul and Cyrillic) and pdffonts
   (NanumGothic and DejaVu Sans embedded), then ``fieldvault verify``;
5. starts the app offscreen in Korean with ``--demo``: the main window builds the demo vault
   from the bundled seeds (checked afterwards with the CLI), and Qt's ``qtbase_ko.qm`` and
   Fieldvault's ``fieldvault_ko.qm`` are opened from the bundle;
6. finds the ibus and compose input-method plugins in the bundle with all their libraries
   resolvable (``ldd``);
7. attaches a WAV recording and a PNG photo to the imported case with the frozen CLI, then
   runs ``fieldvault-app --check-media`` offscreen: the real Attachments panel plays the
   recording through QMediaPlayer (its position must move) and shows the photo; strace shows
   Qt's FFmpeg plugin and FFmpeg's libraries opened from the bundle, and the multimedia
   plugin's libraries all resolve (``ldd``);
8. imports a generated JSON Lines file of 5,200 lines (over the 5,000 at which parsing goes
   to ``multiprocessing`` workers started with ``spawn``): the frozen program must start
   itself again as a worker (``freeze_support()``), every case must arrive, and no process
   of the bundle may be left running afterwards;
9. network: every program above runs in a new, empty network namespace (``unshare -n`` as
   root, ``unshare -rn`` otherwise; not even loopback is up, so a connection attempt fails
   at once instead of leaking) *and* under ``strace -f`` tracing socket/connect; the check
   fails if any AF_INET/AF_INET6 socket was created, even one that failed to connect.
   Local AF_UNIX sockets (none expected offscreen) are counted, not failed.

Exit 0 when every check passed; each check prints one ``ok`` or ``FAIL`` line.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import wave
import zlib
from pathlib import Path

PASSPHRASE = "smoke test passphrase, fiction only"
DEMO_PASSPHRASE = "fieldvault demo only"
KO_TEXT = "김철수 반장이 여권을 가져갔습니다. 박영희 씨는 평양에서 왔습니다.\n"
RU_TEXT = "Бригадир Иван Петров забрал паспорта. Мы жили в Уссурийске.\n"
KO_LINE = "우리는 매일 열두 시간씩 일했습니다."
RU_LINE = "Мы работали на стройке каждый день без выходных."
RECORD = {
    "case_code": "SM-001", "title": "Smoke test interview (fiction)", "languages": ["ko", "ru"],
    "interview_date": "2015-06-01", "interviewer": "field-a",
    "attributes": {"sector": "construction", "status": "worker"},
    "transcript": f"[가상 면담 / ВЫМЫШЛЕННОЕ ИНТЕРВЬЮ] {KO_LINE} 임금은 거의 받지 못했습니다.\n"
                  f"{RU_LINE} Зарплату платили редко.",
}
LARGE_LINES = 5200  # fieldvault.core.records.lines.POOL_FROM_LINES is 5,000
FFMPEG = ("libavcodec.so", "libavformat.so", "libavutil.so", "libswresample.so",
          "libswscale.so")
INET = re.compile(r"socket\((AF_INET6?|PF_INET6?)\b")
UNIX = re.compile(r"socket\((AF_UNIX|PF_LOCAL|AF_LOCAL)\b")


class Failed(Exception):
    pass


class Smoke:
    def __init__(self, tarball: Path, scratch: Path) -> None:
        self.scratch = scratch
        self.bundle = self.unpack(tarball)
        self.home = scratch / "home"
        self.home.mkdir()
        self.work = scratch / "work"
        self.work.mkdir()
        self.traces: list[Path] = []
        self.isolate = isolation()
        self.results: list[tuple[bool, str, str]] = []

    # --- running the frozen programs ------------------------------------------------------

    def unpack(self, tarball: Path) -> Path:
        with tarfile.open(tarball) as archive:
            top = {m.name.split("/")[0] for m in archive.getmembers()}
            if len(top) != 1:
                raise Failed(f"the tarball has {len(top)} top-level entries, not one folder")
            archive.extractall(self.scratch / "unpacked", **extract_filter())
        return self.scratch / "unpacked" / top.pop()

    def env(self, **extra: str) -> dict[str, str]:
        home = self.home
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "cfg"),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(home / "run"),
               "FIELDVAULT_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
        (self.home / "run").mkdir(mode=0o700, exist_ok=True)
        env.update(extra)
        return env

    def command(self, program: str, args: list[str], trace: str) -> list[str]:
        log = self.scratch / f"strace-{len(self.traces):02d}-{trace}.log"
        self.traces.append(log)
        strace = ["strace", "-f", "-qq", "-o", str(log), "-e", "signal=none",
                  "-e", f"trace={trace}"]
        return [*self.isolate, *strace, str(self.bundle / program), *args]

    def run(self, program: str, *args: str, timeout: int = 300, trace: str = "socket,connect",
            ok: tuple[int, ...] = (0,), **env: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self.command(program, list(args), trace),
                              cwd=self.work, env=self.env(**env), capture_output=True,
                              text=True, timeout=timeout)
        if done.returncode not in ok:
            raise Failed(f"{program} {' '.join(args)} exited {done.returncode}: "
                         f"{done.stderr.strip()[-600:]}")
        return done

    def check(self, name: str, fn: object) -> None:
        began = time.monotonic()
        try:
            detail = fn()  # type: ignore[operator]
            self.results.append((True, name, str(detail or "")))
            mark = "ok  "
        except (Failed, subprocess.SubprocessError, OSError, ValueError, KeyError) as error:
            detail = f"{type(error).__name__}: {error}"
            self.results.append((False, name, detail))
            mark = "FAIL"
        print(f"{mark} {name} ({time.monotonic() - began:.1f}s): {detail or ''}", flush=True)

    # --- the checks -----------------------------------------------------------------------

    def version(self) -> str:
        out = self.run("fieldvault", "--version").stdout.strip()
        if not re.fullmatch(r"Fieldvault \S+ \(commit [0-9a-f]{7,}(-dirty)?, built "
                            r"\d{4}-\d\d-\d\d\)", out):
            raise Failed(f"unexpected --version output {out!r}")
        app = self.run("fieldvault-app", "--version").stdout.strip()
        if app != out:
            raise Failed(f"the app says {app!r}, the CLI {out!r}")
        return out

    def vault_and_import(self) -> str:
        self.run("fieldvault", "init", "field")
        records = self.work / "records.jsonl"
        records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
        self.run("fieldvault", "import", "field.fieldvault", str(records))
        cases = json.loads(self.run("fieldvault", "cases", "field.fieldvault", "--json").stdout)
        codes = [c.get("code") or c.get("case_code") for c in cases]
        if codes != ["SM-001"]:
            raise Failed(f"cases after import: {codes}")
        found = self.run("fieldvault", "search", "field.fieldvault", "работали").stdout
        if "SM-001" not in found:
            raise Failed(f"search for a Russian word does not find SM-001: {found[:200]!r}")
        return "imported SM-001 and found it by a Russian word"

    def scan(self, text: str, model: str, names: set[str]) -> str:
        path = self.work / f"{model}.txt"
        path.write_text(text, "utf-8")
        done = self.run("fieldvault", "pii", "scan", str(path), "--json")
        if "unavailable" in done.stderr:
            raise Failed(done.stderr.strip())
        rows = json.loads(done.stdout)
        by_model = {r["text"] for r in rows if r["source"] == f"ner:{model}"}
        if not names <= by_model:
            raise Failed(f"ner:{model} found {sorted(by_model)}, expected {sorted(names)}")
        return f"ner:{model} found {sorted(by_model)}"

    def legal_pdf(self) -> str:
        self.run("fieldvault", "export", "field.fieldvault", "--case", "SM-001", "--profile",
                 "legal", "--recipient", "Legal team", "--out", "export")
        pdfs = sorted((self.work / "export").glob("*.pdf"))
        if len(pdfs) != 1:
            raise Failed(f"{len(pdfs)} PDFs in the export folder")
        text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True,
                              text=True, check=True).stdout
        missing = [line for line in (KO_LINE, RU_LINE) if line not in text]
        if missing:
            raise Failed(f"pdftotext does not find {missing}")
        fonts = subprocess.run(["pdffonts", str(pdfs[0])], capture_output=True, text=True,
                               check=True).stdout
        wanted = [f for f in ("NanumGothic", "DejaVuSans") if f not in fonts]
        if wanted:
            raise Failed(f"fonts not embedded: {wanted}")
        self.run("fieldvault", "verify", "export")
        return f"{pdfs[0].name}: Hangul and Cyrillic read back, NanumGothic + DejaVuSans, verified"

    def app_offscreen(self) -> str:
        demo = self.work / "demo.fieldvault"
        korean = {"LANG": "ko_KR.UTF-8", "LANGUAGE": "ko", "QT_IM_MODULE": "ibus"}
        command = self.command("fieldvault-app", ["--demo", "--demo-path", str(demo)],
                               "socket,connect,openat")
        log = self.traces[-1]
        errors = self.scratch / "app-stderr.txt"
        with errors.open("w") as stderr:
            app = subprocess.Popen(command, cwd=self.work, env=self.env(**korean),
                                   stdout=subprocess.DEVNULL, stderr=stderr,
                                   start_new_session=True)
            try:
                cases = self.wait_for_demo(app, demo)
            except Failed as failure:
                tail = errors.read_text(errors="replace").strip()[-800:]
                raise Failed(f"{failure}; app stderr: {tail}") from None
            finally:
                if app.poll() is None:
                    os.killpg(app.pid, signal.SIGTERM)
                app.wait(timeout=30)
        trace = log.read_text(errors="replace")
        for catalogue in ("qtbase_ko.qm", "fieldvault_ko.qm"):
            opened = [line for line in trace.splitlines()
                      if catalogue in line and "openat(" in line and "= -1" not in line]
            if not opened or str(self.bundle) not in opened[0]:
                raise Failed(f"the app did not open {catalogue} from the bundle")
        if "Traceback" in errors.read_text(errors="replace"):
            raise Failed(f"traceback from the app: {errors.read_text()[-600:]}")
        plugin = any("libibusplatforminputcontextplugin.so" in line and "= -1" not in line
                     for line in trace.splitlines() if "openat(" in line)
        return (f"main window built the demo vault ({cases} cases), qtbase_ko.qm and "
                f"fieldvault_ko.qm opened from the bundle; "
                f"ibus plugin {'opened by Qt' if plugin else 'not opened (offscreen)'}")

    def wait_for_demo(self, app: subprocess.Popen[str], demo: Path) -> int:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if app.poll() is not None:
                raise Failed(f"the app exited early with {app.returncode}")
            if demo.exists():
                done = subprocess.run(
                    [str(self.bundle / "fieldvault"), "cases", str(demo), "--json"],
                    env=self.env(FIELDVAULT_PASSPHRASE=DEMO_PASSPHRASE), capture_output=True,
                    text=True, timeout=120)
                if done.returncode == 0 and json.loads(done.stdout):
                    return len(json.loads(done.stdout))
            time.sleep(3)
        raise Failed("no demo vault with cases after 240 s")

    def input_plugins(self) -> str:
        folder = self.bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforminputcontexts"
        found = []
        for name in ("libibusplatforminputcontextplugin.so",
                     "libcomposeplatforminputcontextplugin.so"):
            path = folder / name
            if not path.is_file():
                raise Failed(f"{name} is not in the bundle")
            ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
            if "not found" in ldd:
                raise Failed(f"{name}: {[x for x in ldd.splitlines() if 'not found' in x]}")
            found.append(name)
        return f"{', '.join(found)} present, every library resolves"

    def media(self) -> str:
        """Attach a recording and a photo with the CLI; the app plays and shows them."""
        tone, photo = self.work / "tone.wav", self.work / "photo.png"
        write_wav(tone, seconds=3.0)
        write_png(photo, 64, 40)
        self.run("fieldvault", "attach", "field.fieldvault", "SM-001", str(tone), str(photo))
        listed = json.loads(self.run("fieldvault", "attachments", "field.fieldvault",
                                     "SM-001", "--json").stdout)
        if sorted(a["kind"] for a in listed) != ["audio", "image"]:
            raise Failed(f"attachments after attach: {listed}")
        done = self.run("fieldvault-app", "--check-media", "field.fieldvault", "SM-001",
                        timeout=240, trace="socket,connect,openat", ok=(0, 1))
        report = json.loads(done.stdout.strip().splitlines()[-1])  # exit 1: says what failed
        audio, image = report["audio"], report["photo"]
        if not audio.get("played") or audio.get("duration_ms") != 3000:
            raise Failed(f"the recording did not play: {audio}; stderr: {done.stderr[-600:]}")
        if not image.get("shown") or image.get("size") != [64, 40]:
            raise Failed(f"the photo was not shown: {image}")
        opened = self.opened(self.traces[-1])
        for name in ("libffmpegmediaplugin.so", *FFMPEG):
            if not any(name in path and path.startswith(str(self.bundle)) for path in opened):
                raise Failed(f"{name} was not opened from the bundle")
        backend = re.search(r"Using Qt multimedia with (FFmpeg version \S+)", done.stderr)
        if backend is None:
            raise Failed(f"Qt did not report its FFmpeg backend: {done.stderr[-600:]}")
        if "Traceback" in done.stderr:
            raise Failed(f"traceback from the app: {done.stderr[-600:]}")
        self.no_stray_process()
        return (f"played {audio['position_ms']} ms of {audio['duration_ms']} ms "
                f"({audio['media_status']}), photo {image['size'][0]}x{image['size'][1]} "
                f"shown; Qt uses {backend.group(1)}, plugin and FFmpeg opened from the bundle")

    def opened(self, log: Path) -> list[str]:
        """Paths that a traced run opened successfully."""
        paths = []
        for line in log.read_text(errors="replace").splitlines():
            found = re.search(r'openat\([^,]+, "([^"]+)"', line)
            if found and "= -1" not in line:
                paths.append(found.group(1))
        return paths

    def multimedia_plugin(self) -> str:
        qt = self.bundle / "_internal" / "PySide6" / "Qt"
        plugin = qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
        if not plugin.is_file():
            raise Failed("plugins/multimedia/libffmpegmediaplugin.so is not in the bundle")
        ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(self.bundle / "_internal")}).stdout
        if "not found" in ldd:  # resolved as linux/check-depends.sh does
            raise Failed(f"{[x for x in ldd.splitlines() if 'not found' in x]}")
        inside = [name for name in FFMPEG
                  if re.search(rf"{re.escape(name)}\.\d+ => {re.escape(str(self.bundle))}", ldd)]
        if len(inside) != len(FFMPEG):
            raise Failed(f"FFmpeg libraries not taken from the bundle: "
                         f"{sorted(set(FFMPEG) - set(inside))}")
        pulse = re.search(r"libpulse\.so\.0 => (\S+)", ldd)
        return (f"libffmpegmediaplugin.so present, {len(inside)} FFmpeg libraries from the "
                f"bundle, libpulse from {pulse.group(1) if pulse else 'nowhere'}")

    def large_import(self) -> str:
        """An import big enough for worker processes, in the frozen program."""
        records = self.work / "large.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for number in range(1, LARGE_LINES + 1):
                record = dict(RECORD, case_code=f"LG-{number:05d}",
                              title=f"Large import line {number} (fiction)",
                              transcript=f"{RECORD['transcript']} Строка {number}.")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.run("fieldvault", "init", "large")
        done = self.run("fieldvault", "import", "large.fieldvault", str(records), timeout=900,
                        trace="socket,connect,execve")
        workers = self.workers(self.traces[-1])
        if not workers:
            raise Failed("the import started no worker process (expected spawn workers "
                         f"for {LARGE_LINES} lines): {done.stdout.strip()}")
        self.no_stray_process()
        cases = json.loads(self.run("fieldvault", "cases", "large.fieldvault", "--json",
                                    timeout=300).stdout)
        codes = {c.get("code") or c.get("case_code") for c in cases}
        expected = {f"LG-{n:05d}" for n in range(1, LARGE_LINES + 1)}
        if codes != expected:
            raise Failed(f"{len(cases)} cases after the import, {len(codes & expected)} of "
                         f"the {LARGE_LINES} expected")
        last = self.run("fieldvault", "search", "large.fieldvault", f"Строка {LARGE_LINES}")
        if f"LG-{LARGE_LINES:05d}" not in last.stdout:
            raise Failed(f"the last line's text is not searchable: {last.stdout[:200]!r}")
        return (f"{LARGE_LINES} lines -> {len(cases)} cases ({done.stdout.strip()}); "
                f"{len(workers)} worker processes of the frozen program, none left running")

    def workers(self, log: Path) -> list[str]:
        """Processes started again from the bundle's program as multiprocessing children."""
        program = str(self.bundle / "fieldvault")
        return [line for line in log.read_text(errors="replace").splitlines()
                if f'execve("{program}"' in line and "--multiprocessing-fork" in line
                and "= -1" not in line]

    def no_stray_process(self) -> None:
        """No process running from the unpacked bundle is left."""
        left = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                exe = os.readlink(entry / "exe")
            except OSError:
                continue
            if exe.startswith(str(self.bundle)):
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
                left.append(f"{entry.name}: {cmdline.decode(errors='replace')[:200]}")
        if left:
            raise Failed(f"processes of the bundle still running: {left}")

    def no_network(self) -> str:
        inet, unix = [], []
        for log in self.traces:
            for line in log.read_text(errors="replace").splitlines():
                if INET.search(line):
                    inet.append(f"{log.name}: {line.strip()}")
                elif UNIX.search(line):
                    unix.append(f"{log.name}: {line.strip()}")
        if inet:
            raise Failed(f"{len(inet)} network sockets: {inet[:5]}")
        where = " ".join(self.isolate) or "no namespace (unshare unavailable), strace only"
        local = f"; {len(unix)} local AF_UNIX sockets" if unix else "; no socket at all"
        return f"{len(self.traces)} runs traced, no AF_INET/AF_INET6 socket ({where}){local}"


def write_wav(path: Path, seconds: float, rate: int = 16000) -> None:
    """A 440 Hz tone, 16-bit mono PCM."""
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                      for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)


def write_png(path: Path, width: int, height: int) -> None:
    """An RGB gradient, written with zlib alone."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"".join(bytes((x * 4 % 256, y * 6 % 256, 128))
                                      for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def isolation() -> list[str]:
    """``unshare`` arguments that give the child a fresh, empty network namespace."""
    for args in (["unshare", "-n"], ["unshare", "-rn"]):
        try:
            if subprocess.run([*args, "true"], capture_output=True).returncode == 0:
                return args
        except OSError:
            break
    return []


def extract_filter() -> dict[str, str]:
    return {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    for tool in ("strace", "pdftotext", "pdffonts", "ldd"):
        if shutil.which(tool) is None:
            print(f"smoke: {tool} is needed (apt install strace poppler-utils).", file=sys.stderr)
            return 2
    tarball = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="fieldvault-smoke-") as scratch:
        smoke = Smoke(tarball, Path(scratch))
        print(f"bundle unpacked at {smoke.bundle}", flush=True)
        smoke.check("--version", smoke.version)
        smoke.check("create a vault, import JSONL", smoke.vault_and_import)
        smoke.check("scan Korean (kiwipiepy)", lambda: smoke.scan(KO_TEXT, "kiwi", {"김철수"}))
        smoke.check("scan Russian (natasha)",
                    lambda: smoke.scan(RU_TEXT, "natasha", {"Иван Петров"}))
        smoke.check("legal PDF with Hangul and Cyrillic", smoke.legal_pdf)
        smoke.check("app offscreen, Korean", smoke.app_offscreen)
        smoke.check("input-method plugins", smoke.input_plugins)
        smoke.check("multimedia plugin and FFmpeg", smoke.multimedia_plugin)
        smoke.check("app plays a recording, shows a photo", smoke.media)
        smoke.check("large import in worker processes", smoke.large_import)
        smoke.check("no network socket", smoke.no_network)
    failed = [name for ok, name, _ in smoke.results if not ok]
    print(f"\nsmoke: {len(smoke.results) - len(failed)} passed, {len(failed)} failed"
          + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
