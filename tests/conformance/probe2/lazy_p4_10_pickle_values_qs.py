# A values() QuerySet pickles too, with its dict rows.
import pickle
from blog.models import Blog

qs = Blog.objects.values("id", "name").order_by("id")[:2]
qs2 = pickle.loads(pickle.dumps(qs))
result = (list(qs2), type(qs2).__name__)
