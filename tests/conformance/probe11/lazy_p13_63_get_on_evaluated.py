# get() on an evaluated QuerySet still queries the database.
from books.models import Publisher

qs = Publisher.objects.all()
list(qs)
result = (qs.get(pk=2).name, qs.filter(pk=3).get().name)
