"""The vault's records: cases, transcripts, codings, codebook, memos, people, members, review."""
