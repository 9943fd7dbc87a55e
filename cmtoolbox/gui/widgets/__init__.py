"""Widgets shared by several features (the post editor and its parts, the tag editor...).

Import the module you need; nothing is loaded here."""
