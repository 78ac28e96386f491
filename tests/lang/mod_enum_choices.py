# Django-style model choices built the way Django builds them: a metaclass
# derived from EnumType that reads labels off the class body, a Choices
# enum, and IntegerChoices/TextChoices mixing in IntEnum/StrEnum.
import enum


class ChoicesType(enum.EnumType):
    def __new__(metacls, classname, bases, classdict, **kwds):
        labels = []
        for key in classdict._member_names:
            value = classdict[key]
            if isinstance(value, (list, tuple)) and len(value) > 1 and isinstance(value[-1], str):
                *value, label = value
                value = tuple(value)
            else:
                label = key.replace('_', ' ').title()
            labels.append(label)
            dict.__setitem__(classdict, key, value)
        cls = super().__new__(metacls, classname, bases, classdict, **kwds)
        for member, label in zip(cls.__members__.values(), labels):
            member._label_ = label
        return enum.unique(cls)

    @property
    def names(cls):
        empty = ['__empty__'] if hasattr(cls, '__empty__') else []
        return empty + [member.name for member in cls]

    @property
    def choices(cls):
        empty = [(None, cls.__empty__)] if hasattr(cls, '__empty__') else []
        return empty + [(member.value, member.label) for member in cls]

    @property
    def labels(cls):
        return [label for _, label in cls.choices]

    @property
    def values(cls):
        return [value for value, _ in cls.choices]

    def __contains__(cls, member):
        if not isinstance(member, enum.Enum):
            return any(x.value == member for x in cls)
        return super().__contains__(member)


class Choices(enum.Enum, metaclass=ChoicesType):
    @property
    def label(self):
        return self._label_

    def __str__(self):
        return str(self.value)

    def __repr__(self):
        return '%s.%s' % (self.__class__.__qualname__, self._name_)


class IntegerChoices(Choices, enum.IntEnum):
    pass


class TextChoices(Choices, enum.StrEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name


class Status(TextChoices):
    DRAFT = 'D', 'Draft'
    PUBLISHED = 'P', 'Published'
    ARCHIVED = enum.auto()


class Priority(IntegerChoices):
    LOW = 1, 'Low priority'
    HIGH = 3
    __empty__ = '(unknown)'


print(Status.choices, Status.labels, Status.values, Status.names)
print(Status.DRAFT, repr(Status.DRAFT), Status.DRAFT.label, Status.DRAFT.value, Status('P'))
print(Status.DRAFT == 'D', isinstance(Status.DRAFT, str), f"{Status.PUBLISHED}", Status.ARCHIVED.label)
print('D' in Status, 'X' in Status, Status.DRAFT in Status, len(Status), list(Status))
print(isinstance(Status.DRAFT, Choices), isinstance(Status.DRAFT, enum.Enum), issubclass(Status, TextChoices))
print(Priority.choices, Priority.names, Priority.values)
print(Priority.LOW, repr(Priority.HIGH), Priority.LOW.label, Priority.HIGH.label, Priority(3), Priority.LOW + 1)
print(Priority.LOW < Priority.HIGH, sorted([Priority.HIGH, Priority.LOW]), 1 in Priority, 2 in Priority)
print(type(Status).__name__, type(Priority) is ChoicesType, isinstance(Priority.LOW, int))
try:
    Status('Z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Dupe(IntegerChoices):
        A = 1
        B = 1, 'Bee'
except ValueError as e:
    print(type(e).__name__, e)
