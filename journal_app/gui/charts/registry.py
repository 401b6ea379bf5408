"""Every chart, in the order the dashboard shows them and session mode steps through them."""

from __future__ import annotations

from .adherence import AdherenceChart
from .calendar import CalendarChart
from .coping import CopingChart
from .hour_heatmap import HourWeekdayChart
from .mood_craving import MoodCravingChart
from .scores import ScoresChart
from .sleep import SleepChart
from .streak import StreakChart
from .trigger_craving import TriggerCravingChart
from .trigger_frequency import TriggerFrequencyChart

# in the order the dashboard shows them and session mode steps through them
CHART_TYPES = (
    MoodCravingChart,
    StreakChart,
    TriggerFrequencyChart,
    TriggerCravingChart,
    CopingChart,
    HourWeekdayChart,
    CalendarChart,
    SleepChart,
    AdherenceChart,
    ScoresChart,
)
