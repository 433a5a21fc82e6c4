"""Which articles derive from which releases: candidate pairs found quickly
(``shingles`` and ``index`` within a language, ``crosslang`` across
languages), each confirmed by the full comparison (``run``)."""
