from django.test import RequestFactory
r = RequestFactory().post("/x/", {"a": ["1", "2"], "b": "3"})
p = r.POST.copy()
popped = p.pop("a")
p.update({"b": "4", "c": "5"})
print(r.POST)
result = (popped, p, p.getlist("b"), len(p), sorted(p), p == r.POST, r.POST.get("a"))
