from blog.models import Entry


def headlines_by_id(ids):
    wanted = set(ids)
    rows = Entry.objects.filter(pk__gte=min(ids), pk__lte=max(ids)).values_list("id", "headline")
    return {pk: h for pk, h in rows if pk in wanted}
