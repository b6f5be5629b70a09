"""Side-by-side benchmark driver: Jango vs Django 3.2 vs Spring Boot on one PostgreSQL data set.

Python 3 standard library only. Entry point: ../run.sh (which installs wrk and the Django packages first).
"""
