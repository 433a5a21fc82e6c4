"""The benchmark command: `python -m desktop.bench` prints one table."""
