"""Vault on disk: key slots, the SQLCipher connection, migrations, the open vault."""
