"""Questionnaire scores over time: on the Charts view, in session mode (never private ones), and in
the PDF report only when the person chose."""

from datetime import datetime

from chart_helpers import MAY

from journal_app.core import questionnaires as q
from journal_app.core.charts_data import ChartData
from journal_app.gui.charts.report_images import chart_images
from journal_app.gui.charts.scores import ScoresChart


def phq9(journal, day, total, *, private=False):
    answers = {str(k): 0 for k in range(1, 10)}
    for k in range(1, total + 1):
        answers[str((k - 1) % 8 + 1)] += 1  # items 1–8 only: item 9 stays "Not at all"
    taken = datetime(2025, 5, day, 9, 0).astimezone()
    return journal.questionnaires.save(q.Result(q.PHQ9, answers, taken_at=taken, private=private))


def test_scores_over_time_are_drawn_and_said_in_words(qtbot, journal):
    phq9(journal, 2, 12)
    phq9(journal, 9, 6)
    chart = ScoresChart()
    qtbot.addWidget(chart)
    chart.show_data(ChartData(journal.db), MAY)
    assert "PHQ-9: latest 6 of 27 (mild)" in chart.summary.text()
    chart.refresh_table()
    _headers, rows = chart.table_data()
    assert [row[:3] for row in rows] == [["2025-05-02", "PHQ-9", 12], ["2025-05-09", "PHQ-9", 6]]
    assert rows[0][4] == "Moderate"


def test_private_results_stay_out_of_session_figures(qtbot, journal):
    phq9(journal, 3, 15, private=True)
    chart = ScoresChart()
    qtbot.addWidget(chart)
    chart.show_data(ChartData(journal.db, include_private=False), MAY)
    assert chart.series == [] and "No questionnaires" in chart.summary.text()


def test_scores_go_into_the_report_only_when_chosen(qtbot, journal):
    phq9(journal, 2, 12)
    titles = [title for title, _ in chart_images(journal, MAY, include_private=True)]
    assert not any(title.startswith("Questionnaire scores") for title in titles)
    journal.set_setting("report.questionnaire_scores", True)
    titles = [title for title, _ in chart_images(journal, MAY, include_private=True)]
    assert any(title.startswith("Questionnaire scores") for title in titles)


def test_the_bams_scores_are_named_in_the_language_shown(qtbot, journal):
    """In Spanish the key, summary and table name the BAM's scores in Spanish; the English names
    (which pick each score's colour and marker) do not show."""
    from spanish_walk import back_to_english, use_language

    answers = {question.key: 0 for question in q.instruments("en")[q.BAM].questions}
    taken = datetime(2025, 5, 6, 9, 0).astimezone()
    journal.questionnaires.save(q.Result(q.BAM, answers, taken_at=taken))
    use_language("es")
    try:
        chart = ScoresChart()
        qtbot.addWidget(chart)
        chart.show_data(ChartData(journal.db), MAY)
        names = [series.shown_label for series in chart.series]
        assert names == ["BAM consumo", "BAM riesgo", "BAM protección"]
        assert "BAM riesgo" in chart.summary.text() and "BAM risk" not in chart.summary.text()
        chart.refresh_table()
        assert {row[1] for row in chart.table_data()[1]} == set(names)
    finally:
        back_to_english()
