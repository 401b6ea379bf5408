"""The desktop app (PySide6). Calls the core; never runs SQL itself."""
