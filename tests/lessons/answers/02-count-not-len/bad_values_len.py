from blog.models import Entry


def entries_in_year(year):
    return len(Entry.objects.filter(pub_date__year=year).values_list("id", flat=True))
