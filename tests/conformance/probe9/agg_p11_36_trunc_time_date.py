from django.db.models.functions import TruncDate, TruncTime, TruncHour
from bank.models import Transfer
from django.db import connection
t = Transfer.objects.create(source_id=1, target_id=2, amount=5)
row = Transfer.objects.filter(pk=t.pk).annotate(d=TruncDate("created"), tm=TruncTime("created"), h=TruncHour("created")).values("d", "tm", "h").get()
result = (row, connection.queries[-1]["sql"])
