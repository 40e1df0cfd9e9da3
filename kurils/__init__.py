"""kurils: news coverage of the Japan-Russia peace-treaty talks and the Kuril Islands dispute.

The public API; every name here is re-exported from the module that defines it."""

from __future__ import annotations

from kurils.chronology import event_mentions, time_expressions, timeline
from kurils.codebook import Codebook, CodebookError, load_codebook
from kurils.corpus import Corpus, CorpusError, CorpusWarning, load_corpus
from kurils.distributed import to_pandas
from kurils.keyness import collocations, keyness
from kurils.overview import cleaning_summary, document_table, outlet_sides
from kurils.plots import save_figure
from kurils.quotes import quotes
from kurils.shift import stance_by_year, stance_shift
from kurils.stance import (
    MILESTONES,
    cue_matrix,
    document_stance,
    evidence,
    framing,
    stance_scores,
)
from kurils.tables import save_table
from kurils.terms import (
    dispersion,
    distinctive_terms,
    document_term_matrix,
    kwic,
    place_naming,
    term_frequencies,
)
from kurils.text import sentences, tokens

__version__ = "0.1.0"

__all__ = [
    "MILESTONES",
    "Codebook",
    "CodebookError",
    "Corpus",
    "CorpusError",
    "CorpusWarning",
    "__version__",
    "cleaning_summary",
    "collocations",
    "cue_matrix",
    "dispersion",
    "distinctive_terms",
    "document_stance",
    "document_table",
    "document_term_matrix",
    "event_mentions",
    "evidence",
    "framing",
    "keyness",
    "kwic",
    "load_codebook",
    "load_corpus",
    "outlet_sides",
    "place_naming",
    "quotes",
    "save_figure",
    "save_table",
    "sentences",
    "stance_by_year",
    "stance_scores",
    "stance_shift",
    "term_frequencies",
    "time_expressions",
    "timeline",
    "to_pandas",
    "tokens",
]
