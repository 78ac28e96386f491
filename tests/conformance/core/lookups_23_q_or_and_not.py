# Q combinations.
from django.db.models import Q
from blog.models import Entry

result = list(Entry.objects.filter((Q(rating=10) | Q(rating=9)) & ~Q(blog__name="Beatles Blog")).order_by("id").values_list("id", flat=True))
