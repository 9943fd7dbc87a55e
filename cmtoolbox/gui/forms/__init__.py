"""Compiled Qt Designer forms: GENERATED, never edit by hand."""
