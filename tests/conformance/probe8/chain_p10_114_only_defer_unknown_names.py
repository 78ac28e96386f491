from books.models import Book
out = []
for make in (lambda: [b.id for b in Book.objects.only("nope")][:2],
             lambda: [b.id for b in Book.objects.defer("nope")][:2],
             lambda: [b.id for b in Book.objects.only("publisher__nope")][:2],
             lambda: [b.id for b in Book.objects.only("pk", "name")][:2],
             lambda: [b.id for b in Book.objects.defer("publisher_id")][:2]):
    try:
        out.append(make())
    except Exception as ex:
        out.append((type(ex).__name__, str(ex)))
result = out
