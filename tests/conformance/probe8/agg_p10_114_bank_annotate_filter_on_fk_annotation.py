from bank.models import Account, Transfer
from django.db.models import Count, F
qs = Transfer.objects.annotate(src_n=Count("source__outgoing"), tgt_n=Count("target__incoming")).filter(src_n__gte=F("tgt_n")).order_by("id")
result = (str(qs.query), [(t.id, t.src_n, t.tgt_n) for t in qs])
