from django.shortcuts import get_list_or_404
from blog.models import Entry
ids = get_list_or_404(Entry.objects.values_list("id", flat=True).order_by("id"), blog_id=4)
result = (ids, type(ids).__name__)
