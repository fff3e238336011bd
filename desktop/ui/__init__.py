"""The PySide6 client: windows, views, item models and dialogs (the only place Qt is imported)."""
