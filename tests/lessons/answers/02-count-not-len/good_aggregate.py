from django.db.models import Count

from blog.models import Entry


def entries_in_year(year):
    return Entry.objects.filter(pub_date__year=year).aggregate(n=Count("id"))["n"]
