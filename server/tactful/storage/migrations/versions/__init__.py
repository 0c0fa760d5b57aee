"""One module per schema revision, applied in order by ``tactful.storage.migrate.upgrade``."""
