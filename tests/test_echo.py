"""A later memory that names an earlier one's value and corrects it (omem.memory.echo): what
ties the two is the value said again, in whatever words the kind is said."""

from __future__ import annotations

import pytest

from omem.memory.echo import corrects
from omem.memory.echo import values


def test_the_values_a_memory_names() -> None:
    assert values("The caller said Dentist is on the 14th of March, their partner Sam came.") >= {
        ("date", "14 march"),
        ("name", "sam"),
    }
    assert values("Pottery's on Thursdays, 20 mg of lisinopril, ring 5551467.") == {
        ("weekday", "thursday"),
        ("dose", "20"),
        ("phone", "5551467"),
    }
    assert values("March the 9th, or j.Hart@gmail.com") == {
        ("date", "9 march"),
        ("email", "j.hart@gmail.com"),
    }
    # a capital that opens a sentence or a quote is no name
    assert values('The caller asked: "While I have got you, can you help?" Sure.') == set()


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "The caller said Dentist is on the 14th of March, so not that day.",
            'The caller asked: "You have the 14th of March?" The caller said no they moved '
            "it, it's the 9th of June now.",
        ),
        (
            "The caller goes to pottery Thursday evenings, so don't book them then.",
            'The caller asked: "You have my pottery on Thursday evenings?" The caller said '
            "That's old, it moved to Tuesday evenings.",
        ),
        (
            "The caller's partner Sam is picking them up.",
            "You have Sam? The caller and others split up, their partner now is Rafael.",
        ),
        (  # an email spelt out with a space keeps its end
            "For the receipts, kiteflyer@yahoo.com, that's the one the caller checks.",
            "Not kite flyer@yahoo.com, the caller closed that one, it's office@northwind.co.",
        ),
        (
            "Send the receipt to sunny_days@outlook.com, that's the caller.",
            "You have sunny_days@outlook.com? The caller closed that one, use hello@bluefern.net.",
        ),
    ],
)
def test_a_later_memory_that_names_the_value_and_another_corrects_it(
    earlier: str, later: str
) -> None:
    assert corrects(earlier, later)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (  # no word says the first no longer holds
            "The caller goes to pottery on Thursdays.",
            "Pottery is on Thursdays and yoga on Tuesdays.",
        ),
        (  # the value is not named again
            "The caller said Dentist is on the 14th of March.",
            "No, they moved it, it's the 9th of June now.",
        ),
        (  # named again, and no other value of its sort
            "The caller's partner Sam is picking them up.",
            "Sam is not coming to the party, he is working.",
        ),
        (  # another sort of value beside it is no correction of it
            "The caller's dentist is on the 14th of March.",
            "Not the 14th of March for the boiler, ring 5551467 instead.",
        ),
    ],
)
def test_what_corrects_nothing(earlier: str, later: str) -> None:
    assert not corrects(earlier, later)
