# Lookups on a relation compared as itself: Django answers exact/in/gt/gte/lt/lte/isnull only,
# a FieldError naming ForeignKey or ManyToOneRel for the rest and for transforms.
from blog.models import Entry, Blog, Author
tests = [
    lambda: Entry.objects.filter(blog_id__range=(1, 3)),
    lambda: Entry.objects.filter(blog__range=(1, 3)),
    lambda: Entry.objects.filter(blog__contains=1),
    lambda: Entry.objects.filter(blog__gte=2),
    lambda: Entry.objects.filter(blog__in=[1, 2]),
    lambda: Entry.objects.filter(blog__isnull=True),
    lambda: Entry.objects.filter(blog__iexact=1),
    lambda: Entry.objects.filter(blog__startswith=1),
    lambda: Entry.objects.filter(blog__regex="1"),
    lambda: Entry.objects.filter(authors__range=(1, 3)),
    lambda: Entry.objects.filter(authors__gt=2),
    lambda: Entry.objects.filter(authors__contains=2),
    lambda: Blog.objects.filter(entry__range=(1, 3)),
    lambda: Blog.objects.filter(entry__lt=3),
    lambda: Blog.objects.filter(entry__icontains=3),
    lambda: Author.objects.filter(entry__range=(1, 3)),
    lambda: Entry.objects.filter(blog__pk__range=(1, 3)),
    lambda: Entry.objects.filter(blog__exact=2),
    lambda: Entry.objects.filter(blog__rnge=2),
    lambda: Entry.objects.filter(blog__year=2),
]
for i, t in enumerate(tests):
    try:
        qs = t()
        print(i, qs.count())
    except Exception as e:
        print(i, type(e).__name__, e)
