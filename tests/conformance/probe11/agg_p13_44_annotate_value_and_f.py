# annotate() with F() arithmetic and Value; filter on it (WHERE, not HAVING).
from django.db.models import F, Value, IntegerField
from bank.models import Account

qs = Account.objects.annotate(doubled=F("balance") * 2, one=Value(1, output_field=IntegerField())).filter(doubled__gt=150)
result = (list(qs.order_by("id").values_list("owner", "doubled", "one")), str(qs.query))
