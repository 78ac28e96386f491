# Custom lookups and transforms as the docs write them: a Lookup with
# as_sql(self, compiler, connection) registered on Field, a Transform with
# `function` on IntegerField, a bilateral one, get_lookups(), and the
# FieldError once one is unregistered.
from django.db import connection, models
from django.db.models import Lookup, Transform
from django.db.models.fields import Field
from blog.models import Entry

@Field.register_lookup
class NotEqual(Lookup):
    lookup_name = "ne"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        params = lhs_params + rhs_params
        return "%s <> %s" % (lhs, rhs), params

class AbsoluteValue(Transform):
    lookup_name = "abs"
    function = "ABS"

models.IntegerField.register_lookup(AbsoluteValue)

qs = Entry.objects.filter(rating__ne=3)
print(qs.query)
print(qs.count())
qs2 = Entry.objects.filter(number_of_comments__abs__lt=5)
print(qs2.query)
print(qs2.count())
qs3 = Entry.objects.exclude(headline__ne="x").values_list("id", flat=True)
print(list(qs3))
class UpperCase(Transform):
    lookup_name = "upper"
    function = "UPPER"
    bilateral = True
models.CharField.register_lookup(UpperCase)
qs4 = Entry.objects.filter(headline__upper="lennon in paris")
print(qs4.query)
print(list(qs4.values_list("id", flat=True)))
print(AbsoluteValue.__mro__[1].__name__, NotEqual.__mro__[1].__name__)
print(sorted(k for k in models.IntegerField.get_lookups() if k in ("abs", "ne", "exact", "gt")))
result = [len(connection.queries)]
models.IntegerField._unregister_lookup(AbsoluteValue)
try:
    Entry.objects.filter(number_of_comments__abs__lt=5)
except Exception as e:
    result.append((type(e).__name__, str(e)))
