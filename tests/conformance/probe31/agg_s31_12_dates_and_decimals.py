import datetime
from decimal import Decimal, ROUND_HALF_UP
from django.utils import timezone
from django.db.models import Sum, Avg, Max, Min, F, DecimalField, ExpressionWrapper
from bank.models import Account, Transfer
from blog.models import Entry

accts = list(Account.objects.order_by("pk"))
total = sum((a.balance for a in accts), Decimal("0"))
print(total, type(total).__name__, Account.objects.aggregate(s=Sum("balance"))["s"] == total)
avg = (total / len(accts)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(avg, Account.objects.aggregate(a=Avg("balance")))
print(Account.objects.aggregate(mx=Max("balance"), mn=Min("balance")))
e = Entry.objects.order_by("pk").first()
delta = e.mod_date - e.pub_date
print(delta, delta.days, type(delta).__name__, e.pub_date.isoformat(), e.pub_date.strftime("%A %d %B %Y"))
print(e.pub_date + datetime.timedelta(weeks=2), e.pub_date.replace(day=1), e.pub_date.isocalendar()[1])
print(timezone.now().year, timezone.now().tzinfo)
recent = [x.pk for x in Entry.objects.filter(pub_date__gte=datetime.date(2020, 1, 1)).order_by("pk")[:5]]
print(recent)
q = Account.objects.annotate(double=ExpressionWrapper(F("balance") * 2, output_field=DecimalField(max_digits=12, decimal_places=2))).order_by("pk").values_list("balance", "double")[:2]
print(list(q))
result = str(total)
