"""Views, one module per concern: reader pages, the search page, the JSON API."""
