import pickle
from blog.models import Entry
e = Entry.objects.select_related("blog").get(pk=2)
e2 = pickle.loads(pickle.dumps(e))
result = (e2 == e, e2.blog.name, e2._state.adding, e2._state.db, sorted(e2._state.fields_cache))
