"""django.db.models: what a models.py imports."""
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.fields import (
    NOT_PROVIDED, Field, AutoField, BigAutoField, SmallAutoField, IntegerField, BigIntegerField,
    SmallIntegerField, PositiveIntegerField, PositiveSmallIntegerField, PositiveBigIntegerField,
    FloatField, DecimalField, BooleanField, CharField, EmailField, SlugField, URLField, TextField,
    DateField, DateTimeField, TimeField, DurationField, JSONField,
)
from django.db.models.expressions import F, Q, Value, Expression, CombinedExpression, OrderBy, RawSQL
from django.db.models.expressions import FilteredRelation
from django.db.models.related import (
    ForeignKey, OneToOneField, ManyToManyField, CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT,
    DO_NOTHING, SET, ManyToOneRel, ManyToManyRel, OneToOneRel,
)
from django.db.models.base import Model, DEFERRED
from django.db.models.manager import Manager, BaseManager
from django.db.models.query import QuerySet, Prefetch, EmptyQuerySet
from django.db.models.deletion import ProtectedError, RestrictedError
from django.db.models.prefetch import prefetch_related_objects
from django.db.models import aggregates
from django.db.models.aggregates import *
from django.db.models.lookups import Lookup, Transform
from django.db.models.window import Window, WindowFrame, WindowFrameExclusion, RowRange, ValueRange
from django.db.models.indexes import Index, UniqueConstraint, CheckConstraint


def __getattr__(name):
    # Choices, TextChoices and IntegerChoices are enums (django.db.models.enums):
    # made on first use, so that runs which never touch them do not build
    # the enum machinery at start-up
    if name in ("Choices", "TextChoices", "IntegerChoices"):
        from django.db.models import enums
        return getattr(enums, name)
    raise AttributeError("module 'django.db.models' has no attribute %r" % (name,))
