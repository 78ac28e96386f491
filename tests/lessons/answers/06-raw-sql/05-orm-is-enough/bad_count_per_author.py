from blog.models import Author


def author_entry_counts():
    counts = {}
    for author in Author.objects.all():
        n = author.entry_set.count()
        if n:
            counts[author.name] = n
    return counts
