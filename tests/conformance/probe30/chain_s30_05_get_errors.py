from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned
from blog.models import Entry, Blog, Author
for call in (lambda: Entry.objects.get(pk=10**6),
             lambda: Entry.objects.get(rating=5),
             lambda: Blog.objects.get(name__startswith="Z"),
             lambda: Entry.objects.filter(pk=1).get(pk=2),
             lambda: Entry.objects.all()[5:].get(),
             lambda: Entry.objects.none().get()):
    try:
        print(call())
    except ObjectDoesNotExist as e:
        print(type(e).__name__, type(e).__qualname__, isinstance(e, Entry.DoesNotExist), e)
    except MultipleObjectsReturned as e:
        print(type(e).__qualname__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
print(Entry.DoesNotExist.__mro__[1].__name__ if Entry.DoesNotExist.__mro__[1] is not ObjectDoesNotExist else "ODNE")
print(issubclass(Entry.DoesNotExist, Blog.DoesNotExist), issubclass(Entry.MultipleObjectsReturned, MultipleObjectsReturned))
result = None
