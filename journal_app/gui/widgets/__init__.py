"""Small reusable widgets shared by views and dialogs: pickers, the sign picker, progress panel, text blocks."""
