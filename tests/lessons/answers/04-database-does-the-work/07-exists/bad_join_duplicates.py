from blog.models import Blog


def blogs_with_a_perfect_entry(year):
    return sorted(set(
        Blog.objects.filter(entry__pub_date__year=year, entry__rating=10)
        .values_list("name", flat=True)
    ))
