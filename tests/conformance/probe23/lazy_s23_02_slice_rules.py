# Slicing rules and their errors.
from blog.models import Entry
qs = Entry.objects.order_by("pk")
for f in (lambda: qs[-1], lambda: qs[2:-1], lambda: qs[1:3].filter(rating=1), lambda: qs[1:3].order_by("-pk"),
          lambda: qs["a"], lambda: qs[1.5], lambda: qs[3:1], lambda: qs[1:3].reverse(),
          lambda: qs[1:3].distinct(), lambda: qs[:2] | qs[2:4], lambda: qs[1:3].update(rating=1),
          lambda: qs[1:3].delete(), lambda: qs[5:10][2].pk, lambda: [e.pk for e in qs[::3][:3]],
          lambda: qs[5:][:2], lambda: qs[1:2].get().pk, lambda: qs[:3].count(), lambda: qs[50:].exists()):
    try:
        r = f()
        print(repr(r)[:70])
    except Exception as e:
        print(type(e).__name__, e)
result = None
