# A filter() on an unpickled QuerySet builds a new query.
import pickle
from blog.models import Entry

qs = pickle.loads(pickle.dumps(Entry.objects.filter(blog_id=3)))
result = sorted(qs.filter(rating__gte=5).values_list("id", flat=True))
