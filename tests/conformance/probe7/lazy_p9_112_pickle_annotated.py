from blog.models import Blog, Entry, Author
import pickle
from django.db.models import Count
qs = Blog.objects.annotate(n=Count("entry")).order_by("id")
qs2 = pickle.loads(pickle.dumps(qs))
result = [(b.id, b.n) for b in qs2]
