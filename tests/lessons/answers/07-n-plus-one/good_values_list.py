from blog.models import Entry


def entries_with_blog(year):
    return list(Entry.objects.filter(pub_date__year=year).order_by("id").values_list("headline", "blog__name"))
