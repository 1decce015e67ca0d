"""Numbered, linear, transactional migrations (``PRAGMA user_version``).

Contract: migration N is frozen once released; a new change is a new function appended to
``MIGRATIONS``. The vault takes an encrypted backup before the first migration runs, and each
migration runs in one transaction together with its ``user_version`` bump, so a crash leaves
the vault at N-1 or N, never in between.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine

from fieldvault import data
from fieldvault.core import palette, paragraphs
from fieldvault.core.errors import SchemaTooNew
from fieldvault.core.store import connection

SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE members (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('owner','interviewer','coder','supervisor')),
  sign_public BLOB, box_public BLOB, is_self INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
CREATE TABLE cases (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
  interview_date TEXT, location TEXT, languages TEXT NOT NULL,
  interviewer_id TEXT REFERENCES members(id),
  status TEXT NOT NULL DEFAULT 'draft', created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE attribute_defs (
  name TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('text','integer','number','boolean','choice')),
  choices TEXT);
CREATE TABLE case_attributes (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL REFERENCES attribute_defs(name), value TEXT NOT NULL,
  PRIMARY KEY (case_id, name));
CREATE TABLE transcripts (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  version INTEGER NOT NULL, text TEXT NOT NULL, created TEXT NOT NULL, author TEXT,
  UNIQUE (case_id, version));
CREATE TRIGGER transcripts_immutable BEFORE UPDATE ON transcripts
  BEGIN SELECT RAISE(ABORT, 'transcript versions are immutable'); END;
CREATE TABLE themes (
  id TEXT PRIMARY KEY, parent_id TEXT REFERENCES themes(id),
  name_en TEXT NOT NULL, name_ko TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '',
  definition TEXT NOT NULL DEFAULT '', include_note TEXT NOT NULL DEFAULT '',
  exclude_note TEXT NOT NULL DEFAULT '', example TEXT NOT NULL DEFAULT '',
  refs TEXT NOT NULL DEFAULT '[]', color TEXT NOT NULL DEFAULT '#999999',
  position INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
CREATE TABLE codings (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  theme_id TEXT NOT NULL REFERENCES themes(id), coder_id TEXT REFERENCES members(id),
  placed INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL,
  CHECK (start >= 0 AND "end" > start));
CREATE INDEX codings_case ON codings(case_id);
CREATE INDEX codings_theme ON codings(theme_id);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT NOT NULL, digest TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL);
"""

SCHEMA_2 = """
CREATE TABLE memos (
  id TEXT PRIMARY KEY, target_kind TEXT NOT NULL CHECK (target_kind IN ('case','theme','coding')),
  target_id TEXT NOT NULL, text TEXT NOT NULL, author_id TEXT REFERENCES members(id),
  created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE INDEX memos_target ON memos(target_kind, target_id);
CREATE TABLE people (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, role TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE identity_key (id INTEGER PRIMARY KEY CHECK (id = 1), key BLOB NOT NULL);
CREATE TABLE identities (
  person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  nonce BLOB NOT NULL, sealed BLOB NOT NULL);
CREATE TABLE codebook_changes (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  theme_id TEXT NOT NULL, detail TEXT NOT NULL);
CREATE INDEX cases_status ON cases(status);
CREATE INDEX transcripts_case ON transcripts(case_id, version);
"""


def _run_script(conn: Connection, script: str) -> None:
    for statement in _statements(script):
        conn.exec_driver_sql(statement)


def _statements(script: str) -> list[str]:
    """Split on ';' at line ends, keeping trigger bodies (which end in 'END;') whole."""
    out: list[str] = []
    current: list[str] = []
    for line in script.strip().splitlines():
        current.append(line)
        stripped = line.strip()
        in_trigger = current[0].lstrip().upper().startswith("CREATE TRIGGER")
        if stripped.endswith(";") and (not in_trigger or stripped.upper().endswith("END;")):
            out.append("\n".join(current))
            current = []
    return out


def upgrade_1(conn: Connection) -> None:
    _run_script(conn, SCHEMA_1)


def upgrade_2(conn: Connection) -> None:
    from fieldvault.core.search import index as search_index

    _run_script(conn, SCHEMA_2)
    search_index.create_schema(conn)
    latest = conn.exec_driver_sql(
        "SELECT case_id, text FROM transcripts t WHERE version = "
        "(SELECT max(version) FROM transcripts WHERE case_id = t.case_id)").all()
    for case_id, text in latest:
        search_index.index_document(conn, f"case:{case_id}", "transcript", text)
    themes = conn.exec_driver_sql(
        "SELECT id, name_en, name_ko, name_ru, definition FROM themes").all()
    for theme_id, *names in themes:
        search_index.index_document(conn, f"theme:{theme_id}", "theme", "\n".join(names))


SCHEMA_3 = """
CREATE TABLE refi_ids (
  kind TEXT NOT NULL, local_id TEXT NOT NULL, guid TEXT NOT NULL,
  PRIMARY KEY (kind, local_id), UNIQUE (kind, guid));
"""


def upgrade_3(conn: Connection) -> None:
    """REFI-QDA GUIDs of records that crossed a vault boundary (see core/refi/guids.py)."""
    _run_script(conn, SCHEMA_3)


SCHEMA_REVIEW = """
CREATE TABLE own_keys (
  member_id TEXT PRIMARY KEY REFERENCES members(id), sign_private BLOB NOT NULL,
  box_private BLOB NOT NULL, created TEXT NOT NULL);
CREATE TABLE review_events (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  from_status TEXT NOT NULL, to_status TEXT NOT NULL, actor_id TEXT REFERENCES members(id),
  comment TEXT NOT NULL DEFAULT '', at TEXT NOT NULL);
CREATE INDEX review_events_case ON review_events(case_id, at);
CREATE TABLE verdicts (
  coding_id TEXT PRIMARY KEY REFERENCES codings(id) ON DELETE CASCADE,
  verdict TEXT NOT NULL CHECK (verdict IN ('valid','invalid')),
  comment TEXT NOT NULL DEFAULT '', reviewer_id TEXT REFERENCES members(id), at TEXT NOT NULL);
CREATE TABLE case_reveals (
  case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  revealed_by TEXT REFERENCES members(id), at TEXT NOT NULL);
CREATE TABLE bundles (
  id TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN ('in','out')),
  peers TEXT NOT NULL, cases TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE review_conflicts (
  id TEXT PRIMARY KEY, case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('transcript','coding','person')),
  record_id TEXT NOT NULL, bundle_id TEXT NOT NULL, detail TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL);
CREATE TABLE foreign_audit (
  origin TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, target TEXT NOT NULL, digest TEXT NOT NULL, prev TEXT NOT NULL,
  hash TEXT NOT NULL, bundle_id TEXT NOT NULL, PRIMARY KEY (origin, seq));
"""


def upgrade_review(conn: Connection) -> None:
    """Members' own keys, case review history, verdicts, blind coding, exchange bundles."""
    _run_script(conn, SCHEMA_REVIEW)


SCHEMA_PRIVACY = """
CREATE TABLE redactions (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN
    ('PERSON','ORG','LOCATION','PHONE','ID','DOB','EMAIL','ADDRESS')),
  status TEXT NOT NULL CHECK (status IN ('suggested','accepted','rejected')),
  source TEXT NOT NULL, person_id TEXT REFERENCES people(id),
  reason TEXT NOT NULL DEFAULT '', decided_by TEXT REFERENCES members(id), decided_at TEXT,
  placed INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL,
  CHECK (start >= 0 AND "end" > start));
CREATE INDEX redactions_case ON redactions(case_id, status);
CREATE TABLE gazetteer_terms (
  id TEXT PRIMARY KEY, category TEXT NOT NULL, term TEXT NOT NULL, created TEXT NOT NULL,
  UNIQUE (category, term));
"""


def upgrade_privacy(conn: Connection) -> None:
    """Redactions (suggested / accepted / rejected spans) and the vault's own gazetteer terms.

    A redaction's span is on ``transcript_id``; ``placed = 0`` when a later version could
    not carry it over. Gazetteer terms hold "always treat this term as ..." choices (not
    people: their names live in the sealed identity store).
    """
    _run_script(conn, SCHEMA_PRIVACY)


SCHEMA_SEALED = """
CREATE TABLE sealed_transcripts (
  transcript_id TEXT PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
  nonce BLOB NOT NULL, sealed BLOB NOT NULL, sealed_at TEXT NOT NULL);
DROP TRIGGER transcripts_immutable;
CREATE TRIGGER transcripts_immutable BEFORE UPDATE ON transcripts
  WHEN NOT (NEW.text = '' AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id
            AND NEW.version = OLD.version AND NEW.created = OLD.created
            AND NEW.author IS OLD.author
            AND EXISTS (SELECT 1 FROM sealed_transcripts WHERE transcript_id = OLD.id))
  BEGIN SELECT RAISE(ABORT, 'transcript versions are immutable'); END;
"""


def upgrade_sealed_versions(conn: Connection) -> None:
    """Earlier transcript versions sealed under the identity key once names were replaced.

    A version stays a row (its id, number, codings and redactions keep pointing at it); only
    its ``text`` may be blanked, and only after a ``sealed_transcripts`` row holds it. That is
    the one update the immutability trigger now lets through. Crypto-shredding deletes the
    sealed rows, which leaves the blanked versions as tombstones.
    """
    _run_script(conn, SCHEMA_SEALED)


SCHEMA_SCANS = """
CREATE TABLE privacy_scans (
  case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
  scanned_at TEXT NOT NULL);
"""


def upgrade_privacy_scans(conn: Connection) -> None:
    """Which transcript version of each case was last scanned for identifying details.

    No row: the case was never scanned. A row naming another version than the current one:
    the text changed since the scan, so exports scan it again before withholding.
    """
    _run_script(conn, SCHEMA_SCANS)


SCHEMA_ALLOWED = """
CREATE TABLE allowed_terms (
  id TEXT PRIMARY KEY, term TEXT NOT NULL UNIQUE, added_by TEXT REFERENCES members(id),
  created TEXT NOT NULL);
"""


def upgrade_allowed_terms(conn: Connection) -> None:
    """The vault's allow list: words a person declared safe to show in strict exports."""
    _run_script(conn, SCHEMA_ALLOWED)


#: Theme columns holding English text -> the codebook key of that text (see codebook.json).
TRANSLATED_TEXTS = {"definition": "definition", "include_note": "include",
                    "exclude_note": "exclude", "example": "example"}
TRANSLATION_LANGUAGES = ("ko", "ru")


def upgrade_theme_translations(conn: Connection) -> None:
    """Korean and Russian versions of each theme's definition, notes and example (nullable).

    A theme that came from the packaged codebook gets the packaged translation of a text only
    while its English text is still the packaged one: a text the researcher edited keeps no
    translation of the old wording.
    """
    for column in TRANSLATED_TEXTS:
        for lang in TRANSLATION_LANGUAGES:
            conn.exec_driver_sql(f"ALTER TABLE themes ADD COLUMN {column}_{lang} TEXT")
    packaged = {t["id"]: t for t in _packaged_themes()}
    rows = conn.exec_driver_sql(
        "SELECT id, definition, include_note, exclude_note, example FROM themes").all()
    for theme_id, *english in rows:
        seed = packaged.get(theme_id)
        if seed is None:
            continue
        for (column, key), text in zip(TRANSLATED_TEXTS.items(), english, strict=True):
            if text != seed.get(key):
                continue
            for lang in TRANSLATION_LANGUAGES:
                conn.exec_driver_sql(f"UPDATE themes SET {column}_{lang} = ? WHERE id = ?",
                                     (seed.get(f"{key}_{lang}"), theme_id))


SCHEMA_DRAFTS = """
CREATE TABLE drafts (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('place','transcript','memo')),
  case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
  target_kind TEXT, target_id TEXT, memo_id TEXT, base_version INTEGER,
  text TEXT NOT NULL DEFAULT '', cursor INTEGER NOT NULL DEFAULT 0,
  anchor INTEGER NOT NULL DEFAULT 0, scroll INTEGER NOT NULL DEFAULT 0,
  tab INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
"""


def upgrade_drafts(conn: Connection) -> None:
    """Unsaved work kept at lock (memo text, transcript edits, the open case and position),
    inside the encrypted database; a purged case takes its drafts with it."""
    _run_script(conn, SCHEMA_DRAFTS)


def upgrade_theme_colours(conn: Connection) -> None:
    """One colour per theme: themes sharing a colour (a whole group did) get their own.

    The first theme in tree order keeps the colour (a group's parent); the later ones get
    colours of their own near its hue (see :func:`fieldvault.core.palette.spread`).
    """
    rows = conn.exec_driver_sql(
        "SELECT id, parent_id, color FROM themes ORDER BY position, id").all()
    children: dict[str | None, list[tuple[str, str]]] = {}
    for theme_id, parent, color in rows:
        children.setdefault(parent, []).append((theme_id, color))
    ordered: list[tuple[str, str]] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        theme_id, color = stack.pop()
        ordered.append((theme_id, color))
        stack.extend(reversed(children.get(theme_id, [])))
    for theme_id, color in palette.spread(ordered).items():
        conn.exec_driver_sql("UPDATE themes SET color = ? WHERE id = ?", (color, theme_id))


def _packaged_themes() -> list[dict[str, Any]]:
    """The themes of the codebook shipped with this Fieldvault (read as plain JSON)."""
    with data.path(data.CODEBOOK).open(encoding="utf-8") as handle:
        return list(json.load(handle)["themes"])


SCHEMA_ATTACHMENTS = """
CREATE TABLE attachments (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('audio','image','document')),
  format TEXT NOT NULL, size INTEGER NOT NULL CHECK (size >= 0), duration REAL,
  orientation INTEGER NOT NULL DEFAULT 1, removed TEXT NOT NULL DEFAULT '[]',
  file_key BLOB NOT NULL CHECK (length(file_key) = 32), created TEXT NOT NULL);
CREATE INDEX attachments_case ON attachments(case_id, created);
"""


def upgrade_attachments(conn: Connection) -> None:
    """Encrypted attachments (core/attachments): one row per file with its random key; the
    sealed bytes are a file per attachment in ``attachments/`` beside vault.db. Deleting a
    case deletes its rows (and so its keys); the files left without a row are removed by
    the next scrub."""
    _run_script(conn, SCHEMA_ATTACHMENTS)


def upgrade_search_cases(conn: Connection) -> None:
    """The search index keeps one copy of each text: the normalised text and the word
    offsets are no longer stored (the norm table becomes contentless and is filled again).
    It also holds each case's code, title, location and attribute values (documents
    ``info:<case id>``, indexed as kind ``transcript``: the index's kinds are families, and
    both belong to the case)."""
    from fieldvault.core.search import index as search_index

    search_index.drop_stored_norms(conn)
    search_index.create_schema(conn)  # the layout the index code below writes (source_id)
    for doc_id, kind, text in _search_documents(conn):
        search_index.index_document(conn, doc_id, kind, text)


def _search_documents(conn: Connection) -> list[tuple[str, str, str]]:
    """The documents ``upgrade_search_cases`` adds to the index (as the search service
    writes them: :func:`search.index.case_info_text`)."""
    from fieldvault.core.search.index import case_info_text

    values: dict[str, list[str]] = {}
    for case_id, value in conn.exec_driver_sql(
            "SELECT case_id, value FROM case_attributes ORDER BY case_id, name"):
        values.setdefault(case_id, []).append(value)
    return [(f"info:{case_id}", "transcript",
             case_info_text(code, title, location, values.get(case_id, [])))
            for case_id, code, title, location in conn.exec_driver_sql(
                "SELECT id, code, title, location FROM cases")]


SCHEMA_AUDIO_CODINGS = """
CREATE TABLE audio_codings (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
  start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
  theme_id TEXT NOT NULL REFERENCES themes(id), coder_id TEXT REFERENCES members(id),
  created TEXT NOT NULL, CHECK (start_ms >= 0 AND end_ms > start_ms));
CREATE INDEX audio_codings_case ON audio_codings(case_id, attachment_id, start_ms);
CREATE INDEX audio_codings_theme ON audio_codings(theme_id);
"""


def upgrade_audio_codings(conn: Connection) -> None:
    """Codings of a recording's time span (core/attachments/segments.py), apart from the
    text codings: they have no transcript version and no character offsets."""
    _run_script(conn, SCHEMA_AUDIO_CODINGS)


#: The write (audit sequence number) a change belongs to: its transaction appends the audit
#: entry after its data, so that entry's number is the current last one plus one.
_THIS_WRITE = "(SELECT COALESCE(max(seq), 0) + 1 FROM audit)"
#: How many writes back the change log reaches (older entries are dropped as writes come).
ANALYSIS_CHANGES_KEPT = 5000


def _change_trigger(name: str, event: str, table: str, case: str) -> str:
    """A trigger logging that ``case`` (an SQL expression; '' = every case) changed."""
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
            f"INSERT OR IGNORE INTO analysis_changes (gen, case_id) SELECT {_THIS_WRITE}, "
            f"{case}; END;")


def _analysis_changes_script() -> str:
    triggers = []
    for table, new, old in (("codings", "NEW.case_id", "OLD.case_id"),
                            ("cases", "NEW.id", "OLD.id"),
                            ("case_attributes", "NEW.case_id", "OLD.case_id"),
                            ("case_reveals", "NEW.case_id", "OLD.case_id"),
                            ("transcripts", "NEW.case_id", "OLD.case_id"),
                            ("audio_codings", "NEW.case_id", "OLD.case_id")):
        triggers += [_change_trigger(f"{table}_changed_insert", "INSERT", table, new),
                     _change_trigger(f"{table}_changed_delete", "DELETE", table, old),
                     _change_trigger(f"{table}_changed_update", "UPDATE", table,
                                     f"{old} UNION SELECT {_THIS_WRITE}, {new}")]
    # a verdict belongs to its coding's case (a cascade from a deleted coding finds none:
    # the coding's own trigger logged the case)
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        triggers.append(
            f"CREATE TRIGGER verdicts_changed_{event.lower()} AFTER {event} ON verdicts BEGIN "
            f"INSERT OR IGNORE INTO analysis_changes (gen, case_id) SELECT {_THIS_WRITE}, "
            f"case_id FROM codings WHERE id = {row}.coding_id; END;")
    # the theme tree, member names and roles, attribute definitions: every case (a new
    # member or attribute definition changes nothing until a case uses it; a new theme
    # changes the tree the rows roll up through; theme names and colours are read afresh)
    for table, events in (("themes", ("INSERT", "UPDATE OF id, parent_id", "DELETE")),
                          ("members", ("UPDATE OF id, name, role, is_self", "DELETE")),
                          ("attribute_defs", ("UPDATE", "DELETE"))):
        for event in events:
            name = f"{table}_changed_{event.split()[0].lower()}"
            triggers.append(_change_trigger(name, event, table, "''"))
    triggers.append(f"CREATE TRIGGER analysis_changes_prune AFTER INSERT ON audit BEGIN "
                    f"DELETE FROM analysis_changes WHERE gen <= NEW.seq - "
                    f"{ANALYSIS_CHANGES_KEPT}; END;")
    return SCHEMA_ANALYSIS_CHANGES + "\n".join(triggers)


SCHEMA_ANALYSIS_CHANGES = """
CREATE TABLE analysis_changes (
  gen INTEGER NOT NULL, case_id TEXT NOT NULL, PRIMARY KEY (gen, case_id)) WITHOUT ROWID;
"""


def upgrade_analysis_changes(conn: Connection) -> None:
    """Which cases each write changed, for the analysis views (core/analysis/service.py):
    a view computed at one write is brought up to date by recomputing only those cases.
    Triggers log every change to what the views read, in the writing transaction, keyed by
    the audit entry that transaction appends (case '' = every case: a codebook, member or
    attribute-definition change); entries older than ANALYSIS_CHANGES_KEPT writes are
    dropped. An existing vault starts with an empty log (its views start from scratch)."""
    _run_script(conn, _analysis_changes_script())


SCHEMA_SEARCH_SOURCES = """
DROP VIEW search_source;
CREATE VIEW search_source(id, body) AS SELECT id, text FROM transcripts;
CREATE TRIGGER search_source_deleted AFTER DELETE ON transcripts
  BEGIN INSERT OR IGNORE INTO search_retired(id, body)
        SELECT id, OLD.text FROM search_doc WHERE source_id = OLD.id; END;
CREATE TRIGGER search_source_blanked AFTER UPDATE OF text ON transcripts
  BEGIN INSERT OR IGNORE INTO search_retired(id, body)
        SELECT id, OLD.text FROM search_doc WHERE source_id = OLD.id; END;
UPDATE search_doc SET source_id = (
    SELECT t.id FROM transcripts t WHERE t.case_id = substr(search_doc.doc_id, 6)
    ORDER BY t.version DESC LIMIT 1), body = ''
  WHERE doc_id LIKE 'case:%' AND body = (
    SELECT t.text FROM transcripts t WHERE t.case_id = substr(search_doc.doc_id, 6)
    ORDER BY t.version DESC LIMIT 1);
"""


def upgrade_search_sources(conn: Connection) -> None:
    """The search index stops keeping a second copy of each transcript: a case's document
    points at its current transcript version (``search_doc.source_id``) and reads the text
    from there (the view ``search_source``). A document whose stored text is not its case's
    current version keeps its own copy. When a version row is deleted or blanked (sealed),
    triggers keep the text the index holds in ``search_retired`` until the search service
    removes those terms in the same write (core/search/index.py). The freed copies are
    overwritten at once (``secure_delete``); the file shrinks at the next scrub."""
    from fieldvault.core.search import index as search_index

    search_index.create_schema(conn)
    _run_script(conn, SCHEMA_SEARCH_SOURCES)


SCHEMA_TRANSCRIPT_REFERENCES = """
CREATE INDEX IF NOT EXISTS codings_transcript ON codings(transcript_id);
CREATE INDEX IF NOT EXISTS redactions_transcript ON redactions(transcript_id);
CREATE INDEX IF NOT EXISTS privacy_scans_transcript ON privacy_scans(transcript_id);
"""


def upgrade_transcript_references(conn: Connection) -> None:
    """Index every column that references a transcript. Deleting a transcript (with its
    case) makes SQLite look for rows still referring to it; without an index that is a
    scan of the whole table per transcript: at 10,000 cases, 2 of the 10 seconds of
    deleting 200 cases went to scanning ``codings`` 200 times."""
    _run_script(conn, SCHEMA_TRANSCRIPT_REFERENCES)


SCHEMA_CODINGS_ANALYSIS = """
CREATE INDEX IF NOT EXISTS codings_analysis
  ON codings(case_id, theme_id, placed, start, "end", coder_id, id);
DROP INDEX IF EXISTS codings_case;
"""


def upgrade_codings_analysis(conn: Connection) -> None:
    """One index holding every column the analysis views read of a coding, led by its case
    (core/analysis/service.py): a view computed from every case walks the cases and reads
    their codings from the index alone, in case and theme order, with no lookup into the
    table per coding (at 10,000 cases, 45,000 random reads of encrypted pages). It replaces
    the index on ``case_id`` alone (its leading column serves the same lookups)."""
    _run_script(conn, SCHEMA_CODINGS_ANALYSIS)


SCHEMA_PARAGRAPH_BREAKS = """
CREATE TABLE IF NOT EXISTS transcript_paragraphs (
  transcript_id TEXT PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
  breaks BLOB NOT NULL) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS transcript_paragraphs_blanked AFTER UPDATE OF text ON transcripts
  BEGIN DELETE FROM transcript_paragraphs WHERE transcript_id = OLD.id; END;
DROP INDEX IF EXISTS codings_analysis;
CREATE INDEX codings_analysis
  ON codings(case_id, transcript_id, theme_id, placed, start, "end", coder_id, id);
"""


def upgrade_paragraph_breaks(conn: Connection) -> None:
    """The paragraph breaks of every transcript version, kept beside it
    (``transcript_paragraphs``: the offsets packed by :mod:`fieldvault.core.paragraphs`),
    so that "same paragraph" co-occurrence reads no transcript text. A version's text never
    changes, so its row is written once with it (store/models.py) and backfilled here; the
    one allowed update, blanking a sealed version, drops the row (readers then take the
    breaks of the blank text). The analysis index gains each coding's transcript version,
    right after its case, so the views read a coding's version from the index alone and
    group a case's codings by version."""
    _run_script(conn, SCHEMA_PARAGRAPH_BREAKS)
    ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM transcripts")]
    for first in range(0, len(ids), 200):  # a few texts in memory at a time
        chunk = ids[first:first + 200]
        marks = ", ".join("?" * len(chunk))
        rows = conn.exec_driver_sql(f"SELECT id, text FROM transcripts WHERE id IN ({marks})",
                                    tuple(chunk)).all()
        conn.exec_driver_sql("INSERT OR REPLACE INTO transcript_paragraphs "
                             "(transcript_id, breaks) VALUES (?, ?)",
                             [(row[0], paragraphs.packed_breaks(row[1])) for row in rows])


def upgrade_fts_leaf_size(conn: Connection) -> None:
    """The search indexes are written again in leaves that fit in one page
    (``search_index.LEAF_SIZE``): deleting a case rewrites half as many pages, and the
    index is smaller. Once, about a second per 4,000 interviews."""
    from fieldvault.core.search import index as search_index

    search_index.fit_leaves(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [upgrade_1, upgrade_2, upgrade_3, upgrade_review,
                                                   upgrade_privacy, upgrade_sealed_versions,
                                                   upgrade_privacy_scans, upgrade_allowed_terms,
                                                   upgrade_theme_translations,
                                                   upgrade_attachments, upgrade_drafts,
                                                   upgrade_theme_colours, upgrade_search_cases,
                                                   upgrade_audio_codings,
                                                   upgrade_analysis_changes,
                                                   upgrade_search_sources,
                                                   upgrade_transcript_references,
                                                   upgrade_codings_analysis,
                                                   upgrade_paragraph_breaks,
                                                   upgrade_fts_leaf_size]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine, before_first: Callable[[int], None] | None = None,
            target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``; return the version it had before.

    ``before_first(version)`` runs once before any migration of an existing vault (version
    > 0), to take the encrypted backup.
    """
    version = current_version(engine)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"This vault uses schema {version}, but this Fieldvault only knows "
                           f"up to {SCHEMA_VERSION}; please update Fieldvault to open it.")
    if 0 < version < target and before_first is not None:
        before_first(version)
    for number in range(version + 1, target + 1):
        with connection.writer(engine).begin() as conn:
            MIGRATIONS[number - 1](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {number}")
    return version
