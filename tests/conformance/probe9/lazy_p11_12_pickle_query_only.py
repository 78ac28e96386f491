import pickle
from blog.models import Entry
from django.db import connection
qs = Entry.objects.filter(rating=10).order_by("id")
q = pickle.loads(pickle.dumps(qs.query))
qs2 = Entry.objects.all()
qs2.query = q
result = ([e.id for e in qs2], len(connection.queries))
