"""The drafts editor's "Hashtags" button on a real database: the client's accounts' default
hashtags, inserted without duplicates, counters following, menu following account changes."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.page import DraftsPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.widgets.hashtags_button import HASHTAGS_SHORTCUT, HashtagsButton, plan_insertion
from cmtoolbox.storage.accounts import AccountFields


class Master:
    """The master text of a draft, as the old composer tests knew it: its editor and Hashtags button."""

    def __init__(self, page: DraftsPage) -> None:
        self.page = page
        self.editor = page.editor.texts.master
        self.hashtags_button = page.editor.hashtag_buttons[""]

    @property
    def client(self):  # noqa: ANN201
        return self.page.clients.current

    def activateWindow(self) -> None:  # noqa: N802 - as the widget's
        self.page.activateWindow()


def make_page(qtbot, ctx, run) -> tuple[Master, ClientSwitcher]:  # noqa: ANN001
    clients = ClientSwitcher(ctx)
    qtbot.addWidget(clients)
    run(clients.reload())
    page = DraftsPage(ctx, clients)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    run(page.reload())
    run(ctx.tasks.idle())
    if page.current_draft is None and clients.current is not None:
        run(page.new_item())
        run(ctx.tasks.idle())
    return Master(page), clients


def save_account(run, ctx, client_id: int, fields: AccountFields, account_id: int | None = None):  # noqa: ANN001, ANN201
    return run(ctx.runner.run(lambda s: s.accounts.save(client_id, fields, account_id=account_id)))


def menu_entries(button: HashtagsButton) -> list[tuple[str, str, bool]]:
    """(kind, text, enabled) of every entry, submenus flattened, as the user sees them on opening."""
    button.rebuild_menu()
    out: list[tuple[str, str, bool]] = []
    for action in button.hashtags_menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            out += [(a.objectName(), a.text(), a.isEnabled()) for a in action.menu().actions()]
        else:
            out.append((action.objectName(), action.text(), action.isEnabled()))
    return out


def entry(button: HashtagsButton, kind: str, text: str | None = None, nth: int = 0):  # noqa: ANN201
    button.rebuild_menu()
    found = [
        a
        for a in button.hashtags_menu.actions()
        if a.objectName() == kind and (text is None or a.text() == text)
    ]
    return found[nth]


def finish(page: Master, run, ctx) -> None:  # noqa: ANN001
    """Let the autosave of what the test typed finish while the page still exists."""
    run(page.page.autosaver.flush())
    run(ctx.tasks.idle())


def bakery_with_accounts(run, ctx):  # noqa: ANN001, ANN201
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    florist = run(ctx.runner.run(lambda s: s.clients.create("Fleurs de Sophie")))
    save_account(
        run,
        ctx,
        bakery.id,
        AccountFields(
            "instagram",
            "boulangeriemartin",
            default_hashtags=("#BoulangerieMartin", "#PainDeLyon", "#Pâtisserie"),
        ),
    )
    save_account(
        run,
        ctx,
        bakery.id,
        AccountFields(
            "facebook",
            "boulangeriemartin.lyon",
            default_hashtags=("#boulangeriemartin", "#Lyon"),
        ),
    )
    save_account(run, ctx, bakery.id, AccountFields("linkedin", "", "Boulangerie Martin"))  # none
    save_account(
        run, ctx, florist.id, AccountFields("instagram", "fleursdesophie", default_hashtags=("#Fleurs",))
    )
    return bakery, florist


def test_menu_lists_the_current_clients_hashtags_by_network(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery, florist = bakery_with_accounts(run, ctx)
    page, clients = make_page(qtbot, ctx, run)
    assert page.client.id == bakery.id
    button = page.hashtags_button
    assert button.parent() is not None and button.isVisible()
    entries = menu_entries(button)
    texts = [text for _kind, text, _enabled in entries]
    assert "#Fleurs" not in texts  # another client's account
    # Networks differ: one section per network (the draft's networks first), each with "Insert all".
    assert entries == [
        ("hashtagsHeader", "Instagram (@boulangeriemartin)", False),
        ("hashtagsInsertAll", "Insert all", True),
        ("hashtagsEntry", "#BoulangerieMartin", True),
        ("hashtagsEntry", "#PainDeLyon", True),
        ("hashtagsEntry", "#Pâtisserie", True),
        ("hashtagsHeader", "Facebook (boulangeriemartin.lyon)", False),
        ("hashtagsInsertAll", "Insert all", True),
        ("hashtagsEntry", "#boulangeriemartin", True),
        ("hashtagsEntry", "#Lyon", True),
    ]

    clients.select(florist.id)
    run(ctx.tasks.idle())
    texts = [t for _k, t, _e in menu_entries(button)]
    assert texts == ["Instagram (@fleursdesophie)", "Insert all", "#Fleurs"]


def test_insert_all_skips_what_the_text_has_and_counters_follow(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery_with_accounts(run, ctx)
    page, _clients = make_page(qtbot, ctx, run)
    editor = page.editor
    editor.edit.setFocus()
    editor.edit.insertPlainText("Fournée du jour à la #patisserie, avec #BOULANGERIEMARTIN.")
    assert editor.results()["instagram"].hashtags == 2
    assert [(t, e) for k, t, e in menu_entries(page.hashtags_button) if k == "hashtagsEntry"][:3] == [
        ("#BoulangerieMartin", False),
        ("#PainDeLyon", True),
        ("#Pâtisserie", False),
    ]

    entry(page.hashtags_button, "hashtagsInsertAll").trigger()  # Instagram's
    assert editor.text() == ("Fournée du jour à la #patisserie, avec #BOULANGERIEMARTIN.\n\n#PainDeLyon")
    assert editor.results()["instagram"].hashtags == 3
    assert editor.counters.chip("instagram").text().startswith(f"Instagram {len(editor.text())}/2200")

    entry(page.hashtags_button, "hashtagsInsertAll", nth=1).trigger()  # Facebook's: only #Lyon is new
    assert editor.text().endswith("\n\n#PainDeLyon #Lyon")
    assert editor.results()["instagram"].hashtags == 4
    assert not entry(page.hashtags_button, "hashtagsInsertAll").isEnabled()  # nothing left to add

    editor.edit.undo()  # one undo step per insertion
    assert editor.text().endswith("\n\n#PainDeLyon")
    finish(page, run, ctx)


def test_one_hashtag_goes_in_at_the_cursor_with_spaces(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery_with_accounts(run, ctx)
    page, _clients = make_page(qtbot, ctx, run)
    editor = page.editor
    editor.set_text("Vive le pain de Lyon !")
    cursor = editor.edit.textCursor()
    cursor.setPosition(len("Vive le pain"))
    editor.edit.setTextCursor(cursor)
    entry(page.hashtags_button, "hashtagsEntry", "#Lyon").trigger()
    assert editor.text() == "Vive le pain #Lyon de Lyon !"
    assert editor.edit.textCursor().position() == len("Vive le pain #Lyon")
    assert editor.edit.hasFocus()
    assert entry(page.hashtags_button, "hashtagsEntry", "#Lyon").isEnabled() is False
    finish(page, run, ctx)


def test_menu_follows_account_changes(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery, _florist = bakery_with_accounts(run, ctx)
    page, _clients = make_page(qtbot, ctx, run)
    button = page.hashtags_button
    instagram = next(
        a for a in run(ctx.runner.read(lambda s: s.accounts.list(bakery.id))) if a.network == "instagram"
    )
    fields = AccountFields("instagram", "boulangeriemartin", default_hashtags=("#CroixRousse", "#Lyon"))
    save_account(run, ctx, bakery.id, fields, account_id=instagram.id)
    run(ctx.tasks.idle())
    texts = [t for _k, t, _e in menu_entries(button)]
    assert "#CroixRousse" in texts and "#PainDeLyon" not in texts

    # The same hashtags everywhere (case aside): one list, saying whose they are.
    facebook = next(
        a for a in run(ctx.runner.read(lambda s: s.accounts.list(bakery.id))) if a.network == "facebook"
    )
    save_account(
        run,
        ctx,
        bakery.id,
        AccountFields(
            "facebook",
            "boulangeriemartin.lyon",
            default_hashtags=("#lyon", "#croixrousse"),
        ),
        account_id=facebook.id,
    )
    run(ctx.tasks.idle())
    assert menu_entries(button) == [
        ("hashtagsHeader", "Instagram (@boulangeriemartin)  ·  Facebook (boulangeriemartin.lyon)", False),
        ("hashtagsInsertAll", "Insert all", True),
        ("hashtagsEntry", "#CroixRousse", True),
        ("hashtagsEntry", "#Lyon", True),
    ]

    # Trashed accounts: their hashtags leave the menu.
    run(ctx.runner.run(lambda s: s.trash.move_to_trash("accounts", instagram.id)))
    run(ctx.runner.run(lambda s: s.trash.move_to_trash("accounts", facebook.id)))
    run(ctx.tasks.idle())
    assert [k for k, _t, _e in menu_entries(button)] == ["hashtagsEmpty"]


def test_empty_state_leads_to_the_accounts_section(qtbot, ctx, run) -> None:  # noqa: ANN001
    run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    run(window.clients.reload())
    window.show_section("drafts")
    window.show()
    run(ctx.tasks.idle())
    drafts = window.page("drafts")
    assert isinstance(drafts, DraftsPage)
    run(drafts.new_item())
    run(ctx.tasks.idle())
    page = Master(drafts)
    entries = menu_entries(page.hashtags_button)
    assert entries == [
        ("hashtagsEmpty", "No default hashtags: add them in Accounts", False),
        ("hashtagsOpenAccounts", "Open Accounts", True),
    ]
    entry(page.hashtags_button, "hashtagsOpenAccounts").trigger()
    assert window.current_section == "accounts"
    run(ctx.tasks.idle())


def test_shortcut_opens_the_menu_from_the_text(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery_with_accounts(run, ctx)
    page, _clients = make_page(qtbot, ctx, run)
    page.activateWindow()
    page.editor.edit.setFocus()
    qtbot.waitUntil(page.editor.edit.hasFocus)
    assert page.hashtags_button.shortcut.key() == QKeySequence(HASHTAGS_SHORTCUT)
    QTest.keySequence(page.editor.edit, QKeySequence(HASHTAGS_SHORTCUT))
    qtbot.waitUntil(page.hashtags_button.hashtags_menu.isVisible)
    page.hashtags_button.hashtags_menu.close()


def test_separators() -> None:
    assert plan_insertion("", 0, ["#Lyon", "#lyon", "#Pain"]) == "#Lyon #Pain"
    prose = "Nouvelle fournée à 16 h."
    assert plan_insertion(prose, len(prose), ["#Lyon"]) == "\n\n#Lyon"
    assert plan_insertion(prose + "\n", len(prose) + 1, ["#Lyon"]) == "\n#Lyon"
    assert plan_insertion(prose + "\n\n", len(prose) + 2, ["#Lyon"]) == "#Lyon"
    tagged = prose + "\n\n#Pain @claire"
    assert plan_insertion(tagged, len(tagged), ["#Lyon", "#PAIN"]) == " #Lyon"
    assert plan_insertion(tagged + " ", len(tagged) + 1, ["#Lyon"]) == "#Lyon"
    assert plan_insertion("Le pain.", 2, ["#Lyon"]) == " #Lyon"
    assert plan_insertion("Le pain.", 3, ["#Lyon"]) == "#Lyon "
    assert plan_insertion("Le pain.", 5, ["#Lyon"]) == " #Lyon "
    assert plan_insertion("Œuvre #Pâtisserie", 0, ["#patisserie", "#PÂTISSERIE"]) == ""
    assert plan_insertion("#Lyonnais", 9, ["#Lyon"]) == " #Lyon"  # another hashtag, not a duplicate
