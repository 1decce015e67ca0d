"""The open case's attachments: list, add, remove, save a copy, view a photo, play audio.

Adding, saving and removing files run on the task runner's threads; listing a case's
attachments and segments and opening a recording are short reads on the UI thread, as the
workbench's other panels do. Photos are decoded from memory (``QImage.fromData``) and turned upright
from the orientation recorded on intake; recordings play through a
:class:`DecryptingDevice`, so neither is ever decrypted to a file. Playback needs Qt
Multimedia; without it the panel says so and still lists, adds and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence, QPixmap, QTransform
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.core.errors import FieldvaultError
from fieldvault.ui.messages import ask, file_dialog, show_error
from fieldvault.ui.models.attachments import AttachmentModel, duration_text, removed_text
from fieldvault.ui.models.audio_segments import AudioSegmentModel, position_text
from fieldvault.ui.session import VaultSession
from fieldvault.ui.tasks import TaskRunner
from fieldvault.ui.widgets.media_device import (
    DecryptingDevice,
    multimedia,
    new_player,
    ready_states,
    release,
    send,
)
from fieldvault.ui.widgets.tables import record_table

# EXIF orientation -> the transform that shows the stored pixels upright.
ORIENTATIONS = {2: QTransform.fromScale(-1, 1), 3: QTransform().rotate(180),
                4: QTransform.fromScale(1, -1), 5: QTransform(0, 1, 1, 0, 0, 0),
                6: QTransform().rotate(90), 7: QTransform(0, -1, -1, 0, 0, 0),
                8: QTransform().rotate(270)}
FILTER = "*.wav *.mp3 *.m4a *.ogg *.opus *.jpg *.jpeg *.png *.heic *.heif"


def upright(image: QImage, orientation: int) -> QImage:
    """``image`` turned as its EXIF orientation says (1 or unknown: unchanged)."""
    transform = ORIENTATIONS.get(orientation)
    return image if transform is None else image.transformed(transform)


class AttachmentsPanel(QWidget):
    changed = Signal()  # after an add or a remove, on the UI thread
    segment_requested = Signal(str, int, int)  # attachment id, start ms, end ms: pick a theme

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: VaultSession | None = None
        self.code: str | None = None
        self.runner = runner or TaskRunner(self)
        self.device: DecryptingDevice | None = None
        self.player: Any = None
        self.image: QImage | None = None
        self._pending: int | None = None  # a position to seek to once the media has loaded
        self._until: int | None = None  # pause when playback reaches this position
        self._build()
        self._enable()

    def _build(self) -> None:
        self.model = AttachmentModel(self)
        self.table = record_table(self.model, self.tr("Attachments of this case"),
                                  "attachments-table")
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.choose_files)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.choose_copy)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.status = QLabel()
        self.status.setObjectName("attachment-status")
        self.status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("attachment-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setVisible(False)  # shown for a photo only
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setAccessibleName(self.tr("Playback position"))
        self.position.sliderMoved.connect(self.seek)
        self.clock = QLabel()
        self._build_segments()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.position, 1)
        transport.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
        layout.addLayout(transport)
        layout.addLayout(self.marks)
        layout.addWidget(self.segment_table, 1)
        layout.addWidget(self.status)

    def _build_segments(self) -> None:
        """Mark in / mark out at the player's position, code the span, list the segments."""
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        # how a segment's theme is named (the workbench sets its own, translated)
        self.theme_label: Callable[[AudioSegment], str] = lambda segment: segment.theme_name
        # how a segment is coded and removed; the workbench puts both on its undo history.
        # Each returns the result, or None/False after showing its own error.
        self.add_segment: Callable[[str, str, int, int], AudioSegment | None] = self._add_now
        self.drop_segment: Callable[[AudioSegment], bool] = self._drop_now
        self.in_button = QPushButton(self.tr("Mark in"))
        self.in_button.clicked.connect(lambda: self.set_mark(True))
        self.out_button = QPushButton(self.tr("Mark out"))
        self.out_button.clicked.connect(lambda: self.set_mark(False))
        self.code_button = QPushButton(self.tr("Code segment…"))
        self.code_button.clicked.connect(self.request_segment)
        self.marked = QLabel()
        self.marked.setObjectName("segment-marks")
        self.marks = QHBoxLayout()
        for widget in (self.in_button, self.out_button, self.code_button):
            self.marks.addWidget(widget)
        self.marks.addWidget(self.marked, 1)
        self.segment_model = AudioSegmentModel(self, theme_label=lambda s: self.theme_label(s))
        self.segment_table = record_table(self.segment_model,
                                          self.tr("Coded segments of this case"),
                                          "segments-table")
        self.segment_table.activated.connect(self._segment_activated)
        self.remove_segment_action = QAction(self.tr("Remove segment"), self.segment_table)
        self.remove_segment_action.triggered.connect(self.remove_segment)
        self.segment_table.addAction(self.remove_segment_action)
        self.segment_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.segment_table.installEventFilter(self)  # Delete removes (before any shortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Delete in the segment list removes the segment there, not the workbench's
        current text coding (whose Delete shortcut covers this panel too)."""
        if (watched is self.segment_table and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.remove_segment()
                return True
        return super().eventFilter(watched, event)

    # --- the case ---------------------------------------------------------------------------

    def set_case(self, session: VaultSession | None, code: str | None,
                 listed: tuple[list[AttachmentInfo], list[AudioSegment]] | None = None) -> None:
        """Show ``code``'s attachments and segments (``listed`` when the caller has just
        read them); ``(None, None)`` on lock forgets running jobs too."""
        self.stop()
        if session is None:
            self.runner.forget()
        self.session, self.code = session, code
        self.reload(listed)

    def reload(self, listed: tuple[list[AttachmentInfo], list[AudioSegment]] | None = None
               ) -> None:
        if self.session is None or self.code is None or not self.session.is_open:
            self.model.clear()
            self.segment_model.clear()
        else:
            attachments, segments = listed or (
                self.session.vault.attachments.list(self.code),
                self.session.vault.attachments.segments.visible(self.code))
            self.model.set_rows(attachments)
            self.segment_model.set_rows(segments)
        self._show(None)
        self._enable()

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _picked(self, *_args: QItemSelection) -> None:
        self.stop()
        self.mark_in = self.mark_out = None
        self._show_marks()
        self._show(self.selected())
        self._enable()

    def _enable(self) -> None:
        has_case = self.code is not None and self.session is not None
        chosen = self.selected()
        self.add_button.setEnabled(has_case)
        self.save_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        audio = chosen is not None and chosen.kind == "audio" and multimedia() is not None
        self.play_button.setEnabled(audio)
        self.position.setEnabled(audio and self.player is not None)
        for button in (self.in_button, self.out_button):
            button.setEnabled(audio and self.player is not None)
        self.code_button.setEnabled(audio and self._span() is not None)

    # --- coding segments --------------------------------------------------------------------

    def set_mark(self, start: bool) -> None:
        """Mark the player's position as the start (or end) of the span to code."""
        if self.player is None:
            return
        if start:
            self.mark_in = self.player.position()
        else:
            self.mark_out = self.player.position()
        self._show_marks()

    def _show_marks(self) -> None:
        marks = [position_text(m) if m is not None else "–" for m in (self.mark_in,
                                                                        self.mark_out)]
        self.marked.setText(" – ".join(marks) if self.mark_in is not None
                            or self.mark_out is not None else "")
        self._enable()

    def _span(self) -> tuple[int, int] | None:
        if self.mark_in is None or self.mark_out is None or self.mark_out <= self.mark_in:
            return None
        return self.mark_in, self.mark_out

    def request_segment(self) -> None:
        info, span = self.selected(), self._span()
        if info is None or span is None:
            self.status.setText(self.tr("Mark in and mark out while the recording plays, "
                                        "then code the segment."))
            return
        self.segment_requested.emit(info.id, *span)

    def code_segment(self, attachment_id: str, theme_id: str, start: int, end: int) -> bool:
        """Code ``start``..``end`` ms of the recording with ``theme_id``; list it."""
        if self.session is None:
            return False
        segment = self.add_segment(attachment_id, theme_id, start, end)
        if segment is None:
            return False
        self.mark_in = self.mark_out = None
        self._show_marks()
        self.reload_segments()
        self.status.setText(self.tr("Coded {0} to {1} as {2}.").format(
            position_text(start), position_text(end), self.theme_label(segment)))
        return True

    def _add_now(self, attachment_id: str, theme_id: str, start: int,
                 end: int) -> AudioSegment | None:
        assert self.session is not None
        try:
            return self.session.vault.attachments.segments.add(attachment_id, theme_id, start,
                                                               end)
        except FieldvaultError as exc:
            show_error(self, exc)
            return None

    def _drop_now(self, segment: AudioSegment) -> bool:
        assert self.session is not None
        try:
            self.session.vault.attachments.segments.remove(segment.id)
        except FieldvaultError as exc:
            show_error(self, exc)
            return False
        return True

    def reload_segments(self, rows: list[AudioSegment] | None = None) -> None:
        """Show ``rows`` (the case's visible segments, when the caller has just read them)
        or read them afresh."""
        if self.session is None or self.code is None or not self.session.is_open:
            return
        if rows is None:
            rows = self.session.vault.attachments.segments.visible(self.code)
        self.segment_model.set_rows(rows)

    def _segment_activated(self, index: QModelIndex) -> None:
        segment = self.segment_model.row(index.row())
        self.play_from(segment.start_ms, segment.attachment_id, until=segment.end_ms)

    def remove_segment(self) -> None:
        rows = self.segment_table.selectionModel().selectedRows()
        if not rows or self.session is None:
            return
        self.drop_segment(self.segment_model.row(rows[0].row()))
        self.reload_segments()

    # --- showing ----------------------------------------------------------------------------

    def _show(self, info: AttachmentInfo | None) -> None:
        self.preview.clear()
        self.preview.setVisible(info is not None and info.kind == "image")  # room on 640 px
        self.image = None
        self.clock.clear()
        if info is None:
            self.status.setText("")
            return
        self.status.setText(self._removed_text(info))
        if info.kind == "image":
            self._show_image(info)
        elif info.kind == "audio":
            self.clock.setText(duration_text(info.duration))
            if multimedia() is None:
                self.status.setText(self.tr("Playing recordings needs Qt Multimedia, which "
                                            "this installation lacks."))

    def _removed_text(self, info: AttachmentInfo) -> str:
        if info.kind == "document":
            return self.tr("Kept as it was given (documents are not stripped).")
        if not info.removed:
            return self.tr("No metadata was found on intake.")
        return self.tr("Removed on intake: {0}.").format(
            "; ".join(removed_text(phrase) for phrase in info.removed))

    def _show_image(self, info: AttachmentInfo) -> None:
        session = self.session
        assert session is not None

        def job(_progress: object, _cancel: object) -> bytes:
            return session.vault.attachments.picture(info.id)  # HEIC comes as PNG

        def done(data: bytes) -> None:
            if self.selected() != info:
                return
            image = QImage.fromData(data)
            if image.isNull():
                self.status.setText(self.tr("This photo cannot be shown."))
                return
            self.image = upright(image, info.orientation)
            self._fit_image()

        self.runner.run(job, done, lambda exc: show_error(self, exc))

    def _fit_image(self) -> None:
        if self.image is None:
            return
        size = self.preview.size()
        self.preview.setPixmap(QPixmap.fromImage(self.image).scaled(
            max(16, size.width()), max(16, size.height()), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_image()

    # --- playing ----------------------------------------------------------------------------

    def toggle_play(self) -> None:
        info, media = self.selected(), multimedia()
        if info is None or info.kind != "audio" or media is None or self.session is None:
            return
        if self.player is None:
            try:
                self._load(info, media)
            except FieldvaultError as exc:
                show_error(self, exc)
                return
        playing = self.player.playbackState() == media.QMediaPlayer.PlaybackState.PlayingState
        if playing:
            send(self.player, "pause")
        else:
            send(self.player, "play")

    def _load(self, info: AttachmentInfo, media: Any) -> None:
        assert self.session is not None
        self.device = DecryptingDevice(self.session.vault.attachments.open(info.id))
        self.device.open_for_reading()
        self.player = new_player(
            media, self, self.device, info.format,
            durationChanged=lambda ms: self.position.setRange(0, ms),
            mediaStatusChanged=self._media_status, positionChanged=self._moved,
            playbackStateChanged=self._state_changed)
        self._enable()

    def play_from(self, milliseconds: int, attachment_id: str | None = None,
                  until: int | None = None) -> bool:
        """Play a recording of the case from ``milliseconds`` (pausing at ``until``): the
        attachment ``attachment_id``, else the selected one if it is a recording, else the
        case's first recording. False, with a sentence in the status line, if there is none
        or it cannot play."""
        info = self._recording(attachment_id)
        media = multimedia()
        if info is None:
            self.status.setText(self.tr("This case has no recording to play."))
            return False
        if media is None or self.session is None:
            self.status.setText(self.tr("Playing recordings needs Qt Multimedia, which this "
                                        "installation lacks."))
            return False
        if self.selected() != info:
            self._select(info.id)
        if self.player is None:
            try:
                self._load(info, media)
            except FieldvaultError as exc:
                show_error(self, exc)
                return False
        self._until = until
        if self.player.mediaStatus() in ready_states(media):
            send(self.player, "setPosition", milliseconds)
        else:
            self._pending = milliseconds
        send(self.player, "play")
        return True

    def _recording(self, attachment_id: str | None) -> AttachmentInfo | None:
        rows = self.model.rows()
        if attachment_id is not None:
            return next((a for a in rows if a.id == attachment_id and a.kind == "audio"), None)
        chosen = self.selected()
        if chosen is not None and chosen.kind == "audio":
            return chosen
        return next((a for a in rows if a.kind == "audio"), None)

    def _select(self, attachment_id: str) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == attachment_id:
                self.table.selectRow(row)

    def _media_status(self, status: Any) -> None:
        media = multimedia()
        if self._pending is not None and media is not None and status in ready_states(media):
            pending, self._pending = self._pending, None
            send(self.player, "setPosition", pending)

    def _moved(self, milliseconds: int) -> None:
        if self._until is not None and milliseconds >= self._until and self.player is not None:
            self._until = None
            send(self.player, "pause")
        if not self.position.isSliderDown():
            self.position.setValue(milliseconds)
        info = self.selected()
        total = duration_text(info.duration) if info else ""
        self.clock.setText(f"{duration_text(milliseconds / 1000)} / {total}")
        if self.device is not None and self.device.problem:
            self.status.setText(self.device.problem)

    def _state_changed(self, state: Any) -> None:
        media = multimedia()
        playing = media is not None and state == media.QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def seek(self, milliseconds: int) -> None:
        if self.player is not None:
            send(self.player, "setPosition", milliseconds)

    def stop(self) -> None:
        """Stop playback and let the player go (on lock, case change, removal); the
        decrypting device is closed once the player is destroyed (see ``release``)."""
        player, device = self.player, self.device
        self.player, self.device = None, None
        self._pending = self._until = None
        release(player, device)
        self.play_button.setText(self.tr("Play"))

    # --- adding, saving, removing -----------------------------------------------------------

    def choose_files(self) -> None:
        name_filter = self.tr("Recordings and photos ({0})").format(FILTER)
        file_dialog(self, self.tr("Attach a recording or photo"), self.add_file, mode="open",
                    name_filter=name_filter)

    def add_file(self, path: Path) -> None:
        session, code = self.session, self.code
        if session is None or code is None:
            return
        self.status.setText(self.tr("Removing metadata and encrypting {0}…").format(path.name))
        self.add_button.setEnabled(False)

        def job(progress: Any, cancel: Any) -> AttachmentInfo:
            return session.vault.attachments.add(code, path, progress=progress, cancel=cancel)

        self.runner.run(job, self._added, self._failed)

    def _added(self, info: AttachmentInfo) -> None:
        self.reload()
        self._select(info.id)
        self.status.setText(self.tr("Attached {0}. {1}").format(info.name,
                                                                 self._removed_text(info)))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.status.setText("")
        show_error(self, exc)

    def choose_copy(self) -> None:
        info = self.selected()
        if info is not None:
            file_dialog(self, self.tr("Save a copy without metadata (not encrypted)"),
                        lambda path: self.save_copy(info, path), mode="save")

    def save_copy(self, info: AttachmentInfo, path: Path) -> None:
        session = self.session
        if session is None:
            return

        def job(progress: Any, cancel: Any) -> Path:
            return session.vault.attachments.save_copy(info.id, path, progress=progress,
                                                       cancel=cancel)

        def done(target: Path) -> None:
            self.status.setText(self.tr("Saved a copy to {0}; that copy is not "
                                        "encrypted.").format(target))

        self.runner.run(job, done, self._failed)

    def confirm_remove(self) -> None:
        info = self.selected()
        if info is None:
            return
        text = self.tr("Remove {0} from this case? Its encrypted file and key are destroyed; "
                       "this cannot be undone.").format(info.name)
        ask(self, self.tr("Remove attachment"), text, [self.tr("Remove")],
            lambda answer: self.remove(info) if answer == 0 else None)

    def remove(self, info: AttachmentInfo) -> None:
        session = self.session
        if session is None:
            return
        self.stop()

        def job(_progress: object, _cancel: object) -> None:
            session.vault.attachments.delete(info.id)

        def done(_result: object) -> None:
            self.reload()
            self.status.setText(self.tr("Removed {0}.").format(info.name))
            self.changed.emit()

        self.runner.run(job, done, self._failed)
