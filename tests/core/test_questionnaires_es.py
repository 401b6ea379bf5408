"""The questionnaires in Spanish: the developers' published Spanish, word for word, or English.

``PUBLISHED`` below is the published text, copied a second time from its source (the citation
is in seeds/sources.toml, the key beside each instrument), so an edit to a validated item in
seeds/es/questionnaires.toml — a "better" word, a typo fixed — fails here. Scoring and storage
do not depend on the language the questions were read in.
"""

import json
import tomllib
from itertools import product
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core import questionnaires as q

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PERIOD = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?"
)
ANSWERS = ("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días")
PUBLISHED = {
    q.PHQ9: (
        "phq9_es_us",  # Cuestionario sobre la salud del paciente-9 (PHQ-9), Spanish for the USA
        (
            "Poco interés o placer en hacer cosas",
            "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
            "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
            "Se ha sentido cansado(a) o con poca energía",
            "Sin apetito o ha comido en exceso",
            "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted "
            "mismo(a) o con su familia",
            "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico "
            "o ver la televisión",
            "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – "
            "muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
            "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
        ),
    ),
    q.GAD7: (
        "gad7_es_us",  # GAD-7, Spanish for the USA
        (
            "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
            "No ha sido capaz de parar o controlar su preocupación",
            "Se ha preocupado demasiado por motivos diferentes",
            "Ha tenido dificultad para relajarse",
            "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
            "Se ha molestado o irritado fácilmente",
            "Ha tenido miedo de que algo terrible fuera a pasar",
        ),
    ),
}


@pytest.fixture(autouse=True)
def _english_after():
    yield
    messages.set_language("en")


@pytest.mark.parametrize("key", sorted(PUBLISHED))
def test_in_spanish_the_phq9_and_gad7_are_the_published_spanish_word_for_word(key):
    source, items = PUBLISHED[key]
    spanish = q.instruments("es")[key]
    assert spanish.language == "es"
    assert tuple(question.text for question in spanish.questions) == items
    assert all(question.options == ANSWERS for question in spanish.questions)
    assert spanish.period == PERIOD
    assert spanish.sources[0] == source  # the Spanish version is cited first, then the original study
    assert spanish.sources[1:] == q.instruments("en")[key].sources


def test_each_spanish_version_cites_a_source_that_says_where_it_was_published():
    sources = tomllib.loads((SEEDS / "sources.toml").read_text(encoding="utf-8"))
    for key, (source, _items) in PUBLISHED.items():
        cited = sources[source]
        assert cited["url"].startswith("https://") and cited["title"] and cited["accessed"]
        assert "Pfizer" in cited["publisher"] and "word for word" in cited["note"], key


def test_the_language_shown_chooses_the_wording():
    messages.set_language("es")
    assert q.instruments()[q.PHQ9].questions[0].text == "Poco interés o placer en hacer cosas"
    messages.set_language("en")
    assert q.instruments()[q.PHQ9].questions[0].text == "Little interest or pleasure in doing things"
    assert all(instrument.language == "en" for instrument in q.instruments().values())


def test_the_bam_has_no_published_spanish_so_its_questions_stay_english():
    english, spanish = q.instruments("en")[q.BAM], q.instruments("es")[q.BAM]
    assert spanish.language == "en"  # the app says why, in Spanish (the dialog's wording note)
    assert spanish.questions == english.questions and spanish.period == english.period
    assert spanish.title != english.title and "Brief Addiction Monitor" in spanish.title  # our heading


@pytest.mark.parametrize("key", q.INSTRUMENTS)
def test_a_translation_has_the_same_questions_in_the_same_order(key):
    english, spanish = q.instruments("en")[key], q.instruments("es")[key]
    assert [question.key for question in spanish.questions] == [
        question.key for question in english.questions
    ]
    for ours, theirs in zip(spanish.questions, english.questions, strict=True):
        assert len(ours.options) == len(theirs.options) and ours.scores == theirs.scores
        assert ours.only_if == theirs.only_if
    assert (spanish.short, spanish.every_days) == (english.short, english.every_days)


def test_a_translation_that_does_not_match_item_for_item_or_cites_nothing_is_not_used():
    english = q.instruments("en")[q.PHQ9]
    _source, items = PUBLISHED[q.PHQ9]
    spec = {"title": "Título", "sources": ["phq9_es_us"], "period": PERIOD, "options": list(ANSWERS)}
    short = q._translated(english, {**spec, "items": list(items[:8])}, "es")  # one item missing
    assert short.questions == english.questions and short.language == "en" and short.title == "Título"
    two_answers = q._translated(english, {**spec, "items": list(items), "options": ["Sí", "No"]}, "es")
    assert two_answers.questions == english.questions and two_answers.language == "en"
    uncited = q._translated(english, {**spec, "items": list(items), "sources": []}, "es")
    assert uncited.questions == english.questions and uncited.language == "en"  # a source is required
    assert q._translated(english, None, "es") == english  # no file for the language: English


def _answer_patterns(instrument: q.Instrument) -> list[dict[str, int]]:
    """Sixteen answer sets whose totals run from 0 to the maximum, through every band."""
    keys = [question.key for question in instrument.questions]
    return [
        {key: (index * a + b) % 4 for index, key in enumerate(keys)} for a, b in product(range(4), repeat=2)
    ]


@pytest.mark.parametrize("key", [q.PHQ9, q.GAD7])
def test_scores_are_the_same_whatever_the_language(key):
    patterns = _answer_patterns(q.instruments("en")[key])
    english = [q.score(key, answers) for answers in patterns]
    messages.set_language("es")
    spanish = [q.score(key, answers) for answers in patterns]
    assert [[(s.label, s.value, s.maximum, s.band.key) for s in scores] for scores in spanish] == [
        [(s.label, s.value, s.maximum, s.band.key) for s in scores] for scores in english
    ]
    assert {s.band.name for scores in spanish for s in scores} <= {
        "Mínimo", "Leve", "Moderado", "Moderadamente grave", "Grave"
    }  # fmt: skip
    assert [s.shown_label for s in spanish[0]] == ["Total"]


def test_bam_scores_and_bands_in_spanish():
    answers = {question.key: 0 for question in q.instruments("en")[q.BAM].asked({})}
    english = q.score(q.BAM, answers)
    messages.set_language("es")
    spanish = q.score(q.BAM, answers)
    assert [(s.label, s.value, s.band.key) for s in spanish] == [
        (s.label, s.value, s.band.key) for s in english
    ]
    assert [s.shown_label for s in spanish] == ["Consumo", "Riesgo", "Protección"]
    assert [s.band.name for s in spanish] == ["Sin consumo", "Más bajo", "Bajo"]


def test_a_result_saved_in_spanish_reads_the_same_in_english(journal):
    messages.set_language("es")
    answers = dict(zip("123456789", (1, 2, 3, 0, 1, 2, 3, 0, 0), strict=True))  # item 9: "Ningún día"
    saved = journal.questionnaires.save(q.Result(q.PHQ9, answers))
    (row,) = journal.db.execute("SELECT answers, scores FROM questionnaire_results").fetchall()
    assert json.loads(row[0]) == answers  # the answers are option numbers, in no language
    assert json.loads(row[1]) == {"Total": 12}  # the scores keyed by the English score names
    spanish_band = saved.scores[0].band.name
    messages.set_language("en")
    (again,) = journal.questionnaires.results()
    assert again.answers == answers and again.uuid == saved.uuid
    (score,) = again.scores
    assert (score.label, score.value, score.band.name, spanish_band) == ("Total", 12, "Moderate", "Moderado")
    english_item = q.instruments("en")[q.PHQ9].question("2")
    assert (
        english_item.options[again.answers["2"]] == "More than half the days"
    )  # "Más de la mitad de los días"


def test_the_safety_item_is_the_same_question_in_spanish():
    spanish = q.instruments("es")[q.PHQ9].question(q.PHQ9_SAFETY_ITEM)
    assert spanish.text.startswith("Pensamientos de que estaría mejor muerto(a)")
    assert q.Result(q.PHQ9, {q.PHQ9_SAFETY_ITEM: 1}).needs_help


def test_errors_about_answers_are_in_the_language_shown():
    messages.set_language("es")
    with pytest.raises(q.QuestionnaireError, match="solo se puntúa cuando todas las preguntas"):
        q.score(q.GAD7, {"1": 0})
