"""Spreadsheet-safe CSV cells (OWASP "CSV injection") and reading CSV text with line numbers.

A text cell that starts with ``= + - @``, a tab or a carriage return could be
run as a formula by a spreadsheet; it gets a leading apostrophe, as OWASP
advises. A cell that already starts with an apostrophe gets one more, so
reading the file back (``restore``) gives exactly the original text. Numbers
are never touched: they are written as numbers, not as text. The exports
themselves build their cells in SQL (``bulk_sql``), which must agree with
these functions; the property tests check that it does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ..messages import _
from .source import SourceError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_FIELD_CHARS = 64 * 1024 * 1024  # bigger fields are refused with a clear message


def neutralise(text: str) -> str:
    if text.startswith(FORMULA_STARTS) or text.startswith("'"):
        return "'" + text
    return text


def restore(text: str) -> str:
    return text.removeprefix("'")


def join_names(names: list[str]) -> str:
    """``a; b``: each name neutralised on its own, ``;`` and ``\\`` inside a name escaped by a backslash.

    The cell then starts with its first name's (safe) start, and every name
    reads back exactly with :func:`split_names`.
    """
    return "; ".join(neutralise(name.replace("\\", "\\\\").replace(";", "\\;")) for name in names)


def split_names(text: str) -> list[str]:
    names, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            names.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    names.append("".join(current).strip())
    return [restore(name) for name in names if name]


def rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every non-blank row, with clear errors for broken CSV."""
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise SourceError(
                    _("line {line}: a field is larger than 64 MB; that cannot be an entry.").format(line=line)
                ) from None
            raise SourceError(
                _("line {line}: the CSV is broken here ({problem}).").format(line=line, problem=exc)
            ) from None
        if any(value.strip() for value in values):
            yield line, values
