"""The editorial calendar (issue 12), driven through the real widgets on a real database.

Month and week views of the sample client's planned fortnight, dropping posts on another day or
hour (real drop events carrying the real drag data), undoing through the app's undo stack, the
clock changes of March and October, holidays, key dates, exports, keyboard and refresh.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from cmtoolbox.core.schedule import PlannedTime, local_day
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.calendar_chip import ContextRequest, draft_mime, read_draft_mime
from cmtoolbox.gui.drafts.calendar_key_dates import KeyDateDialog
from cmtoolbox.gui.drafts.calendar_scene import time_text
from cmtoolbox.gui.drafts.calendar_style import ColourBy, client_colour, edge
from cmtoolbox.gui.drafts.calendar_view import CalendarView
from cmtoolbox.ops import calendar as calendar_ops
from cmtoolbox.ops import drafts as drafts_ops
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.samples import create_sample_client

PARIS = "Europe/Paris"


@pytest.fixture
def calendar(qtbot, ctx, run, store):  # noqa: ANN001, ANN201
    """A shown calendar (1280×800) on the sample client, times in Paris; returns (view, opened)."""

    def build(*, sample: bool = True) -> tuple[CalendarView, list[int]]:
        if sample:
            create_sample_client(store)
        switcher = ClientSwitcher(ctx)
        run(switcher.reload())
        opened: list[int] = []
        view = CalendarView(ctx, switcher, opened.append)
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.set_zone(PARIS)
        run(view.reload())
        run(ctx.tasks.idle())
        return view, opened

    return build


def _plan(view: CalendarView, run, client_id: int, title: str, wall: datetime, zone: str = PARIS) -> int:  # noqa: ANN001
    """A draft planned at the wall time `wall` in `zone`, created through the runner like any view
    would (the test never touches the store while the database thread may be using it)."""
    planned = PlannedTime.at(wall, zone)
    draft = run(
        view.ctx.runner.run(
            drafts_ops.create_draft, client_id, title=title, body=f"{title}.",
            networks=["instagram", "facebook"], planned_at=planned.utc, planned_tz=zone,
        )
    )  # fmt: skip
    run(view.ctx.tasks.idle())  # the calendar's own refresh
    return draft.id


def _new_client(store, name: str, color: str | None = None) -> Client:  # noqa: ANN001
    """A test operation: a client with a colour (`ops.clients.create_client` takes none)."""
    return store.clients.create(name, color=color)


def _drop(widget: QWidget, pos: QPoint, mime: QMimeData) -> bool:
    """Hand the widget's drop handlers real drag events, as Qt does at the end of a drag (Qt only
    routes drop events to the target of a drag in progress, so they cannot be sent)."""
    actions, buttons, modifiers = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    move = QDragMoveEvent(pos, actions, mime, buttons, modifiers)
    move.setAccepted(False)
    widget.dragMoveEvent(move)  # the drop preview follows the pointer
    if not move.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), actions, mime, buttons, modifiers)
    event.setAccepted(False)
    widget.dropEvent(event)
    return event.isAccepted()


def _undo(view: CalendarView, run) -> None:  # noqa: ANN001
    """Edit ▸ Undo, then let the calendar refresh (the test reads the store only when the
    database thread is idle)."""
    run(view.ctx.undo.undo())
    run(view.ctx.tasks.idle())


def _wall(store, draft_id: int) -> datetime:  # noqa: ANN001
    planned = store.drafts.get(draft_id).planned
    assert planned is not None
    return planned.wall


def _scene_ids(view: CalendarView) -> set[int]:
    scene = view.grid.scene
    assert scene is not None
    return {chip.draft_id for chips in scene.days.values() for chip in chips}


# -- rendering ----------------------------------------------------------------------------------------
def test_month_view_shows_the_sample_fortnight(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    today = datetime.now(UTC).astimezone().date()
    scene = view.month.scene
    assert scene is not None and scene.first.weekday() == 0 and (scene.last - scene.first).days == 41
    expected = run(view.ctx.runner.read(calendar_ops.calendar_view, scene.first, scene.last, zone=PARIS))
    assert _scene_ids(view) == {e.id for e in expected.entries}
    fortnight = {
        d.id for d in store.drafts.calendar(*_bounds(today - timedelta(days=2), today + timedelta(days=9)))
    }
    in_range = {
        i for i in fortnight if scene.first <= local_day(store.drafts.get(i).planned_at, PARIS) <= scene.last
    }
    assert len(in_range) >= 3 and in_range <= _scene_ids(view)
    for draft_id in in_range:  # each drawn, in the cell of its day, with its Paris time
        rect = view.month.chip_rect(draft_id)
        assert rect is not None
        chip = scene.find(draft_id)
        assert view.month.day_at(rect.center()) == chip.local.date()
        assert chip.time_text == time_text(chip.entry.calendar_at.astimezone(chip.local.tzinfo))
        assert chip.local.utcoffset() == PlannedTime(chip.entry.calendar_at, PARIS).in_zone(PARIS).utcoffset()
    assert view.toolbar.title.text().endswith(str(view.controller.anchor.year))
    assert view.unplanned.list.count() == len(run(view.ctx.runner.read(calendar_ops.unplanned_drafts, None)))
    assert "Idée : portrait de notre meunier" in view.unplanned.list.item(0).text() + "".join(
        view.unplanned.list.item(i).text() for i in range(view.unplanned.list.count())
    )


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    from cmtoolbox.core.schedule import utc_bounds

    return utc_bounds(first, last, PARIS)


def test_week_view_places_posts_at_their_hour(calendar, store, run) -> None:  # noqa: ANN001
    view, opened = calendar()
    view.toolbar.week.trigger()
    run(view.ctx.tasks.idle())
    assert view.stack.currentWidget() is view.week
    scene = view.week.scene
    assert scene is not None and (scene.last - scene.first).days == 6 and scene.month is None
    assert view.toolbar.title.text().startswith("Week ")
    assert _scene_ids(view)  # the sample plans posts every week around today
    for draft_id in _scene_ids(view):
        chip = scene.find(draft_id)
        rect = view.week.body.chip_rect(draft_id)
        assert rect is not None
        minutes = chip.local.hour * 60 + chip.local.minute
        assert rect.top() == view.week.body.y_of(minutes) + 1
        assert view.week.body.column_at(rect.center()) == chip.local.weekday()
    first = min(_scene_ids(view))
    QTest.mouseDClick(view.week.body, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.week.body.chip_rect(first).center())  # fmt: skip
    assert opened == [first]


def test_double_click_in_the_month_opens_the_draft(calendar) -> None:  # noqa: ANN001
    view, opened = calendar()
    draft_id = next(iter(_scene_ids(view)))
    rect = view.month.chip_rect(draft_id)
    QTest.mouseDClick(view.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert opened == [draft_id]


# -- replanning by dragging ------------------------------------------------------------------------
def test_drop_on_another_day_replans_and_undo_restores(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    client = view.clients.current
    draft_id = _plan(view, run, client.id, "Vitrine de Noël", datetime(2026, 12, 1, 9, 30))
    view.go_to(date(2026, 12, 1), "month")
    run(view.reload())
    rect = view.month.chip_rect(draft_id)
    assert rect is not None
    target = view.month.day_rect(date(2026, 12, 3))
    mime = draft_mime(draft_id, "Vitrine de Noël")
    assert _drop(view.month, target.center(), mime)
    run(view.ctx.tasks.idle())
    assert _wall(store, draft_id) == datetime(2026, 12, 3, 9, 30)
    assert view.ctx.undo.undo_label == "Draft moved to Thu 3 Dec"
    assert view.month.day_at(view.month.chip_rect(draft_id).center()) == date(2026, 12, 3)  # refreshed

    _undo(view, run)
    assert _wall(store, draft_id) == datetime(2026, 12, 1, 9, 30)
    assert view.month.day_at(view.month.chip_rect(draft_id).center()) == date(2026, 12, 1)


def test_drop_on_a_day_and_hour_of_the_week(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    draft_id = _plan(view, run, view.clients.current.id, "Atelier", datetime(2026, 12, 1, 9, 0))
    view.go_to(date(2026, 12, 1), "week")
    run(view.reload())
    body = view.week.body
    column = body.column(3)  # Thursday 3 December
    pos = QPoint(column.center().x(), body.y_of(14 * 60 + 20))
    assert _drop(body, pos, draft_mime(draft_id, "Atelier"))
    run(view.ctx.tasks.idle())
    assert _wall(store, draft_id) == datetime(2026, 12, 3, 14, 15)  # to the quarter hour
    assert view.ctx.undo.undo_label.startswith("Draft moved to Thu 3 Dec, ")
    # Held 30 minutes below the chip's top: the chip's top lands where it was dragged to.
    pos = QPoint(body.column(4).center().x(), body.y_of(11 * 60 + 30))
    assert _drop(body, pos, draft_mime(draft_id, "Atelier", grab_minutes=30))
    run(view.ctx.tasks.idle())
    assert _wall(store, draft_id) == datetime(2026, 12, 4, 11, 0)
    # The all-day row: another day, same time.
    header = view.week.header
    assert _drop(header, QPoint(header._column(0).center().x(), 5), draft_mime(draft_id, "Atelier"))
    run(view.ctx.tasks.idle())
    assert _wall(store, draft_id) == datetime(2026, 11, 30, 11, 0)


def test_unplanned_drafts_drag_in_and_back_out(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    unplanned = view.unplanned.list
    item = next(unplanned.item(i) for i in range(unplanned.count()) if "meunier" in unplanned.item(i).text())
    draft_id = int(item.data(Qt.ItemDataRole.UserRole))
    mime = unplanned.mimeData([item])
    dragged = read_draft_mime(mime)
    assert dragged is not None and dragged.draft_id == draft_id and not dragged.planned
    assert not _drop(unplanned, QPoint(5, 5), mime)  # an unplanned draft cannot be unplanned
    day = view.month.scene.first + timedelta(days=15)
    assert _drop(view.month, view.month.day_rect(day).center(), mime)
    run(view.ctx.tasks.idle())
    assert _wall(store, draft_id) == datetime.combine(day, time(9, 0))  # the default hour
    assert draft_id in _scene_ids(view) and draft_id not in unplanned.ids()

    assert _drop(unplanned, QPoint(5, 5), draft_mime(draft_id, "meunier"))  # back to the list
    run(view.ctx.tasks.idle())
    assert store.drafts.get(draft_id).planned_at is None
    assert draft_id in unplanned.ids() and draft_id not in _scene_ids(view)
    _undo(view, run)
    assert _wall(store, draft_id) == datetime.combine(day, time(9, 0))


def test_published_posts_stay_put(calendar, store) -> None:  # noqa: ANN001
    view, _ = calendar()
    published = [
        c for chips in view.month.scene.days.values() for c in chips if c.entry.status == "published"
    ]
    assert published and not any(c.movable for c in published)
    menu = view.context_menu(ContextRequest(published[0].local.date(), published[0], None, QPoint()))
    unplan = next(a for a in menu.actions() if a.objectName() == "calendarUnplan")
    assert not unplan.isEnabled()


# -- clock changes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sunday", [date(2026, 3, 29), date(2026, 10, 25)])
def test_nine_oclock_paris_shows_at_nine_across_the_clock_change(calendar, store, run, sunday) -> None:  # noqa: ANN001
    view, _ = calendar(sample=False)
    client = run(view.ctx.runner.run(_new_client, "Fleurs de Sophie"))
    run(view.clients.reload())
    days = [sunday - timedelta(days=1), sunday, sunday + timedelta(days=1)]
    ids = [
        _plan(view, run, client.id, f"Post {d.isoformat()}", datetime.combine(d, time(9, 0))) for d in days
    ]
    offsets = {store.drafts.get(i).planned_at.hour for i in ids}
    assert len(offsets) == 2  # the same 09:00 is two different UTC hours on either side
    body = view.week.body
    for draft_id, day in zip(ids, days, strict=True):  # Saturday and Sunday, then Monday's week
        view.go_to(day, "week")
        run(view.reload())
        chip = view.week.scene.find(draft_id)
        assert chip is not None and chip.local.date() == day
        assert (chip.local.hour, chip.local.minute) == (9, 0)
        assert chip.time_text == time_text(datetime(2000, 1, 1, 9, 0))
        assert body.chip_rect(draft_id).top() == body.y_of(9 * 60) + 1
    # Dragging Saturday's post over the change to Monday keeps 09:00 Paris.
    view.go_to(sunday, "month")
    run(view.reload())
    assert _drop(
        view.month, view.month.day_rect(days[2] + timedelta(days=1)).center(), draft_mime(ids[0], "x")
    )
    run(view.ctx.tasks.idle())
    assert _wall(store, ids[0]) == datetime.combine(days[2] + timedelta(days=1), time(9, 0))
    assert view.month.scene.find(ids[0]).time_text == time_text(datetime(2000, 1, 1, 9, 0))


# -- holidays and key dates --------------------------------------------------------------------------
def test_french_holidays_are_shown(calendar, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    view.go_to(date(2026, 12, 1), "month")
    run(view.reload())
    scene = view.month.scene
    christmas = scene.markers[date(2026, 12, 25)]
    new_year = scene.markers[date(2027, 1, 1)]
    assert [m.kind for m in christmas] == ["holiday"] and christmas[0].title == "Christmas Day"
    assert new_year[0].kind == "holiday" and "New Year" in new_year[0].title
    cell = next(c for c in view.month.cells if c.day == date(2026, 12, 25))
    assert [m.title for _r, m in cell.markers] == ["Christmas Day"]  # drawn in its cell
    view.go_to(date(2026, 7, 14), "week")
    run(view.reload())
    assert view.week.scene.markers[date(2026, 7, 14)][0].kind == "holiday"  # the all-day row


def _answer_key_date(title: str, *, yearly: bool = False) -> None:
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, KeyDateDialog) and widget.isVisible():
                widget.title.setText(title)
                widget.yearly.setChecked(yearly)
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_key_dates_from_the_day_menu_are_undoable(calendar, store, run, errors) -> None:  # noqa: ANN001
    view, _ = calendar()
    client = view.clients.current
    view.go_to(date(2027, 2, 1), "month")
    run(view.reload())
    day = date(2027, 2, 10)
    menu = view.context_menu(ContextRequest(day, None, None, QPoint()))
    add = next(a for a in menu.actions() if a.objectName() == "calendarAddKeyDate")
    assert "10" in add.text()
    _answer_key_date("Salon de l'agriculture", yearly=True)
    add.trigger()
    run(view.ctx.tasks.idle())
    made = [k for k in store.key_dates.for_client(client.id) if k.title == "Salon de l'agriculture"]
    assert len(made) == 1 and made[0].day == day and made[0].yearly and made[0].client_id == client.id
    assert [m.title for m in view.month.scene.markers[day] if m.kind == "key_date"] == [
        "Salon de l'agriculture"
    ]
    assert view.ctx.undo.undo_label == "Key date added"

    menu = view.context_menu(ContextRequest(day, None, None, QPoint()))
    names = [a.objectName() for a in menu.actions()]
    assert f"calendarEditKeyDate{made[0].id}" in names and f"calendarDeleteKeyDate{made[0].id}" in names
    _answer_key_date("Salon international de l'agriculture")

    next(a for a in menu.actions() if a.objectName() == f"calendarEditKeyDate{made[0].id}").trigger()
    run(view.ctx.tasks.idle())
    assert errors == []
    assert store.key_dates.get(made[0].id).title == "Salon international de l'agriculture"
    _undo(view, run)
    assert store.key_dates.get(made[0].id).title == "Salon de l'agriculture"

    next(a for a in menu.actions() if a.objectName() == f"calendarDeleteKeyDate{made[0].id}").trigger()
    run(view.ctx.tasks.idle())
    assert not any(k.id == made[0].id for k in store.key_dates.for_client(client.id))
    assert day not in view.month.scene.markers
    _undo(view, run)  # the deletion
    _undo(view, run)  # the creation
    assert not any(k.title.startswith("Salon") for k in store.key_dates.for_client(client.id))
    assert day not in view.month.scene.markers


# -- exports -----------------------------------------------------------------------------------------
def _answer_save(path: Path) -> None:
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.findChild(QLineEdit, "fileNameEdit").setText(str(path))
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_export_ics_and_csv(calendar, store, run, tmp_path: Path) -> None:  # noqa: ANN001
    view, _ = calendar()
    client = view.clients.current
    _answer_save(tmp_path / "boulangerie")
    written = run(view.controller.export("ics"))
    assert written == tmp_path / "boulangerie.ics"
    parsed = icalendar.Calendar.from_ical(written.read_bytes())
    events = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    planned = [d for d in store.drafts.calendar(
        datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC), client_id=client.id
    )]  # fmt: skip
    assert len(events) == len(planned) > 5
    for summary in planned:
        event = next(e for uid, e in events.items() if summary.uid in uid)
        assert event.decoded("DTSTART").astimezone(UTC) == summary.calendar_at.replace(microsecond=0)
    assert "boulangerie.ics" in view.ctx.status.last

    csv_path = run(view.controller.write_export("csv", tmp_path / "drafts.csv"))
    raw = csv_path.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheets read the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) > 10 and any("Coulisses" in cell for row in rows for cell in row)


# -- state, keyboard, refresh -------------------------------------------------------------------------
def test_keyboard_navigation(calendar, run) -> None:  # noqa: ANN001
    view, opened = calendar()
    view.month.setFocus()
    anchor = view.controller.anchor
    QTest.keyClick(view.month, Qt.Key.Key_PageDown)
    next_month = (anchor.replace(day=1) + timedelta(days=32)).replace(day=1)
    assert (view.controller.anchor.year, view.controller.anchor.month) == (next_month.year, next_month.month)
    QTest.keyClick(view.month, Qt.Key.Key_PageUp)
    QTest.keyClick(view.month, Qt.Key.Key_PageUp)
    assert view.controller.anchor < anchor.replace(day=1)
    QTest.keyClick(view.month, Qt.Key.Key_T)
    assert view.controller.anchor == view.controller.today()
    QTest.keyClick(view.month, Qt.Key.Key_W)
    assert view.controller.mode == "week" and view.stack.currentWidget() is view.week
    assert QApplication.focusWidget() is view.week.body  # the focus follows, so M works at once
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M)
    assert view.controller.mode == "month" and QApplication.focusWidget() is view.month
    run(view.ctx.tasks.idle())
    # Arrows walk the days, Tab the posts of the day, Enter opens.
    today = view.controller.today()
    busy = next(d for d in sorted(view.month.scene.days) if d >= today)
    view.month.setFocus()
    view.month.select(busy)
    QTest.keyClick(view.month, Qt.Key.Key_Right)
    assert view.month.selected_day == busy + timedelta(days=1)
    QTest.keyClick(view.month, Qt.Key.Key_Left)
    QTest.keyClick(view.month, Qt.Key.Key_Tab)
    assert view.month.selected_draft == view.month.scene.chips(busy)[0].draft_id
    QTest.keyClick(view.month, Qt.Key.Key_Return)
    assert opened == [view.month.scene.chips(busy)[0].draft_id]


def test_filters_colours_and_all_clients(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    sample = view.clients.current
    other = run(view.ctx.runner.run(_new_client, "Fleurs de Sophie", "#2e7d32"))
    today = view.controller.today()
    theirs = _plan(view, run, other.id, "Bouquets", datetime.combine(today, time(15, 0)))
    run(view.clients.reload())
    run(view.ctx.tasks.idle())
    assert theirs not in _scene_ids(view)  # another client's change: not shown here

    view.toolbar.all_clients.trigger()
    run(view.ctx.tasks.idle())
    chip = view.month.scene.find(theirs)
    assert chip is not None and chip.bar == edge(client_colour(other.id, "#2e7d32"), view.palette())
    assert view.controller.client_id is None

    view.toolbar.set_colour_by(ColourBy.NETWORK)
    run(view.ctx.tasks.idle())
    assert view.controller.colour_by is ColourBy.NETWORK
    assert [b.text for b in view.month.scene.find(theirs).badges] == ["IG", "FB"]

    published = {
        c.draft_id for chips in view.month.scene.days.values() for c in chips if c.entry.status == "published"
    }
    view.toolbar.status_actions["published"].setChecked(False)
    run(view.ctx.tasks.idle())
    assert published and not published & _scene_ids(view)
    assert view.toolbar.status_button.text() == "Statuses: 5 of 6"
    view.toolbar.all_statuses.trigger()
    run(view.ctx.tasks.idle())
    assert published <= _scene_ids(view)

    view.toolbar.all_clients.trigger()
    run(view.ctx.tasks.idle())
    assert view.controller.client_id == sample.id and theirs not in _scene_ids(view)


def test_refreshes_from_changes_made_elsewhere_and_waits_while_hidden(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar()
    draft_id = _plan(
        view, run, view.clients.current.id, "Ailleurs", datetime.combine(view.controller.today(), time(7))
    )
    assert view.month.scene.find(draft_id) is not None  # created elsewhere: shown from the broadcast
    day = view.controller.today() + timedelta(days=1)
    run(view.ctx.runner.run(drafts_ops.move_to_day, draft_id, day))  # another view did this
    run(view.ctx.tasks.idle())
    assert view.month.scene.find(draft_id).local.date() == day

    view.hide()
    run(view.ctx.runner.run(drafts_ops.replan, draft_id, None))
    run(view.ctx.tasks.idle())
    assert view.month.scene.find(draft_id) is not None  # hidden: nothing loaded
    view.show()
    run(view.ctx.tasks.idle())
    assert view.month.scene.find(draft_id) is None and draft_id in view.unplanned.list.ids()


def test_without_a_client_the_calendar_says_so(qtbot, ctx, run) -> None:  # noqa: ANN001
    switcher = ClientSwitcher(ctx)
    run(switcher.reload())
    view = CalendarView(ctx, switcher, lambda _i: None)
    qtbot.addWidget(view)
    view.show()
    run(view.reload())
    assert view.stack.currentWidget() is view.empty
    assert not view.toolbar.export_button.isEnabled()
    view.toolbar.all_clients.trigger()
    run(ctx.tasks.idle())
    assert view.stack.currentWidget() is view.month


def test_a_crowded_day_offers_the_rest_in_its_week(calendar, store, run) -> None:  # noqa: ANN001
    view, _ = calendar(sample=False)
    client = run(view.ctx.runner.run(_new_client, "Fleurs de Sophie"))
    run(view.clients.reload())
    day = date(2027, 3, 10)
    ids = [_plan(view, run, client.id, f"Post {h}", datetime.combine(day, time(h))) for h in range(8, 18)]
    half_past = _plan(view, run, client.id, "Post 17:30", datetime.combine(day, time(17, 30)))
    ids.append(half_past)
    view.go_to(day, "month")
    run(view.reload())
    cell = next(c for c in view.month.cells if c.day == day)
    shown = [chip.draft_id for _rect, chip in cell.chips]
    assert cell.more is not None and cell.hidden == len(ids) - len(shown) and shown == ids[: len(shown)]
    QTest.mouseClick(
        view.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell.more.center()
    )
    run(view.ctx.tasks.idle())
    assert view.controller.mode == "week" and set(ids) <= _scene_ids(view)
    body = view.week.body
    assert body.chip_rect(ids[0]).x() == body.chip_rect(ids[1]).x()  # 08:00 and 09:00 do not overlap
    late, later = body.chip_rect(ids[-2]), body.chip_rect(half_past)  # 17:00 and 17:30: they do
    assert late.right() < later.left() and late.width() < body.column(2).width() / 2 + 1


def test_pressing_and_moving_a_post_starts_a_drag(calendar, monkeypatch) -> None:  # noqa: ANN001
    view, _ = calendar()
    started: list[int] = []
    monkeypatch.setattr(
        "cmtoolbox.gui.drafts.calendar_grid.start_drag",
        lambda _w, chip, *_a, **_k: started.append(chip.draft_id),
    )
    chips = [c for chips in view.month.scene.days.values() for c in chips]
    for chip in (next(c for c in chips if c.movable), next(c for c in chips if not c.movable)):
        rect = view.month.chip_rect(chip.draft_id)
        QTest.mousePress(view.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseMove(view.month, rect.center() + QPoint(30, 12))
        QTest.mouseRelease(
            view.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
        )
    assert started == [next(c for c in chips if c.movable).draft_id]  # a published post stays put
