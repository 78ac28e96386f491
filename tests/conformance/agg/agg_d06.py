# Errors: aggregate(Count('*')) without alias, an aggregate over an aggregate, filter on a non-conditional expression.
from django.db.models import Count, Sum, F
from blog.models import Blog, Entry
errs = []
for fn in (lambda: Entry.objects.aggregate(Count("*")),
           lambda: list(Blog.objects.annotate(n=Count("entry"), s=Sum("n"))),
           lambda: Entry.objects.filter(F("rating")),
           lambda: Entry.objects.annotate(Count("authors"), authors__count=Count("id"))):
    try:
        fn()
        errs.append("no error")
    except Exception as e:
        errs.append("%s: %s" % (type(e).__name__, e))
result = errs
