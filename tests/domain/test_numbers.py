"""A whole number typed into a setting: read from text, refused outside its range."""

from __future__ import annotations

import pytest

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.numbers import whole_number_in

NAN, RANGE = msg("privacy.retention_not_a_number"), msg("privacy.retention_range", low=1,
                                                         high=9)


def test_a_number_in_range_is_read_from_its_text() -> None:
    assert whole_number_in("n", " 7 ", 1, 9, not_a_number=NAN, out_of_range=RANGE) == 7
    assert whole_number_in("n", 1, 1, 9, not_a_number=NAN, out_of_range=RANGE) == 1


@pytest.mark.parametrize(("typed", "refusal"), [("seven", NAN), ("", NAN), ("7.5", NAN),
                                                ("0", RANGE), ("10", RANGE)])
def test_anything_else_is_refused_at_its_field(typed: str, refusal: object) -> None:
    with pytest.raises(ValidationError) as refused:
        whole_number_in("n", typed, 1, 9, not_a_number=NAN, out_of_range=RANGE)
    assert refused.value.field_errors == {"n": refusal}
