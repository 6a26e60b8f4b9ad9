"""What callers tell: one module per part of a life, registered in `MODULES` by name.

Each module adds statements (`Life.say`, placed in calls) and candidate questions (`Life.ask`)
about one part of a life. Question templates mark the caller with $my, $I and $me, rendered as
"my/I/me", "her/she/her" or the caller's name; they never need "do" with $I, so every voice
reads right. `family` (partner, children, elderly family, parents, weddings, cousins), `home`
(pets, moves, repairs, orders, cars), `plans` (work, trips, hobbies, friends, outings), `health`
(surgery, medication, traits) and `habits` (contact, diet, preferences, accounts, errands,
stylist).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.longeval.people import Life
from bench.longeval.topics.family import _cousin
from bench.longeval.topics.family import _household
from bench.longeval.topics.family import _parent
from bench.longeval.topics.family import _senior_family
from bench.longeval.topics.family import _wedding
from bench.longeval.topics.habits import _accounts
from bench.longeval.topics.habits import _contact
from bench.longeval.topics.habits import _diet
from bench.longeval.topics.habits import _errands
from bench.longeval.topics.habits import _prefs
from bench.longeval.topics.habits import _stylist
from bench.longeval.topics.health import _meds
from bench.longeval.topics.health import _surgery
from bench.longeval.topics.health import _traits
from bench.longeval.topics.home import _car
from bench.longeval.topics.home import _home
from bench.longeval.topics.home import _order
from bench.longeval.topics.home import _pet
from bench.longeval.topics.home import _repair
from bench.longeval.topics.plans import _friend
from bench.longeval.topics.plans import _hobby
from bench.longeval.topics.plans import _job
from bench.longeval.topics.plans import _outings
from bench.longeval.topics.plans import _trip

ALWAYS = ("errands", "stylist", "cousin", "traits")
MODULES: dict[str, Callable[[Life], None]] = {
    "errands": _errands,
    "stylist": _stylist,
    "cousin": _cousin,
    "household": _household,
    "senior_family": _senior_family,
    "pet": _pet,
    "job": _job,
    "trip": _trip,
    "repair": _repair,
    "order": _order,
    "hobby": _hobby,
    "friend": _friend,
    "parent": _parent,
    "wedding": _wedding,
    "surgery": _surgery,
    "meds": _meds,
    "home": _home,
    "car": _car,
    "contact": _contact,
    "diet": _diet,
    "prefs": _prefs,
    "traits": _traits,
    "accounts": _accounts,
}


def tell(life: Life) -> None:
    """Everything this caller says: the life's modules and those every life has, then outings."""
    for name in dict.fromkeys((*life.p.modules, *ALWAYS)):
        if name in MODULES:
            MODULES[name](life)
    _outings(life)
