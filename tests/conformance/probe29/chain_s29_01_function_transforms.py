# Database functions registered as transforms, the way the docs show them:
# CharField.register_lookup(Length), then name__length__gt.
from django.db.models import CharField, TextField, Transform, Func
from django.db.models.functions import Length, Lower, Upper, Abs, ExtractYear, Trim
from blog.models import Entry, Author

CharField.register_lookup(Length)
CharField.register_lookup(Lower)
qs = Author.objects.filter(name__length__gt=9).order_by("id").values_list("name", flat=True)
print(qs.query)
names = list(qs)
print(names)
qs2 = Entry.objects.filter(headline__lower__contains="django").order_by("id").values_list("id", flat=True)
print(qs2.query)
print(list(qs2))
print(isinstance(Lower("x"), Transform), isinstance(Lower("x"), Func))
print(Length.lookup_name, Lower.lookup_name, Upper.lookup_name, Abs.lookup_name, ExtractYear.lookup_name, Trim.lookup_name)
print(issubclass(ExtractYear, Transform))
print(sorted(k for k in CharField.get_lookups() if k in ("length", "lower", "exact", "regex")))
CharField._unregister_lookup(Length)
CharField._unregister_lookup(Lower)
try:
    Author.objects.filter(name__length__gt=9).count()
except Exception as e:
    print(type(e).__name__, e)
result = names
