# filter() with no arguments, filter(Q()) and exclude(Q()) add no WHERE.
from django.db.models import Q
from bank.models import Account

a = Account.objects.filter()
b = Account.objects.filter(Q())
c = Account.objects.exclude(Q())
result = (str(a.query) == str(b.query) == str(c.query), str(c.query))
