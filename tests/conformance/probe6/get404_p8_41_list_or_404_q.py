from django.db.models import Q
from django.shortcuts import get_list_or_404
from blog.models import Entry
result = [e.id for e in get_list_or_404(Entry.objects.order_by("id"), Q(rating=5) | Q(rating=1), blog_id__lte=2)]
