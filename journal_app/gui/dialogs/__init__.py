"""Dialogs opened from the main window and the views: import, export, urge, safety, get help."""
