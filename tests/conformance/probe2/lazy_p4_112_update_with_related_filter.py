# update() with a filter across a relation: a subquery on pk.
from blog.models import Entry

n = Entry.objects.filter(blog__name__startswith="Py").update(rating=1)
result = (n, Entry.objects.filter(rating=1).count())
