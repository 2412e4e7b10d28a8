"""Django's PostgreSQL backend, starting the embedded server on first connection.

Starting it lazily (not at settings import) keeps commands that never touch the database
(ruff, collectstatic, check) from starting PostgreSQL.
"""

from django.db.backends.postgresql import base

from config.pgembed import connection_params


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        params.update(connection_params())
        return params
