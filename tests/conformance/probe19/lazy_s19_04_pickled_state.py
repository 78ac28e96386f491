# A pickled and unpickled instance keeps its values and state.
import pickle
from blog.models import Blog, Entry

e = Entry.objects.order_by("pk").first()
e2 = pickle.loads(pickle.dumps(e))
print(list(vars(e2)), vars(e2._state))
print(e2 == e, e2.headline)
b = Blog.objects.order_by("pk").first()
b2 = pickle.loads(pickle.dumps(b))
print(vars(b2._state))
qs = Entry.objects.filter(pk__lte=2).order_by("pk")
list(qs)
q2 = pickle.loads(pickle.dumps(qs))
print([list(vars(x._state)) for x in q2])
result = vars(b2._state)
