# get_object_or_404 on a sliced QuerySet with no kwargs: get() keeps the slice's LIMIT.
from django.shortcuts import get_object_or_404
from blog.models import Entry

result = get_object_or_404(Entry.objects.order_by("id")[5:6]).id
