"""django.utils.connection: ConnectionDoesNotExist (an alias that is not
in DATABASES), ConnectionProxy and the handler base, as in Django. The
sandbox has one database, "default"."""


class ConnectionDoesNotExist(Exception):
    pass


class ConnectionProxy:
    """Django's stand-in for connections[alias]: every attribute goes to
    the connection the alias names."""

    def __init__(self, connections, alias):
        self.__dict__["_connections"] = connections
        self.__dict__["_alias"] = alias

    def __getattr__(self, item):
        return getattr(self._connections[self._alias], item)

    def __setattr__(self, name, value):
        return setattr(self._connections[self._alias], name, value)

    def __delattr__(self, name):
        return delattr(self._connections[self._alias], name)

    def __contains__(self, key):
        return key in self._connections[self._alias]

    def __eq__(self, other):
        return self._connections[self._alias] == other


class BaseConnectionHandler:
    settings_name = None
    exception_class = ConnectionDoesNotExist

    def __init__(self, settings=None):
        self._settings = settings

    @property
    def settings(self):
        return self._settings

    def __getitem__(self, alias):
        if alias not in self.settings:
            raise self.exception_class("The connection '%s' doesn't exist." % alias)
        return self.create_connection(alias)

    def __setitem__(self, key, value):
        raise TypeError("connections cannot be replaced in the sandbox")

    def __delitem__(self, key):
        raise TypeError("connections cannot be removed in the sandbox")

    def __iter__(self):
        return iter(self.settings)

    def all(self, initialized_only=False):
        return [self[alias] for alias in self]

    def close_all(self):
        pass
