from blog.models import Entry

def published_between(qs, start, end):
    return qs.filter(pub_date__range=(start, end))

def popular(qs, n=10):
    return qs.filter(number_of_comments__gte=n)

def newest(qs):
    return qs.order_by("-pub_date")

qs = newest(popular(published_between(Entry.objects.all(), "2008-01-01", "2009-12-31"), 15))
one = Entry.objects.filter(pub_date__range=("2008-01-01", "2009-12-31")).filter(number_of_comments__gte=15).order_by("-pub_date")
result = (str(qs.query) == str(one.query), str(qs.query), [e.id for e in qs])
