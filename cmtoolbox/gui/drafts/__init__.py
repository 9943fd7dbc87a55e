"""The Drafts section. For now a quick composer ("Rédaction rapide"); full drafts come with their issue."""
