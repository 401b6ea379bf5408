"""The language the person chose for this device, applied to the message layer.

Kept apart from :mod:`core.messages` because it reads the device settings, and the
settings (through the database and file modules) use the message layer themselves.
"""

from __future__ import annotations

from pathlib import Path

from .messages import resolve_language, set_language
from .settings import DeviceSettings


def use_device_language(data_dir: Path, system: str | None = None) -> str:
    """Set the language from the device setting ``appearance.language`` (readable while locked)."""
    setting = DeviceSettings.load(data_dir).get("appearance.language")
    return set_language(resolve_language(str(setting), system))
