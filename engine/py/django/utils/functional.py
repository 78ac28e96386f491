"""django.utils.functional: cached_property, as Django's — the method runs
once per instance and its result replaces the attribute in the instance's
__dict__ (so the next access is a plain attribute; `del obj.attr` makes it
run again). One instance may not serve two names."""


class cached_property:
    name = None

    def __init__(self, func, name=None):
        self.real_func = func
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.name is None:
            self.name = name
        elif name != self.name:
            raise TypeError("Cannot assign the same cached_property to two different names (%r and %r)."
                            % (self.name, name))

    def func(self, instance):
        if self.name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__() on it.")
        return self.real_func(instance)

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class classproperty:
    """A property on the class: Model.meta_thing computed from the class."""

    def __init__(self, method=None):
        self.fget = method

    def __get__(self, instance, cls=None):
        return self.fget(cls)

    def getter(self, method):
        self.fget = method
        return self
