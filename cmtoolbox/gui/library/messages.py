"""Translated words of the library: kinds, sizes, durations, import errors, format checks.

The core reports stable codes with numbers (`MediaError.code`, `media_rules.Issue`); this module is
the one place that turns them into sentences, so the drafts can show the same "does not fit,
because ..." when media are attached. Every string is a literal inside `tr()` so lupdate finds it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from cmtoolbox.core.media import MediaError
from cmtoolbox.core.media_rules import FormatCheck, Issue
from cmtoolbox.gui.formatting import format_integer, format_number
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.gui.library.importer import MAX_FOLDER_FILES, ImportReport

_COMMON_RATIOS = ((1, 1), (4, 5), (5, 4), (9, 16), (16, 9), (3, 4), (4, 3), (2, 3), (3, 2), (1, 2), (2, 1))


def kind_labels() -> dict[str, tuple[str, str]]:
    """Each kind's name, for one item and for several: ("Image", "Images")."""
    return {
        "image": (tr("Image"), tr("Images")),
        "gif": (tr("GIF"), tr("GIFs")),
        "video": (tr("Video"), tr("Videos")),
        "pdf": (tr("PDF"), tr("PDFs")),
        "document": (tr("Document"), tr("Documents")),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, (kind, kind))[0]


def kind_plural_labels() -> dict[str, str]:
    return {kind: names[1] for kind, names in kind_labels().items()}


def format_size(size: int) -> str:
    """Bytes in the user's language, in SI units as the networks state their limits (5 MB = 5,000,000)."""
    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_duration(ms: int) -> str:
    """ "0:15", "2:20", "1:02:03"; whole seconds (rounded up below one second: "0:01")."""
    seconds = max(1, round(ms / 1000)) if ms > 0 else 0
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_limit_duration(ms: int) -> str:
    """A limit in words when round ("60 s", "15 min"), else as a clock."""
    seconds = ms / 1000
    if seconds < 60 and seconds == int(seconds):
        return fill(tr("%1 s"), int(seconds))
    if seconds < 60:
        return fill(tr("%1 s"), format_number(seconds, 1))
    if seconds % 60 == 0 and seconds < 3600:
        return fill(tr("%1 min"), int(seconds // 60))
    return format_duration(ms)


def format_ratio(ratio: float) -> str:
    """An aspect ratio as people write it: "4:5", "16:9", "1.91:1"."""
    for w, h in _COMMON_RATIOS:
        if abs(ratio - w / h) <= 0.005 * (w / h):
            return f"{w}:{h}"
    if ratio >= 1:
        return f"{format_number(ratio, 2)}:1"
    return f"1:{format_number(1 / ratio, 2)}"


def format_pixels(width: int | None, height: int | None) -> str:
    if not width or not height:
        return tr("unknown")
    return fill(tr("%1 × %2 px"), width, height)  # as image editors write them: no group separator


# -- import errors -------------------------------------------------------------------------------------


def describe_media_error(error: MediaError) -> str:
    """One sentence for a file the library refused."""
    v = error.values
    code = error.code
    if code == "missing":
        return tr("The file was moved or deleted before it could be imported.")
    if code == "not_a_file":
        return tr("This is not a file.")
    if code == "unreadable":
        return tr("The file could not be read (no permission, or the drive is unavailable).")
    if code == "empty":
        return tr("The file is empty.")
    if code == "too_large":
        return fill(
            tr("The file weighs %1, more than the %2 the library accepts."),
            format_size(int(v.get("size", 0))),
            format_size(int(v.get("limit", 0))),
        )
    if code == "no_space":
        return fill(
            tr("Not enough free disk space to import this file (%1 needed)."),
            format_size(int(v.get("size", 0))),
        )
    if code == "unsupported":
        return tr(
            "This type of file is not supported: the library takes images, GIFs, videos (MP4, MOV, "
            "WebM), PDFs and office documents."
        )
    if code == "mismatch":
        return fill(
            tr("This file is not what its name says: its content is not a .%1 file."), v.get("ext", "")
        )
    if code == "corrupt":
        return tr("The file is damaged or incomplete (cut short during a download or a copy?).")
    if code == "bomb":
        return _describe_bomb(v)
    if code == "cancelled":
        return tr("Import cancelled.")
    if code == "record_failed":
        return tr("The file could not be recorded in the database; nothing was kept.")
    return tr("The file could not be imported.")


def _describe_bomb(values: dict[str, object]) -> str:
    megapixels = int(values.get("width", 0) or 0) * int(values.get("height", 0) or 0) // 1_000_000
    limit = int(values.get("limit", 0) or 0) // 1_000_000
    reason = values.get("reason")
    if reason == "ratio":
        return fill(
            tr(
                "The file claims a picture of %1 megapixels in only %2, which no real picture does: it was "
                "not opened, as it could exhaust the memory."
            ),
            megapixels,
            format_size(int(values.get("size", 0) or 0)),
        )
    if reason == "decode":
        return fill(
            tr(
                "The picture has %1 megapixels, more than the %2 this format can be opened with "
                "safely. Saved as a standard JPEG, it can be imported."
            ),
            megapixels,
            limit,
        )
    return fill(tr("The picture is too large to open safely (more than %1 megapixels)."), limit)


def describe_import(report: ImportReport) -> str:
    """“Import finished (imported: 3, refused: 1).”, in plural forms."""
    parts = []
    if report.added:
        parts.append(tr("%n imported", "", len(report.added)))
    if report.duplicates:
        parts.append(tr("%n already in the library", "", len(report.duplicates)))
    if report.restored:
        parts.append(tr("%n brought back from the trash", "", len(report.restored)))
    if report.failed:
        parts.append(tr("%n refused", "", len(report.failed)))
    if report.damaged:
        parts.append(tr("%n damaged", "", len(report.damaged)))
    if report.skipped:
        parts.append(tr("%n skipped, not media", "", report.skipped))
    if report.cancelled:
        return fill(tr("Import cancelled (%1)."), ", ".join(parts)) if parts else tr("Import cancelled.")
    return fill(tr("Import finished (%1)."), ", ".join(parts)) if parts else tr("Nothing to import.")


def describe_import_problems(report: ImportReport) -> list[str]:
    """One line per refused or damaged file, and a word when the folder was too big to be read whole."""
    lines = [f"{path.name}: {describe_media_error(error)}" for path, error in report.failed]
    damaged = tr(
        "the picture is damaged: it cannot be read to the end. It was kept in the library; "
        "import it again from a good copy."
    )
    lines += [f"{item.original_name}: {damaged}" for item in report.damaged]
    if report.truncated:
        lines.append(
            fill(
                tr("The folder holds too many files: only the first %1 were looked at."),
                format_integer(MAX_FOLDER_FILES),
            )
        )
    return lines


# -- format checks -------------------------------------------------------------------------------------


def target_label(target: str, name: str) -> str:
    """Placement names are translated; brand names are not."""
    return {
        "instagram_feed": tr("Instagram (feed)"),
        "instagram_story": tr("Instagram (story)"),
        "instagram_reel": tr("Instagram (reel)"),
    }.get(target, name)


def _write(measure: str, value: Any, *, limit: bool = False) -> str:
    """A measure ("size", "ratio", "duration_ms") or a network's limit for it, as people read them."""
    if measure == "size":
        return format_size(int(value))
    if measure == "ratio":
        return format_ratio(float(value))
    return format_limit_duration(int(value)) if limit else format_duration(int(value))


def _measure_sentences() -> dict[str, tuple[str, str, str]]:
    """Issues that compare a measure with a network's limit: code -> (sentence with %1 the measure,
    %2 the network and %3 the limit, the measure's key, the limit's key)."""
    return {
        "file_too_large": (tr("the file weighs %1; %2 takes at most %3"), "size", "limit"),
        "file_too_small": (tr("the file weighs %1; %2 needs at least %3"), "size", "limit"),
        "ratio_too_tall": (tr("the picture is too tall (%1); %2 goes down to %3"), "ratio", "min_ratio"),
        "ratio_too_wide": (tr("the picture is too wide (%1); %2 goes up to %3"), "ratio", "max_ratio"),
        "too_short": (tr("it lasts %1; %2 needs at least %3"), "duration_ms", "limit_ms"),
        "too_long": (tr("it lasts %1; %2 takes at most %3"), "duration_ms", "limit_ms"),
    }


def describe_issue(issue: Issue, network: str) -> str:
    """A reason ("the file weighs 6.2 MB; X takes at most 5 MB") or a piece of advice."""
    v = issue.values
    code = issue.code
    measures = _measure_sentences()
    if code in measures:
        sentence, measure, limit = measures[code]
        return fill(sentence, _write(measure, v[measure]), network, _write(measure, v[limit], limit=True))
    if code == "kind_not_supported":
        kind = kind_label(str(v.get("kind", ""))).lower()
        return fill(tr("%1 does not take this kind of file here (%2)"), network, kind)
    if code == "format_not_supported":
        accepted = ", ".join(str(x).upper() for x in v.get("accepted", ()))  # type: ignore[union-attr]
        file_format = str(v.get("format", "")).upper()
        return fill(tr("%1 does not take %2 files (it takes %3)"), network, file_format, accepted)
    if code == "too_small":
        if v.get("min_height"):
            needed = fill(tr("%1 × %2 px"), v["min_width"], v["min_height"])
        else:
            needed = fill(tr("%1 px wide"), v["min_width"])
        size = format_pixels(int(v["width"]), int(v["height"]))
        return fill(tr("it is %1; %2 needs at least %3"), size, network, needed)
    if code == "will_be_cropped":
        ratio = format_ratio(float(v["ratio"]))
        recommended = f"{v['recommended_w']}:{v['recommended_h']}"
        return fill(
            tr("proportions %1 instead of the recommended %2: shown cropped or with bars"), ratio, recommended
        )
    if code == "below_recommended_size":
        return fill(tr("narrower than the recommended %1 px: it may look blurry"), v["recommended"])
    if code == "will_be_split":
        part = format_limit_duration(int(v["part_ms"]))
        return fill(tr("longer than %1: it will be posted as several parts"), part)
    if code == "size_unknown":
        return tr("pixel size unknown: proportions not checked")
    if code == "duration_unknown":
        return tr("duration unknown: length not checked")
    return code


def describe_check(result: FormatCheck) -> tuple[str, list[str], list[str]]:
    """(verdict sentence, reasons, advice) for one placement."""
    name = target_label(result.target, result.name)
    network = result.name.split(" (")[0]
    verdict = fill(tr("%1: fits") if result.fits else tr("%1: does not fit, because"), name)
    reasons = [describe_issue(i, network) for i in result.problems]
    advice = [describe_issue(i, network) for i in result.advice]
    return verdict, reasons, advice
