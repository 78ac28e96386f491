# django.db.models' names: Choices classes through `from ... import` and as
# attributes, and a missing name as AttributeError and ImportError.
from django.db import models
from django.db.models import TextChoices, IntegerChoices


class Kind(TextChoices):
    NEWS = "n"


caught = []
try:
    models.NoSuchField
except AttributeError as e:
    caught.append(str(e))
try:
    from django.db.models import NoSuchThing  # noqa: F401
except ImportError as e:
    caught.append(type(e).__name__)
result = (Kind.NEWS.label, models.TextChoices is TextChoices, issubclass(IntegerChoices, models.Choices), caught)
