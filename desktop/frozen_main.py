"""Entry point of the standalone build (PyInstaller runs this file as a
script, so it uses absolute imports)."""
import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF worker processes start this executable again
    sys.exit(main())
