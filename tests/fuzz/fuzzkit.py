"""Readers of hostile files, each fed mutated inputs, with the invariant every input must keep.

Used by ``tests/fuzz/test_fuzz_readers.py`` (a short, derandomised hypothesis run in the
suite) and by ``bench/fuzz_long.py`` (a long seeded run that reports cases per second).

Invariant, for every input: the reader succeeds, or refuses with one
:class:`~fieldvault.core.errors.FieldvaultError` sentence (exit 2 in the CLI) that is one line,
short, and quotes no interview text beyond a short escaped excerpt; a refusal writes nothing
(the audit head, the key files and the vault's files stay as they were). Anything else (any
other exception, a long or multi-line message, the interview marker in the message, a write)
raises :class:`Violation`.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Passphrase, Vault

MARKER = "QZXMARKQ"  # inside every interview text of the seeds; must never reach a message
PASSPHRASE = "correct horse battery staple"
FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
MAX_MESSAGE = 400

TEXT = (f"[FICTIONAL] {MARKER} Q: Who kept the passports? A: The brigade leader Kim Chol-su "
        "kept them. 감독이 매일 왔다. Паспорта хранились в сейфе в Уссурийске.")

# Hostile JSON values spliced in place of a value: raw text, not necessarily valid JSON.
HOSTILE = ['"\\udc00"', '"\\ud800x"', "9" * 5000, "1e999", "NaN", "-Infinity", "[" * 3000,
           '{"a":' * 1500, '"' + "x" * 20000 + '"', "null", "true", '""', "[]", "{}", "-1",
           "1.5", '"\\u0000"', "\ufeff1", '"' + MARKER * 50 + '"', "0" * 30, "[[[[1]]]]",
           '"2016-02-30"', '"../../etc/passwd"', '"<x/>"']


class Violation(AssertionError):
    """An input broke the invariant; the message says how (never the input itself)."""


@dataclass
class Target:
    name: str
    seeds: list[bytes]
    feed: Callable[[bytes], str]  # "ok" or "refused: <reason>"; raises Violation
    structural: bool = False  # JSON text: hostile values may be spliced in
    counts: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)

    def run(self, data: bytes) -> str:
        outcome = self.feed(data)
        kind, _, reason = outcome.partition(": ")
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if reason:
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
        return kind


# --- mutations ----------------------------------------------------------------------------

Op = tuple[int, int, bytes]  # (kind, position seed, bytes)


def mutate(data: bytes, ops: list[Op]) -> bytes:
    """Apply byte-level mutations: flip, insert, delete a span, duplicate a span, cut."""
    out = bytearray(data)
    for kind, where, blob in ops:
        at = where % (len(out) + 1)
        if kind % 6 == 0 and out:
            out[at % len(out)] ^= (blob[0] if blob else 1) or 1
        elif kind % 6 == 1:
            out[at:at] = blob
        elif kind % 6 == 2:
            del out[at:at + 1 + (blob[0] if blob else 0) % 64]
        elif kind % 6 == 3:
            out[at:at] = out[at:at + 1 + (blob[0] if blob else 0) % 256]
        elif kind % 6 == 4:
            del out[at:]
        else:
            out[at:at + len(blob)] = blob
    return bytes(out)


def splice(data: bytes, choice: int, hostile: int) -> bytes:
    """Replace the ``choice``-th JSON value after a ``:`` or ``[`` or ``,`` with a hostile
    one, keeping the rest of the text (so the input reaches the deeper checks)."""
    text = data.decode("utf-8", "surrogatepass")
    marks = [m.end() for m in re.finditer(r'[:\[,]\s*', text)]
    if not marks:
        return data
    start = marks[choice % len(marks)]
    end = _value_end(text, start)
    new = text[:start] + HOSTILE[hostile % len(HOSTILE)] + text[end:]
    return new.encode("utf-8", "surrogatepass")


def _value_end(text: str, start: int) -> int:
    """End of the (rough) JSON value at ``start``: a string, or up to the next , ] }."""
    if start < len(text) and text[start] == '"':
        index = start + 1
        while index < len(text) and text[index] != '"':
            index += 2 if text[index] == "\\" else 1
        return min(index + 1, len(text))
    match = re.compile(r"[,\]}\n]").search(text, start)
    return match.start() if match else len(text)


def random_case(rng: random.Random, target: Target) -> bytes:
    """One input for the long run: a seed, spliced (JSON readers) and/or byte-mutated."""
    data = rng.choice(target.seeds)
    if target.structural and rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            data = splice(data, rng.randrange(1 << 30), rng.randrange(len(HOSTILE)))
        if rng.random() < 0.5:
            return data
    ops = [(rng.randrange(6), rng.randrange(1 << 30), _blob(rng))
           for _ in range(rng.randint(1, 6))]
    return mutate(data, ops)


SYNTAX = b'{}[]":,.-+0123456789eEtrufalsn \\/<>=?!&;#xX'


def _blob(rng: random.Random) -> bytes:
    """Mostly syntax characters (they get past UTF-8 and into the parsers), sometimes any."""
    size = rng.randint(0, 8)
    if rng.random() < 0.3:
        return rng.randbytes(size)
    return bytes(rng.choice(SYNTAX) for _ in range(size))


# --- the invariant ------------------------------------------------------------------------


def check_message(message: str) -> None:
    if not message.strip() or "\n" in message.strip():
        raise Violation("the refusal is not one line")
    if len(message) > MAX_MESSAGE:
        raise Violation(f"the refusal is {len(message)} characters long")
    if "internal error" in message or "Traceback" in message:
        raise Violation("the refusal is an internal error")
    for hit in re.finditer(MARKER, message):
        quoted = [m for m in re.finditer(r'"(?:[^"\\]|\\.)*"', message)
                  if m.start() < hit.start() and hit.end() < m.end()]
        if not quoted or len(quoted[0].group()) > 48:
            raise Violation("the refusal quotes interview text")


def reason(message: str) -> str:
    """A refusal's gist for the summary: its first words, paths and numbers blanked."""
    words = re.sub(r"/\S+|\d+|'[^']*'|\"[^\"]*\"", "_", message).split()
    return " ".join(words[:9])


def refused_or_ok(action: Callable[[], object], unchanged: Callable[[], object]) -> str:
    """Run ``action``; a FieldvaultError must leave ``unchanged()`` as it was."""
    before = unchanged()
    try:
        action()
    except FieldvaultError as error:
        check_message(str(error))
        if unchanged() != before:
            raise Violation("a refused input changed the vault") from error
        return "refused: " + reason(str(error))
    except (MemoryError, RecursionError) as error:
        raise Violation(f"{type(error).__name__} escaped the reader") from error
    except Exception as error:  # noqa: BLE001 - any other exception is the finding
        raise Violation(f"{type(error).__name__} escaped the reader") from error
    return "ok"


def cli(args: list[str]) -> str:
    """Run ``fieldvault ARGS`` in-process: exit 0 is ok, 2 one sentence, else a Violation."""
    from fieldvault.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except Exception as error:  # noqa: BLE001
            raise Violation(f"{type(error).__name__} escaped the command") from error
    if code == 0:
        return "ok"
    if code != 2:
        raise Violation(f"exit {code}: {err.getvalue()[:80]!r}")
    message = err.getvalue().removeprefix("fieldvault: ")
    check_message(message)
    return "refused: " + reason(message)


# --- the lab: vaults, files and the targets -----------------------------------------------


class Lab:
    """Everything the readers need, built once in ``root`` (two vaults, an export folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault = self._vault("sam", "supervisor")
        self.sender = self._vault("ira", "interviewer")
        self._introduce()
        self.work = root / "work"
        self.work.mkdir()
        self.targets = {t.name: t for t in (
            self._jsonl(), self._codebook_json(), self._qdc(), self._qdpx(),
            self._qdpx_project(), self._bundle(),
            self._bundle_payload(), self._key_file(), self._verify(), self._pii_scan())}

    def close(self) -> None:
        self.vault.lock()
        self.sender.lock()

    def _vault(self, name: str, role: str) -> Vault:
        vault, _code = Vault.create(self.root / name, PASSPHRASE, owner=name, role=role,
                                    cost=FAST)
        return vault

    def _introduce(self) -> None:
        self.sender.members.add(self.vault.members.me().text)
        self.vault.members.add(self.sender.members.me().text)

    def _head(self) -> object:
        from fieldvault.core.store.models import Meta

        with self.vault.session() as session:
            head = session.get(Meta, "audit_head")
            return head.value if head else None

    def _file(self, name: str, data: bytes) -> Path:
        path = self.work / name
        path.write_bytes(data)
        return path

    # --- JSON Lines, codebooks, REFI-QDA --------------------------------------------------

    def _jsonl(self) -> Target:
        from fieldvault.core.records.importer import import_jsonl

        theme = next(n.theme.id for n in self.vault.codebook.tree() if n.depth == 1)
        record = {"title": "Interview", "languages": ["en", "ko", "ru"],
                  "interview_date": "2016-03-01", "interviewer": "field-a",
                  "attributes": {"status": "worker", "year": 2012, "paid": True},
                  "transcript": TEXT, "codings": [{"theme": theme, "start": 12, "end": 20,
                                                   "memo": f"memo {MARKER}"}],
                  "memos": [f"case memo {MARKER}"],
                  "people": [{"role": "worker", "name": "Kim Chol-su", "variants": ["김철수"]}]}
        seeds = [json.dumps(record, ensure_ascii=False).encode(),
                 (json.dumps(record) + "\n" + json.dumps(record, ensure_ascii=False)).encode()]
        return Target("jsonl", seeds, lambda data: refused_or_ok(
            lambda: import_jsonl(self.vault, self._file("in.jsonl", data)), self._head),
            structural=True)

    def _codebook_json(self) -> Target:
        from fieldvault.core.refi import export_codebook, import_codebook

        export_codebook(self.vault, self.root / "book.json")
        seeds = [(self.root / "book.json").read_bytes()]
        return Target("codebook-json", seeds, lambda data: refused_or_ok(
            lambda: import_codebook(self.vault, self._file("book.json", data), False),
            self._head), structural=True)

    def _qdc(self) -> Target:
        from fieldvault.core.refi import export_codebook, import_codebook

        export_codebook(self.vault, self.root / "book.qdc")
        seeds = [(self.root / "book.qdc").read_bytes()]
        return Target("qdc", seeds, lambda data: refused_or_ok(
            lambda: import_codebook(self.vault, self._file("book.qdc", data), False),
            self._head))

    def _qdpx(self) -> Target:
        from fieldvault.core.refi import import_project

        fixture = Path(__file__).parents[1] / "core" / "refi" / "fixtures" / "qualcoder_like"
        path = self.root / "seed.qdpx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in sorted(fixture.rglob("*")):
                if item.is_file():
                    archive.write(item, item.relative_to(fixture).as_posix())
        return Target("qdpx", [path.read_bytes()], lambda data: refused_or_ok(
            lambda: import_project(self.vault, self._file("p.qdpx", data), False),
            self._head))

    def _qdpx_project(self) -> Target:
        """The project XML mutated inside an intact ZIP (the sources kept as they are)."""
        from fieldvault.core.refi import import_project

        fixture = Path(__file__).parents[1] / "core" / "refi" / "fixtures" / "qualcoder_like"
        sources = {item.relative_to(fixture).as_posix(): item.read_bytes()
                   for item in sorted(fixture.rglob("*"))
                   if item.is_file() and item.name != "project.qde"}

        def zipped(qde: bytes) -> Path:
            path = self.work / "x.qdpx"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("project.qde", qde)
                for name, data in sources.items():
                    archive.writestr(name, data)
            return path

        return Target("qdpx-project", [(fixture / "project.qde").read_bytes()],
                      lambda data: refused_or_ok(
                          lambda: import_project(self.vault, zipped(data), False), self._head))

    # --- bundles --------------------------------------------------------------------------

    def _bundle(self) -> Target:
        from fieldvault.core.records.cases import CaseInput

        case = self.sender.cases.create(CaseInput(
            title="Interview", transcript=TEXT, languages=["en"], interview_date="2016-03-01",
            interviewer="ira"))
        theme = next(n.theme.id for n in self.sender.codebook.tree() if n.depth == 1)
        self.sender.codings.add(case.code, theme, 0, 11)
        self.sender.review.move(case.code, "submitted")
        out = self.root / "seed.fvbundle"
        self.sender.bundles.export(["sam"], [case.code], out, chunk_size=256)
        self.bundle = out.read_bytes()
        return Target("bundle", [self.bundle], lambda data: refused_or_ok(
            lambda: self.vault.bundles.import_bytes(data), self._head))

    def _bundle_payload(self) -> Target:
        """The signed contents: mutated, then sealed again with the sender's real key, so
        the payload reader and the merge see them (the envelope alone would stop them)."""
        from fieldvault.core.exchange.envelope import open_envelope

        with self.vault.session() as session:
            keys = self.vault.members.keys_in(session)
            from fieldvault.core.records.members import known_senders

            senders = known_senders(session)
        assert keys is not None
        payload = open_envelope(self.bundle, keys.box, senders).payload
        return Target("bundle-payload", [payload], lambda data: refused_or_ok(
            lambda: self.vault.bundles.import_bytes(self._seal(data)), self._head),
            structural=True)

    def _seal(self, payload: bytes) -> bytes:
        import uuid

        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        from fieldvault.core.exchange.envelope import seal
        from fieldvault.core.exchange.identity import parse_identity_text

        with self.sender.session() as session:
            keys = self.sender.members.keys_in(session)
        assert keys is not None
        box = X25519PublicKey.from_public_bytes(
            parse_identity_text(self.vault.members.me().text).x25519_public)
        return seal(payload, keys.signing, [box], bundle_id=uuid.uuid4().hex)

    # --- key files ------------------------------------------------------------------------

    def _key_file(self) -> Target:
        folder = self.root / "keyvault.fieldvault"
        self.vault.checkpoint()  # the copy's database is whole in vault.db
        shutil.copytree(self.vault.path, folder, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
        original = (folder / "vault.keys").read_bytes()

        def files() -> object:  # what a refused key file must not touch
            return (sorted(p.name for p in folder.iterdir() if not p.name.endswith("-shm")),
                    (folder / "vault.keys.bak").read_bytes(), (folder / "vault.db").read_bytes())

        def feed(data: bytes) -> str:
            (folder / "vault.keys").write_bytes(_rechecksum(data))
            try:
                return refused_or_ok(lambda: Vault.open(folder, Passphrase(PASSPHRASE))
                                     .lock(), files)
            finally:
                (folder / "vault.keys").write_bytes(original)

        return Target("key-file", [original], feed, structural=True)

    # --- export folders and pii scan ------------------------------------------------------

    def _verify(self) -> Target:
        import sys

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        sys.path.insert(0, str(Path(__file__).parents[1]))
        from core.export.exporthelp import build_sample
        from fieldvault.core.export import verify_dir, write_export

        sample = build_sample("legal")
        folder = self.root / "export"
        write_export(sample.doc, folder, Ed25519PrivateKey.generate(), sample.withheld)
        names = sorted(p.name for p in folder.iterdir())
        originals = {n: (folder / n).read_bytes() for n in names}
        seeds = [n.encode() + b"\0" + originals[n] for n in names]

        def feed(data: bytes) -> str:
            name, _, body = data.partition(b"\0")
            target = name.decode("utf-8", "replace")
            if target not in originals:
                target = names[len(name) % len(names)]
            (folder / target).write_bytes(body)
            try:
                report = verify_dir(folder)
            except Exception as error:  # noqa: BLE001
                raise Violation(f"{type(error).__name__} escaped verify") from error
            finally:
                (folder / target).write_bytes(originals[target])
            for sentence in report.failures:
                check_message(sentence)
            if report.ok and body != originals[target] and target != "SHA256SUMS":
                raise Violation(f"a changed {target} passed verification")
            return "ok" if report.ok else "refused: " + reason(report.failures[0])

        return Target("verify", seeds, feed)

    def _pii_scan(self) -> Target:
        seeds = [TEXT.encode(), ("Passport 836104221, phone +7 914 555 12 34, born "
                                 "1987-04-12, Пак Сон Ир, 박성일 from Namgang.").encode()]
        return Target("pii-scan", seeds, lambda data: cli(
            ["pii", "scan", str(self._file("scan.txt", data))]))


def _rechecksum(data: bytes) -> bytes:
    """Make an edited key file pass the plain checksum, so edits reach the deeper checks."""
    import hashlib

    try:
        body = json.loads(data)
        body.pop("checksum")
        body["checksum"] = hashlib.sha256(keyslots._canonical(body)).hexdigest()
        return json.dumps(body).encode()
    except Exception:  # noqa: BLE001 - not JSON enough to fix: feed it as it is
        return data


__all__ = ["Lab", "Target", "Violation", "mutate", "random_case", "splice"]
