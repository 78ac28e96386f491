from django.db.models import Q
from django.shortcuts import get_object_or_404
from blog.models import Entry
result = get_object_or_404(Entry, Q(headline__startswith="Cheese") | Q(pk=1), blog_id=2, pk__lt=5)
