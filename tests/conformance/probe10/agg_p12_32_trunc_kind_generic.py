from django.db.models import DateField
from django.db.models.functions import Trunc
from blog.models import Entry
qs = Entry.objects.annotate(q=Trunc("pub_date", "quarter", output_field=DateField())).order_by("id").values_list("q", flat=True)[:4]
result = (list(qs), str(qs.query))
