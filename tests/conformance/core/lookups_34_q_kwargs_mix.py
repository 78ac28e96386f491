# Q objects must precede keyword arguments; Q with several kwargs is AND.
from django.db.models import Q
from blog.models import Entry

result = Entry.objects.filter(Q(rating=10, blog_id=2) | Q(rating=1), number_of_comments__gt=5).count()
