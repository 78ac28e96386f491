from books.models import Author, Publisher, Book, Store
a = Author.objects.get(pk=6)
a.book_set.set([1, 4])
mid = sorted(a.book_set.values_list("id", flat=True))
a.book_set.clear()
result = (mid, a.book_set.count(), Book.objects.get(pk=4).authors.count())
