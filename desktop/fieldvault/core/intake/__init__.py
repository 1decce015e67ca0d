"""Bringing documents in: pure readers of .txt, .docx, .odt, .hwpx, .rtf and text PDFs.

Each reader takes the bytes of one file (read once, bounded, by :mod:`.files`) and returns
plain text, or raises one :class:`~fieldvault.core.errors.InputError` sentence naming the file
and never quoting its content. Nothing here touches the vault; :mod:`.service` stores what
the readers return (``vault.intake``).
"""
