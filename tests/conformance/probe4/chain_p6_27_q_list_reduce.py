import operator
from functools import reduce
from django.db.models import Q
from blog.models import Author
words = ["Joe", "Ada", "Guido"]
qs = Author.objects.filter(reduce(operator.or_, [Q(name__startswith=w) for w in words])).order_by("id")
result = (list(qs.values_list("name", flat=True)), str(qs.query))
