"""The settings registry: device settings in a plain file, journal settings in the journal."""

import json
import os

import pytest

from journal_app.core import settings
from journal_app.core.settings import DEVICE_FILE, REGISTRY, DeviceSettings, Scope


def test_every_setting_has_one_scope_a_label_and_a_default_of_its_type():
    assert len(REGISTRY) == len(settings.SETTINGS)  # keys are unique
    for spec in settings.SETTINGS:
        assert spec.scope in (Scope.DEVICE, Scope.JOURNAL)
        assert spec.label
        assert spec.coerce(spec.default) == spec.default


def test_device_settings_start_from_defaults_and_survive_a_reload(tmp_path):
    device = DeviceSettings.load(tmp_path)
    assert device.get("crisis.country") == ""
    device.set("crisis.country", "GB")
    assert json.loads((tmp_path / DEVICE_FILE).read_text()) == {"crisis.country": "GB"}
    assert DeviceSettings.load(tmp_path).get("crisis.country") == "GB"
    if os.name == "posix":
        assert (tmp_path / DEVICE_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe"])
def test_an_empty_or_damaged_device_file_falls_back_to_defaults_and_says_so(tmp_path, content):
    (tmp_path / DEVICE_FILE).write_bytes(content)
    device = DeviceSettings.load(tmp_path)
    assert device.problem and "defaults" in device.problem
    assert device.get("appearance.theme") == "system"
    device.set("appearance.theme", "dark")  # writing a good file clears the problem
    assert DeviceSettings.load(tmp_path).problem is None


def test_the_device_file_holds_only_device_settings(tmp_path):
    (tmp_path / DEVICE_FILE).write_text(json.dumps({"safety.lost_tolerance_days": 3, "journal text": "x"}))
    device = DeviceSettings.load(tmp_path)
    with pytest.raises(KeyError):
        device.get("safety.lost_tolerance_days")
    device.set("crisis.country", "IE")
    assert json.loads((tmp_path / DEVICE_FILE).read_text()) == {"crisis.country": "IE"}


def test_values_out_of_range_or_of_the_wrong_type_read_as_the_default(journal):
    spec = REGISTRY["safety.lost_tolerance_days"]
    assert spec.coerce(2) == 7 and spec.coerce(31) == 7 and spec.coerce("x") == 7 and spec.coerce(True) == 7
    assert spec.coerce(14) == 14
    journal.set_setting("safety.lost_tolerance_days", 99)
    assert journal.setting("safety.lost_tolerance_days") == 7
    journal.set_setting("safety.lost_tolerance_days", 10)
    assert journal.setting("safety.lost_tolerance_days") == 10
