"""Importing articles: read files, preview them, write articles and facts.

The one write path of the import (``import_files``), used by the admin, the
management commands, the bench and the tests. Modules:

- ``sources``: files, folders and .zip archives to ``SourceFile`` rows, with
  the size and safety limits;
- ``drafts``: one file decoded, extracted and mapped onto Article fields, and
  what the database already holds (unchanged, updated);
- ``reading``: the files of an import read a chunk ahead, in a second process;
- ``resolve``: provinces, units, people and organisations, looked up once per
  batch and created when missing;
- ``facts``: the proposed facts of an article, reconciled on re-import;
- ``rows``: the rows of a chunk of files, inserted together with their history;
- ``history``: history rows copied in bulk from the rows just written;
- ``importer``: each file checked on its own, a commit per chunk, the report;
- ``reread``: an imported article's facts read again, with the province an
  editor has chosen;
- ``preview``: the same reading, nothing written;
- ``uploads``: the admin's uploads between preview and confirm;
- ``jobs``: imports of many files, run by the task worker.
"""

from .drafts import Outcome
from .importer import FileResult, ImportReport, import_files
from .jobs import BACKGROUND_FROM, resume_job, run_job, stalled, start_job
from .preview import FilePreview, preview_files
from .reread import reread_facts
from .sources import SourceFile, read_paths, read_upload
from .uploads import purge_uploads, store_upload, upload_sources

__all__ = [
    "BACKGROUND_FROM",
    "FilePreview",
    "FileResult",
    "ImportReport",
    "Outcome",
    "SourceFile",
    "import_files",
    "preview_files",
    "purge_uploads",
    "read_paths",
    "read_upload",
    "reread_facts",
    "resume_job",
    "run_job",
    "stalled",
    "start_job",
    "store_upload",
    "upload_sources",
]
