"""django.contrib.postgres: PostgreSQL-only features. Its modules that need
a PostgreSQL driver (aggregates such as StringAgg and ArrayAgg, fields,
expressions, operations) fail to import as they do in Django without
psycopg or psycopg2 installed: ModuleNotFoundError for 'psycopg2', the
second driver django.db.backends.postgresql.psycopg_any tries."""


def _no_driver():
    # kata Python's ModuleNotFoundError takes no name= keyword: set it after
    exc = ModuleNotFoundError("No module named 'psycopg2'")
    exc.name = "psycopg2"
    raise exc
