"""tei-telegrams: scholarly TEI editions of diplomatic telegrams."""

__version__ = "0.1.0"
