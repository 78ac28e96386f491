# A model instance survives a pickle round trip.
import pickle
from blog.models import Entry

e = Entry.objects.get(pk=3)
e2 = pickle.loads(pickle.dumps(e))
result = (e2, e2.pk, e2 == e, e2.pub_date)
