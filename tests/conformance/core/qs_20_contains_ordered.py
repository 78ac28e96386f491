# QuerySet.ordered and query.order_by.
from blog.models import Entry

result = (Entry.objects.all().ordered, Entry.objects.order_by("id").ordered, Entry.objects.none().ordered)
