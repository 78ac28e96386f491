from blog.models import Entry


def page(number):
    entries = Entry.objects.order_by("-pub_date", "id")
    return entries[::1][(number - 1) * 10:number * 10]
