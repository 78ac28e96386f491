from functools import reduce
import operator
from django.db.models import Q
from blog.models import Entry
words = ["Cheese", "Beatles", "ORM"]
cond = reduce(operator.or_, [Q(headline__contains=w) for w in words])
a = Entry.objects.filter(cond, blog_id=4)
b = Entry.objects.filter(Q(headline__contains="Cheese") | Q(headline__contains="Beatles") | Q(headline__contains="ORM"), blog_id=4)
result = (str(a.query) == str(b.query), str(a.query), sorted(e.id for e in a))
