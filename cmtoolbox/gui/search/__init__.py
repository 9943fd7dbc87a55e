"""Global search: the Ctrl+K palette over every kind of record."""
