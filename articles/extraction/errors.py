"""The one exception the extractor raises."""


class ExtractionError(Exception):
    """A file or text that cannot be read as an article.

    The message is a Vietnamese sentence meant for the editor who imported
    the file (it names the file when the caller gave its name).
    """
