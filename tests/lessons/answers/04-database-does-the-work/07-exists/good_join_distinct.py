from blog.models import Blog


def blogs_with_a_perfect_entry(year):
    return list(
        Blog.objects.filter(entry__pub_date__year=year, entry__rating=10)
        .distinct()
        .order_by("name")
        .values_list("name", flat=True)
    )
