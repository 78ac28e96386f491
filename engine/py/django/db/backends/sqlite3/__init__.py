"""django.db.backends.sqlite3: connection.features and
connection.introspection for the one SQLite database."""
