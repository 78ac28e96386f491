# get_list_or_404 with a reverse related manager.
from django.shortcuts import get_list_or_404
from bank.models import Account

a = Account.objects.get(pk=1)
result = [t.amount for t in get_list_or_404(a.outgoing.all())]
