"""Result tables built from rows in chunks equal the table built at once, values and dtypes."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from kurils.tables import frame_from_rows

ROWS = st.lists(
    st.tuples(
        st.text(max_size=5),
        st.none() | st.text(max_size=5),
        st.integers(-5, 5),
        st.none() | st.floats(allow_nan=False),
        st.none() | st.dates().map(pd.Timestamp),
        st.booleans(),
    ),
    max_size=12,
)
COLUMNS = ["doc_id", "speaker", "start", "tone", "published", "speech"]


@given(ROWS, st.integers(1, 5))
def test_chunked_rows_give_the_same_table(rows, chunk_rows):
    expected = pd.DataFrame(rows, columns=COLUMNS)
    pd.testing.assert_frame_equal(frame_from_rows(rows, COLUMNS, chunk_rows), expected)
    pd.testing.assert_frame_equal(frame_from_rows(iter(rows), COLUMNS, chunk_rows), expected)
