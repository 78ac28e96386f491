# range on dates uses BETWEEN.
from datetime import date
from blog.models import Entry

result = list(Entry.objects.filter(pub_date__range=(date(2006, 1, 1), date(2006, 12, 31))).order_by("id").values_list("id", "pub_date"))
