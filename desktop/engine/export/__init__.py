"""Writing a comparison out: JSON (the stable schema), plain text, and the
review's reports: HTML, CSV, TMX 1.4 and a unified diff (the PDF, which
needs Qt, is desktop/reports/pdf.py)."""
