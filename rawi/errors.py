"""The RawiError family. Every message names the input, what was wrong and what to do."""

from __future__ import annotations


class RawiError(Exception):
    """Base of every error rawi raises on purpose."""


class InputError(RawiError):
    """An input (file, record, URL) cannot be read or understood."""

    def __init__(self, source: str, reason: str, *, fix: str = "") -> None:
        self.source = source
        self.reason = reason
        self.fix = fix
        message = f"{source}: {reason}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class DecodingError(InputError):
    """The bytes of a document are in no encoding rawi can recognise."""


class ExtractionError(InputError):
    """A page holds no main text rawi can find."""


class DataFileError(RawiError):
    """A lexicon or registry file is malformed; names the file, line and field."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class GoldError(RawiError):
    """A gold annotation folder or file is not in the corpus format."""
