from bank.models import Account, Transfer
from django.db.models import Sum
qs = Transfer.objects.annotate(src_out=Sum("source__outgoing__amount"), tgt_in=Sum("target__incoming__amount")).order_by("id")
result = (str(qs.query), [(t.id, t.src_out, t.tgt_in) for t in qs])
