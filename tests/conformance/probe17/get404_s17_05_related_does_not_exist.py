# RelatedObjectDoesNotExist: both the related model's DoesNotExist and an
# AttributeError (hasattr() is False, getattr() takes a default).
from blog.models import Entry, Blog
from django.core.exceptions import ObjectDoesNotExist

e = Entry(headline="x")
caught = None
try:
    e.blog
except AttributeError as ex:
    caught = ex
print(type(caught).__name__, caught, isinstance(caught, Blog.DoesNotExist), isinstance(caught, ObjectDoesNotExist))
rodne = Entry.blog.RelatedObjectDoesNotExist
result = (
    [k.__name__ for k in rodne.__mro__],
    rodne.__qualname__,
    [b.__name__ for b in rodne.__bases__],
    hasattr(e, "blog"),
    getattr(e, "blog", "default"),
    issubclass(rodne, AttributeError),
)
