"""Paragraph alignment that survives moves, splits, merges and rewrites."""
