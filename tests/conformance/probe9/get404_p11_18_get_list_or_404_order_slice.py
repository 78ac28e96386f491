from django.shortcuts import get_list_or_404
from blog.models import Entry
from django.db import connection
top = get_list_or_404(Entry.objects.order_by("-number_of_comments", "id")[:3])
result = ([(e.id, e.number_of_comments) for e in top], type(top).__name__, connection.queries[-1]["sql"])
