import datetime

from blog.models import Entry


def entries_in_year(year):
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return Entry.objects.filter(pub_date__range=(start, end)).count()
