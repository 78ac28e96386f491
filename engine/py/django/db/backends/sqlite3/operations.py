"""django.db.backends.sqlite3.operations: connection.ops (DatabaseOperations)
and connection.settings_dict, as Django 5.2's SQLite backend has them.

Only the little learners call directly when writing raw SQL by hand:
quote_name(), the limits, the EXPLAIN prefix. settings_dict is the
harness's DATABASES["default"] with Django's defaults filled in; NAME is
":memory:", where ormkata's database lives (Django names its file).
"""


class DatabaseOperations:
    compiler_module = "django.db.models.sql.compiler"
    explain_prefix = "EXPLAIN QUERY PLAN"

    def __init__(self, connection):
        self.connection = connection

    def quote_name(self, name):
        """name in double quotes, unless it is quoted already."""
        if name.startswith('"') and name.endswith('"'):
            return name
        return '"%s"' % name

    def max_name_length(self):
        return None

    def max_in_list_size(self):
        return None

    def no_limit_value(self):
        return -1

    def pk_default_value(self):
        return "NULL"


def settings_dict(connection):
    """A fresh connection's settings_dict (the connection keeps it)."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
        "ATOMIC_REQUESTS": False,
        "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "OPTIONS": {},
        "TIME_ZONE": None,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "TEST": {"CHARSET": None, "COLLATION": None, "MIGRATE": True, "MIRROR": None, "NAME": None},
    }
