"""Sync in the window (issue 17): the background service, Settings ▸ Sync and the conflicts view."""
