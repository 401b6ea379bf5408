"""The PDF report, drawn with QtGui only (QPdfWriter, QTextDocument, QPainter; no widgets, no browser)."""
