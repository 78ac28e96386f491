from django.db.models import F

from blog.models import Entry


def more_pingbacks_than_comments(year):
    return (Entry.objects.filter(pub_date__year=year)
            .exclude(number_of_pingbacks__lte=F("number_of_comments"))
            .count())
