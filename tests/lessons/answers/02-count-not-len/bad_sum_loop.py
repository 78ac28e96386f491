from blog.models import Entry


def entries_in_year(year):
    return sum(1 for _ in Entry.objects.filter(pub_date__year=year))
