"""The accounts section's flows: save, leave unsaved changes, close, trash, archive, export.

The page is the view (widgets, signals, what is shown); this controller sequences what happens when
the user acts, through named operations (`cmtoolbox.ops.accounts`) on the database thread and the
`SecretsController` for the keyring. Saving writes new secret values to the keyring first and then
the references to the database, so the database never holds a value; references left behind by a
failed save are queued for deletion.

Deleting moves an account to the trash, undoable from Edit ▸ Undo (the app's one undo stack);
its secrets stay in the keyring so that restoring it gives them back. "Delete permanently" (from
the trash view) removes them from the keyring too, after a confirmation that says so.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.accounts.saving import SavePlan, needs_save, plan_save
from cmtoolbox.gui.dialogs import ask, ask_save_path
from cmtoolbox.gui.errors import describe
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.page import PageController
from cmtoolbox.ops import accounts as ops
from cmtoolbox.storage.accounts import Account
from cmtoolbox.storage.errors import InvalidValue

if TYPE_CHECKING:
    from cmtoolbox.gui.accounts.editor import AccountEditor
    from cmtoolbox.gui.accounts.page import AccountsPage
    from cmtoolbox.storage.clients import Client

# Closing waits this long for the keyring (time enough to type the password of an unlock prompt);
# past it the main window offers to close anyway rather than freeze.
CLOSE_KEYRING_TIMEOUT_S = 60.0
Button = QMessageBox.StandardButton


class AccountNotSaved(Exception):
    """Saving before the window closes failed; the message is a sentence for the user."""


def _inside_task() -> bool:
    try:
        return asyncio.current_task() is not None
    except RuntimeError:  # no running loop
        return False


class AccountsController(PageController["AccountsPage"]):
    def __init__(self, page: AccountsPage) -> None:
        super().__init__(page)
        self.secrets = page.secrets

    @property
    def editor(self) -> AccountEditor:
        return self._page.editor

    # -- saving ------------------------------------------------------------------------------
    async def save_current(self) -> Account | None:
        """Save the editor: secret values to the keyring first, then the rest to the database.
        None when the editor's content is refused (the problem is shown in the editor)."""
        editor = self.editor
        plan = self._plan_or_explain()
        if not isinstance(plan, SavePlan):
            return plan
        written_new: list[str] = []
        try:
            for ref, value in plan.writes:
                await self.secrets.vault.set(ref, value)
                if ref in plan.new_refs:
                    written_new.append(ref)
            account: Account = (
                await self._ctx.runner.perform(plan.database_write(), initiator=self._page)
            ).value
        except InvalidValue as exc:
            await self.secrets.forget(written_new)
            editor.show_problem(self._describe_invalid(exc), exc.field)
            return None
        except SecretStoreUnavailable:
            await self.secrets.forget(written_new)
            await self.secrets.recheck()  # gone for good (banner), or a dismissed unlock prompt
            if self.editor is editor:
                editor.show_problem(self._keyring_problem())
            raise
        except BaseException:
            await self.secrets.forget(written_new)
            raise
        if plan.writes and not self.secrets.available:
            await self.secrets.recheck()  # it answered again: lift the banner
        self._after_save(editor, plan, account)
        await self._page.reload(select_id=account.id)
        return account

    def save_blocking(self, *, timeout: float = CLOSE_KEYRING_TIMEOUT_S) -> Account | None:
        """`save_current` for the close path, where nothing can be awaited: the keyring and the
        database still work on their own threads (the UI thread only waits for them), in the same
        order. None when the editor's content is refused (the problem is shown in the editor)."""
        editor = self.editor
        plan = self._plan_or_explain()
        if not isinstance(plan, SavePlan):
            return plan
        try:
            for ref, value in plan.writes:
                self.secrets.vault.set_blocking(ref, value, timeout=timeout)
            write = plan.database_write()
            account = self._ctx.runner.run_blocking(
                write.fn, *write.args, initiator=self._page, **write.kwargs
            )
        except InvalidValue as exc:
            self.secrets.forget_blocking(plan.new_refs)
            editor.show_problem(self._describe_invalid(exc), exc.field)
            return None
        except BaseException:
            self.secrets.forget_blocking(plan.new_refs)  # a timed-out write may still land: queue it too
            raise
        self._after_save(editor, plan, account)
        return account

    def _plan_or_explain(self) -> SavePlan | Account | None:
        """What to write; else the account as it stands when nothing needs writing, or None when
        the editor's content is refused (the problem is shown in the editor)."""
        if not needs_save(self.editor):
            return self.editor.account
        try:
            return plan_save(self.editor)
        except InvalidValue as exc:
            self.editor.show_problem(self._describe_invalid(exc), exc.field)
            return None

    def _after_save(self, editor: AccountEditor, plan: SavePlan, account: Account) -> None:
        if self.editor is editor and editor.client_id == plan.client_id:
            editor.load(account, plan.client_id)
            editor.set_trash_mode(False)
            self._page.show_editor()
        self._ctx.status.show(fill(self.tr("“%1” saved."), account.title))

    def _describe_invalid(self, exc: InvalidValue) -> str:
        messages = {
            ("handle", "empty"): self.tr("Enter at least a handle, a display name or a login."),
            ("handle", "spaces"): self.tr("A handle cannot contain spaces."),
            ("handle", "duplicate"): self.tr("This client already has this account on this network."),
            ("profile_url", "bad_url"): self.tr("The profile address is not a valid web address."),
            ("default_hashtags", "too_many"): self.tr("Too many default hashtags (30 at most)."),
            ("secret_label", "empty"): self.tr("Every password or token needs a name."),
            ("secret_label", "duplicate"): self.tr("Two secrets of this account have the same name."),
            ("secret_label", "too_long"): self.tr("A secret name is too long."),
            ("secrets", "too_many"): self.tr("Too many secrets for one account."),
        }
        return messages.get((exc.field, exc.reason), self.tr("This value is not valid."))

    def _keyring_problem(self) -> str:
        return self.tr(
            "The keyring is not available, so the password or token you typed was not saved "
            "(nothing else was). Save again once it works, or clear the value to save the rest "
            "of the account."
        )

    # -- unsaved changes ---------------------------------------------------------------------
    async def leave_dirty_then(
        self, then: Callable[[], object], *, cancelled: Callable[[], object] | None = None
    ) -> None:
        """Unsaved changes: ask to save or discard them (or cancel), then do `then`.

        `cancelled` runs when the user keeps editing instead (Cancel, or a save that was refused or
        failed), so a caller whose action already happened elsewhere can undo it."""
        answer = await ask(self._unsaved_question(self.tr("Save changes to account “%1”?")))
        proceed = False
        try:
            if answer == Button.Discard.value:
                proceed = True
            elif answer == Button.Save.value:
                # None: refused, the problem is shown in the editor and the user's text is still there.
                proceed = await self.save_current() is not None
        finally:
            if not proceed and cancelled is not None:
                cancelled()
        if proceed:
            self.editor.load(None, None)  # saved, or discarded
            then()

    def _unsaved_question(self, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            fill(text, self._page.editing_title()),
            parent=self._page.window(),
        )
        box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
        box.setInformativeText(self.tr("Your changes will be lost if you don’t save them."))
        # Qt's own wording for Discard reads oddly in some languages ("Ne pas tenir compte").
        box.button(Button.Discard).setText(self.tr("Do&n’t save"))
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)
        return box

    # -- closing the window ------------------------------------------------------------------
    def flush(self) -> bool:
        """The main window calls this on every close path (window close, Ctrl+Q, File > Quit).

        Unsaved edits in the editor get a question: Save writes the secrets to the keyring, then
        the account to the database, and waits for both (on their own threads) before the window
        closes; Discard lets it close; Cancel returns False, which keeps the window open on this
        page. A failure raises `AccountNotSaved` with a readable sentence: the main window then
        offers to close anyway.
        """
        if not self.editor.is_dirty():
            return True
        scripted = _inside_task()
        if scripted:
            # Closed from a coroutine (a scripted session): a modal question would run a nested
            # event loop inside a task and re-enter asyncio, so take the default answer, Save.
            answer = Button.Save
        else:
            box = self._unsaved_question(self.tr("Save changes to account “%1” before closing?"))
            box.exec()
            clicked = box.clickedButton()
            answer = box.standardButton(clicked) if clicked else Button.Cancel
            box.deleteLater()
        if answer == Button.Discard:
            return True
        if answer != Button.Save:
            self._page.bring_forward()
            return False
        try:
            saved = self.save_blocking()
        except Exception as exc:
            if isinstance(exc, SecretStoreUnavailable):
                self.editor.show_problem(self._keyring_problem())
            self._page.bring_forward()
            raise AccountNotSaved(describe(exc)) from exc
        if saved is None:  # refused: the editor says why
            self._page.bring_forward()
            return False if scripted else self._close_without_saving()
        return True

    def _close_without_saving(self) -> bool:
        """The account cannot be saved as it is: close anyway (losing the changes), or go and fix it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            fill(self.tr("“%1” cannot be saved as it is."), self._page.editing_title()),
            parent=self._page.window(),
        )
        advice = self.tr("Correct it and save, or close and lose these changes.")
        box.setInformativeText(f"{self.editor.problem.text()}\n\n{advice}")
        close = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(Button.Cancel)
        box.setDefaultButton(Button.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is close

    # -- trash -------------------------------------------------------------------------------
    async def delete_current(self) -> None:
        account = self.editor.account or self._page.account_list.current_account()
        if account is None or account.deleted:
            return
        label = fill(self.tr("“%1” moved to the trash; its passwords stay in the keyring"), account.title)
        await self._ctx.runner.run(ops.move_to_trash, account.id, initiator=self._page, undo_label=label)
        self.editor.load(None, None)
        await self._page.reload()

    async def restore_current(self) -> None:
        account = self.editor.account
        if account is None or not account.deleted:
            return
        await self._ctx.runner.run(
            ops.restore,
            account.id,
            initiator=self._page,
            undo_label=fill(self.tr("“%1” restored"), account.title),
        )
        self.editor.load(None, None)
        await self._page.reload()

    async def purge_current(self) -> bool:
        account = self.editor.account
        if account is None or not account.deleted:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete permanently"),
            fill(self.tr("Delete “%1” permanently?"), account.title),
            parent=self._page,
        )
        box.setInformativeText(
            self.tr(
                "Its passwords and tokens are also deleted from the system keyring. This cannot be undone."
            )
        )
        delete = box.addButton(self.tr("Delete permanently"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(Button.Cancel)
        box.setDefaultButton(Button.Cancel)
        if not await self._clicked(box, delete):
            return False
        await self._ctx.runner.run(ops.purge, account.id, initiator=self._page)
        self.editor.load(None, None)
        deleted = await self.secrets.drain_queue()
        if account.secrets and not self.secrets.available:
            self._ctx.status.show(
                self.tr(
                    "Account deleted. Its secrets will be removed from the keyring when it "
                    "is available again."
                )
            )
        else:
            self._ctx.status.show(
                self.tr("Account deleted, with %n secret(s) removed from the keyring.", "", deleted)
            )
        await self._page.reload()
        return True

    @staticmethod
    async def _clicked(box: QMessageBox, *buttons: object) -> object | None:
        """Show `box` without a nested loop; the one of `buttons` the user clicked, else None."""
        chosen: list[object] = []
        box.buttonClicked.connect(chosen.append)
        await ask(box)
        return chosen[0] if chosen and chosen[0] in buttons else None

    # -- archiving a client ------------------------------------------------------------------
    async def before_archive(self, client: Client) -> bool:
        """Asked by the client switcher before archiving: keep the client's secrets, or delete them now."""
        count = await self._ctx.runner.read(ops.count_with_secrets, client.id)
        if not count:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Archive client"),
            fill(
                self.tr("“%1” has accounts with passwords or tokens in the system keyring (%2)."),
                client.name,
                count,
            ),
            parent=self._page,
        )
        box.setInformativeText(
            self.tr(
                "Keep them if you may work for this client again: unarchiving brings everything back. "
                "Or delete the passwords and tokens from the keyring now; the accounts themselves "
                "(handles, logins, notes) are kept."
            )
        )
        keep = box.addButton(self.tr("Keep the passwords"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Delete the passwords now"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(Button.Cancel)
        box.setDefaultButton(keep)
        chosen = await self._clicked(box, keep, drop)
        if chosen is None:
            return False
        if chosen is drop:
            await self._ctx.runner.run(ops.drop_client_secrets, client.id, initiator=self._page)
            await self.secrets.drain_queue()
        return True

    # -- export ------------------------------------------------------------------------------
    def export_header(self) -> list[str]:
        return [
            self.tr("Network"),
            self.tr("Handle"),
            self.tr("Display name"),
            self.tr("Profile address"),
            self.tr("Login"),
            self.tr("Two-factor authentication"),
            self.tr("Default hashtags"),
            self.tr("Character limit"),
            self.tr("Secrets in the keyring"),
            self.tr("Notes"),
        ]

    async def ask_export(self) -> None:
        client = self._page.client
        if client is None:
            return
        suggested = Path.home() / fill(self.tr("%1 - accounts.csv"), client.name.replace("/", "-"))
        path = await ask_save_path(
            self._page, self.tr("Export the list of accounts"), suggested, self.tr("CSV files (*.csv)")
        )
        if path is not None:
            await self.export_to(path)

    async def export_to(self, path: Path) -> int:
        """Write the current client's accounts to `path` (no secret values, ever)."""
        client = self._page.client
        if client is None:
            return 0
        count: int = await self._ctx.runner.read(
            ops.export_accounts, client.id, path, tuple(self.export_header())
        )
        self._ctx.status.show(fill(self.tr("%n account(s) exported to %1.", "", count), path))
        return count
