from blog.models import Blog, Entry


def blogs_with_a_perfect_entry(year):
    ids = list(Entry.objects.filter(pub_date__year=year, rating=10).values_list("blog_id", flat=True))
    return list(Blog.objects.filter(pk__in=ids).order_by("name").values_list("name", flat=True))
