from blog.models import Entry
filters = {"blog__name": "Django Diary", "rating__gte": 7}
qs = Entry.objects.filter(**filters).order_by("-rating", "id")
result = list(qs.values_list("id", "rating")[:4])
