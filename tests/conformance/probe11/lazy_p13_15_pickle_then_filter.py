# An unpickled QuerySet can be filtered again: the new one queries the database.
import pickle
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("id")
qs2 = pickle.loads(pickle.dumps(qs))
result = (len(qs2), list(qs2.filter(rating__gte=7).values_list("id", flat=True)))
