"""One original, many versions: the versions matrix (``model``, built by
``matrix`` from the pairs' comparisons), drift that recurs across versions
(``families``), and the command that runs the pairs (``compare``)."""
