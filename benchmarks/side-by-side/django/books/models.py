"""The bookstore models, mapped onto the shared schema (benchmarks/side-by-side/data/schema.sql).

managed = False: the tables come from schema.sql so that all three peers read identical data.
"""
from django.db import models


class Country(models.Model):
    name = models.CharField(max_length=100)
    code = models.CharField(max_length=2, unique=True)

    class Meta:
        managed = False
        db_table = "country"


class Publisher(models.Model):
    name = models.CharField(max_length=200)
    country = models.ForeignKey(Country, on_delete=models.PROTECT)

    class Meta:
        managed = False
        db_table = "publisher"


class Author(models.Model):
    name = models.CharField(max_length=200)
    publisher = models.ForeignKey(Publisher, on_delete=models.PROTECT)

    class Meta:
        managed = False
        db_table = "author"


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        managed = False
        db_table = "tag"
        ordering = ["name"]


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    price = models.DecimalField(max_digits=8, decimal_places=2)
    published = models.DateField()
    pages = models.IntegerField()
    tags = models.ManyToManyField(Tag, through="BookTag", related_name="books")

    class Meta:
        managed = False
        db_table = "book"


class BookTag(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE)

    class Meta:
        managed = False
        db_table = "book_tag"
        unique_together = [("book", "tag")]
