"""Issue 16, on the Library page: camera photos are recorded without being decoded first; their
decode and thumbnail follow in the background, and a photo whose data is damaged is kept and named
in the import's report."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from cmtoolbox.gui.library.messages import describe_import_problems
from cmtoolbox.storage.media import MediaQuery
from tests.gui import test_library_page as library_page

page = library_page.page  # the page's fixtures, shared
client = library_page.client
import_paths = library_page.import_paths


def _camera_photo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.radial_gradient("L").convert("RGB").resize((3000, 2000)).save(path, "JPEG", quality=90)
    return path


def _damage(path: Path) -> Path:
    """A table marker in the middle of the picture's data: the file still ends on its end marker
    (so it passes the quick check), but no decoder can read it to the end."""
    data = path.read_bytes()
    sos = data.index(b"\xff\xda")
    middle = (sos + len(data)) // 2
    junk = b"\xff\xc4\x00\x03\x00"
    path.write_bytes(data[:middle] + junk + data[middle + len(junk) :])
    return path


def test_camera_photos_get_their_thumbnail_and_a_damaged_one_is_reported(
    page,
    run,
    ctx,
    store,
    client,
    tmp_path,
) -> None:
    good = _camera_photo(tmp_path / "in" / "IMG_0001.jpg")
    bad = _damage(_camera_photo(tmp_path / "in" / "IMG_0002.jpg"))
    originals = {p: p.read_bytes() for p in (good, bad)}
    report = import_paths(page, run, ctx, [good, bad])

    assert [i.original_name for i in report.added] == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert not report.failed
    assert [i.original_name for i in report.damaged] == ["IMG_0002.jpg"]
    # Nothing is lost: both are in the library, the originals untouched.
    assert store.media.count(MediaQuery(client.id)) == 2
    assert {p: p.read_bytes() for p in originals} == originals
    # The good photo's thumbnail was made before the import ended; the damaged one has none.
    files = store.media.files
    assert files.existing_thumbnail(report.added[0].sha256) is not None
    assert files.existing_thumbnail(report.damaged[0].sha256) is None
    # The person is told, in the status bar and in the report's details.
    assert "2 imported" in ctx.status.last and "1 damaged" in ctx.status.last
    assert page.reports == [report]  # type: ignore[attr-defined]
    (line,) = describe_import_problems(report)
    assert line.startswith("IMG_0002.jpg: the picture is damaged") and line.endswith(".")
