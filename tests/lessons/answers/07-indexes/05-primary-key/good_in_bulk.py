from blog.models import Entry


def headlines_by_id(ids):
    return {pk: entry.headline for pk, entry in Entry.objects.in_bulk(ids).items()}
