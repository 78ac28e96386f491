"""The books app: the models of the Django docs' "Aggregation" page.

A Book has one Publisher (ForeignKey) and several authors (ManyToManyField);
a Store sells many books (ManyToManyField). Good for Count, Avg, Sum, Max...
Tables: books_author, books_publisher, books_book, books_book_authors,
books_store, books_store_books.
"""
from django.db import models


class Author(models.Model):
    # A book author. Their books: author.book_set.
    name = models.CharField(max_length=100)
    age = models.IntegerField()


class Publisher(models.Model):
    # A publisher. Its books: publisher.book_set.
    name = models.CharField(max_length=300)


class Book(models.Model):
    # A book: price is a Decimal with 2 places, rating a float from 1.0 to 5.0.
    name = models.CharField(max_length=300)
    pages = models.IntegerField()
    price = models.DecimalField(max_digits=10, decimal_places=2)
    rating = models.FloatField()
    authors = models.ManyToManyField(Author)
    publisher = models.ForeignKey(Publisher, on_delete=models.CASCADE)
    pubdate = models.DateField()


class Store(models.Model):
    # A bookshop and the books it sells (store.books).
    name = models.CharField(max_length=300)
    books = models.ManyToManyField(Book)
