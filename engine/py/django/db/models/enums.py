"""TextChoices and IntegerChoices, as Django 5.2's enums behave for model
choices (members, .label/.value/.name, Cls.choices/labels/values/names,
Cls(value)). Django builds them on enum.Enum with a metaclass; kata Python
has neither the enum module nor metaclasses (nor multiple inheritance), so
__init_subclass__ turns each class attribute into a member (a str or int
subclass instance) instead; the two classes share their methods below.
A small metaclass gives the classes iteration over their members, len()
and `value in Cls` (Django's ChoicesType.__contains__ on Python 3.11);
__empty__ is not emulated.
"""


class _ChoicesType(type):
    def __iter__(cls):
        return iter(cls._members_)

    def __reversed__(cls):
        return reversed(cls._members_)

    def __len__(cls):
        return len(cls._members_)

    def __contains__(cls, member):
        if isinstance(member, (TextChoices, IntegerChoices)):
            return isinstance(member, cls) and any(m is member for m in cls._members_)
        return any(m._value_ == member for m in cls._members_)


def _init_subclass(cls):
    members = []
    for name, raw in list(cls.__dict__.items()):
        if name.startswith("_") or callable(raw) or isinstance(raw, (property, classmethod, staticmethod)):
            continue
        if isinstance(raw, (list, tuple)) and len(raw) > 1 and isinstance(raw[-1], str):
            label = raw[-1]
            value = raw[0] if len(raw) == 2 else tuple(raw[:-1])
        else:
            label = name.replace("_", " ").title()
            value = raw
        member = cls._base.__new__(cls, value)
        member._name_ = name
        member._value_ = cls._base(value)
        member._label_ = label
        setattr(cls, name, member)
        members.append(member)
    cls._members_ = members
    cls.choices = [(m._value_, m._label_) for m in members]
    cls.labels = [m._label_ for m in members]
    cls.values = [m._value_ for m in members]
    cls.names = [m._name_ for m in members]


def _new(cls, value):
    for m in cls._members_:
        if m._value_ == value:
            return m
    raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))


def _repr(self):
    return "%s.%s" % (type(self).__qualname__, self._name_)


class TextChoices(str, metaclass=_ChoicesType):
    _members_ = ()
    _base = str

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _init_subclass(cls)

    __new__ = _new
    __repr__ = _repr
    label = property(lambda self: self._label_)
    value = property(lambda self: self._value_)
    name = property(lambda self: self._name_)

    def __str__(self):
        return str(self._value_)


class IntegerChoices(int, metaclass=_ChoicesType):
    _members_ = ()
    _base = int

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _init_subclass(cls)

    __new__ = _new
    __repr__ = _repr
    label = property(lambda self: self._label_)
    value = property(lambda self: self._value_)
    name = property(lambda self: self._name_)

    def __str__(self):
        return str(self._value_)
