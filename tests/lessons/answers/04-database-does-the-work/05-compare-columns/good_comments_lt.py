from django.db.models import F

from blog.models import Entry


def more_pingbacks_than_comments(year):
    qs = Entry.objects.filter(pub_date__year=year, number_of_comments__lt=F("number_of_pingbacks"))
    return qs.count()
