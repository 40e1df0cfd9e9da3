"""kurils: news coverage of the Japan-Russia peace-treaty talks and the Kuril Islands dispute.

The public API; every name here is re-exported from the module that defines it."""

from __future__ import annotations

from kurils.codebook import Codebook, CodebookError, load_codebook
from kurils.corpus import Corpus, CorpusError, CorpusWarning, load_corpus
from kurils.overview import cleaning_summary, document_table
from kurils.plots import save_figure
from kurils.tables import save_table
from kurils.terms import (
    collocations,
    dispersion,
    distinctive_terms,
    document_term_matrix,
    keyness,
    kwic,
    place_naming,
    term_frequencies,
)
from kurils.text import sentences, tokens

__version__ = "0.1.0"

__all__ = [
    "Codebook",
    "CodebookError",
    "Corpus",
    "CorpusError",
    "CorpusWarning",
    "__version__",
    "cleaning_summary",
    "collocations",
    "dispersion",
    "distinctive_terms",
    "document_table",
    "document_term_matrix",
    "keyness",
    "kwic",
    "load_codebook",
    "load_corpus",
    "place_naming",
    "save_figure",
    "save_table",
    "sentences",
    "term_frequencies",
    "tokens",
]
