def headlines_of(blog):
    return list(blog.entry_set.order_by("id").values_list("headline", flat=True))
