from blog.models import Entry, Blog


class Describe:
    def describe(self, obj):
        return f"{type(obj).__name__}:{obj.pk}"


class Report(Describe, dict):
    def add(self, obj):
        self[obj.pk] = self.describe(obj)
        return self


rep = Report()
for e in Entry.objects.order_by("pk")[:3]:
    rep.add(e)
rep.add(Blog.objects.get(pk=1))
result = rep
print(len(rep), isinstance(rep, dict), Report.__base__)
