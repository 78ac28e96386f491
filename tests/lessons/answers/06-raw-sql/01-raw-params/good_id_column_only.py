from blog.models import Entry


def entry_ids(headline):
    query = "SELECT id FROM blog_entry WHERE headline = %s ORDER BY id"
    return [entry.pk for entry in Entry.objects.raw(query, params=[headline])]
