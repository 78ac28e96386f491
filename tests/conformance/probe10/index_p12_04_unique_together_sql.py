from django.db import connection, models

class P12Pair(models.Model):
    a = models.IntegerField()
    b = models.IntegerField()
    class Meta:
        app_label = "blog"
        db_table = "p12_pair"
        unique_together = [("a", "b")]

with connection.schema_editor() as ed:
    ed.create_model(P12Pair)
from django.db import IntegrityError
P12Pair.objects.create(a=1, b=2)
P12Pair.objects.create(a=2, b=1)
try:
    P12Pair.objects.create(a=1, b=2)
    err = None
except IntegrityError as exc:
    err = str(exc)
result = (P12Pair._meta.unique_together, err, P12Pair.objects.count())
