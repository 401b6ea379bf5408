from journal_app.core.words import counted, plural


def test_one_is_singular_and_everything_else_plural():
    assert counted(1, "day") == "1 day"
    assert counted(0, "day") == "0 days"
    assert counted(2, "entry") == "2 entries"
    assert counted(1, "entry") == "1 entry"
    assert counted(1200, "backup") == "1,200 backups"
    assert counted(1.5, "hour") == "1.5 hours"
    assert plural("was", 1) == "was" and plural("was", 3) == "were"
    assert plural("day", 2) == "days"  # a vowel before the y
