"""abc — abstract base classes as CPython 3.11's: ABCMeta, ABC,
abstractmethod (and abstractclassmethod & co), register() for virtual
subclasses, get_cache_token and update_abstractmethods.

The instantiation check itself is the engine's: ABCMeta sets
__abstractmethods__ on each class, and setting it non-empty marks the
class so that object.__new__ refuses it with CPython's message
("Can't instantiate abstract class X with abstract methods a, b").
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

_cache_token = [0]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings. classmethod, staticmethod and property cannot be
# subclassed in kata Python, so these are functions; the wrappers report
# __isabstractmethod__ from the function they hold.
def abstractclassmethod(callable):
    """Deprecated: use classmethod with abstractmethod instead."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod with abstractmethod instead."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property with abstractmethod instead."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return _cache_token[0]


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _compute_abstracts(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if type.__subclasscheck__(cls, subclass):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for k in cls.__mro__:
            for rcls in k.__dict__.get('_abc_registry', ()):
                if rcls is subclass or issubclass(subclass, rcls):
                    return True
        for scls in _subclasses_of(cls):
            if scls is not cls and issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)


def _subclasses_of(cls):
    # Direct registrations on ABCs below cls are not tracked (kata Python
    # keeps no subclass lists); classes registered on cls itself are.
    return ()


def update_abstractmethods(cls):
    """Recalculate the abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
