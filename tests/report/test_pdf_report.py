"""The PDF report a person hands to a clinician: the chosen range, summary, streaks, charts, signs, entries."""

import re
from datetime import UTC, date, datetime

import pytest

from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import report_data
from journal_app.core.transfer.options import ExportOptions
from journal_app.report import chart, pdf, sections


@pytest.fixture
def story(journal):
    journal.db.execute("INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', '2025-01-01')")
    journal.insert_many(
        [
            Entry(
                kind=EntryKind.CHECK_IN,
                occurred_at=datetime(2025, 1, 5, 9, tzinfo=UTC),
                mood=4,
                craving=7,
                body="Hard morning, but I got through it.",
                warning_signs=["isolation"],
            ),
            Entry(
                kind=EntryKind.USE,
                occurred_at=datetime(2025, 1, 10, 22, tzinfo=UTC),
                substance="Opioids",
                lead_up="Alone all weekend.",
            ),
            Entry(
                kind=EntryKind.CHECK_IN,
                occurred_at=datetime(2025, 1, 20, 9, tzinfo=UTC),
                mood=7,
                craving=3,
                warning_signs=["isolation", "skipping_meetings"],
            ),
            Entry(
                kind=EntryKind.NOTE,
                occurred_at=datetime(2025, 1, 21, 9, tzinfo=UTC),
                title="Secret",
                body="Only for me.",
                private=True,
            ),
        ]
    )
    return journal


def text_of(doc):
    return doc.toPlainText()


def test_report_has_every_section_for_the_chosen_range(qapp, story):
    options = ExportOptions(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31))
    doc = pdf.build_document(story.db, options, 600, now=datetime(2025, 2, 1, tzinfo=UTC))
    text = text_of(doc)
    assert "1 January 2025 – 31 January 2025" in text
    for heading in ("Summary", "Days without use", "Charts", "Warning signs noted", "Entries"):
        assert heading in text
    assert "Private entries are not included." in text and "Only for me." not in text
    assert (
        "21 days without use since 10 January 2025" in text
    )  # the stretch after the lapse, to the end of the range
    assert re.search(re.escape(sections.sign_label("isolation")) + r"\s*noted in 2 entries", text)
    assert sections.sign_label("isolation") != "Isolation"  # the article's own words for the sign
    assert "Warning signs the app noticed" not in text  # detectors read private entries too
    assert "Hard morning, but I got through it." in text


def test_free_text_can_be_left_out(qapp, story):
    doc = pdf.build_document(story.db, ExportOptions(include_text=False), 600)
    assert "Hard morning" not in text_of(doc) and "Written words were left out" in text_of(doc)


def test_streaks_and_summary_come_from_the_core(story):
    data = report_data.build(story.db, ExportOptions(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31)))
    streak = data.streaks[0]
    assert (streak.substance, streak.since, streak.days, streak.longest_in_range) == (
        "Opioids",
        date(2025, 1, 10),  # the use on 10 January: 21 days without use by the 31st
        21,
        21,
    )
    assert data.counts == {"check_in": 2, "use": 1}
    assert [(d.day, d.mood) for d in data.days] == [
        (date(2025, 1, 5), 4),
        (date(2025, 1, 10), None),
        (date(2025, 1, 20), 7),
    ]
    assert data.signs == [("isolation", 2), ("skipping_meetings", 1)]


def test_other_parts_of_the_app_can_add_sections_and_charts(qapp, story, monkeypatch):
    monkeypatch.setattr(
        sections,
        "EXTRA_SECTIONS",
        [lambda db, options, data: sections.Section("Warning signs found", "<p>Craving rose this week.</p>")],
    )
    monkeypatch.setattr(
        sections,
        "chart_hook",
        lambda db, options, data: [("My own chart", chart.draw_mood_craving(data.days, 300, 120))],
    )
    text = text_of(pdf.build_document(story.db, ExportOptions(), 600))
    assert "Craving rose this week." in text and "My own chart" in text
    assert text.index("Warning signs found") < text.index("Entries")


def test_the_simple_chart_draws_the_lines(qapp, story):
    data = report_data.build(story.db, ExportOptions())
    image = chart.draw_mood_craving(data.days, 600, 240)
    colours = {image.pixelColor(x, y).name() for x in range(600) for y in range(240)}
    assert chart.MOOD_COLOUR.name() in colours and chart.CRAVING_COLOUR.name() in colours


def test_pdf_file_has_numbered_pages(qapp, story, tmp_path):
    story.insert_many(
        [
            Entry(
                kind=EntryKind.NOTE,
                occurred_at=datetime(2025, 2, 1, 9, tzinfo=UTC),
                title=f"Note {n}",
                body="A longer thought. " * 40,
            )
            for n in range(60)
        ]
    )
    path = tmp_path / "report.pdf"
    count = pdf.write_report(story.db, path, ExportOptions(), progress=None)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and count == 63
    assert len(re.findall(rb"/Type\s*/Page\b", data)) > 2
    assert pdf.page_label(2, 5) == "Page 2 of 5"
    assert not list(tmp_path.glob(".*partial"))


def test_a_private_lapse_does_not_show_through_the_streaks(story):
    story.insert_many(
        [
            Entry(
                kind=EntryKind.USE,
                occurred_at=datetime(2025, 1, 25, 22, tzinfo=UTC),
                substance="Opioids",
                private=True,
            )
        ]
    )
    jan = {"date_from": date(2025, 1, 1), "date_to": date(2025, 1, 31)}
    shared = report_data.build(story.db, ExportOptions(**jan)).streaks[0]
    assert shared.since == date(2025, 1, 10)  # as if the private entry were not there
    everything = report_data.build(story.db, ExportOptions(include_private=True, **jan)).streaks[0]
    assert everything.since == date(2025, 1, 25)


def test_detected_warning_signs_appear_when_private_entries_are_included(qapp, story):
    from journal_app.core.knowledge import load_knowledge

    doc = pdf.build_document(
        story.db,
        ExportOptions(include_private=True, date_from=date(2025, 1, 1), date_to=date(2025, 1, 31)),
        600,
    )
    text = text_of(doc)
    assert "Warning signs the app noticed" in text
    name = load_knowledge().signs[0].name
    assert sections.sign_label(load_knowledge().signs[0].key) == name
    assert sections.sign_label("made_up_sign") == "Made up sign"


def test_an_urge_that_ended_in_use_ends_a_streak(story):
    from journal_app.core.models import UrgeOutcome

    story.insert_many(
        [
            Entry(
                kind=EntryKind.CRAVING,
                craving=9,
                outcome=UrgeOutcome.USED,
                occurred_at=datetime(2025, 1, 28, 22, tzinfo=UTC),
            )
        ]
    )
    data = report_data.build(story.db, ExportOptions(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31)))
    assert data.streaks[0].since == date(2025, 1, 28)


def test_the_report_shows_the_same_days_without_use_as_the_app(qapp, story):
    from journal_app.core import substances
    from journal_app.core.charts_data import ChartData, DateRange

    options = ExportOptions(include_private=True, date_from=date(2025, 1, 1), date_to=date(2025, 1, 31))
    reported = report_data.build(story.db, options).streaks[0]
    counted = substances.days_without_use(story.db, "opioids", date(2025, 1, 31))
    timeline = ChartData(story.db).streaks(DateRange(date(2025, 1, 1), date(2025, 1, 31)))
    assert reported.days == counted.days == int(timeline.streak[-1]) == 21


def test_a_report_without_private_entries_says_so_beside_the_numbers(qapp, story):
    text = text_of(pdf.build_document(story.db, ExportOptions(), 600))
    assert "Private entries are left out of this report" in text
    text = text_of(pdf.build_document(story.db, ExportOptions(include_private=True), 600))
    assert "Private entries are left out of this report" not in text


def test_charts_sit_two_to_a_row_under_their_captions_and_fill_the_pages(qapp, journal):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QImage

    pictures = []
    for n in range(10):
        image = QImage(1200, 460, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        pictures.append((f"Chart number {n}", image))
    doc = pdf.build_document(journal.db, ExportOptions(), 672, pictures=pictures)
    html = doc.toHtml()
    for n in range(10):  # each caption comes right before its own chart
        assert html.index(f"Chart number {n}") < html.index(f'src="chart-{n}"')
    doc.setPageSize(QSizeF(672, 1000))  # an A4 page's text area, in CSS pixels
    assert doc.pageCount() <= 3  # one chart per page was 10 mostly half-empty pages


def test_a_spanish_report_has_no_english_source_sentence(qapp, story):
    """The whole document's text (headings, captions, summary, dates) in Spanish: no English
    sentence of the core's catalogue is left; the person's own words stay as written."""
    from english_left import english_left

    from journal_app.core import messages

    messages.set_language("es")
    messages.set_date_formatter(None)  # the core's own Spanish dates (a GUI test may have left a QLocale one)
    try:
        options = ExportOptions(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31), include_private=True)
        text = text_of(pdf.build_document(story.db, options, 600, now=datetime(2025, 2, 1, tzinfo=UTC)))
        image = chart.draw_mood_craving(report_data.build(story.db, options).days)
    finally:
        messages.set_language("en")
    assert "Informe de Recovery Journal" in text and "1 de enero de 2025 – 31 de enero de 2025" in text
    assert "Hecho el 1 de febrero de 2025. Se incluyen las entradas privadas." in text
    for heading in ("Resumen", "Días sin consumo", "Gráficos", "Señales de alerta anotadas", "Entradas"):
        assert heading in text
    assert "Opioides" in text and "días sin consumo desde el 10 de enero de 2025" in text
    assert "Registro" in text and "Ánimo 4/10" in text and "Only for me." in text
    for english in ("Summary", "Days without use", "Mood and craving by day", "January", "Check-in"):
        assert english not in text
    assert english_left(text) == [], english_left(text)
    assert not image.isNull()
