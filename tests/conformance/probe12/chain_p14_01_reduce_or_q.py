# functools.reduce with operator.or_ over Q objects.
import operator
from functools import reduce
from django.db.models import Q
from blog.models import Entry

words = ["Cheese", "ORM", "Lennon"]
cond = reduce(operator.or_, (Q(headline__icontains=w) for w in words))
qs = Entry.objects.filter(cond).order_by("pk")
result = (str(qs.query), qs.count())
