"""An editor's edit journal: each change of the text noted as typed, appended within a second."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from newsdesk.domain.document import Document
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.fields import ArticleFields
from newsdesk.services.journal import COMPACT_BYTES, EditJournal, Splice
from newsdesk.services.recovery import RecoveryStore

FLUSH_PAUSE_MS = 300  # a pause in the typing: append at once
FLUSH_MAX_MS = 1_000  # typing on without a pause: append at least this often


def apply_splices(document: QTextDocument, splices: Iterable[Splice]) -> int:
    """Replay journalled body changes on the text they were made on; return how many applied."""
    cursor = QTextCursor(document)
    applied = 0
    for splice in splices:
        end = splice.position + splice.removed
        if splice.position < 0 or end > document.characterCount() - 1:
            break  # not the text this journal was written against: keep what was replayed
        cursor.setPosition(splice.position)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == splice.text:
            continue  # a change of format only: the next recovery copy carries formats
        if cursor.hasSelection():
            cursor.removeSelectedText()
        if splice.text:
            cursor.insertText(splice.text)  # takes the format before it, as typing does
        applied += 1
    return applied


class JournalKeeper(QObject):
    """Notes every change of an editor's body and fields in the journal of its recovery copy.

    `compactWanted` asks the editor for a whole recovery copy (after which it calls `restart`):
    when there is no copy yet, after a change of formats (bold, a heading, a direction: the
    journal holds text only), when the journal has grown long, or when it cannot be written.
    """

    # A signal, not a callback: a callback would tie the editor and its keeper in a reference
    # cycle, and the editor would outlive its widgets until the garbage collector ran.
    compactWanted = Signal()

    def __init__(
        self,
        store: RecoveryStore,
        body: BodyEdit,
        fields: ArticleFields,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.journal: EditJournal | None = None
        self.muted = False  # while loading or replaying: nothing typed
        self._body = body
        self._fields = fields
        self._waiting = False
        self._formats_changed = False
        # While a copy is written off the GUI thread: the edits made after it was taken.
        self._since_copy: list[Splice] | None = None
        self._fields_since: dict[str, object] | None = None
        self._formats_since = False
        self._revision = body.document().revision()
        self._pause = QTimer(self, singleShot=True, interval=FLUSH_PAUSE_MS)
        self._max = QTimer(self, singleShot=True, interval=FLUSH_MAX_MS)
        self._pause.timeout.connect(self.flush)
        self._max.timeout.connect(self.flush)
        if store.journaling:
            body.document().contentsChange.connect(self._body_changed)
            fields.changed.connect(self._fields_changed)

    def restart(self, key: str, generation: int) -> None:
        """Begin a new journal after the copy of `generation` was written (raises OSError)."""
        self.stop()
        self.journal = self.store.start_journal(key, generation)

    def begin_copy(self) -> None:
        """A copy of the text as it stands is being written: keep the edits made from now on.

        They go on into the current journal too, which holds until the new copy is on disk.
        """
        self._since_copy, self._fields_since, self._formats_since = [], None, False

    def abandon_copy(self) -> None:
        """The copy was not written (or is not wanted): the current journal goes on alone."""
        self._since_copy, self._fields_since, self._formats_since = None, None, False

    def adopt(self, journal: EditJournal | None) -> None:
        """The copy is on disk and `journal` continues it: the edits made since go into it."""
        since, fields, formats = self._since_copy or [], self._fields_since, self._formats_since
        self.abandon_copy()
        self.stop()  # what the old journal holds is in the copy, or in `since`
        self.journal = journal
        if journal is not None:
            for splice in since:
                journal.splice(splice.position, splice.removed, splice.text)
            if fields is not None:
                journal.set_fields(dict(fields))
        if since or fields is not None or formats:
            self._formats_changed = formats
            self._wait()

    def stop(self) -> None:
        """Let go of the journal file (edits not yet appended are dropped: a copy holds them)."""
        self._pause.stop()
        self._max.stop()
        self._waiting = self._formats_changed = False
        journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()

    def flush(self) -> None:
        """Append what waits; without a journal (or a long one) write a whole copy instead."""
        self._pause.stop()
        self._max.stop()
        if not self._waiting:
            return
        self._waiting = False
        if self.journal is None and self._since_copy is not None:
            return  # the copy being written brings a journal, and the edits since go into it
        if self.journal is None or self._formats_changed or self.journal.size > COMPACT_BYTES:
            self.compactWanted.emit()  # a copy written calls `restart`: nothing left waiting
            if self.journal is None or not self.journal.pending:
                return
        self._formats_changed = False
        try:
            self.journal.flush()
        except OSError:
            self.compactWanted.emit()  # the editor reports a failure to write in its own banner

    def _wait(self) -> None:
        self._waiting = True
        self._pause.start()
        if not self._max.isActive():
            self._max.start()

    def _body_changed(self, position: int, removed: int, added: int) -> None:
        if self.muted or self._body.isReadOnly():
            return
        document = self._body.document()
        revision, self._revision = self._revision, document.revision()
        if removed == added:
            if revision == self._revision:
                return  # formats the user did not make (house-style underlines): no edit
            self._formats_changed = True  # or a same-length replacement: a whole copy is safe
            self._formats_since = self._since_copy is not None
        if self.journal is not None or self._since_copy is not None:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
            text = cursor.selectedText()
            if self.journal is not None:
                self.journal.splice(position, removed, text)
            if self._since_copy is not None:
                self._since_copy.append(Splice(position, removed, text))
        self._wait()

    def _fields_changed(self) -> None:
        if self.muted or self._body.isReadOnly():
            return
        if self.journal is not None or self._since_copy is not None:
            values = self._fields.content(Document()).to_dict()
            del values["body"]
            if self.journal is not None:
                self.journal.set_fields(values)
            if self._since_copy is not None:
                self._fields_since = values
        self._wait()
