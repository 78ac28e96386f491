from books.models import Book, Publisher
from bank.models import Account
result = (repr(Book.objects.get(pk=1)), str(Publisher.objects.get(pk=1)), repr(Account()), str(Account()))
