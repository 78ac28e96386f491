# Model instance helpers Django adds: next/previous by date, serializable_value.
from blog.models import Entry
e = Entry.objects.get(pk=5)
n = e.get_next_by_pub_date()
p = e.get_previous_by_pub_date()
print(n.pk, n.pub_date, p.pk, p.pub_date)
print(e.get_next_by_pub_date(rating__gte=9).pk)
print(e.serializable_value("blog"), e.serializable_value("headline"))
try:
    Entry.objects.order_by("pub_date").first().get_previous_by_pub_date()
except Entry.DoesNotExist as ex:
    print("DoesNotExist", ex)
try:
    Entry().get_next_by_pub_date()
except Exception as ex:
    print(type(ex).__name__, ex)
result = n.pk
