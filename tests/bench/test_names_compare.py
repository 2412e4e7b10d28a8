"""``python -m bench.names_compare``: each decider reads a name where the entity step would."""

from __future__ import annotations

import pytest

from bench.names_compare import DECIDERS
from ingest.parser.names import Names


@pytest.mark.parametrize("decider", ["rules", "posseg"])
def test_each_decider_reads_a_titled_name(decider: str) -> None:
    assert DECIDERS[decider]("区长王建国主持会议", 2, Names()) == "王建国"


def test_no_decider_reads_a_name_where_no_surname_starts() -> None:
    assert all(read("区长主持会议", 1, Names()) is None for read in DECIDERS.values())
