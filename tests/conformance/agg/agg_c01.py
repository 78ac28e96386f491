# Now(), ExtractYear/TruncMonth on a DateTimeField, TruncYear on a DateField.
from django.db.models.functions import Now, ExtractYear, TruncMonth, TruncYear, ExtractMonth
from bank.models import Transfer
from blog.models import Entry
a = Transfer.objects.filter(created__lte=Now()).count()
b = list(Transfer.objects.annotate(y=ExtractYear("created"), m=TruncMonth("created")).order_by("id").values_list("id", "y", "m")[:2])
c = list(Entry.objects.annotate(y=TruncYear("pub_date")).values("y").distinct().order_by("y").values_list("y", flat=True)[:3])
d = Entry.objects.filter(pub_date__month=ExtractMonth("mod_date")).count()
result = (a, b, c, d)
