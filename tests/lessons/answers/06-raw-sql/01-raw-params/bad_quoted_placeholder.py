from blog.models import Entry


def entry_ids(headline):
    return [e.id for e in Entry.objects.raw(
        "SELECT * FROM blog_entry WHERE headline = '%s' ORDER BY id", [headline])]
