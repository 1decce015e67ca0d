from __future__ import annotations

import pytest
from reviewkit import MakeVault, new_case, theme_ids
from sqlmodel import select

from fieldvault.core.errors import FieldvaultError, InputError, Refused
from fieldvault.core.exchange.identity import fingerprint, parse_identity_text
from fieldvault.core.store.models import Member, OwnKeys
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE


def test_keys_are_made_once_at_first_use_and_kept_inside_the_vault(vault: Vault) -> None:
    with vault.session() as session:
        assert session.exec(select(OwnKeys)).all() == []
    me = vault.members.me()
    again = vault.members.me()
    assert me.text == again.text
    identity = parse_identity_text(me.text)
    assert (identity.name, identity.role) == ("tester", "interviewer")
    assert me.signing_fingerprint == fingerprint(identity.ed25519_public)
    with vault.session() as session:
        row = session.exec(select(OwnKeys)).one()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = Ed25519PrivateKey.from_private_bytes(row.sign_private).public_key()
    assert public.public_bytes_raw() == identity.ed25519_public
    path = vault.path
    vault.lock()
    with Vault.open(path, Passphrase(PASSPHRASE)) as reopened:
        assert reopened.members.me().text == me.text  # stored, not regenerated
    for file in path.rglob("*"):
        if file.is_file():
            assert row.sign_private not in file.read_bytes()  # SQLCipher encrypts it


def test_add_list_and_refusals(make_vault: MakeVault) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    text = sam.members.me().text
    added = ira.members.add(text)
    assert (added.name, added.role) == ("sam", "supervisor")
    assert added.signing_fingerprint == sam.members.me().signing_fingerprint
    rows = {m.name: m for m in ira.members.list()}
    assert rows["ira"].is_self and not rows["sam"].is_self
    with pytest.raises(Refused, match="already known as member 'sam'"):
        ira.members.add(text)
    with pytest.raises(Refused, match="already known as you"):
        ira.members.add(ira.members.me().text)
    with pytest.raises(InputError, match="not a member role"):
        ira.members.add(make_vault("cody", "coder").members.me().text, role="boss")
    with pytest.raises(FieldvaultError, match="damaged"):
        ira.members.add("fieldvault-member:1:garbage")


def test_role_given_here_overrides_the_claimed_one(make_vault: MakeVault) -> None:
    ira, eve = make_vault("ira", "interviewer"), make_vault("eve", "supervisor")
    added = ira.members.add(eve.members.me().text, role="coder")
    assert added.role == "coder"
    assert ira.members.set_role("eve", "interviewer").role == "interviewer"


def test_a_coder_known_by_name_gets_the_keys_of_their_identity(make_vault: MakeVault) -> None:
    sam, cody = make_vault("sam", "supervisor"), make_vault("cody", "coder")
    code = new_case(sam)
    sam.codings.add(code, theme_ids(sam)[0], 0, 5, coder="cody")  # a name only
    with sam.session() as session:
        before = session.exec(select(Member).where(Member.name == "cody")).one()
    assert before.sign_public is None
    added = sam.members.add(cody.members.me().text)
    assert added.id == before.id and added.signing_fingerprint is not None


def test_renaming_yourself_changes_the_actor_of_later_writes(vault: Vault) -> None:
    vault.members.update_self(name="field-7", role="supervisor")
    assert vault.me.name == "field-7" and vault.actor_name == "field-7"
    with pytest.raises(InputError):
        vault.members.update_self(role="boss")


def test_an_identity_may_not_take_the_owners_name(make_vault: MakeVault) -> None:
    ira, other = make_vault("ira", "interviewer"), make_vault("ira2", "coder")
    other_text = other.members.me().text
    other.members.update_self(name="ira")  # the same display name as ira's owner
    with pytest.raises(Refused, match="your own name"):
        ira.members.add(other.members.me().text)
    assert other.members.me().text != other_text  # the name is part of the identity text


def test_subscribers_see_the_new_owner_role_when_told(vault: Vault) -> None:
    seen: list[str] = []
    vault.subscribe(lambda change: seen.append(vault.me.role))
    vault.members.update_self(role="supervisor")
    assert seen == ["supervisor"]
