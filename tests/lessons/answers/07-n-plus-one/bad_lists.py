from blog.models import Entry


def entries_with_blog(year):
    return [[e.headline, e.blog.name] for e in Entry.objects.filter(pub_date__year=year).select_related("blog").order_by("id")]
