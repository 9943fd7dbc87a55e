"""French grammar and typography checking for a host's editors: the client's settings, and checks off
the UI thread.

One service per host (the draft editor shares one between its master and its variants, a note editor
has its own), like `SpellingService`. It reads the client's grammar settings through the DbRunner
(`ops.grammar`), follows their changes (`DbRunner.changed`, `Entity.GRAMMAR_SETTINGS`), and runs
`core.grammar.check` on the one "grammar" worker thread (`ctx.pools`): Grammalecte keeps module state,
so checks are serialised anyway, and its per-paragraph cache makes a re-check after a keystroke cost
a few milliseconds there. The editors (`widgets/text_checks.TextChecks`) decide when to check and drop
results that arrive for an older text.

Grammar is French only: an editor whose spell-check languages include no French gets no grammar
underlines (English has spell checking only; see docs/grammar.md).

Grammalecte allocates a lot on its worker: cyclic garbage collection must not run there (it could
delete Qt objects from the wrong thread); `gui.collector` keeps it on the UI thread for the whole app.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from cmtoolbox.core import grammar, networks
from cmtoolbox.core.grammar import GrammarOptions, GrammarUnavailable, Issue
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import GRAMMAR
from cmtoolbox.ops import grammar as grammar_ops
from cmtoolbox.storage.changes import Changes, Entity
from cmtoolbox.storage.grammar_settings import NO_CLIENT, GrammarSettings

__all__ = ["GrammarService", "wants_grammar"]

log = logging.getLogger(__name__)


def wants_grammar(languages: Iterable[str]) -> bool:
    """Whether a text in these spell-check languages gets grammar checking (French among them)."""
    return any(grammar.supports(language) for language in languages)


class GrammarService(QObject):
    """`settings_changed()` fires when the client's grammar settings (typography, ignored issues) are
    known or change; `unavailable(str)` once when Grammalecte cannot be loaded."""

    settings_changed = Signal()
    unavailable = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: int | None = None
        self._settings = GrammarSettings()
        self._loaded = False
        self._generation = 0
        self._error: str | None = None
        ctx.runner.changed.connect(self._on_changed)

    # -- state -------------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def settings(self) -> GrammarSettings:
        return self._settings

    @property
    def error(self) -> str | None:
        """Why grammar checking does not work here (Grammalecte missing), or None."""
        return self._error

    def typography_for(self, network: str | None) -> bool:
        return self._settings.typography_for(network)

    def options(self, network: str | None, ignored_once: Iterable[tuple[str, str]] = ()) -> GrammarOptions:
        """What to report in a text for `network` (None: the master text, a note)."""
        return GrammarOptions(
            typography=self._settings.typography_for(network),
            ignored=self._settings.ignored | frozenset(ignored_once),
            message_language="fr" if self._ctx.language.startswith("fr") else "en",
        )

    def set_client(self, client_id: int | None) -> None:
        """Use this client's settings (the app-wide ones for None)."""
        if client_id == self._client_id and self._loaded:
            return
        self._client_id = client_id
        self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> GrammarSettings:
        self._generation += 1
        generation = self._generation
        settings = await self._ctx.runner.read(grammar_ops.client_grammar_settings, self._client_id)
        if generation == self._generation:
            self._loaded = True
            if settings != self._settings:
                self._settings = settings
                self.settings_changed.emit()
        return self._settings

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(Entity.GRAMMAR_SETTINGS) or changes.by(self):
            return
        key = NO_CLIENT if self._client_id is None else self._client_id
        if key in changes.ids_of(Entity.GRAMMAR_SETTINGS):
            self._ctx.tasks.spawn(self.reload())

    # -- checking ----------------------------------------------------------------------------
    async def check(self, text: str, options: GrammarOptions) -> list[Issue]:
        """Issues of `text` (str offsets), computed on the grammar worker; [] when Grammalecte is missing."""
        if self._error is not None:
            return []
        try:
            try:
                future = self._ctx.pools.executor(GRAMMAR).submit(grammar.check, text, "fr", options)
            except RuntimeError:  # the pools were shut down (the app is quitting)
                return []
            return await asyncio.wrap_future(future)
        except GrammarUnavailable as error:
            self._error = str(error)
            log.warning("grammar checking unavailable: %s", error)
            self._ctx.status.show(
                self.tr(
                    "French grammar checking is unavailable here (Grammalecte is missing); "
                    "spelling still works"
                )
            )
            self.unavailable.emit(self._error)
            return []

    # -- settings ----------------------------------------------------------------------------
    async def ignore_always(self, rule_id: str, text: str) -> None:
        """Stop flagging this wording for the client: at once here, stored through the runner."""
        self._settings = self._settings.with_ignored(rule_id, text)
        self.settings_changed.emit()
        label = fill(self.tr("“%1” no longer flagged for this client"), text)
        await self._ctx.runner.run(
            grammar_ops.ignore_always, self._client_id, rule_id, text, initiator=self, undo_label=label
        )

    async def set_typography(self, enabled: bool, network: str | None = None) -> None:
        """Check French typography for the client (or its texts for `network`), or stop checking it."""
        self._settings = self._settings.with_typography(enabled, network)
        self.settings_changed.emit()
        if network is None:
            label = (
                self.tr("French typography checked for this client")
                if enabled
                else self.tr("French typography no longer checked for this client")
            )
        else:
            name = networks.network(network).name if network in networks.NETWORKS else network
            label = fill(
                self.tr("French typography checked on %1 for this client")
                if enabled
                else self.tr("French typography no longer checked on %1 for this client"),
                name,
            )
        await self._ctx.runner.run(
            grammar_ops.set_typography, self._client_id, enabled, network, initiator=self, undo_label=label
        )
