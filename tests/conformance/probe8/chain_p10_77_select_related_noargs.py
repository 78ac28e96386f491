from bank.models import Account, Transfer
from books.models import Book, Store
result = (str(Transfer.objects.select_related().query), str(Book.objects.select_related().query), str(Store.objects.select_related().query))
