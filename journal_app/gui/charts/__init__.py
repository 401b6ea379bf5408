"""The charts (pyqtgraph), one per module, and the dashboard and session mode that show them.

Nothing is imported here, so the main window can offer session mode
(``session_action``) without loading pyqtgraph until charts are shown.
The list of charts is ``registry.CHART_TYPES``.
"""
