# A bilateral transform applied to __in and __range: Django transforms each
# value of the list and both ends of the range.
from django.db.models import CharField, IntegerField, Transform
from blog.models import Entry, Author


class UpperCase(Transform):
    lookup_name = "upper"
    function = "UPPER"
    bilateral = True


class Neg(Transform):
    lookup_name = "neg"
    template = "(-%(expressions)s)"
    bilateral = True


CharField.register_lookup(UpperCase)
IntegerField.register_lookup(Neg)
qs = Author.objects.filter(name__upper__in=["joe", "Jane Doe", "x"]).order_by("id").values_list("id", flat=True)
print(qs.query)
a = list(qs)
qs2 = Entry.objects.filter(rating__neg__range=(-5, -3)).order_by("id").values_list("id", flat=True)[:5]
print(qs2.query)
b = list(qs2)
print(a, b)
result = [a, b]
