from journal_app.core.urge_surfing import phase_at


def test_an_urge_rises_peaks_and_passes():
    names = [phase_at(seconds, 900).name for seconds in (0, 299, 300, 599, 600, 899, 900, 2000)]
    assert names == ["rising", "rising", "peaking", "peaking", "passing", "passing", "done", "done"]
