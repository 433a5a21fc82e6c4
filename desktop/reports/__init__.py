"""The review's reports, below the window and above the engine: every
export format by name (``exports``: JSON, text, HTML, CSV, TMX, XLIFF, a
unified diff) and the PDF report, painted with Qt's text layout (``pdf``).
The window and the command line both write through here; nothing here
imports the window."""
