"""Alembic's environment and the schema revisions of ``tactful.storage``."""
