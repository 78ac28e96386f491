from blog.models import Blog, Entry


def blogs_with_a_perfect_entry(year):
    blog_ids = Entry.objects.filter(pub_date__year=year, rating=10).values("blog_id")
    return [b.name for b in Blog.objects.filter(pk__in=blog_ids).order_by("name")]
