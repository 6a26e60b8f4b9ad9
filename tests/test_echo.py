"""A later memory that names an earlier one's value and corrects it (omem.memory.echo): what
ties the two is the value said again, in whatever words the kind is said."""

from __future__ import annotations

import pytest

from omem.memory.echo import corrects
from omem.memory.echo import values_named
from omem.memory.kinds import own_words


def test_the_values_a_memory_names() -> None:
    assert values_named("The caller said the dentist is on the 14th of March with Sam.") == {
        ("date", "14 march"),
        ("name", "sam"),
    }
    assert values_named("Pottery's on Thursdays, 20 mg of lisinopril, ring 5551467.") == {
        ("weekday", "thursday"),
        ("dose", "20 lisinopril"),
        ("phone", "5551467"),
    }
    assert values_named("March the 9th, or j.Hart@gmail.com") == {
        ("date", "9 march"),
        ("email", "j.hart@gmail.com"),
    }
    # a capital that opens a sentence or a quote is no name
    assert values_named('The caller asked: "While I have got you, can you help?" Sure.') == set()


@pytest.mark.parametrize(
    ("earlier", "later", "kind"),
    [
        (
            "The caller said Dentist is on the 14th of March, so not that day.",
            'The caller asked: "You have the 14th of March?" The caller said no they moved '
            "it, it's the 9th of June now.",
            "dentist",
        ),
        (
            "The caller goes to pottery Thursday evenings, so don't book them then.",
            'The caller asked: "You have my pottery on Thursday evenings?" The caller said '
            "That's old, it moved to Tuesday evenings.",
            "class",
        ),
        (
            "The caller's partner Sam is picking them up.",
            "You have Sam? The caller and others split up, their partner now is Rafael.",
            "partner",
        ),
        (
            "Send the receipt to sunny_days@outlook.com, that's the caller.",
            "You have sunny_days@outlook.com? The caller closed that one, use hello@bluefern.net.",
            "email",
        ),
        (  # an email spelt out with a space keeps its end
            "For the receipts, kiteflyer@yahoo.com, that's the one the caller checks.",
            "Not kite flyer@yahoo.com, the caller closed that one, it's office@northwind.co.",
            "email",
        ),
        (  # a self-correction: no to the value right beside it
            "The caller has got the dentist on the 30th of April.",
            "The caller said it's the 30th of April — no, sorry, they rang, it's the 21st of May "
            "now.",
            "dentist",
        ),
        (
            "The caller's partner Rafael is picking them up.",
            "Not Rafael, that was last year, the caller's partner is Alex.",
            "partner",
        ),
        (
            "The caller takes 20 milligrams of lisinopril.",
            "Not 20 milligrams of lisinopril, that was before the check-up, it's 40 milligrams "
            "of lisinopril now.",
            "dose",
        ),
        (  # the old value read back, then "but it's …"
            "The caller and Alex, he's their partner, they are off down the coast.",
            "The caller thinks you've got Alex down but it's Marcus now yeah.",
            "partner",
        ),
    ],
)
def test_a_later_memory_that_names_the_value_and_another_corrects_it(
    earlier: str, later: str, kind: str
) -> None:
    assert corrects(values_named(earlier), later, own_words(later, kind), kind)


@pytest.mark.parametrize(
    ("earlier", "later", "kind"),
    [
        (  # no word says the first no longer holds
            "The caller goes to pottery on Thursdays.",
            "Pottery is on Thursdays and yoga on Tuesdays.",
            "class",
        ),
        (  # "no" alone says too little: another event on the same day
            "The caller's dentist is on the 14th of March.",
            "The caller is off work on the 14th of March and back on the 21st of March, no "
            "plans yet.",
            "dentist",
        ),
        (  # the value is not named again
            "The caller said Dentist is on the 14th of March.",
            "No, they moved it, it's the 9th of June now.",
            "dentist",
        ),
        (  # named again, and no other value of its sort
            "The caller's partner Sam is picking them up.",
            "The caller said Sam is not coming to the party at the old hall, he is working.",
            "partner",
        ),
        (  # a value of another sort than the kind asked for is no correction of it
            "The caller's dentist is on the 14th of March.",
            "The old boiler man came on the 14th of March, ring 5551467 instead.",
            "dentist",
        ),
        (  # another medicine's dose
            "The caller takes 20 mg of lisinopril.",
            "The caller's metformin changed, it's 40 mg of metformin, 20 mg of it was before.",
            "dose",
        ),
        (  # the same value said again
            "The caller lives at 14 Birch Lane.",
            "The caller moved years ago, they live at 14 Birch Lane.",
            "address",
        ),
        (  # a kind with no shape to name again
            "The caller drinks coffee every morning.",
            "The caller's coffee has changed, tea instead.",
            "coffee",
        ),
    ],
)
def test_what_corrects_nothing(earlier: str, later: str, kind: str) -> None:
    assert not corrects(values_named(earlier), later, own_words(later, kind), kind)
