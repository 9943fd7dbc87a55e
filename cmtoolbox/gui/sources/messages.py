"""Translated words of the monitoring section: source kinds, link states, feed error codes.

The core and storage layers report stable codes (`FeedError.code`, `InvalidUrl.code`, link
statuses); this module is the one place that turns them into sentences, so a new code needs one
entry here and nowhere else. Every string is a literal inside `tr()` so lupdate finds it.
"""

from __future__ import annotations

from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.storage.sources import ImportReport


def kind_labels() -> dict[str, str]:
    return {
        "blog": tr("Blog"),
        "forum": tr("Forum"),
        "facebook_group": tr("Facebook group"),
        "network_account": tr("Social network account"),
        "youtube": tr("YouTube channel"),
        "newsletter": tr("Newsletter"),
        "competitor": tr("Competitor"),
        "press": tr("Press"),
        "other": tr("Other"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


def link_status_label(status: str | None) -> str:
    return {
        None: tr("Not checked"),
        "alive": tr("OK"),
        "moved": tr("Moved"),
        "dead": tr("Dead link"),
        "unknown": tr("Uncertain"),
    }.get(status, status or "")


def link_status_tip(status: str | None, detail: str, new_url: str | None) -> str:
    reason = feed_error_message(detail) if detail else "?"
    if status == "moved" and new_url:
        return fill(tr("This page now lives at %1. Use “Update address” to follow it."), new_url)
    if status == "dead":
        return fill(tr("The page no longer answers (%1)."), reason)
    if status == "unknown":
        return fill(tr("The check was not conclusive (%1): the page may only refuse robots."), reason)
    if status == "alive":
        return tr("The page answered normally.")
    return tr("Use “Check links” to find dead or moved pages.")


def feed_error_message(code: str | None, http_status: int | None = None) -> str:
    """One sentence for a FeedError / fetch / link-check code (unknown codes get a generic one)."""
    messages = {
        "empty": tr("The server sent an empty document."),
        "not_a_feed": tr("This address is a web page, not a feed."),
        "malformed": tr("The feed is damaged (not valid XML or JSON); the items already read are kept."),
        "too_large": tr("The feed is too large (over 10 MB)."),
        "unsafe": tr("The feed declares XML entities, a known way to freeze readers: refused for safety."),
        "timeout": tr("The site did not answer in time."),
        "too_many_redirects": tr("The address redirects in a loop."),
        "invalid_url": tr("The address is not a valid web address."),
        "unknown_host": tr("This domain name does not exist (any more)."),
        "connection_failed": tr("Could not connect to the site (offline, or the site is down)."),
        "protocol_error": tr("The site answered in a way that breaks the HTTP rules."),
        "network_error": tr("Network error."),
        "internal_error": tr("Unexpected error while reading this feed."),
        "not_found": tr("The feed no longer exists at this address (error 404)."),
        "gone": tr("The site says the feed was removed for good (error 410)."),
        "forbidden": tr("The site refuses access to the feed."),
        "rate_limited": tr("The site asks to come back later (too many requests)."),
        "server_error": tr("The site has a technical problem (server error)."),
        "http_error": tr("The site answered with an error."),
        "file_missing": tr("The local file of this feed no longer exists."),
        "file_unreadable": tr("The local file of this feed cannot be read."),
        "unsupported_url": tr("Not a web address."),
    }
    text = messages.get(code or "", tr("The feed could not be refreshed."))
    if http_status and code in ("http_error", "server_error", "forbidden"):
        text += " " + fill(tr("(HTTP %1)"), http_status)
    return text


def url_error_message(code: str) -> str:
    """For `core.urls.InvalidUrl.code`."""
    return {
        "empty": tr("Enter a web address."),
        "too_long": tr("This address is far too long to be a web page."),
        "invalid_characters": tr("The address contains invisible control characters."),
        "unsupported_scheme": tr("Only web addresses (http or https) can be added."),
        "missing_host": tr("The address has no site name."),
        "invalid_host": tr("The site name is not valid."),
        "invalid_port": tr("The port number is not valid."),
    }.get(code, tr("This is not a valid web address."))


def file_error_message(code: str) -> str:
    """For `BookmarksError.code` and `OpmlError.code`."""
    return {
        "not_bookmarks": tr("This file is not a bookmark file (HTML exported by a browser)."),
        "too_large": tr("This file is too large to be imported."),
        "empty": tr("This file is empty."),
        "not_xml": tr("This file is not a valid OPML subscription list (not XML)."),
        "not_opml": tr("This XML file is not an OPML subscription list."),
        "unsafe": tr("This file declares XML entities and was refused for safety."),
    }.get(code, tr("This file cannot be imported."))


def import_report_text(report: ImportReport) -> str:
    text = fill(
        tr("%1, %2."),
        tr("%n imported", "", report.imported),
        tr("%n duplicate(s) skipped", "", report.duplicates),
    )
    if report.invalid:
        text += " " + tr("%n skipped (not web addresses).", "", report.invalid)
    return text
