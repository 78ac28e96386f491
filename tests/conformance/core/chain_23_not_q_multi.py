# ~Q over two conditions: NOT (a AND b).
from django.db.models import Q
from blog.models import Entry

result = Entry.objects.filter(~Q(rating__gte=5, blog_id=1)).count()
