from django.db.models import Count

from blog.models import Author


def author_entry_counts():
    authors = Author.objects.filter(entry__isnull=False).annotate(n=Count("entry"))
    return {a.name: a.n for a in authors}
