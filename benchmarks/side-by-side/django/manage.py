#!/usr/bin/python3
"""Django's command-line utility for the bookstore peer (Debian's python3-django 3.2)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bookstore.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
