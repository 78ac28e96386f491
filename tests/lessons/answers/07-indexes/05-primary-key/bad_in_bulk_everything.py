from blog.models import Entry


def headlines_by_id(ids):
    everything = Entry.objects.in_bulk()
    return {pk: everything[pk].headline for pk in ids if pk in everything}
