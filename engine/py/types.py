# types — the parts of CPython 3.11's `types` module kata Python can offer:
# SimpleNamespace, MappingProxyType, GenericAlias (what list[int] builds,
# see class_subscript in engine/obj_proto.c), UnionType (what int | None
# builds, see type_binop in engine/obj.c) and the names of the builtin
# types (TracebackType too; FrameType and CodeType are not there). No
# metaclass machinery (new_class, prepare_class) yet.


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
GeneratorType = type(_g())
import sys as _sys
ModuleType = type(_sys)
del _sys
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
del _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running.get(id(self)):
            return name + '(...)'
        _repr_running[id(self)] = True
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            del _repr_running[id(self)]

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's type is named 'types.SimpleNamespace' in C.
        raise TypeError("unhashable type: 'types.SimpleNamespace'")

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = {}


class MappingProxyType:
    """Read-only proxy of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _type_repr(obj):
    # As genericaliasobject.c's ga_repr_item.
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if type(a).__name__ == 'TypeVar' and a not in params:
                params.append(a)
        object.__setattr__(self, '__parameters__', tuple(params))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __repr__(self):
        if len(self.__args__) == 0:
            return '%s[()]' % _type_repr(self.__origin__)
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if len(item) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(item) > len(params) else 'few', self,
                               len(item), len(params)))
        subst = dict(zip(params, item))
        return GenericAlias(self.__origin__,
                            tuple(subst.get(a, a) if type(a).__name__ == 'TypeVar' else a
                                  for a in self.__args__))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _union_repr(obj):
    # As unionobject.c's union_repr_item.
    if obj is NoneType:
        return 'None'
    return _type_repr(obj)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join(_union_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __getitem__(self, item):
        params, item = _alias_args(self, item)
        subst = dict(zip(params, item))
        result = None
        for a in self.__args__:
            if type(a).__name__ == 'TypeVar':
                a = subst.get(a, a)
            elif getattr(a, '__parameters__', None) and not isinstance(a, type):
                a = a[tuple(subst[p] for p in a.__parameters__)]
            result = a if result is None else result | a
        return result

    def __setattr__(self, name, value):
        raise AttributeError("'types.UnionType' object has no attribute '%s'" % name)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _alias_args(alias, args):
    """A parameterized alias subscripted again (list[T][int], Box[T][int]):
    (its type variables, the arguments as a tuple), or CPython's TypeError."""
    params = alias.__parameters__
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if not isinstance(args, tuple):
        args = (args,)
    if len(args) != len(params):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                        % ('many' if len(args) > len(params) else 'few', alias,
                           len(args), len(params)))
    return params, args


def _union_or(left, right):
    # type.__or__ and __ror__ (engine/obj.c) and the two classes above:
    # the union of left and right, flattened and without duplicates, None
    # as NoneType; one type alone is itself. NotImplemented unless both
    # sides are types, None, generic aliases or unions (as CPython's
    # _Py_union_type_or).
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        for a in side.__args__ if isinstance(side, UnionType) else (side,):
            if a is None:
                a = NoneType
            for b in args:
                if a is b or isinstance(a, GenericAlias) and isinstance(b, GenericAlias) and a == b:
                    break
            else:
                args.append(a)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    object.__setattr__(union, '__args__', tuple(args))
    params = []
    for a in args:
        if type(a).__name__ == 'TypeVar':
            if a not in params:
                params.append(a)
        elif not isinstance(a, type):
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    object.__setattr__(union, '__parameters__', tuple(params))
    return union
