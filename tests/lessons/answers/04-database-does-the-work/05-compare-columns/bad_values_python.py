from blog.models import Entry


def more_pingbacks_than_comments(year):
    pairs = Entry.objects.filter(pub_date__year=year).values_list("number_of_pingbacks", "number_of_comments")
    return sum(1 for p, c in pairs if p > c)
