"""Locking and encryption: the security controller, lock screen, idle lock, encryption and restore dialogs."""
