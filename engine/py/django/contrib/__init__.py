"""django.contrib: only what the SQLite emulation can answer."""
