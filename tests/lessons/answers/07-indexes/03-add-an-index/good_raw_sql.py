from django.db import connection


def add_rating_index():
    with connection.cursor() as cursor:
        cursor.execute('CREATE INDEX "entry_rating_idx" ON "blog_entry" ("rating")')
