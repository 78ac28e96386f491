from django.shortcuts import get_object_or_404
from django.db.models import Q
from blog.models import Entry
from django.db import connection
e = get_object_or_404(Entry, Q(rating=10) | Q(rating=1), blog_id=4, number_of_comments__gt=15)
result = (e.id, connection.queries[-1]["sql"])
