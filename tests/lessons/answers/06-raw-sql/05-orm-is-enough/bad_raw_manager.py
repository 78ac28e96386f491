from blog.models import Author


def author_entry_counts():
    authors = Author.objects.raw(
        "SELECT a.id, a.name, COUNT(*) AS n FROM blog_author a "
        "JOIN blog_entry_authors ea ON ea.author_id = a.id GROUP BY a.id")
    return {a.name: a.n for a in authors}
