from journal_app.core.urge_surfing import phase_at


def test_an_urge_rises_peaks_and_passes():
    names = [phase_at(seconds, 900).name for seconds in (0, 299, 300, 599, 600, 899, 900, 2000)]
    assert names == ["rising", "rising", "peaking", "peaking", "passing", "passing", "done", "done"]


def test_the_timer_and_the_urge_text_agree_and_end_with_a_question():
    from journal_app.core.urge_surfing import DEFAULT_MINUTES, DONE

    assert DEFAULT_MINUTES == 20  # urges usually pass within 20 to 30 minutes
    assert DONE.text.endswith("How did it end?") and "rode it out" not in DONE.text
