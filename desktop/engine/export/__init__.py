"""Writing a comparison out: JSON (the stable schema) and plain text."""
