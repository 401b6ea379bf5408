"""Errors the app explains to a person: each message is one calm, complete sentence."""


class JournalError(Exception):
    """Something a person can understand and act on; shown without a traceback."""


class NotAJournalError(JournalError):
    """The file is not a Recovery Journal database; it is left exactly as it was."""


class JournalInUseError(JournalError):
    """Another Recovery Journal window or command already has this journal open."""


class NewerJournalError(JournalError):
    """The journal was written by a newer version of the app."""
