"""enum — Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, behaving
as CPython 3.11's (reprs, str(), lookups, errors), written for kata Python.

How it differs inside: EnumType folds a data type mixed in with an enum,
such as `class Color(str, Enum)` (and IntEnum = (int, ReprEnum)), into a
class whose only base is the data type and whose namespace gets copies of
the enum methods (plain mixins without a __new__ stay real bases); the enum classes it stands in for are listed in
`_virtual_bases_`, and EnumType.__instancecheck__/__subclasscheck__ answer
isinstance(x, Enum) and issubclass(IntEnum, Enum) from them. Members live
in the class namespace; the class body is a plain dict, so a name given
twice is simply overwritten (CPython raises "Attempted to reuse key").
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']

_builtin_property = property

Enum = ReprEnum = Flag = None        # until they are defined below


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, _NATIVE_DESCRIPTORS):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


_NATIVE_DESCRIPTORS = (type(_is_dunder), type(len), _builtin_property, classmethod, staticmethod)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class FlagBoundary(str):
    """How Flag treats out-of-range values (kata Python: Flag is STRICT, IntFlag KEEP)."""


STRICT, CONFORM, EJECT, KEEP = (FlagBoundary('strict'), FlagBoundary('conform'),
                                FlagBoundary('eject'), FlagBoundary('keep'))


class property:
    """The name/value attributes of members: read-only, as enum.property."""

    def __init__(self, fget=None, name=None):
        self.fget = fget
        self.name = name
        self.clsname = None

    def __set_name__(self, owner, name):
        # The first class wins: a mixin's copy of Enum's namespace (see
        # EnumType) must still report Enum, as CPython's single object does.
        if self.clsname is None:
            self.name = name
            self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))


class _MembersProxy:
    """A read-only view of a class's name -> member map (mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _virtual_isbase(base, cls):
    """Is `base` one of the enum classes `cls` stands in for (its own or an ancestor's)?"""
    for k in cls.__mro__:
        if base in k.__dict__.get('_virtual_bases_', ()):
            return True
    return False


# Enum methods a data-type mixin must not shadow (CPython's EnumType puts
# these on a mixed-in class when the data type only has object's).
_MIXIN_KEEP = ('__new__', '__init__', '__repr__', '__str__', '__format__', '__reduce_ex__',
               '__reduce__', '__copy__', '__deepcopy__', '__dir__', '__init_subclass__',
               '__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')
_NOT_COPIED = ('__module__', '__qualname__', '__doc__', '__dict__', '_member_names_',
               '_member_map_', '_value2member_map_', '_member_type_', '_virtual_bases_',
               '_new_member_', '__hash__', '__eq__')


class _EnumDict(dict):
    """The namespace of an enum class body: auto() becomes its value as it
    is assigned (so `WHITE = RED | BLUE` works) and a member name cannot be
    given twice."""

    def __init__(self, gnv):
        super().__init__()
        self._gnv = gnv
        self._names = []
        self._member_names = {}     # 3.11's EnumDict attribute (Django's ChoicesType reads it)
        self._last = []

    def __setitem__(self, key, value):
        if isinstance(value, nonmember) or (not isinstance(value, member) and (
                _is_dunder(key) or _is_sunder(key) or _is_descriptor(value))):
            if key == '_generate_next_value_':
                self._gnv = value.__func__ if isinstance(value, staticmethod) else value
            if key in self._names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            if key in self._names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._gnv(key, 1, len(self._names), self._last[:])
                value = value.value
            self._names.append(key)
            self._member_names[key] = None
            self._last.append(value)
        super().__setitem__(key, value)


def _written_in_python(k):
    """Whether k is a class statement's (its namespace takes new names) and
    not a native type such as int or Decimal (they refuse them)."""
    try:
        type.__setattr__(k, '_enum_probe_', None)
    except TypeError:
        return False
    type.__delattr__(k, '_enum_probe_')
    return True


def _plain_mixin(b):
    """A base that makes no values of its own: only Python classes in its
    MRO and none with a __new__ (CPython's _find_data_type_ skips it)."""
    return all(k is object or (_written_in_python(k) and '__new__' not in k.__dict__)
               for k in b.__mro__)


def _linearize(classes):
    """The enum classes of `classes`' MROs (virtual bases included) in
    method-resolution order: a shared ancestor after every class that has it."""
    chain = []
    for b in classes:
        for k in b.__mro__:
            if isinstance(k, EnumType):
                for v in (k,) + k.__dict__.get('_virtual_bases_', ()):
                    if v in chain:
                        chain.remove(v)
                    chain.append(v)
    return chain


def _fold_bases(cls, enum_bases, data_bases, classdict):
    """One real base for a class with several: the data type (class C(str, Enum))
    or the enum class that carries one (class IntegerChoices(Choices, IntEnum)).
    The other enum classes' namespaces are copied into classdict (classdict's
    own names win) and they become virtual bases. Returns (bases, virtual,
    the names copied)."""
    if data_bases:
        if len(data_bases) > 1:
            raise TypeError('%s: too many data types: %r' % (cls, tuple(data_bases)))
        real, others = data_bases[0], enum_bases
    else:
        carriers = [b for b in enum_bases if b._member_type_ is not object]
        if not carriers:
            raise TypeError('class %s: multiple inheritance is not supported here' % (cls,))
        real = carriers[0]
        others = [b for b in enum_bases if b is not real]
    have = _linearize([real]) if isinstance(real, EnumType) else []
    chain = [k for k in _linearize(others) if k not in have]
    copied = set()
    for k in chain:
        for key, val in k.__dict__.items():
            if key in _NOT_COPIED or key in classdict:
                continue
            if not isinstance(real, EnumType) and _is_dunder(key) and key not in _MIXIN_KEEP \
                    and hasattr(real, key):
                continue
            classdict[key] = val
            copied.add(key)
    return (real,), tuple(chain), copied


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        gnv = None
        for b in bases:
            if isinstance(b, EnumType):
                gnv = b._generate_next_value_
                if b.__dict__.get('_member_names_'):
                    raise TypeError('%r cannot extend %r' % (_FakeEnumRepr(cls), b))
        if gnv is None:
            gnv = Enum._generate_next_value_ if Enum is not None else None
        return _EnumDict(gnv)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        data_bases = [b for b in bases if not isinstance(b, EnumType)]
        for b in enum_bases:
            if b.__dict__.get('_member_names_'):
                raise TypeError('%r cannot extend %r' % (_FakeEnumRepr(cls), b))
        virtual = ()
        own_new = classdict.get('__new__')
        # A mixin that makes no values of its own (no __new__ of its own
        # anywhere in its MRO, as CPython's _find_data_type_) stays a real
        # base in front; only data types and enum classes are folded.
        mixins = tuple(b for b in data_bases if _plain_mixin(b))
        if mixins:
            data_bases = [b for b in data_bases if b not in mixins]
            bases = tuple(b for b in bases if b not in mixins)
        copied = ()         # names folded in from other bases: never members
        if len(bases) > 1:
            bases, virtual, copied = _fold_bases(cls, enum_bases, data_bases, classdict)
        bases = mixins + tuple(bases)

        # The members: every plain attribute that is not a dunder, _sunder_
        # or descriptor (functions, properties, classmethods).
        members = []
        if Enum is not None:
            for key, val in list(classdict.items()):
                if key in copied:
                    continue
                if isinstance(val, nonmember):
                    classdict[key] = val.value
                    continue
                if isinstance(val, member):
                    members.append((key, val.value))
                    del classdict[key]
                    continue
                if _is_dunder(key) or _is_descriptor(val):
                    continue
                if _is_sunder(key):
                    if key not in ('_order_', '_ignore_', '_generate_next_value_', '_missing_',
                                   '_value_', '_name_', '_numeric_repr_', '_iter_member_'):
                        raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                         % (key,))
                    continue
                ignore = classdict.get('_ignore_', ())
                if isinstance(ignore, str):
                    ignore = ignore.replace(',', ' ').split()
                if key in ignore:
                    del classdict[key]
                    continue
                members.append((key, val))
                del classdict[key]
            classdict.pop('_ignore_', None)
            classdict.pop('_order_', None)
        gnv = classdict.get('_generate_next_value_')
        if gnv is not None and not isinstance(gnv, staticmethod):
            classdict['_generate_next_value_'] = staticmethod(gnv)
        new_member = None
        if Enum is not None and own_new is not None:
            new_member = own_new
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            classdict['__new__'] = Enum.__dict__['__new__']
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        if virtual:
            classdict['_virtual_bases_'] = virtual
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        member_type = object
        for k in enum_class.__mro__[1:]:
            if not isinstance(k, EnumType) and k is not object and not _plain_mixin(k):
                member_type = k
                break
        type.__setattr__(enum_class, '_member_type_', member_type)
        if new_member is None:
            for k in enum_class.__mro__[1:]:
                if '_new_member_' in k.__dict__:
                    new_member = k.__dict__['_new_member_']
                    break
        if new_member is not None:
            type.__setattr__(enum_class, '_new_member_', new_member)
        if ReprEnum is not None and _virtual_isbase(ReprEnum, enum_class) or \
                (ReprEnum is not None and ReprEnum in bases):
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__str__' not in classdict:
                type.__setattr__(enum_class, '__str__', _value_str)
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', _value_format)

        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            _add_member(enum_class, name, value, member_type, new_member)
            last_values.append(value)
        if Flag is not None and _flag_class(enum_class):
            _flag_setup(enum_class)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and _flag_class(cls):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __instancecheck__(cls, instance):
        return type.__instancecheck__(cls, instance) or _virtual_isbase(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        return type.__subclasscheck__(cls, subclass) or _virtual_isbase(cls, subclass)


EnumMeta = EnumType


class _FakeEnumRepr:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<enum %r>' % (self.name,)


def _value_str(self):
    return str(self._value_)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


def _add_member(enum_class, name, value, member_type, new_member):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is not None:
        member = new_member(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if '_value_' not in member.__dict__:
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)
    # An alias: an earlier member with an equal value.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    if canonical is None:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        member = canonical
    elif Flag is not None and _flag_class(enum_class) and isinstance(value, int) \
            and (value <= 0 or value & (value - 1)):
        pass            # a multi-bit flag: a named alias, not iterated (3.11)
    else:
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        pass
    type.__setattr__(enum_class, name, member)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __reduce__(self):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']))

    name = property(lambda self: self._name_, 'name')
    value = property(lambda self: self._value_, 'value')


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


# ---------------------------------------------------------------- Flag

def _flag_class(cls):
    return type.__subclasscheck__(Flag, cls) or _virtual_isbase(Flag, cls)


def _bin(num, max_bits=None):
    """enum.bin(): two's-complement digits after a sign ('0b0 1000')."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _bits(n):
    out = []
    bit = 1
    while bit <= n:
        if n & bit:
            out.append(bit)
        bit <<= 1
    return out


def _flag_setup(cls):
    mask = 0
    for name in cls._member_names_:
        v = cls._member_map_[name]._value_
        if isinstance(v, int) and v > 0 and v & (v - 1) == 0:
            mask |= v
    all_bits = 0
    for m in cls._member_map_.values():
        if isinstance(m._value_, int):
            all_bits |= m._value_
    type.__setattr__(cls, '_flag_mask_', mask)
    type.__setattr__(cls, '_all_bits_', all_bits)


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > high:
                high = v
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        neg = value < 0
        if neg:
            value = value & mask
        if value & ~mask and not issubclass(cls, int):
            max_bits = max(value.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _bin(value, max_bits), _bin(mask, max_bits)))
        if issubclass(cls, int):
            pseudo = int.__new__(cls, value)
        else:
            pseudo = object.__new__(cls)
        pseudo._value_ = value
        pseudo._name_ = None
        names = [cls._value2member_map_[b]._name_ for b in _bits(value & mask)
                 if b in cls._value2member_map_]
        names.sort(key=lambda n: cls._member_map_[n]._sort_order_)
        extra = value & ~mask
        if names:
            pseudo._name_ = '|'.join(names)
            if extra:
                pseudo._name_ += '|%d' % extra
        elif extra:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        members = [m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_]
        return iter(members)

    def __len__(self):
        return len(_bits(self._value_ & self.__class__._flag_mask_))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self.__class__._member_type_ is not object and isinstance(flag, self.__class__._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""
