# typing — CPython 3.11's `typing` for kata Python, runtime side only: the
# special forms and generic aliases subscript and repr as CPython's do
# (typing.List[int], typing.Optional[str]), TypeVar, Generic and Protocol
# are subclassable, NamedTuple and TypedDict work in both forms.
#
# Kata Python has no metaclasses and single inheritance only, so:
# - Generic[T] and Protocol[T] are (cached) subclasses of Generic/Protocol,
#   so that `class Box(Generic[T])` works; their repr is the class's;
# - a class cannot derive from a subscripted alias (`class C(List[int])`);
# - isinstance() against Protocols is not structural;
# - a TypedDict class makes dict subclass instances (CPython: plain dicts).

import collections
import sys as _sys
import types as _types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, module=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    if isinstance(arg, (_SpecialForm,)) and arg._name in ('ClassVar', 'Final', 'Generic',
                                                          'Protocol', 'Optional', 'Union',
                                                          'Literal', 'Annotated'):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if isinstance(arg, (int, float, bytes)) and not isinstance(arg, bool) or isinstance(arg, tuple):
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        elif not isinstance(a, type):
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list))


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): '
                                                 'constraints must be types.')
                                     for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = 'typing'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]



class _Final:
    """Mixin: no subclassing, read-only."""


class _SpecialForm:
    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))


class _GenericAlias:
    """A subscripted generic: List[int], Union[int, str], Box[T]."""

    def __init__(self, origin, args, *, name=None, form=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._form = form
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __repr__(self):
        form = self._form
        if form == 'Union':
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return 'typing.Optional[%s]' % _type_repr(other)
            return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)
        if form == 'Literal':
            return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)
        if form == 'Annotated':
            return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                                  ', '.join(repr(a) for a in self.__metadata__))
        if form == 'Callable':
            args = self.__args__
            if len(args) == 2 and args[0] is ...:
                return 'typing.Callable[..., %s]' % _type_repr(args[1])
            return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                                  _type_repr(args[-1]))
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return '%s[()]' % name
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if self._form == 'Union' and isinstance(other, _types.UnionType):
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self._form == 'Union' and other._form == 'Union':
            return set(self.__args__) == set(other.__args__)
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self._form == other._form)

    def __hash__(self):
        if self._form == 'Union':
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._form is not None and self._form != 'Callable':
            raise TypeError('Cannot instantiate %r' % (self,))
        return _call_origin(self, args, kwargs)

    def __getitem__(self, args):
        params, args = _types._alias_args(self, args)
        subst = dict(zip(params, args))

        def sub(a):
            if isinstance(a, TypeVar):
                return subst[a]
            if isinstance(a, _GenericAlias) and a.__parameters__:
                return a[tuple(subst[p] for p in a.__parameters__)]
            return a
        new = tuple(sub(a) for a in self.__args__)
        if self._form == 'Union':
            return Union[new]
        return _GenericAlias(self.__origin__, new, name=self._name, form=self._form)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_form':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        # as CPython's: Generic[T] next to another generic base adds nothing;
        # List[int] and Box[int] add their origin, and Generic unless a
        # later base is generic already
        if self._form == 'Union':
            raise TypeError('Cannot subclass %r' % (self,))
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (Generic,)
        if self.__origin__ is Protocol:
            return (Protocol,)
        return _origin_entries(self, bases)


def _origin_entries(alias, bases):
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or \
                isinstance(b, type) and issubclass(b, Generic):
            break
    else:
        res.append(Generic)
    return tuple(res)


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y] (and Optional[X]): equal to the X | Y of PEP 604."""


# The aliases of builtins CPython's typing refuses to call (inst=False);
# typing.Counter() and typing.Deque[int]() make a Counter and a deque.
_NOT_INSTANTIABLE = ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type')


def _call_origin(alias, args, kwargs):
    """List[int](), Counter(): the origin class called, as CPython's
    _BaseGenericAlias.__call__ (with __orig_class__ set where it can be)."""
    if alias._name in _NOT_INSTANTIABLE:
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (alias._name, alias.__origin__.__name__))
    result = alias.__origin__(*args, **kwargs)
    try:
        result.__orig_class__ = alias
    except AttributeError:
        pass
    return result


class _SpecialGenericAlias:
    """An unsubscripted alias of a builtin or abstract class: typing.List.
    The origin of an alias of a collections.abc class is given by name
    and imported when first used, so that `import typing` alone does not
    load collections.abc."""

    def __init__(self, origin, nparams, name, *, tuple_like=False):
        self._origin = origin
        self._nparams = nparams
        self._name = name
        self._tuple_like = tuple_like

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, str):
            import collections.abc
            module, _, attr = origin.rpartition('.')
            origin = getattr(collections.abc if module == 'collections.abc' else collections, attr)
            self._origin = origin
        return origin

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        return _call_origin(self, args, kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._tuple_like:
            if params == ((),):
                return _GenericAlias(self.__origin__, (), name=self._name)
            if len(params) == 2 and params[1] is ...:
                return _GenericAlias(self.__origin__, (_type_check(params[0], ''), ...),
                                     name=self._name)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if not self._tuple_like and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __mro_entries__(self, bases):
        return _origin_entries(self, bases)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            return _GenericAlias(self.__origin__, (..., result), name='Callable', form='Callable')
        if not isinstance(args, list):
            raise TypeError('Callable[args, result]: args must be a list. Got %.100r.' % (args,))
        args = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                     for a in args)
        return _GenericAlias(self.__origin__, args + (result,), name='Callable',
                             form='Callable')


# ------------------------------------------------------------ special forms

def _any_getitem(self, params):
    raise TypeError('%r is not subscriptable' % (self,))


Any = _SpecialForm('Any', 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn', 'Special type indicating functions that never return.')
Never = _SpecialForm('Never', 'The bottom type.')
Self = _SpecialForm('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _SpecialForm('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _SpecialForm('TypeAlias', 'Special form for marking type aliases.')


def _classvar_getitem(self, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % self._name)
    return _GenericAlias(self, (item,), name=self._name, form=None)


ClassVar = _SpecialForm('ClassVar', 'Special type construct to mark class variables.',
                        _classvar_getitem)
Final = _SpecialForm('Final', 'Special typing construct to indicate final names.',
                     _classvar_getitem)
TypeGuard = _SpecialForm('TypeGuard', 'Special typing form used to annotate the return '
                         'type of a user-defined type guard function.', _classvar_getitem)
Required = _SpecialForm('Required', 'A special typing construct to mark a key of a total=False '
                        'TypedDict as required.', _classvar_getitem)
NotRequired = _SpecialForm('NotRequired', 'A special typing construct to mark a key of a '
                           'TypedDict as potentially missing.', _classvar_getitem)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _GenericAlias) and p._form == 'Union' or isinstance(p, _types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), form='Union')


Union = _SpecialForm('Union', 'Union type; Union[X, Y] means either X or Y.', _union_getitem)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, '%r requires a single type.' % (self,))
    return Union[arg, type(None)]


Optional = _SpecialForm('Optional', 'Optional type.', _optional_getitem)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p._form == 'Literal':
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if not any(q == s and type(q) is type(s) for s in seen):
                seen.append(q)
    return _GenericAlias(self, tuple(seen), form='Literal')


Literal = _SpecialForm('Literal', 'Special typing form to define literal types.',
                       _literal_getitem)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
    metadata = tuple(params[1:])
    if isinstance(origin, _GenericAlias) and origin._form == 'Annotated':
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    alias = _GenericAlias(origin, (origin,), form='Annotated')
    alias.__metadata__ = metadata
    return alias


Annotated = _SpecialForm('Annotated', 'Add context-specific metadata to a type.',
                         _annotated_getitem)


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name='Concatenate')


Concatenate = _SpecialForm('Concatenate', 'Used in conjunction with ParamSpec and Callable.',
                           _concatenate_getitem)


# ------------------------------------------------------------ generic aliases

List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', tuple_like=True)
Type = _SpecialGenericAlias(type, 1, 'Type')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


class _Abstract:
    """Stand-ins for the classes of contextlib and re that typing names."""


def _abstract(name):
    return type(name, (_Abstract,), {'__module__': 'collections.abc', '__qualname__': name})


Callable = _CallableAlias('collections.abc.Callable', -1, 'Callable')
Iterable = _SpecialGenericAlias('collections.abc.Iterable', 1, 'Iterable')
Iterator = _SpecialGenericAlias('collections.abc.Iterator', 1, 'Iterator')
Generator = _SpecialGenericAlias('collections.abc.Generator', 3, 'Generator')
Reversible = _SpecialGenericAlias('collections.abc.Reversible', 1, 'Reversible')
Container = _SpecialGenericAlias('collections.abc.Container', 1, 'Container')
Collection = _SpecialGenericAlias('collections.abc.Collection', 1, 'Collection')
Sequence = _SpecialGenericAlias('collections.abc.Sequence', 1, 'Sequence')
MutableSequence = _SpecialGenericAlias('collections.abc.MutableSequence', 1, 'MutableSequence')
AbstractSet = _SpecialGenericAlias('collections.abc.Set', 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias('collections.abc.MutableSet', 1, 'MutableSet')
Mapping = _SpecialGenericAlias('collections.abc.Mapping', 2, 'Mapping')
MutableMapping = _SpecialGenericAlias('collections.abc.MutableMapping', 2, 'MutableMapping')
MappingView = _SpecialGenericAlias('collections.abc.MappingView', 1, 'MappingView')
KeysView = _SpecialGenericAlias('collections.abc.KeysView', 1, 'KeysView')
ItemsView = _SpecialGenericAlias('collections.abc.ItemsView', 2, 'ItemsView')
ValuesView = _SpecialGenericAlias('collections.abc.ValuesView', 1, 'ValuesView')
Awaitable = _SpecialGenericAlias('collections.abc.Awaitable', 1, 'Awaitable')
Coroutine = _SpecialGenericAlias('collections.abc.Coroutine', 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias('collections.abc.AsyncIterable', 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias('collections.abc.AsyncIterator', 1, 'AsyncIterator')
Hashable = _SpecialGenericAlias('collections.abc.Hashable', 0, 'Hashable')
Sized = _SpecialGenericAlias('collections.abc.Sized', 0, 'Sized')
ByteString = _SpecialGenericAlias('collections.abc.ByteString', 0, 'ByteString')
ContextManager = _SpecialGenericAlias(_abstract('AbstractContextManager'), 1, 'ContextManager')
ChainMap = _SpecialGenericAlias('collections.ChainMap', 2, 'ChainMap')
Pattern = _SpecialGenericAlias(_abstract('Pattern'), 1, 'Pattern')
Match = _SpecialGenericAlias(_abstract('Match'), 1, 'Match')


# ------------------------------------------------------------ Generic, Protocol

def _generic_class_getitem(cls, params, form):
    if not isinstance(params, tuple):
        params = (params,)
    if not params and cls.__name__ != 'Tuple':
        raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
    if cls is Generic or cls is Protocol:
        for p in params:
            if not isinstance(p, TypeVar):
                raise TypeError('Parameters to %s[...] must all be type variables or '
                                'parameter specification variables.' % cls.__name__)
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        return _GenericAlias(cls, params)
    own = cls.__dict__.get('__parameters__', ())
    if not own:
        raise TypeError('%s is not a generic class' % _type_repr(cls))
    params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
    if len(params) != len(own):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(params) > len(own) else 'few', cls,
                           len(params), len(own)))
    return _GenericAlias(cls, params)


class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params, 'Generic')

    def __init_subclass__(cls, *args, **kwargs):
        # CPython 3.11's: the type variables of the generic bases, in order,
        # or exactly those of a Generic[...] among them
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (s_vars, s_args))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    """Base class for protocol classes (checked nominally in kata Python)."""

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params, 'Protocol')

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


Generic.__parameters__ = ()
Protocol._is_protocol = True


def runtime_checkable(cls):
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        'got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ------------------------------------------------------------ NamedTuple, TypedDict

def _namedtuple_fields(typename, fields, defaults, module):
    nt = collections.namedtuple(typename, [n for n, t in fields], defaults=defaults,
                                module=module)
    nt.__annotations__ = dict(fields)
    return nt


class NamedTuple(tuple):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or a class."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls, ())
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to '
                            'NamedTuple, not both')
        types = [(n, _type_check(t, 'field annotation must be a type')) for n, t in fields]
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            module = '__main__'
        return _namedtuple_fields(typename, types, None, module)

    def __init_subclass__(cls, **kwargs):
        ann = cls.__dict__.get('__annotations__', {})
        msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
        fields = [(n, _type_check(t, msg)) for n, t in ann.items()]
        defaults = []
        names = []
        for name, t in fields:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default '
                                'field%s %s' % (name, 's' if len(defaults) > 1 else '',
                                                ', '.join(names[-len(defaults):])))
            names.append(name)
        nt = _namedtuple_fields(cls.__name__, fields, defaults, cls.__module__)
        for key in ('__new__', '_make', '_replace', '__repr__', '_asdict',
                    '__getnewargs__', '__reduce__', '__setattr__', '_fields',
                    '_field_defaults', '__match_args__'):
            setattr(cls, key, nt.__dict__[key])
        for name in names:
            setattr(cls, name, nt.__dict__[name])
        cls.__annotations__ = dict(fields)


class TypedDict(dict):
    """A dict with typed keys: TypedDict('Movie', {'name': str}) or a class."""

    def __new__(cls, *args, **kwargs):
        if cls is not TypedDict:
            return dict.__new__(cls)
        typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
        total = kwargs.pop('total', True) if len(args) > 1 else True
        return type(typename, (TypedDict,), {'__annotations__': dict(fields),
                                             '__total__': total,
                                             '__module__': '__main__'})

    def __init__(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        ann = {}
        for base in reversed(cls.__mro__[1:]):
            ann.update(base.__dict__.get('__annotations__', {}))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        for n, t in cls.__dict__.get('__annotations__', {}).items():
            ann[n] = _type_check(t, msg, module=cls.__module__)
        cls.__annotations__ = ann
        if '__total__' not in cls.__dict__:
            cls.__total__ = True
        keys = frozenset(ann)
        cls.__required_keys__ = keys if cls.__total__ else frozenset()
        cls.__optional_keys__ = frozenset() if cls.__total__ else keys


# ------------------------------------------------------------ functions

def cast(typ, val):
    """Cast a value to a type (does nothing at runtime)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-ed.')


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods."""
    _overload_registry.setdefault(getattr(func, '__qualname__', None), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj):
    print('Runtime type is %r' % (type(obj).__name__,), file=_sys.stderr)
    return obj


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp._form == 'Annotated':
            return Annotated
        if tp._form == 'Union':
            return Union
        return tp.__origin__
    if type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._form == 'Annotated':
            return (tp.__origin__,) + tp.__metadata__
        args = tp.__args__
        if tp._form == 'Callable' and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ == 'GenericAlias' or isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


# A small evaluator for string annotations (kata Python has no eval()):
# names, dotted names, subscripts, None, string and number literals, `...`.

def _eval_str(text, globalns, localns):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            tokens.append(('name', text[i:j]))
            i = j
        elif c.isdigit() or c == '-' and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(('const', int(text[i:j])))
            i = j
        elif c in '\'"':
            j = text.index(c, i + 1)
            tokens.append(('const', text[i + 1:j]))
            i = j + 1
        elif text.startswith('...', i):
            tokens.append(('const', ...))
            i += 3
        elif c in '[],.|':
            tokens.append((c, c))
            i += 1
        else:
            raise SyntaxError('invalid syntax in annotation %r' % (text,))
    pos = [0]

    def peek():
        return tokens[pos[0]][0] if pos[0] < len(tokens) else None

    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]

    def lookup(name):
        if localns is not None and name in localns:
            return localns[name]
        if name in globalns:
            return globalns[name]
        builtin = {'int': int, 'str': str, 'float': float, 'bool': bool, 'bytes': bytes,
                   'list': list, 'dict': dict, 'set': set, 'tuple': tuple,
                   'frozenset': frozenset, 'type': type, 'object': object, 'None': None}
        if name in builtin:
            return builtin[name]
        raise NameError("name '%s' is not defined" % name)

    def atom():
        kind, val = take()
        if kind == 'const':
            return val
        if kind == '[':
            items = []
            while peek() != ']':
                items.append(union())
                if peek() == ',':
                    take()
            take()
            return items
        if kind != 'name':
            raise SyntaxError('invalid syntax in annotation %r' % (text,))
        obj = lookup(val)
        while peek() in ('.', '['):
            if take()[0] == '.':
                obj = getattr(obj, take()[1])
            else:
                items = [union()]
                while peek() == ',':
                    take()
                    if peek() == ']':
                        break
                    items.append(union())
                take()
                obj = obj[items[0] if len(items) == 1 else tuple(items)]
        return obj

    def union():
        left = atom()
        while peek() == '|':
            take()
            left = left | atom()
        return left

    result = union()
    if pos[0] != len(tokens):
        raise SyntaxError('invalid syntax in annotation %r' % (text,))
    return result


def _resolve(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _resolve(_eval_str(value.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(value, (_types.GenericAlias, _types.UnionType)):
        # list['Entry'], 'Entry' | None: the strings inside resolved too
        args = tuple(_resolve(a, globalns, localns) for a in value.__args__)
        if isinstance(value, _types.UnionType):
            result = args[0]
            for a in args[1:]:
                result = result | a
            return result
        return _types.GenericAlias(value.__origin__, args)
    if isinstance(value, _GenericAlias) and value._form != 'Literal' and \
            any(isinstance(a, (str, ForwardRef)) for a in value.__args__):
        args = tuple(_resolve(a, globalns, localns) for a in value.__args__)
        if value._form == 'Union':
            return Union[args]
        new = _GenericAlias(value.__origin__, args, name=value._name, form=value._form)
        if value._form == 'Annotated':
            new.__metadata__ = value.__metadata__
        return new
    return value


def _strip_annotations(t):
    if isinstance(t, _GenericAlias):
        if t._form == 'Annotated':
            return _strip_annotations(t.__origin__)
        if t._form in ('Union',):
            return Union[tuple(_strip_annotations(a) for a in t.__args__)]
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object, resolving string annotations."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = mod.__dict__ if mod is not None else {}
            else:
                base_globals = globalns
            base_locals = dict(base.__dict__) if localns is None else localns
            if localns is None and globalns is None:
                # as CPython: the module's names before the class's
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _resolve(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (int, str, float, list, dict, tuple, type(None))):
                raise TypeError('%r is not a module, class, method, or function.' % (obj,))
            return {}
        if globalns is None:
            globalns = getattr(obj, '__globals__', None)
            if globalns is None:
                mod = _sys.modules.get(getattr(obj, '__module__', None) or '__main__')
                globalns = mod.__dict__ if mod is not None else {}
        for name, value in ann.items():
            hints[name] = _resolve(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class ParamSpec:
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def override(method):
    return method
