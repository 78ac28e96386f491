"""abc — abstract base classes as CPython 3.11's: ABCMeta, ABC,
abstractmethod (and abstractclassmethod & co), register() for virtual
subclasses, get_cache_token and update_abstractmethods.

The instantiation check itself is the engine's: ABCMeta sets
__abstractmethods__ on each class, and setting it non-empty marks the
class so that object.__new__ refuses it with CPython's message
("Can't instantiate abstract class X with abstract methods a, b").

isinstance/issubclass go as CPython's _abc does them: the caches, then
__subclasshook__, the MRO, the registered classes and the subclasses
(which ABCMeta records itself: kata Python has no type.__subclasses__).
An ABC's __abc_tpflags__ (collections.abc's Sequence and Mapping) marks it,
and what register() adds to it, for the match statement (_abc_native).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

import _abc_native

# ABCMeta's invalidation counter: bumped by every register(), it clears the
# negative caches (get_cache_token() returns it).
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


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class _abc_data:
    """An ABC's state, kept in its own _abc_impl as CPython's _abc keeps it:
    the registered virtual subclasses, the positive and negative caches of
    __subclasscheck__, and (kata Python has no type.__subclasses__) the
    classes that derive from the ABC directly."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version',
                 'subclasses')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _cache_token[0]
        self.subclasses = []


def _impl(cls):
    impl = cls.__dict__.get('_abc_impl')
    if impl is None:
        raise TypeError('_abc_impl is set to a wrong type')
    return impl


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        # collections.abc's Sequence and Mapping mark themselves (and so
        # their subclasses) for the match statement, as CPython's _abc does
        flags = None
        if '__abc_tpflags__' in namespace:
            namespace = dict(namespace)
            flags = namespace.pop('__abc_tpflags__')
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = base.__dict__.get('_abc_impl') if isinstance(base, ABCMeta) else None
            if impl is not None:
                impl.subclasses.append(cls)
        if type(flags) is int:
            if flags & (1 << 5):
                _abc_native.set_collection_flag(cls, 1)
            elif flags & (1 << 6):
                _abc_native.set_collection_flag(cls, 2)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Subtle: test for cycles *after* testing for "already a subclass";
        # this means we allow X.register(X) and interpret it as a no-op.
        if issubclass(cls, subclass):
            # This would create a cycle, which is bad for the algorithm below
            raise RuntimeError('Refusing to create an inheritance cycle')
        impl = _impl(cls)
        if subclass not in impl.registry:
            impl.registry.append(subclass)
        _cache_token[0] += 1  # Invalidate negative cache
        kind = _abc_native.collection_kind(cls)
        if kind:
            _abc_native.set_collection_flag(subclass, kind)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = _impl(cls)
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _cache_token[0] and
                    subclass in impl.negative_cache):
                return False
            # Fall back to the subclass check.
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = _impl(cls)
        # Check cache
        if subclass in impl.cache:
            return True
        # Check negative cache; may have to invalidate
        if impl.negative_cache_version < _cache_token[0]:
            impl.negative_cache = set()
            impl.negative_cache_version = _cache_token[0]
        elif subclass in impl.negative_cache:
            return False
        # Check the subclass hook
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok is True:
                impl.cache.add(subclass)
                return True
            if ok is False:
                impl.negative_cache.add(subclass)
                return False
            raise AssertionError('__subclasshook__ must return either False, True, '
                                 'or NotImplemented')
        # Check if it's a direct subclass
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        # Check if it's a subclass of a registered class (recursive)
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        # Check if it's a subclass of a subclass (recursive)
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        # No dice; update negative cache
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        impl = _impl(cls)
        impl.cache.clear()
        impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
