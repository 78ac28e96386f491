# A chain written over several lines with comments produces the same SQL as a one-liner.
from django.db.models import Q
from blog.models import Entry

long = (
    Entry.objects
    .filter(blog__name__icontains="d")       # blogs with a d
    .exclude(rating__lt=5)                    # decent entries
    .filter(Q(number_of_comments__gte=10) | Q(number_of_pingbacks__gte=5))
    .order_by("-rating", "id")
    .values_list("id", "rating")
)[:5]
short = Entry.objects.filter(blog__name__icontains="d").exclude(rating__lt=5).filter(Q(number_of_comments__gte=10) | Q(number_of_pingbacks__gte=5)).order_by("-rating", "id").values_list("id", "rating")[:5]
result = (list(long), list(short), str(long.query) == str(short.query))
