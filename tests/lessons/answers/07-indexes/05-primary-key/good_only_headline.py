from blog.models import Entry


def headlines_by_id(ids):
    entries = Entry.objects.filter(id__in=ids).only("headline")
    return {e.id: e.headline for e in entries}
