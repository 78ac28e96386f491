# get_list_or_404 keeps the QuerySet's ordering and filters with kwargs.
from django.shortcuts import get_list_or_404
from blog.models import Entry

result = [e.id for e in get_list_or_404(Entry.objects.order_by("-id"), blog_id=3)][:5]
