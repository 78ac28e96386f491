# Django models define no __match_args__: a positional sub-pattern is a
# TypeError.
from blog.models import Entry

e = Entry.objects.order_by("id").first()
print(hasattr(Entry, "__match_args__"))
match e:
    case Entry(pk):
        result = pk
