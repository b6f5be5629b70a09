"""The bookstore endpoints, written the way Django's documentation shows them."""
import csv
import datetime
import time

from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Book

PAGE_SIZE = 50


class BadCursor(ValueError):
    pass


def _page(request):
    """Newest first, keyset-paginated on (published, id): 2 queries (books+author+publisher, then tags)."""
    books = (
        Book.objects.select_related("author__publisher")
        .prefetch_related("tags")
        .order_by("-published", "-id")
    )
    before = request.GET.get("before")
    if before:
        try:
            day, _, pk = before.partition("_")
            published, pk = datetime.date.fromisoformat(day), int(pk)
        except ValueError as e:
            raise BadCursor(before) from e
        books = books.filter(Q(published__lt=published) | Q(published=published, id__lt=pk))
    page = list(books[:PAGE_SIZE])
    nxt = f"{page[-1].published.isoformat()}_{page[-1].id}" if len(page) == PAGE_SIZE else None
    return page, nxt


def book_list(request):
    try:
        books, nxt = _page(request)
    except BadCursor as e:
        return HttpResponseBadRequest(f"bad cursor: {e}")
    return render(request, "books/book_list.html", {"books": books, "next": nxt})


def book_detail(request, pk):
    book = get_object_or_404(
        Book.objects.select_related("author__publisher__country").prefetch_related("tags"), pk=pk
    )
    return render(request, "books/book_detail.html", {"book": book})


def api_books(request):
    try:
        books, nxt = _page(request)
    except BadCursor as e:
        return JsonResponse({"error": f"bad cursor: {e}"}, status=400)
    results = [
        {
            "id": b.id,
            "title": b.title,
            "price": b.price,
            "published": b.published,
            "author": {"id": b.author.id, "name": b.author.name},
            "publisher": {"id": b.author.publisher.id, "name": b.author.publisher.name},
            "tags": [t.name for t in b.tags.all()],
        }
        for b in books
    ]
    return JsonResponse({"results": results, "next": nxt})


class Echo:
    """A file-like object whose write() hands the line back, so csv.writer can feed a generator."""

    def write(self, value):
        return value


def export_csv(request):
    # iterator() uses a server-side cursor on PostgreSQL: rows arrive in chunks, never all in memory.
    rows = (
        Book.objects.order_by("id")
        .values_list("id", "title", "author__name", "price", "published")
        .iterator(chunk_size=2000)
    )
    writer = csv.writer(Echo(), lineterminator="\n")

    def lines():
        yield writer.writerow(["id", "title", "author", "price", "published"])
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="books.csv"'
    return response


def slow(request):
    time.sleep(0.1)  # stands in for 100 ms of I/O; a sync worker is blocked meanwhile
    return HttpResponse("slept 100 ms", content_type="text/plain")


def plain(request):
    return HttpResponse("Hello, world!", content_type="text/plain")
