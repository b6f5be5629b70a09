from django.urls import path

from books import views

urlpatterns = [
    path("books/", views.book_list, name="book_list"),
    path("books/<int:pk>/", views.book_detail, name="book_detail"),
    path("api/books/", views.api_books, name="api_books"),
    path("export/books.csv", views.export_csv, name="export_csv"),
    path("slow/", views.slow, name="slow"),
    path("plain/", views.plain, name="plain"),
]
