"""Encrypted attachments of a case: recordings, photos and kept original documents.

``stream`` is the chunked AEAD engine, ``source`` / ``sniff`` and one module per format strip
metadata on intake (all pure: no store, no records); ``service`` binds them to the vault
(``vault.attachments``).
"""
