# DoesNotExist / MultipleObjectsReturned hierarchy and messages.
from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned
from blog.models import Blog, Entry
from books.models import Book

out = [issubclass(Entry.DoesNotExist, ObjectDoesNotExist),
       issubclass(Entry.DoesNotExist, Blog.DoesNotExist),
       issubclass(Entry.MultipleObjectsReturned, MultipleObjectsReturned),
       Entry.DoesNotExist.__qualname__, Entry.DoesNotExist.__module__]
try:
    Book.objects.get(name="Nope")
except ObjectDoesNotExist as exc:
    out.append((type(exc).__name__, str(exc), exc.args))
result = out
