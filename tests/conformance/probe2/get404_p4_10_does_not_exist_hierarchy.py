# Model.DoesNotExist: its bases and module.
from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned
from blog.models import Entry, Blog

result = (
    Entry.DoesNotExist.__qualname__,
    Entry.DoesNotExist.__module__,
    [c.__name__ for c in Entry.DoesNotExist.__mro__],
    issubclass(Entry.DoesNotExist, ObjectDoesNotExist),
    issubclass(Entry.DoesNotExist, Blog.DoesNotExist),
    [c.__name__ for c in Entry.MultipleObjectsReturned.__mro__],
    issubclass(Entry.MultipleObjectsReturned, MultipleObjectsReturned),
)
