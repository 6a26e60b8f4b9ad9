"""What the long set is made of: its constants, the word pools, the medications and dates.

The paraphrase split and the answer checks read words with omem's own keyword tokenizer.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from omem.memory.keywords import tokenize

SEED = 20250601
AGENT_ID = "agent_0901k5keystone0concierge01"
AGENT_NAME = "Keystone Concierge"
AGENT = "Juniper"
TYPES = ("single", "temporal", "multi-hop", "preference", "update", "inference")
# Questions kept per caller and type (of a larger pool): about 35/15/15/12/12/11 %.
QUOTA = {"single": 20, "temporal": 9, "multi-hop": 9, "preference": 7, "update": 7, "inference": 6}
FIRST_DAY = dt.date(2025, 6, 1)
LAST_DAY = dt.date(2025, 12, 15)
ASK_UNTIL = dt.datetime(2025, 12, 20, 18, 0, tzinfo=dt.UTC)
MIN_TURNS, MAX_TURNS = 12, 40
CAP = 4  # statements (facts) scheduled into one call at most
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()

# The paraphrase split and the answer checks read words as omem's keyword index does, so
# "no content word in common" means BM25 over the evidence turn alone cannot match the
# question (and a change to omem's tokenizer shows up in `--check`).


def tokens(text: str) -> set[str]:
    return set(tokenize(text))


# ---------------------------------------------------------------- vocabulary


def _items(*chunks: str) -> list[Any]:
    """ "a|b|c" -> [a, b, c] and "a; b|c; d" -> [(a, b), (c, d)]: compact word lists."""
    out: list[Any] = []
    for item in "".join(chunks).split("|"):
        fields = tuple(f.strip() for f in item.split(";"))
        out.append(fields if len(fields) > 1 else fields[0])
    return out


MEDS = (  # condition, drug, first dose, later dose, inference questions, key words
    (
        "type 2 diabetes",
        "metformin",
        "500 milligrams",
        "1000 milligrams",
        "Would a box of chocolates be a good thank-you gift for $me?",
        "Should the holiday gift basket for $me be full of candy?",
        "diabetes",
    ),
    (
        "high blood pressure",
        "lisinopril",
        "10 milligrams",
        "20 milligrams",
        "Should $I go easy on salty snacks at the party?",
        "Is a bag of chips and pretzels a smart pick for $me?",
        "blood pressure",
    ),
    (
        "high cholesterol",
        "atorvastatin",
        "20 milligrams",
        "40 milligrams",
        "Is a bacon-and-eggs breakfast buffet a good idea for $me?",
        "Would a fried breakfast platter be wise for $me?",
        "cholesterol",
    ),
    (
        "acid reflux",
        "omeprazole",
        "20 milligrams",
        "40 milligrams",
        "Is a late spicy curry dinner a good plan for $me?",
        "Would a ten p.m. hot-wings night sit well with $me?",
        "reflux",
    ),
    (
        "migraines",
        "topiramate",
        "25 milligrams",
        "50 milligrams",
        "Would front-row seats at a loud light show be a good idea for $me?",
        "Is a strobe-heavy rave a smart outing for $me?",
        "migraines",
    ),
    (
        "asthma",
        "Symbicort",
        "two puffs in the morning",
        "two puffs morning and night",
        "Is a weekend around a smoky campfire a good idea for $me?",
        "Should $I sit right next to the bonfire all night?",
        "asthma",
    ),
    (
        "arthritis in my hands",
        "meloxicam",
        "7.5 milligrams",
        "15 milligrams",
        "Would knitting a whole blanket by hand be easy on $me?",
        "Can $I comfortably open stiff jar lids all day?",
        "arthritis",
    ),
    (
        "an underactive thyroid",
        "levothyroxine",
        "50 micrograms",
        "75 micrograms",
        "Should $I take calcium with breakfast right alongside $my morning pill?",
        "Is it fine to take antacids at the same time as $my morning tablet?",
        "thyroid",
    ),
)

POOLS: dict[str, list[Any]] = {  # "a|b" is a list, "x; y|z; w" a list of pairs
    "female": _items(
        "Mia|Sofia|Ava|Chloe|Hazel|Lucy|Ruby|Iris|Maya|Zoe|Lila|Tessa|Anya|Carmen|Helen|",
        "Joan|Irene|Beatrice|Marisol|Yvonne|Carol|Denise|Gloria|Rosa|Lena|Hannah|Megan|",
        "Olivia|Eliza|Camille|Freya|Ingrid|Nadia|Simone|Valerie|Wendy|Daphne|June|Margot|",
        "Esther|Vivian|Bianca|Clara|Elise|Fiona|Greta|Harriet|Imogen|Josie|Kira|Leah|",
        "Mabel|Naomi|Paloma|Rhea|Sadie|Talia|Willa|Yara|Audrey|Bernadette|Colette|",
        "Dolores|Edith|Frances",
    ),
    "male": _items(
        "Leo|Eli|Jonah|Caleb|Miles|Theo|Felix|Oscar|Hugo|Jasper|Rowan|Silas|Milo|Arlo|",
        "Ezra|Gus|Nico|Rafael|Desmond|Frank|Harold|Gerald|Raymond|Curtis|Dwayne|Troy|",
        "Victor|Andre|Luis|Mateo|Omar|Kenji|Pavel|Bruno|Colin|Damon|Emmett|Gideon|Isaac|",
        "Jude|Kofi|Lionel|Malik|Nolan|Percy|Reid|Tobias|Vince|Wesley|Zane|Abe|Barrett|",
        "Cyrus|Dominic|Elliot|Fraser|Graham|Howard|Irving|Jerome",
    ),
    "dog": _items(
        "Waffles|Moose|Ziggy|Olive|Tater|Scout|Maple|Pickles|Nugget|Bandit|Hank|Rosie|",
        "Lola|Cooper|Bear|Dottie|Fig|Gizmo|Koda|Noodle|Otis|Peanut|Remy|Sprocket|Tank|",
        "Winnie|Yogi|Beans|Chewie|Dozer|Goose|Huck|Kiwi|Louie|Marley|Nacho",
    ),
    "cat": _items(
        "Mittens|Clementine|Sushi|Salem|Tofu|Marmalade|Pumpkin|Oreo|Smokey|Cleo|Figaro",
    ),
    "dog_breed": _items(
        "beagle|golden retriever|border collie|corgi|boxer|goldendoodle|cocker spaniel|",
        "dachshund|Australian shepherd|shih tzu|greyhound|Bernese mountain dog|",
        "Boston terrier|basset hound|husky|whippet|Jack Russell|vizsla|schnauzer|",
        "French bulldog|Shiba Inu|pit bull mix",
    ),
    "cat_breed": _items(
        "Maine Coon|Siamese|ragdoll|tuxedo|calico|Russian Blue",
    ),
    "shelter": _items(
        "Second Chance Rescue|Happy Tails Rescue|the county shelter|Paws Haven|",
        "Lucky Dog Rescue|Furever Friends|the Humane Society|Wagging Tails Rescue|",
        "Hope Animal Shelter|Safe Harbor Rescue|Little Lantern Rescue",
    ),
    "clinic": _items(
        "Lakeview Animal Hospital|Cedar Creek Vet|Northside Veterinary|",
        "Maple Grove Animal Clinic|Riverbend Vet Clinic|Oak Hollow Animal Hospital|",
        "Sunnyside Pet Clinic|Brookfield Veterinary|Hillcrest Animal Care|",
        "Willow Park Vet|Harbor Animal Hospital|Pine Ridge Veterinary|Bayside Vet",
    ),
    "doctor": _items(
        "Okafor|Patel|Lindgren|Castillo|Nakamura|Abernathy|Whitaker|Solberg|Ferreira|",
        "Kowalski|Mbeki|Duarte|Hollis|Ramirez|Chen|Osei|Varga|Yilmaz|Farrow|Gupta|Haddad|",
        "Ibarra|Jensen|Keller|Laurent|Moreno|Novak|Ortega|Pruitt|Quintero|Rasmussen|Sato|",
        "Thibault|Underwood|Vance|Wexler|Albright|Bancroft|Cardenas|Dunleavy",
    ),
    "hospital": _items(
        "St. Vincent's|Mercy General|Valley Medical Center|Riverside Hospital|",
        "Good Samaritan|Memorial Regional|Lakeshore Medical|Sacred Heart|",
        "University Hospital|St. Luke's|Baptist Health|Methodist Hospital",
    ),
    "street": _items(
        "Alder Street|Birch Lane|Cedar Court|Dogwood Drive|Elmwood Avenue|Foxglove Way|",
        "Garfield Street|Hawthorne Boulevard|Ivy Lane|Kingsley Road|Linden Avenue|",
        "Magnolia Street|Northgate Drive|Orchard Lane|Prospect Avenue|Quarry Road|",
        "Ridgeview Terrace|Sycamore Street|Tamarack Court|Upland Drive|Vine Street|",
        "Westwood Place|Yarrow Lane|Aspen Way|Brookside Drive|Chestnut Street|",
        "Delmar Avenue|Fairview Road|Greenbriar Lane|Heron Way|Laurel Street|Meadow Lane|",
        "Pinecrest Drive",
    ),
    "job": _items(
        "high school chemistry teacher; Roosevelt High|accountant; Summit Bank|",
        "electrician; Granite State Builders|graphic designer; Meridian Labs|",
        "pharmacist; the Walgreens downtown|project manager; Northwind Software|",
        "line cook; Bluebird Bakery|dental hygienist; Silverleaf Dental|",
        "paramedic; the county fire district|physical therapist; Cascade Health|",
        "mail carrier; the post office|firefighter; Station 12|",
        "architect; Tidewater Engineering|social worker; Family Services|",
        "veterinary tech; a big animal hospital|truck dispatcher; Oakline Freight|",
        "librarian; the public library|insurance adjuster; Redwood Insurance|",
        "realtor; Vantage Realty|brewer; Union Station Brewing|",
        "data analyst; Pioneer Credit Union|speech therapist; Lincoln Unified|",
        "HVAC technician; Apex Heating and Air|sous chef; The Copper Pot|",
        "radiology tech; St. Mary's imaging|bookkeeper; Hartley and Sons|",
        "warehouse supervisor; Crestline Distribution|UX researcher; Larkspur Apps|",
        "middle school band director; Jefferson Middle|court reporter; the county court|",
        "landscape designer; Greenway Gardens|flight attendant; Horizon Air|",
        "pastry chef; Maison Fleur|civil engineer; the city transportation office|",
        "occupational therapist; Kindred Rehab|bank branch manager; First Harbor Bank",
    ),
    "product": _items(
        "Dyson V15; vacuum|Breville Barista Express; espresso machine|",
        "Roomba j7; robot vacuum|Instant Pot Duo; pressure cooker|",
        "Peloton Bike; exercise bike|KitchenAid stand mixer; mixer|Samsung Frame TV; TV|",
        "Purple mattress; mattress|Weber Spirit grill; grill|Ninja air fryer; air fryer|",
        "Vitamix blender; blender|Bose QuietComfort headphones; headphones|",
        "Ring doorbell; doorbell|LG washer; washing machine|",
        "Herman Miller Aeron; office chair|Traeger smoker; smoker|",
        "Sonos Beam soundbar; soundbar|Garmin Forerunner; running watch",
    ),
    "restaurant": _items(
        "Nostrana; the wood-fired pizza|Lucia's Trattoria; the mushroom risotto|",
        "Blue Heron Grill; the blackened catfish|Saffron House; the lamb biryani|",
        "Casa Verde; the mole enchiladas|Little Lotus; the pho|",
        "Marigold Cafe; the shakshuka|Oak and Ember; the brisket|Kin Sushi; the omakase|",
        "Golden Bowl; the soup dumplings|Bella Notte; the lasagna|",
        "Tandoor Palace; the butter chicken|Le Petit Jardin; the duck confit|",
        "Smoke Shack; the pulled pork",
    ),
    "trip": _items(
        "Lisbon; Memmo Alfama|Asheville; the Grove Park Inn|Santa Fe; La Fonda|",
        "Savannah; the Marshall House|Quebec City; the Chateau Frontenac|",
        "San Diego; the Hotel del Coronado|Charleston; the Vendue|Sedona; L'Auberge|",
        "New Orleans; the Hotel Monteleone|Vancouver; the Fairmont Waterfront|",
        "Mexico City; Casa Polanco|Maui; the Napili Kai|Barcelona; Hotel Casa Camper|",
        "Banff; the Moose Hotel",
    ),
    "school": _items(
        "Lincoln Elementary|Whitman Elementary|Cedar Ridge Elementary|",
        "Maple Street School|Hawthorne Elementary|Riverside Academy|Sunset Elementary|",
        "Glenwood Elementary|Harmony Montessori|Parkview Elementary|Oakwood Elementary|",
        "St. Brigid's|Franklin Elementary",
    ),
    "repair": _items(
        "roof; the roof is leaking over the kitchen; roofer; Summit Roofing|",
        "panel; the breakers keep tripping; electrician; Bright Spark Electric|",
        "water heater; we have no hot water; plumber; Blue Line Plumbing|",
        "deck; the deck boards are rotting; deck builder; Ironwood Decks|",
        "AC; the air conditioning died; HVAC tech; Polar Air|",
        "fence; the back fence blew down; fence installer; Straight Line Fencing|",
        "basement; there's water in the basement; waterproofing specialist; DryBuild|",
        "windows; the windows are drafty; window installer; Clearview Windows|",
        "garage door; the garage door spring snapped; door tech; Redline Garage Doors",
    ),
    "hobby": _items(
        "pottery class; Clayworks Studio; the student show|",
        "choir; the Unity Church choir; the winter concert|",
        "water aerobics; the Y on Fifth; the splash social|",
        "salsa lessons; Ritmo Dance Studio; the showcase|",
        "bouldering; Granite Arch gym; the bouldering comp|",
        "watercolor class; the Eastside community center; the art walk|",
        "bridge club; the senior center; the club tournament|",
        "rec soccer league; the Riverside fields; the playoffs|",
        "singing lessons; Harmony Voice Studio; the recital|",
        "knitting circle; Loop Yarn Shop; the craft fair|",
        "woodworking class; the makerspace; the open house|",
        "tai chi; Lotus Wellness; the demonstration",
    ),
    "car": _items(
        "2016 Subaru Outback|2019 Honda CR-V|2014 Toyota Camry|2021 Mazda CX-5|",
        "2012 Ford F-150|2018 Kia Sorento|2017 Jeep Cherokee|2015 Honda Odyssey|",
        "2020 Hyundai Tucson|2013 Volvo XC60|2011 Nissan Altima|2016 VW Jetta",
    ),
    "new_car": _items(
        "Toyota RAV4 Hybrid|Chevy Bolt|Ford Maverick|Honda HR-V|Tesla Model 3|",
        "Subaru Forester|Kia Telluride|Hyundai Ioniq 5|Mazda CX-50|Toyota Sienna|",
        "Honda Civic|Rivian R1S|Nissan Leaf|Jeep Wrangler",
    ),
    "food": _items(
        "Purina Pro Plan salmon|Hill's Science Diet|Blue Buffalo lamb and rice|",
        "Royal Canin|Orijen|Taste of the Wild|Farmer's Dog|Wellness Core|Nutro turkey|",
        "Instinct raw|Merrick duck|Acana",
    ),
    "provider": _items(
        "Xfinity|CenturyLink|Ziply Fiber|Spectrum|Google Fiber|AT&T Fiber|Verizon Fios|",
        "Frontier|Sonic|Astound",
    ),
    "mover": _items(
        "Two Men and a Truck|Golden Gate Movers|Smooth Move|Bellhop|Arrow Moving|",
        "Hercules Movers|Gentle Giant|Blue Sky Moving",
    ),
    "airline": _items(
        "Alaska Airlines|Delta|Southwest|United|JetBlue|American|Frontier Airlines|",
        "Air Canada|Aer Lingus|Hawaiian Airlines",
    ),
    "pharmacy": _items(
        "CVS|Walgreens|Rite Aid|the Costco pharmacy|Safeway pharmacy",
    ),
    "venue": _items(
        "the trampoline park|Chuck E. Cheese|the bowling alley|the climbing gym|",
        "the roller rink|the science center|Pinstripes|the splash pad at the park|",
        "the pottery painting place|the laser tag place|the zoo|the aquarium",
    ),
    "gift": _items(
        "a telescope|a Lego castle|a scooter|a karaoke machine|a fishing rod|",
        "a keyboard piano|roller skates|a chemistry set|a drone|a tablet|a bike helmet|",
        "a sketchbook set|a soccer goal|a microscope",
    ),
    "color": _items(
        "sage green|dusty blue|burgundy|champagne|lavender|emerald|terracotta|navy|",
        "blush pink|mustard yellow",
    ),
    "concert": _items(
        "Brandi Carlile|the Lumineers|Chris Stapleton|Hozier|Jason Isbell|Maggie Rogers|",
        "Leon Bridges|Khruangbin|the Avett Brothers|Mavis Staples|Norah Jones|",
        "the Killers|Sheryl Crow|Lake Street Dive",
    ),
    "festival": _items(
        "the strawberry festival|the jazz festival downtown|the lantern festival|",
        "the county fair|the renaissance faire|the food truck festival|",
        "the apple festival|the kite festival|the chili cook-off|the Greek festival|",
        "the pumpkin patch festival|the harvest fair",
    ),
    "trail": _items(
        "Eagle Creek|Raven Ridge|Bluebell Falls|Copper Creek|Hawk Mountain|",
        "Crystal Lake loop|Pine Knob|Coyote Canyon|Lost Lake|Angel Falls|Bear Hollow|",
        "Stony Point",
    ),
    "show": _items(
        "Hamilton|The Lion King|Wicked|Come From Away|Les Mis|Mamma Mia|Hadestown|",
        "The Book of Mormon|Dear Evan Hansen|Six|Annie|Cats",
    ),
    "campsite": _items(
        "Silver Lake|Crescent Lake|Paradise Point|Lost Creek|Cedar Flats|",
        "Blue Heron campground|Moonshine Bay|Fox Hollow|Otter Cove",
    ),
    "museum": _items(
        "the science museum|the aquarium|the children's museum|",
        "the natural history museum|the planetarium|the art museum|the railroad museum|",
        "the air and space museum|the history center",
    ),
    "town": _items(
        "Bend|Hood River|Galena|Door County|Sonoma|Traverse City|Stowe|Fredericksburg|",
        "Cape May|Estes Park|Mystic|Eureka Springs",
    ),
    "med": list(MEDS),
}


# ---------------------------------------------------------------- dates


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_name(day: dt.date) -> str:
    """How an answer names a day: "Thursday 14 August"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def month_day(day: dt.date) -> str:
    """How an answer names a date the caller said outright: "August 14th"."""
    return f"{MONTHS[day.month - 1]} {ordinal(day.day)}"


def said_date(day: dt.date, rng: random.Random) -> str:
    month, nth = MONTHS[day.month - 1], ordinal(day.day)
    return rng.choice(
        (f"{month} {nth}", f"the {nth} of {month}", f"{WEEKDAYS[day.weekday()]}, {month} {nth}")
    )


_WEEKDAY_PHRASE = re.compile(
    r"(last|on|this|next|this coming) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


def resolve(phrase: str, day: dt.date) -> dt.date:
    """The date a relative phrase names, said on `day` (the rules the generator writes by)."""
    phrase = phrase.lower()
    if phrase in ("this morning", "earlier today"):
        return day
    if phrase in ("yesterday", "last night"):
        return day - dt.timedelta(days=1)
    if phrase == "tomorrow":
        return day + dt.timedelta(days=1)
    if phrase in ("last weekend", "over the weekend"):
        if day.weekday() > 3:
            raise ValueError(f"{phrase!r} said on a {WEEKDAYS[day.weekday()]}")
        return day - dt.timedelta(days=day.weekday() + 2)  # that weekend's Saturday
    found = _WEEKDAY_PHRASE.fullmatch(phrase)
    if not found:
        raise ValueError(f"unknown relative date {phrase!r}")
    target = WEEKDAYS.index(found.group(2).capitalize())
    if found.group(1) == "last":
        return day - dt.timedelta(days=(day.weekday() - target - 1) % 7 + 1)
    return day + dt.timedelta(days=(target - day.weekday() - 1) % 7 + 1)


def date_answer(phrase: str, day: dt.date) -> str:
    when = resolve(phrase, day)
    if phrase in ("last weekend", "over the weekend"):
        return f"the weekend of {day_name(when)}"
    return day_name(when)


def past(rng: random.Random, day: dt.date, weekend: bool = False) -> str:
    """A relative phrase for a day shortly before `day`; `weekend` asks for a weekend day."""
    options = []
    for back in range(2, 7):
        then = day - dt.timedelta(days=back)
        if weekend == (then.weekday() >= 5):
            options.append(f"last {WEEKDAYS[then.weekday()]}")
    if weekend and day.weekday() <= 3:
        options += ["last weekend", "over the weekend"]
    if not weekend:
        options += ["yesterday", "yesterday", "this morning"]
    if weekend and day.weekday() in (0, 6):
        options.append("yesterday")
    return rng.choice(options)


def future(rng: random.Random, day: dt.date) -> str:
    options = ["tomorrow"]
    for ahead in range(2, 7):
        then = day + dt.timedelta(days=ahead)
        options.append(
            f"{rng.choice(('on', 'this', 'next', 'this coming'))} {WEEKDAYS[then.weekday()]}"
        )
    return rng.choice(options)


def _weekday_ok(day: dt.date) -> bool:
    return day.weekday() <= 3
