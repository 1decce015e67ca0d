"""Key slots: the vault's random data key, wrapped once per way of unlocking it.

File ``vault.keys`` (JSON) holds the slots. Each slot wraps the 32-byte data key with
AES-256-GCM under a key-encryption key (KEK) from:

* ``passphrase``: Argon2id(passphrase, salt, calibrated cost),
* ``recovery``: HKDF-SHA256 of a printed 160-bit recovery code,
* ``escrow``: X25519 between an ephemeral key and an organisation's public key, then HKDF.

Binding: the AEAD's associated data is the canonical JSON of the slot's security metadata
(format, vault id, slot id, kind, creation time, KDF parameters), so moving a wrapped key to
another slot, vault or cost fails to decrypt. The whole file (labels included) carries an
HMAC-SHA256 keyed from the data key, checked after unwrapping, and a plain SHA-256 checksum
that catches damage before any key derivation runs.

Key material is kept in ``bytearray`` so callers can zero it; Python cannot promise that no
copy exists elsewhere in memory.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldvault.core import hardening, jsontext
from fieldvault.core.errors import KeyFileError, RecoveryCodeTypo, Refused, WrongSecret

FORMAT = 1
KEY_FILE = "vault.keys"
BACKUP_FILE = "vault.keys.bak"
MIN_MEMORY_KIB = 64 * 1024
# Limits on Argon2id settings read from a key file, checked before any derivation: an edited
# file must not make unlocking allocate gigabytes or run for minutes. Calibration stays
# inside them; the work budget is memory x passes (256 MiB x 16 passes, a few seconds).
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_WORK_KIB = 256 * 1024 * 16
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. ``memory_kib`` is never below 64 MiB."""

    memory_kib: int
    iterations: int
    lanes: int


MIN_ITERATIONS = 2  # the calibrated cost never goes below this many passes (nor 64 MiB)
CALIBRATION_LANES = 4


@dataclass(frozen=True)
class Clocks:
    """What calibration measures with; tests pass their own for exact, repeatable runs."""

    wall: Callable[[], float] = time.perf_counter
    cpu: Callable[[], float] = time.process_time  # every thread of this process
    cores: int = field(default_factory=lambda: os.cpu_count() or 1)


def calibrate(target_seconds: float = 0.7, memory_kib: int = 256 * 1024, *,
              samples: int = 3, clocks: Clocks | None = None,
              derive: Callable[[KdfParams], object] | None = None) -> KdfParams:
    """Choose Argon2id passes so that one derivation takes about ``target_seconds`` on
    this machine when it is idle, however busy it is now.

    One pass is measured ``samples`` times and the fastest kept (the first pays for page
    faults; others may be slowed by other programs). Each sample counts as the smaller of
    its wall time and its CPU time spread over the cores the lanes can use: on a loaded
    machine the wall clock runs long while the work, and so the CPU time, stays the same.
    The result never falls below 64 MiB and :data:`MIN_ITERATIONS` passes, nor above the
    limits a key file may ask for.
    """
    memory_kib = min(max(memory_kib, MIN_MEMORY_KIB), MAX_MEMORY_KIB)
    clocks = clocks or Clocks()
    one_pass = KdfParams(memory_kib, 1, CALIBRATION_LANES)
    run = derive or (lambda p: _argon2(b"calibration", os.urandom(16), p))
    parallel = max(1, min(CALIBRATION_LANES, clocks.cores))
    fastest = float("inf")
    for _ in range(max(1, samples)):
        wall, cpu = clocks.wall(), clocks.cpu()
        run(one_pass)
        wall, cpu = clocks.wall() - wall, clocks.cpu() - cpu
        fastest = min(fastest, wall, cpu / parallel if cpu > 0 else wall)
    iterations = max(MIN_ITERATIONS, round(target_seconds / max(fastest, 1e-3)))
    return KdfParams(memory_kib, min(iterations, MAX_ITERATIONS, MAX_WORK_KIB // memory_kib),
                     CALIBRATION_LANES)


def within_limits(p: KdfParams) -> bool:
    """Whether Argon2id settings are inside the bounds a key file may ask for."""
    return (MIN_MEMORY_KIB <= p.memory_kib <= MAX_MEMORY_KIB
            and 1 <= p.iterations <= MAX_ITERATIONS and 1 <= p.lanes <= MAX_LANES
            and p.memory_kib * p.iterations <= MAX_WORK_KIB)


@dataclass
class Slot:
    id: str
    kind: str
    label: str
    created: str
    params: dict[str, Any]
    nonce: str
    wrapped: str

    def associated_data(self, vault_id: str) -> bytes:
        bound = {"format": FORMAT, "vault_id": vault_id, "id": self.id, "kind": self.kind,
                 "created": self.created, "params": self.params}
        return _canonical(bound)


@dataclass
class KeyFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    mac: str = ""  # as read from disk; recomputed on every write

    def slot(self, slot_id_or_label: str) -> Slot:
        for slot in self.slots:
            if slot_id_or_label in (slot.id, slot.label):
                return slot
        raise KeyFileError(f"There is no key slot named '{slot_id_or_label}' in this vault.")

    def kinds(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]


# --- deriving key-encryption keys ---------------------------------------------------------


def _argon2(secret: bytes, salt: bytes, p: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=p.iterations, lanes=p.lanes,
                   memory_cost=p.memory_kib)
    return kdf.derive(secret)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _passphrase_bytes(passphrase: str) -> bytes:
    import unicodedata

    if not passphrase:
        raise WrongSecret("The passphrase is empty.")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_kek(passphrase: str, params: dict[str, Any]) -> bytes:
    kdf = KdfParams(params["memory_kib"], params["iterations"], params["lanes"])
    if not within_limits(kdf):  # read() refuses such files first; this guards every caller
        raise KeyFileError("A key slot asks for key derivation settings beyond safe limits.")
    return _argon2(_passphrase_bytes(passphrase), b64d(params["salt"]), kdf)


# --- recovery codes -----------------------------------------------------------------------


def new_recovery_code() -> str:
    """A printable code: 160 random bits and a 20-bit checksum, in nine groups of four."""
    raw = secrets.token_bytes(20)
    return _group(_b32(raw) + _b32(hashlib.sha256(raw).digest()[:3])[:4])


def parse_recovery_code(text: str) -> bytes:
    """Accept the code with any spacing, hyphens and case; O/I/L read as 0/1/1.

    A code that fails its checksum raises :class:`RecoveryCodeTypo` naming the group (and
    place in it) of the one character that makes it pass, when exactly one does.
    """
    cleaned = clean_recovery_code(text)
    if len(cleaned) != CODE_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise _shape_typo(cleaned)
    raw = _unb32(cleaned[:32])
    if not _checksum_ok(cleaned):
        group, place = _locate(_single_changes(cleaned))
        where = f" in group {group}" if group is not None else ""
        raise RecoveryCodeTypo(f"The recovery code has a typing error{where}: please check "
                               f"{'that group' if group else 'each group'}.", "wrong",
                               group, place)
    return raw


CODE_LENGTH = 36


def clean_recovery_code(text: str) -> str:
    """The code's 36 significant characters (separators dropped, O/I/L read as 0/1/1)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    return cleaned.translate(str.maketrans("OIL", "011"))


def _checksum_ok(cleaned: str) -> bool:
    raw = _unb32(cleaned[:32])
    return _b32(hashlib.sha256(raw).digest()[:3])[:4] == cleaned[32:]


def _shape_typo(cleaned: str) -> RecoveryCodeTypo:
    """A character no code uses, one too few or one too many, or simply the wrong length."""
    foreign = [i for i, ch in enumerate(cleaned) if ch not in RECOVERY_ALPHABET]
    if len(foreign) == 1 and len(cleaned) == CODE_LENGTH:
        i = foreign[0]
        return RecoveryCodeTypo(f"The recovery code has a character no code uses in group "
                                f"{i // 4 + 1}.", "foreign", i // 4 + 1, i % 4 + 1, cleaned[i])
    if not foreign and len(cleaned) in (CODE_LENGTH - 1, CODE_LENGTH + 1):
        missing = len(cleaned) < CODE_LENGTH
        group, place = _locate(_insertions(cleaned) if missing else _deletions(cleaned))
        problem = "missing" if missing else "extra"
        where = f" in group {group}" if group is not None else ""
        return RecoveryCodeTypo(f"The recovery code has one character {problem}{where}.",
                                problem, group, place, length=len(cleaned))
    return RecoveryCodeTypo("That is not a recovery code: it should be 36 letters and digits.",
                            "length", length=len(cleaned))


def _single_changes(cleaned: str) -> list[int]:
    return [i for i in range(CODE_LENGTH) for ch in RECOVERY_ALPHABET
            if ch != cleaned[i] and _checksum_ok(cleaned[:i] + ch + cleaned[i + 1:])]


def _insertions(cleaned: str) -> list[int]:
    return [i for i in range(CODE_LENGTH) for ch in RECOVERY_ALPHABET
            if _checksum_ok(cleaned[:i] + ch + cleaned[i:])]


def _deletions(cleaned: str) -> list[int]:
    return [i for i in range(CODE_LENGTH + 1)
            if _checksum_ok(cleaned[:i] + cleaned[i + 1:])]


def _locate(positions: list[int]) -> tuple[int | None, int | None]:
    """(group, place) counting from 1 when every fix lies in one group, else (None, None);
    the place only when the fixes agree on it."""
    groups = {min(i, CODE_LENGTH - 1) // 4 for i in positions}
    if len(groups) != 1:
        return None, None
    places = {min(i, CODE_LENGTH - 1) % 4 for i in positions}
    return groups.pop() + 1, (places.pop() + 1 if len(places) == 1 else None)


def _b32(data: bytes) -> str:
    number, bits = int.from_bytes(data, "big"), len(data) * 8
    chars = (bits + 4) // 5
    number <<= chars * 5 - bits
    return "".join(RECOVERY_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(chars)))


def _unb32(text: str) -> bytes:
    number = 0
    for ch in text:
        number = (number << 5) | RECOVERY_ALPHABET.index(ch)
    return number.to_bytes(20, "big")


def _group(text: str) -> str:
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


# --- wrapping and unwrapping --------------------------------------------------------------


def new_data_key() -> bytearray:
    key = bytearray(secrets.token_bytes(32))
    hardening.lock_memory(key)
    return key


def _new_slot(kind: str, label: str, params: dict[str, Any]) -> Slot:
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Slot(secrets.token_hex(4), kind, label, created, params, "", "")


def _seal(slot: Slot, vault_id: str, kek: bytes, data_key: bytearray) -> Slot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), slot.associated_data(vault_id))
    slot.nonce, slot.wrapped = _b64e(nonce), _b64e(wrapped)
    return slot


def passphrase_slot(vault_id: str, label: str, passphrase: str, data_key: bytearray,
                    cost: KdfParams, slot_id: str | None = None) -> Slot:
    if cost.memory_kib < MIN_MEMORY_KIB:
        raise Refused("Key derivation memory must be at least 64 MiB.")
    if not within_limits(cost):
        raise Refused("Those key derivation settings are beyond Fieldvault's limits "
                      f"(at most {MAX_MEMORY_KIB // 1024} MiB, {MAX_ITERATIONS} passes, "
                      f"{MAX_LANES} lanes).")
    params = {"kdf": "argon2id", "salt": _b64e(secrets.token_bytes(16)), **asdict(cost)}
    slot = _new_slot("passphrase", label, params)
    slot.id = slot_id or slot.id
    return _seal(slot, vault_id, derive_passphrase_kek(passphrase, params), data_key)


def recovery_slot(vault_id: str, label: str, code: str, data_key: bytearray) -> Slot:
    params = {"kdf": "hkdf-sha256", "salt": _b64e(secrets.token_bytes(16))}
    slot = _new_slot("recovery", label, params)
    kek = _hkdf(parse_recovery_code(code), b64d(params["salt"]), b"fieldvault recovery v1")
    return _seal(slot, vault_id, kek, data_key)


def escrow_slot(vault_id: str, label: str, org_public: X25519PublicKey,
                data_key: bytearray) -> Slot:
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    org_raw = org_public.public_bytes_raw()
    params = {"kdf": "x25519-hkdf-sha256", "ephemeral": _b64e(eph_pub),
              "recipient": _b64e(org_raw)}
    slot = _new_slot("escrow", label, params)
    kek = _hkdf(ephemeral.exchange(org_public), eph_pub + org_raw, b"fieldvault escrow v1")
    return _seal(slot, vault_id, kek, data_key)


def _open(slot: Slot, vault_id: str, kek: bytes) -> bytearray | None:
    try:
        plain = AESGCM(kek).decrypt(b64d(slot.nonce), b64d(slot.wrapped),
                                    slot.associated_data(vault_id))
    except InvalidTag:
        return None
    key = bytearray(plain)
    hardening.lock_memory(key)
    return key


def unlock_with_passphrase(keys: KeyFile, passphrase: str,
                           slot_name: str | None = None) -> bytearray:
    """Try the named passphrase slot, or each passphrase slot in turn (each costs one KDF)."""
    return open_with_passphrase(keys, passphrase, slot_name)[1]


def open_with_passphrase(keys: KeyFile, passphrase: str,
                         slot_name: str | None = None) -> tuple[str, bytearray]:
    """Like :func:`unlock_with_passphrase`, also naming the slot (its id) that opened."""
    slots = [keys.slot(slot_name)] if slot_name else keys.kinds("passphrase")
    for slot in slots:
        if slot.kind != "passphrase":
            raise WrongSecret(f"Slot '{slot.label}' is a {slot.kind} slot, not a passphrase.")
        data_key = _open(slot, keys.vault_id, derive_passphrase_kek(passphrase, slot.params))
        if data_key is not None:
            return slot.id, data_key
    raise WrongSecret("The passphrase is wrong for this vault.")


def unlock_with_recovery(keys: KeyFile, code: str) -> bytearray:
    return open_with_recovery(keys, code)[1]


def open_with_recovery(keys: KeyFile, code: str) -> tuple[str, bytearray]:
    raw = parse_recovery_code(code)
    for slot in keys.kinds("recovery"):
        kek = _hkdf(raw, b64d(slot.params["salt"]), b"fieldvault recovery v1")
        data_key = _open(slot, keys.vault_id, kek)
        if data_key is not None:
            return slot.id, data_key
    raise WrongSecret("The recovery code does not open this vault.")


def unlock_with_escrow(keys: KeyFile, org_private: X25519PrivateKey) -> bytearray:
    return open_with_escrow(keys, org_private)[1]


def open_with_escrow(keys: KeyFile, org_private: X25519PrivateKey) -> tuple[str, bytearray]:
    org_raw = org_private.public_key().public_bytes_raw()
    for slot in keys.kinds("escrow"):
        if b64d(slot.params["recipient"]) != org_raw:
            continue
        eph_raw = b64d(slot.params["ephemeral"])
        shared = org_private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        data_key = _open(slot, keys.vault_id, _hkdf(shared, eph_raw + org_raw,
                                                    b"fieldvault escrow v1"))
        if data_key is not None:
            return slot.id, data_key
    raise WrongSecret("This organisation key has no escrow slot in this vault.")


# --- the file -----------------------------------------------------------------------------


def _mac_key(data_key: bytearray) -> bytes:
    return _hkdf(bytes(data_key), b"", b"fieldvault keyfile mac v1")


def _body(keys: KeyFile) -> dict[str, Any]:
    return {"format": FORMAT, "vault_id": keys.vault_id,
            "slots": [asdict(s) for s in keys.slots]}


def serialise(keys: KeyFile, data_key: bytearray) -> bytes:
    body = _body(keys)
    body["mac"] = hmac.new(_mac_key(data_key), _canonical(body), "sha256").hexdigest()
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, indent=1, ensure_ascii=True).encode("ascii") + b"\n"


def write(folder: Path, keys: KeyFile, data_key: bytearray) -> None:
    """Write ``vault.keys`` then its backup, each atomically (temp file, fsync, rename)."""
    if not keys.slots:
        raise Refused("A vault must keep at least one key slot.")
    blob = serialise(keys, data_key)
    for name in (KEY_FILE, BACKUP_FILE):
        atomic_write(folder / name, blob)


NEXT_FILE = "vault.keys.next"


def write_next(folder: Path, keys: KeyFile, data_key: bytearray) -> None:
    """Stage the key file of a rotation in progress."""
    atomic_write(folder / NEXT_FILE, serialise(keys, data_key))


def install_next(folder: Path, keys: KeyFile, data_key: bytearray) -> None:
    write(folder, keys, data_key)
    discard_next(folder)


def discard_next(folder: Path) -> None:
    (folder / NEXT_FILE).unlink(missing_ok=True)


def read_next(folder: Path, vault_id: str) -> KeyFile | None:
    """The staged key file of an interrupted rotation of the vault ``vault_id``, if any."""
    if not (folder / NEXT_FILE).exists():
        return None
    pending = read(folder, NEXT_FILE)
    if pending.vault_id != vault_id:
        raise KeyFileError(f"{folder / NEXT_FILE} belongs to another vault; it was not used. "
                           "Move it out of the vault folder.")
    return pending


def other_vault_hint(folder: Path, keys: KeyFile) -> KeyFileError | None:
    """When the passphrase opens no slot: if ``vault.keys`` names another vault than its
    copy ``vault.keys.bak`` (a key file copied in, or its vault id edited), say that rather
    than blaming the passphrase. The vault id is bound into every slot, so an altered id
    makes every slot fail exactly like a wrong passphrase."""
    try:
        spare = read(folder, BACKUP_FILE)
    except KeyFileError:
        return None
    if spare.vault_id == keys.vault_id:
        return None
    return KeyFileError(f"The key file {folder / KEY_FILE} belongs to another vault (or its "
                        f"vault id was altered): {BACKUP_FILE} beside it names a different "
                        f"vault; if {BACKUP_FILE} opens with your passphrase, copy it over "
                        f"{KEY_FILE}.")


def atomic_write(path: Path, blob: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with hardening.open_private(tmp) as handle:
        handle.write(blob)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read(folder: Path, name: str = KEY_FILE) -> KeyFile:
    """Parse and checksum ``vault.keys``; the MAC is checked later by :func:`verify_mac`."""
    path = folder / name
    if not path.exists():
        spare = "" if name == BACKUP_FILE or not (folder / BACKUP_FILE).exists() else (
            f"; {BACKUP_FILE} beside it is its copy: copy that to {KEY_FILE} to open the vault")
        raise KeyFileError(f"The key file {path} is missing, so the vault cannot be opened"
                           f"{spare}.")
    damaged = KeyFileError(f"The key file {path} is damaged or has been altered; "
                           f"{BACKUP_FILE} beside it may be intact.")
    try:
        body = jsontext.parse(path.read_bytes())
        checksum = body.pop("checksum")
        if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
            raise ValueError("checksum")
        if body["format"] > FORMAT:
            raise KeyFileError(f"The key file {path} was written by a newer Fieldvault.")
        keys = KeyFile(_text(body["vault_id"]), [_slot(s) for s in body["slots"]],
                       _text(body["mac"]))
    except KeyFileError:
        raise
    except IsADirectoryError as exc:
        raise KeyFileError(f"{path} is a folder, not a key file; {BACKUP_FILE} beside it "
                           "may be intact.") from exc
    except OSError as exc:
        raise KeyFileError(f"The key file {path} cannot be read ({exc.strerror}).") from exc
    except _Unsafe as exc:
        raise KeyFileError(f"The key file {path} asks for key derivation settings beyond "
                           "safe limits, so it was altered or damaged; nothing was derived; "
                           f"{BACKUP_FILE} beside it may be intact.") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged from exc
    return keys


class _Unsafe(ValueError):
    """Well-formed Argon2id settings outside :func:`within_limits`."""


# What each kind of slot must carry: parameter name -> decoded length in bytes (None: int).
_SLOT_PARAMS: dict[str, dict[str, int | None]] = {
    "passphrase": {"salt": 16, "memory_kib": None, "iterations": None, "lanes": None},
    "recovery": {"salt": 16},
    "escrow": {"ephemeral": 32, "recipient": 32},
}
_KDF = {"passphrase": "argon2id", "recovery": "hkdf-sha256", "escrow": "x25519-hkdf-sha256"}
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the data key and the GCM tag


def _slot(raw: dict[str, Any]) -> Slot:
    """A slot whose every field has the type and size unlocking needs (ValueError if not),
    so a damaged file fails here in one sentence rather than deep inside a KDF or cipher."""
    slot = Slot(**raw)
    for name in ("id", "kind", "label", "created", "nonce", "wrapped"):
        _text(getattr(slot, name))
    expected = _SLOT_PARAMS.get(slot.kind)
    if expected is None or not isinstance(slot.params, dict):
        raise ValueError("slot kind")
    if slot.params.get("kdf") != _KDF[slot.kind]:
        raise ValueError("kdf")
    for key, size in expected.items():
        value = slot.params[key]
        if size is None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(key)
        elif len(b64d(_text(value))) != size:
            raise ValueError(key)
    if len(b64d(slot.nonce)) != NONCE_BYTES or len(b64d(slot.wrapped)) != WRAPPED_BYTES:
        raise ValueError("nonce or wrapped key")
    if slot.kind == "passphrase" and not within_limits(cost_of(slot)):
        raise _Unsafe("kdf cost")
    return slot


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def verify_mac(keys: KeyFile, data_key: bytearray, where: Path) -> None:
    expected = hmac.new(_mac_key(data_key), _canonical(_body(keys)), "sha256").hexdigest()
    # Compared as bytes: compare_digest refuses str with non-ASCII characters (TypeError),
    # and an edited file may hold any text here.
    if not hmac.compare_digest(expected.encode(), keys.mac.encode("utf-8", "surrogatepass")):
        raise KeyFileError(f"The key file in {where} has been altered since it was written.")


def public_key_from_pem(blob: bytes) -> X25519PublicKey:
    key = serialization.load_pem_public_key(blob)
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError("That file is not an X25519 public key.")
    return key


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def cost_of(slot: Slot) -> KdfParams:
    return KdfParams(slot.params["memory_kib"], slot.params["iterations"], slot.params["lanes"])


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
