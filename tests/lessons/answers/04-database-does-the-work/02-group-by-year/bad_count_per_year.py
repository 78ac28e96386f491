from blog.models import Entry


def entries_per_year():
    counts = {}
    for d in Entry.objects.dates("pub_date", "year"):
        counts[d.year] = Entry.objects.filter(pub_date__year=d.year).count()
    return counts
