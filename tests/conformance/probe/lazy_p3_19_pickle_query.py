# Pickling qs.query does not run it; assigning the unpickled query to a new QuerySet does, once.
import pickle
from blog.models import Entry

qs = Entry.objects.filter(rating__gte=9).order_by("id")
data = pickle.dumps(qs.query)
qs2 = Entry.objects.all()
qs2.query = pickle.loads(data)
result = ([e.id for e in qs2], qs._result_cache is None)
