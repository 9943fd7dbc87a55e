"""Developer tools (form compilation, translations, schema snapshot). Not used at run time."""
