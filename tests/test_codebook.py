"""The codebook: loads, validates with the line of the problem, resolves dated roles."""

from __future__ import annotations

import itertools
import pickle
from datetime import date, timedelta

import pytest

from kurils.codebook import DEFAULT_CODEBOOK, CodebookError, load_codebook


def test_packaged_codebook_loads_with_every_section():
    codebook = load_codebook()
    assert codebook.terms["etorofu"] == "Iturup" and codebook.terms["kunashiri"] == "Kunashir"
    assert codebook.terms["kurile islands"] == "Kuril Islands"
    assert codebook.terms["putin"] == "Vladimir Putin"
    assert codebook.framing["illegally occupied"] == ("illegal occupation", "japan")
    assert codebook.framing["inviolability of borders"][1] == "russia"
    assert {"cooperative", "confrontational", "negators"} <= set(codebook.cues)
    assert "no" in codebook.cues["negators"]
    assert any(event["id"] == "joint_declaration_1956" for event in codebook.events)
    assert load_codebook() is codebook  # parsed once


@pytest.mark.parametrize(
    ("role", "when", "holder"),
    [
        ("japan_foreign_minister", date(2017, 3, 20), "Fumio Kishida"),
        ("japan_foreign_minister", date(2020, 7, 3), "Toshimitsu Motegi"),
        ("japan_prime_minister", date(2023, 1, 23), "Fumio Kishida"),
        ("japan_prime_minister", date(2019, 1, 1), "Shinzo Abe"),
        ("russia_president", date(2010, 1, 1), "Dmitry Medvedev"),
        ("russia_president", date(2022, 3, 21), "Vladimir Putin"),
        # the posts before 2005 that later stories recall
        ("japan_foreign_minister", date(2001, 8, 1), "Makiko Tanaka"),
        ("japan_foreign_minister", date(2003, 1, 1), "Yoriko Kawaguchi"),
        ("russia_foreign_minister", date(2001, 8, 1), "Igor Ivanov"),
    ],
)
def test_dated_roles_name_the_holder(role, when, holder):
    assert load_codebook().holder(role, when).name == holder


@pytest.mark.parametrize(
    "role",
    [
        "japan_prime_minister",
        "japan_foreign_minister",
        "japan_chief_cabinet_secretary",
        "russia_president",
        "russia_prime_minister",
        "russia_foreign_minister",
        "russia_defence_minister",
    ],
)
def test_the_main_offices_have_one_holder_every_day_from_2005(role):
    terms = sorted(
        (held.start, held.end or date.max, actor.name)
        for actor in load_codebook().actors
        for held in actor.roles
        if held.role == role
    )
    covered = [t for t in terms if t[1] > date(2005, 1, 1)]
    assert covered[0][0] <= date(2005, 1, 1) and covered[-1][1] == date.max
    for (_, end, name), (start, _, successor) in itertools.pairwise(covered):
        # no overlap, and no gap longer than an interregnum of two days
        assert end <= start <= end + timedelta(days=2), (name, successor)


def test_role_without_a_date_is_unresolved():
    assert load_codebook().holder("japan_foreign_minister", None) is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t.replace(
                "    side: japan\n    aliases: [Shinzo Abe, Abe]",
                "    side: jpn\n    aliases: [Shinzo Abe, Abe]",
            ),
            r"line 14: .*side",  # the line of "side: jpn" in the edited file
        ),
        (
            lambda t: t.replace("aliases: [Iturup, Etorofu]", "aliases: [Iturup, Etorofu"),
            r"line \d+: not valid YAML",
        ),
        (lambda t: t.replace("from: 2006-09-26", "from: 26/09/2006"), "not an ISO date"),
        (lambda t: t.replace("keep_words:", "keep:"), "missing section"),
    ],
)
def test_malformed_codebooks_fail_with_file_and_line(tmp_path, edit, message):
    path = tmp_path / "codebook.yaml"
    path.write_text(edit(DEFAULT_CODEBOOK.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(CodebookError, match=message) as error:
        load_codebook(path)
    assert str(path) in str(error.value)


def test_unpickled_codebooks_are_one_object_per_file_content(tmp_path):
    # Dask unpickles a task's codebook anew for each task; caches keyed by codebook need one
    # object per file content to be reused.
    packaged = load_codebook()
    first, second = (pickle.loads(pickle.dumps(packaged)) for _ in range(2))
    assert first is second
    assert first.terms == packaged.terms and first.sha256 == packaged.sha256
    edited = tmp_path / "codebook.yaml"
    edited.write_text(
        DEFAULT_CODEBOOK.read_text(encoding="utf-8").replace(
            "aliases: [Iturup, Etorofu]", "aliases: [Iturup, Etorofu, Etorofu-to]"
        ),
        encoding="utf-8",
    )
    own = pickle.loads(pickle.dumps(load_codebook(edited)))
    assert own is not first
    assert own.terms["etorofu-to"] == "Iturup" and "etorofu-to" not in first.terms
