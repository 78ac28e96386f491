from django.db.models import Count

from blog.models import Author


def author_entry_counts():
    return dict(Author.objects.annotate(n=Count("entry")).values_list("name", "n"))
