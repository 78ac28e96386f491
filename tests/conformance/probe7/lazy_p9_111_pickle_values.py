from blog.models import Blog, Entry, Author
import pickle
qs = Entry.objects.values("id", "headline").order_by("id")[:2]
qs2 = pickle.loads(pickle.dumps(qs))
result = (list(qs2), str(qs2.query))
