"""Many pairs at once: the unit of work is one pair → one comparison JSON
(``task``), run inline, on a local process pool or on a Dask cluster
(``runners``), cached by content hash (``cache``), read back into a
``Comparison`` (``readback``)."""
