# What a __year filter builds, and which database functions are transforms.
from django.db.models import DateField, DateTimeField, TimeField, IntegerField, Transform, Func
from django.db.models import functions as fn
from blog.models import Entry

q = Entry.objects.filter(pub_date__year=2006, pub_date__month__gte=6).query
for child in q.where.children:
    print(type(child).__name__, type(child.lhs).__name__, child.lhs.lookup_name,
          isinstance(child.lhs, fn.Extract), isinstance(child.lhs, Transform))
print(sorted(k for k in DateField.get_lookups() if k not in ("exact", "iexact", "gt", "gte", "lt", "lte", "in", "range", "isnull", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "regex", "iregex")))
print(sorted(k for k in DateTimeField.get_lookups() if k in ("date", "time", "hour", "year", "minute", "second")))
print(sorted(k for k in TimeField.get_lookups() if k in ("hour", "minute", "second", "year")))
print(DateField.get_lookups()["year"].__name__, DateTimeField.get_lookups()["date"].__name__)
names = sorted(n for n in dir(fn) if isinstance(getattr(fn, n), type) and issubclass(getattr(fn, n), Transform))
print(names)
print([n for n in ("Coalesce", "Concat", "Cast", "Left", "Substr", "Mod", "Power", "Log", "Now", "Random", "Replace", "Greatest") if issubclass(getattr(fn, n), Transform)])
print(fn.Round.arity, fn.Abs.arity, Transform.arity, Transform.bilateral)
print(fn.Sqrt(IntegerField()).lookup_name if False else fn.Sqrt.lookup_name, fn.Sign.lookup_name, fn.Floor.lookup_name)
t = fn.Lower("headline")
print(t.lhs, t.get_source_expressions(), repr(t))
result = names
