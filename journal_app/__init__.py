"""Recovery Journal: a private, offline journal for recovery from substance use."""

__version__ = "0.1.0"
APP_ID = "io.github.recoveryjournal.RecoveryJournal"
APP_NAME = "Recovery Journal"
