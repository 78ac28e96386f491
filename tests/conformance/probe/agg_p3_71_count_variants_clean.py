# Count("*"), Count("id"), Count("authors"), Count("authors__name", distinct=True) with non-clashing aliases.
from django.db.models import Count
from blog.models import Entry

result = Entry.objects.filter(blog_id=4).aggregate(star=Count("*"), ids=Count("id"), links=Count("authors"),
                                                  names=Count("authors__name", distinct=True))
