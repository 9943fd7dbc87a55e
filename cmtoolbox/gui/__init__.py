"""Everything that imports Qt. Nothing outside this package may import it."""
