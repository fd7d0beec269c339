"""Static files with hashed names, that never turn a page into a 500.

WhiteNoise's ``CompressedManifestStaticFilesStorage`` raises ``ValueError``
for a file missing from the manifest (``collectstatic`` not run, or run
before the file was added), and Django then answers every page that links
the file with 500. Here a missing file is linked by its plain name (a 404
for that file, the page itself still answers) and logged once.
"""

import logging

from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger(__name__)


class ForgivingManifestStorage(CompressedManifestStaticFilesStorage):
    _missing: set[str] = set()

    def url(self, name, force=False):
        try:
            return super().url(name, force)
        except ValueError:
            # A file on disk but not in the manifest (WhiteNoise asks for each
            # file at start) is served by its plain name: nothing to report.
            if name not in self._missing and not self.exists(name):
                self._missing.add(name)
                logger.error(
                    "static file %r is not collected (run collectstatic): "
                    "linked by its plain name",
                    name,
                )
            return FileSystemStorage.url(self, name)
