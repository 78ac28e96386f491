# Pickling qs.query (not the QuerySet) does not run the query; a new QuerySet uses it.
import pickle
from bank.models import Account

qs = Account.objects.filter(balance__lt=100).order_by("id")
q = pickle.loads(pickle.dumps(qs.query))
qs2 = Account.objects.all()
qs2.query = q
result = [a.owner for a in qs2]
