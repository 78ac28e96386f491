# dataclasses — CPython 3.11's @dataclass for kata Python: the same fields,
# generated methods, hashing rules and error messages. Kata Python has no
# exec(), so the generated methods are closures over the field list rather
# than compiled source; their __qualname__ (and so their argument errors)
# match CPython's ("Point.__init__() missing 1 required positional
# argument: 'y'"). Not supported: slots=True, weakref_slot.

import copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        pass


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a_type):
    return type(a_type).__name__ == '_GenericAlias' and \
        repr(a_type).startswith('typing.ClassVar') or \
        type(a_type).__name__ == '_SpecialForm' and repr(a_type) == 'typing.ClassVar'


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _leading_name(text, i):
    # The identifier at text[i:] after blanks, and where it ends.
    while i < len(text) and text[i].isspace():
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == '_'):
        j += 1
    return text[i:j], j


def _is_type_str(annotation, cls, module_name, is_type):
    # A string annotation (PEP 563) names ClassVar / InitVar when it starts
    # with `Name` or `module.Name` and, in the class's module, `module` is
    # that module and `Name` that object (CPython's _is_type; it reads
    # Name in the class's module even for `typing.ClassVar`).
    first, end = _leading_name(annotation, 0)
    if not first:
        return False
    name, module = first, None
    rest = end
    while rest < len(annotation) and annotation[rest].isspace():
        rest += 1
    if rest < len(annotation) and annotation[rest] == '.':
        second, _ = _leading_name(annotation, rest + 1)
        if second:
            module, name = first, second
    if module is None:
        # (an AttributeError when the class's module is not in sys.modules,
        # as in CPython)
        ns = sys.modules.get(cls.__module__).__dict__
    else:
        mod = sys.modules.get(cls.__module__)
        if not mod or mod.__dict__.get(module) is not sys.modules.get(module_name):
            return False
        ns = mod.__dict__
    return bool(is_type(ns.get(name)))


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        if _is_type_str(a_type, cls, 'typing', _is_classvar):
            f._field_type = _FIELD_CLASSVAR
        elif _is_type_str(a_type, cls, 'dataclasses', _is_initvar):
            f._field_type = _FIELD_INITVAR
    elif _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default is not MISSING and \
            (type(f.default).__hash__ is None or
             isinstance(f.default, (list, dict, set))):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _format_annotation(annotation):
    # As inspect.formatannotation.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    text = repr(annotation)
    return text[len('typing.'):] if text.startswith('typing.') else text


def _set_qualname(cls, fn, name):
    fn.__name__ = name
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if callable(value) and type(value).__name__ == 'function':
        _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _make_init(cls, std_fields, kw_only_fields, all_init_fields, frozen, has_post_init):
    qual = '%s.__init__' % cls.__qualname__
    pos = [f for f in std_fields]
    npos = len(pos)
    nmin = len([f for f in pos if f.default is MISSING and f.default_factory is MISSING])
    names = [f.name for f in pos] + [f.name for f in kw_only_fields]
    order = list(all_init_fields)

    def __init__(self, *args, **kwargs):
        values = {}
        for i in range(min(len(args), npos)):
            values[pos[i].name] = args[i]
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        if len(args) > npos:
            kwonly_given = len([k for k in kwargs if k not in [f.name for f in pos]])
            if kwonly_given:
                raise TypeError('%s() takes %d positional argument%s but %d positional '
                                'argument%s (and %d keyword-only argument%s) were given'
                                % (qual, npos + 1, '' if npos == 0 else 's', len(args) + 1,
                                   '' if len(args) == 0 else 's', kwonly_given,
                                   '' if kwonly_given == 1 else 's'))
            if nmin != npos:
                raise TypeError('%s() takes from %d to %d positional arguments but %d were '
                                'given' % (qual, nmin + 1, npos + 1, len(args) + 1))
            raise TypeError('%s() takes %d positional argument%s but %d were given'
                            % (qual, npos + 1, '' if npos == 0 else 's', len(args) + 1))
        missing = [f.name for f in pos if f.name not in values and f.default is MISSING
                   and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's',
                               _and_list(missing)))
        missing = [f.name for f in kw_only_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's',
                               _and_list(missing)))
        initvars = []
        for f in order:
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)
    return __init__


_repr_running = {}


def _make_repr(cls, flds):
    # As CPython's: the generated function (its __qualname__ the one exec()
    # gives it, which pprint looks for) wrapped by _recursive_repr, the
    # wrapper's __wrapped__ being it.
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__qualname__,
                           ', '.join('%s=%r' % (f.name, getattr(self, f.name))
                                     for f in flds))
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'
    __repr__.__module__ = cls.__module__

    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            return __repr__(self)
        finally:
            del _repr_running[key]
    wrapper.__name__ = '__repr__'
    wrapper.__qualname__ = __repr__.__qualname__
    wrapper.__module__ = __repr__.__module__
    wrapper.__wrapped__ = __repr__
    return wrapper


def _make_cmp(name, op, flds):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, f.name) for f in flds)
            b = tuple(getattr(other, f.name) for f in flds)
            return op(a, b)
        return NotImplemented
    return cmp


def _make_hash(flds):
    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in flds))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    if slots:
        raise TypeError('dataclass(slots=True) is not supported in kata Python')
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_) or isinstance(type_, str) and _is_type_str(type_, cls, 'dataclasses',
                                                                          _is_kw_only):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, std_init_fields, kw_only_init_fields,
                                      all_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))

    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_cmp('__eq__', lambda a, b: a == b, cmp_fields))

    if order:
        ops = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
               ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]
        for name, op in ops:
            if _set_new_attribute(cls, name, _make_cmp(name, op, cmp_fields)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen(cls, tuple(f.name for f in field_list))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_fields), '__hash__')
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(hash_fields), '__hash__')
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not cls.__dict__.get('__doc__'):
        params = []
        for f in std_init_fields + kw_only_init_fields:
            if kw_only_init_fields and f is kw_only_init_fields[0]:
                params.append('*')
            text = '%s: %s' % (f.name, _format_annotation(f.type))
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += ' = %r' % (f.default,)
            params.append(text)
        cls.__doc__ = '%s(%s)' % (cls.__name__, ', '.join(params))

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    ns.setdefault('__module__', '__main__')
    if len(bases) > 1:
        raise TypeError('make_dataclass: multiple bases are not supported in kata Python')
    cls = type(cls_name, bases or (object,), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
