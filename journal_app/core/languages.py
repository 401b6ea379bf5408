"""The languages the app has catalogues for: one list, for the message layer and the Settings registry."""

from __future__ import annotations

ENGLISH = "en"
SYSTEM = "system"  # the setting's value that follows the system's language
LANGUAGES = {ENGLISH: "English", "es": "Español"}  # code → the language's own name
