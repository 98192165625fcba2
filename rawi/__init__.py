"""rawi (راوي): Arabic news reports in, a sourced knowledge graph of actors out."""

__version__ = "0.1.0"
