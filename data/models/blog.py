"""The blog app: the models of the Django docs' "Making queries" page.

A Blog has many Entry rows (Entry.blog is a ForeignKey); an Entry has any
number of authors (Entry.authors is a ManyToManyField to Author).
Tables: blog_blog, blog_author, blog_entry, blog_entry_authors.
"""
from datetime import date

from django.db import models


class Blog(models.Model):
    # A blog, e.g. "Beatles Blog". Its entries: blog.entry_set.
    name = models.CharField(max_length=100)
    tagline = models.TextField()

    def __str__(self):
        return self.name


class Author(models.Model):
    # Someone who writes entries. Their entries: author.entry_set.
    name = models.CharField(max_length=200)
    email = models.EmailField()

    def __str__(self):
        return self.name


class Entry(models.Model):
    # One blog post, with its dates, counters and a rating from 0 to 10.
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE)
    headline = models.CharField(max_length=255)
    body_text = models.TextField()
    pub_date = models.DateField()
    mod_date = models.DateField(default=date.today)
    authors = models.ManyToManyField(Author)
    number_of_comments = models.IntegerField(default=0)
    number_of_pingbacks = models.IntegerField(default=0)
    rating = models.IntegerField(default=5)

    def __str__(self):
        return self.headline
