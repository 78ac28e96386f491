from blog.models import Entry


def entries_with_blog(year):
    entries = Entry.objects.filter(pub_date__year=year).prefetch_related("blog").order_by("id")
    return [(e.headline, e.blog.name) for e in entries]
