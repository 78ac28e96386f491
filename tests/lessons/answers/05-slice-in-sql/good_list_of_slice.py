from blog.models import Entry


def page(number):
    qs = Entry.objects.order_by("-pub_date", "id")
    return list(qs[(number - 1) * 10:number * 10])
