# filter(authors=None) and exclude(authors=None): a LEFT JOIN with IS NULL.
from blog.models import Entry

result = (sorted(Entry.objects.filter(authors=None).values_list("id", flat=True)),
          Entry.objects.exclude(authors=None).distinct().count())
