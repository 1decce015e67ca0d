"""Key-slot operations on an unlocked vault: list, add, rename, change, remove, rotate.

Removing a slot always rotates the data key: a copy of the old key file would otherwise still
open the vault with the removed secret. Rotation needs the secret of every passphrase slot
that should survive; slots whose secret is not given are dropped, a recovery slot is replaced
by a new code, and escrow slots are re-wrapped to the same organisation key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from fieldvault.core import passphrase as passphrase_strength
from fieldvault.core.errors import InputError, Refused, WrongSecret
from fieldvault.core.store import keyslots

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


@dataclass(frozen=True)
class SlotInfo:
    id: str
    kind: str
    label: str
    created: str


@dataclass(frozen=True)
class RotateResult:
    recovery_code: str | None
    kept: list[str]
    dropped: list[str]


class KeyService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self) -> list[SlotInfo]:
        return [SlotInfo(s.id, s.kind, s.label, s.created) for s in self.vault.keyfile.slots]

    def note_use(self) -> None:
        """Record (in the audit log) that the slot which opened this vault was used now."""
        slot_id = self.vault.unlocked_slot
        if slot_id is not None:
            with self.vault.write("keys.used", f"slot:{slot_id}", {}):
                pass

    def last_used(self) -> dict[str, str]:
        """Slot id -> UTC time of its last recorded use (see :meth:`note_use`)."""
        used: dict[str, str] = {}
        for entry in self.vault.audit_entries("slot:"):
            if entry.action == "keys.used":
                used[entry.target.removeprefix("slot:")] = entry.at
        return used

    def add_passphrase(self, label: str, passphrase: str,
                       cost: keyslots.KdfParams | None = None) -> SlotInfo:
        self._check_label(label)
        check_passphrase(passphrase)
        slot = keyslots.passphrase_slot(self.vault.keyfile.vault_id, label, passphrase,
                                        self.vault.data_key, cost or keyslots.calibrate())
        return self._append(slot, "keys.add")

    def add_escrow(self, label: str, organisation: X25519PublicKey) -> SlotInfo:
        self._check_label(label)
        slot = keyslots.escrow_slot(self.vault.keyfile.vault_id, label, organisation,
                                    self.vault.data_key)
        return self._append(slot, "keys.add")

    def rename(self, slot_name: str, new_label: str) -> None:
        self._check_label(new_label)
        slot = self.vault.keyfile.slot(slot_name)
        slot.label = new_label
        self._save("keys.rename", slot.id)

    def change_passphrase(self, slot_name: str, new_passphrase: str) -> None:
        """Re-wrap one passphrase slot under a new passphrase (the data key stays)."""
        check_passphrase(new_passphrase)
        old = self.vault.keyfile.slot(slot_name)
        if old.kind != "passphrase":
            raise Refused(f"Slot '{old.label}' is not a passphrase slot.")
        new = keyslots.passphrase_slot(self.vault.keyfile.vault_id, old.label, new_passphrase,
                                       self.vault.data_key, keyslots.cost_of(old), old.id)
        slots = self.vault.keyfile.slots
        slots[slots.index(old)] = new
        self._save("keys.passwd", old.id)

    def remove(self, slot_name: str, passphrases: dict[str, str]) -> RotateResult:
        """Remove a slot and rotate the data key (see module docstring)."""
        slot = self.vault.keyfile.slot(slot_name)
        if len(self.vault.keyfile.slots) == 1:
            raise Refused("This is the vault's only key slot; add another before removing it.")
        return self.rotate(passphrases, drop=slot.id)

    def new_recovery_code(self, passphrases: dict[str, str]) -> RotateResult:
        """Replace the recovery code: the old one stops working (this rotates the key)."""
        return self.rotate(passphrases, new_recovery=True)

    def rotate(self, passphrases: dict[str, str], drop: str | None = None,
               new_recovery: bool = False) -> RotateResult:
        """New data key, every kept slot re-wrapped, database re-encrypted (``PRAGMA rekey``).

        ``passphrases`` maps slot labels to their passphrases; at least one passphrase slot
        must survive.
        """
        old = self.vault.keyfile
        new_key = keyslots.new_data_key()
        new_keys = keyslots.KeyFile(old.vault_id)
        code, kept, dropped = None, [], []
        for slot in old.slots:
            rebuilt, fresh_code = self._rewrap(slot, new_key, passphrases, new_recovery)
            if slot.id == drop or rebuilt is None:
                dropped.append(slot.label)
                continue
            code = fresh_code or code
            new_keys.slots.append(rebuilt)
            kept.append(slot.label)
        if not new_keys.kinds("passphrase"):
            raise Refused("No passphrase slot would remain; give the passphrase of a slot to "
                          "keep.")
        self.vault.rekey(new_keys, new_key, "keys.rotate", {"kept": kept, "dropped": dropped})
        return RotateResult(code, kept, dropped)

    def _rewrap(self, slot: keyslots.Slot, new_key: bytearray, passphrases: dict[str, str],
                new_recovery: bool) -> tuple[keyslots.Slot | None, str | None]:
        vault_id = self.vault.keyfile.vault_id
        if slot.kind == "recovery":
            code = keyslots.new_recovery_code()
            return keyslots.recovery_slot(vault_id, slot.label, code, new_key), code
        if slot.kind == "escrow":
            org = X25519PublicKey.from_public_bytes(keyslots.b64d(slot.params["recipient"]))
            return keyslots.escrow_slot(vault_id, slot.label, org, new_key), None
        secret = passphrases.get(slot.label)
        if secret is None:
            return None, None
        probe = keyslots.KeyFile(vault_id, [slot])
        try:
            keyslots.unlock_with_passphrase(probe, secret, slot.id)
        except WrongSecret as exc:
            raise WrongSecret(f"The passphrase given for slot '{slot.label}' is wrong.") from exc
        return keyslots.passphrase_slot(vault_id, slot.label, secret, new_key,
                                        keyslots.cost_of(slot), slot.id), None

    def _append(self, slot: keyslots.Slot, action: str) -> SlotInfo:
        self.vault.keyfile.slots.append(slot)
        self._save(action, slot.id)
        return SlotInfo(slot.id, slot.kind, slot.label, slot.created)

    def _save(self, action: str, slot_id: str) -> None:
        keyslots.write(self.vault.path, self.vault.keyfile, self.vault.data_key)
        with self.vault.write(action, f"slot:{slot_id}", {}):
            pass

    def _check_label(self, label: str) -> None:
        if not label.strip():
            raise InputError("A key slot needs a label.")
        if any(s.label == label for s in self.vault.keyfile.slots):
            raise InputError(f"A key slot named '{label}' already exists.")


def check_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase below the floor of :mod:`fieldvault.core.passphrase`."""
    verdict = passphrase_strength.assess(passphrase)
    if verdict.problem is not None:
        raise InputError(verdict.problem)


def same_recovery_code(typed: str, code: str) -> bool:
    """Whether ``typed`` is ``code`` as a reader would accept it (spacing, hyphens, case and
    O/I/L for 0/1/1 do not matter); for confirming a code by typing it again."""
    return keyslots.clean_recovery_code(typed) == keyslots.clean_recovery_code(code)
