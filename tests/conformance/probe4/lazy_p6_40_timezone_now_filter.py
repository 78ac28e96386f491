import datetime
from django.utils import timezone
from blog.models import Entry
cutoff = timezone.now().date() - datetime.timedelta(days=365 * 16)
result = list(Entry.objects.filter(pub_date__gte=cutoff).order_by("pub_date").values_list("id", flat=True)[:5])
