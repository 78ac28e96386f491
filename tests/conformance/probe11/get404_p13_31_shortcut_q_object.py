# get_object_or_404 with a Q object and a keyword.
from django.db.models import Q
from django.shortcuts import get_object_or_404
from bank.models import Account

a = get_object_or_404(Account, Q(owner="Alice") | Q(owner="Zed"), balance__gte=0)
result = (a.pk, a.owner)
