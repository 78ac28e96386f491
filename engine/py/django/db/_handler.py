"""The parts of Django's django/db/utils.py and django/db/__init__.py
beyond the connection and the exceptions (which are native, in
mod_django_db.c): DEFAULT_DB_ALIAS, connections, router. django.db and
django.db.utils hand these names out on first use (their __getattr__).

The sandbox has one database, "default"; any other alias is Django's
ConnectionDoesNotExist, raised where Django raises it: on connections[alias],
so when a query using() it runs, not when it is built."""
import sys

from django.utils.connection import BaseConnectionHandler, ConnectionDoesNotExist, ConnectionProxy

DEFAULT_DB_ALIAS = "default"
DJANGO_VERSION_PICKLE_KEY = "_django_version"


class ConnectionHandler(BaseConnectionHandler):
    settings_name = "DATABASES"

    @property
    def settings(self):
        from django.db import _connection
        return {DEFAULT_DB_ALIAS: _connection.settings_dict}

    @property
    def databases(self):
        return self.settings

    def create_connection(self, alias):
        from django.db import _connection
        return _connection


class ConnectionRouter:
    """No DATABASE_ROUTERS: every read and write goes to "default"."""

    def __init__(self, routers=None):
        self._routers = routers

    @property
    def routers(self):
        return []

    def db_for_read(self, model, **hints):
        instance = hints.get("instance")
        if instance is not None and instance._state.db:
            return instance._state.db
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return self.db_for_read(model, **hints)

    def allow_relation(self, obj1, obj2, **hints):
        return obj1._state.db == obj2._state.db

    def allow_migrate(self, db, app_label, **hints):
        return True

    def allow_migrate_model(self, db, model):
        return True

    def get_migratable_models(self, app_config, db, include_auto_created=False):
        return []


connections = ConnectionHandler()
router = ConnectionRouter()
connection = ConnectionProxy(connections, DEFAULT_DB_ALIAS)


def close_old_connections(**kwargs):
    """Django closes connections past CONN_MAX_AGE; the sandbox's one
    connection lives as long as the run."""


# what django.db hands out, and what django.db.utils does
DB_NAMES = ("connection", "DEFAULT_DB_ALIAS", "DJANGO_VERSION_PICKLE_KEY", "connections", "router",
            "close_old_connections", "ConnectionHandler", "ConnectionRouter", "ConnectionProxy")
UTILS_NAMES = ("DEFAULT_DB_ALIAS", "DJANGO_VERSION_PICKLE_KEY", "ConnectionHandler", "ConnectionRouter",
               "ConnectionDoesNotExist")


def db_getattr(module, names, name):
    if name in names:
        value = globals()[name]
        # kept in the module, so that the next lookup finds it there
        setattr(sys.modules[module], name, value)
        return value
    raise AttributeError("module %r has no attribute %r" % (module, name))
