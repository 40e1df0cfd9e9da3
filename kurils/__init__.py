"""kurils: news coverage of the Japan-Russia peace-treaty talks and the Kuril Islands dispute.

The public API; every name here is re-exported from the module that defines it."""

from __future__ import annotations

from kurils.corpus import Corpus, CorpusError, CorpusWarning, load_corpus
from kurils.overview import cleaning_summary, document_table
from kurils.plots import save_figure
from kurils.tables import save_table

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "CorpusError",
    "CorpusWarning",
    "__version__",
    "cleaning_summary",
    "document_table",
    "load_corpus",
    "save_figure",
    "save_table",
]
