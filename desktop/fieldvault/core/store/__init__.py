"""The vault on disk: the SQLCipher connection, key slots, migrations, models, audit."""
