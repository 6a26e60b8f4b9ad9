"""German: what the callers and the agent say, and how a question is asked in German.

The same names as `bench.multieval.es` (see there). Callers and the agent say "Sie".
"""

# ruff: noqa: E501 -- the lines are sentences people say; split, they would be harder to read and edit

from __future__ import annotations

NAME = "German"
AGENT_ID = "agent_1701k7multieval0de0jana001"
COMPANY = "Keystone Concierge"
PHONE = "+491512555{:04d}"
CALLERS = [
    ("sabine", "Sabine", "Wagner", "f"),
    ("jens", "Jens", "Hoffmann", "m"),
    ("petra", "Petra", "Schulz", "f"),
    ("markus", "Markus", "Becker", "m"),
    ("anja", "Anja", "Krüger", "f"),
    ("thomas", "Thomas", "Richter", "m"),
    ("heike", "Heike", "Braun", "f"),
    ("stefan", "Stefan", "Vogel", "m"),
]
# Sabine's first call holds the German line issue 17 quotes.
PINNED = {
    "sabine": {
        "values": {"pet": ("Bello", "unser Hund", "ein Dackel", "einen Dackel", "Dackel")},
        "script": [
            (
                "Keystone Concierge, guten Tag, Sie sprechen mit Jana.",
                "Hallo, hier ist Sabine Wagner, ähm, wegen der Ferienwohnung im Juli.",
                (),
            ),
            (
                "Hallo Frau Wagner! Gern. Bringen Sie Haustiere mit? Das muss ich dem "
                "Vermieter sagen.",
                "Unser Hund heißt Bello, ein Dackel.",
                ("pet",),
            ),
        ],
        "asks": {"pet": ("de", "Was für ein Haustier hat die Familie?")},
    },
}

DIGITS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
DIGIT_ALT = {2: "zwo"}  # on the phone, often
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
HABITUAL = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags")
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DATE = "den {day}. {month}"
REL = {
    "tomorrow": ["morgen", "gleich morgen"],
    "after_tomorrow": ["übermorgen"],
    "this": ["diesen {wd}", "jetzt am {wd}"],
    "next": ["nächsten {wd}"],
    "next_week": ["nächste Woche {wd}", "am {wd} nächste Woche"],
    "two_weeks": ["in zwei Wochen", "in vierzehn Tagen"],
}
CORRECT = [
    "{wrong}, nein, Moment, {right}",
    "{wrong}… ach nee, Quatsch, {right}",
    "{wrong}, äh, Entschuldigung, {right}",
]

# ---------------------------------------------------------------- the conversation around

GREET = [
    "Keystone Concierge, guten Tag, Sie sprechen mit Jana. Was kann ich für Sie tun?",
    "Keystone Concierge, Jana am Apparat, hallo!",
    "Guten Tag, Keystone Concierge, hier ist Jana. Mit wem spreche ich?",
]
IDENT = [
    "Hallo, hier ist {first} {last}.",
    "Ja, hallo, {last} hier, {first} {last}.",
    "Guten Tag, ähm, {first} {last} am Apparat.",
    "Hallo Jana, ich bin's, {first} {last}.",
]
IDENT_ANON = [
    "Ja, hallo, ich bin's nochmal.",
    "Hallo, guten Tag, hören Sie mich?",
    "Hallo, ich bin's wieder.",
]
HOW = [
    "Hallo [Frau|Herr] {last}, wie geht es Ihnen?",
    "Schön, von Ihnen zu hören, [Frau|Herr] {last}. Wie geht's?",
    "Guten Tag, [Frau|Herr] {last}. Alles gut bei Ihnen?",
]
HOW_ANON = ["Hallo! Wie geht es Ihnen?", "Ja, ich höre Sie gut. Was kann ich für Sie tun?"]
HOW_REPLY = [
    "Ja, danke, muss ja.",
    "Gut, gut, ein bisschen gestresst, aber gut.",
    "Na ja, es geht so, das Wetter schlägt mir aufs Gemüt.",
    "Sehr gut, danke der Nachfrage.",
    "Ach, ich hab schlecht geschlafen, aber sonst geht's.",
]
SMALL = [
    (
        "Wie war Ihr Wochenende?",
        "Ach, ruhig, wir waren ein bisschen spazieren und sonst nichts Besonderes.",
    ),
    (
        "Passt es Ihnen gerade?",
        "Ja, ja, ich hab ein paar Minuten, bevor ich die Kinder abholen muss.",
    ),
    (
        "Wie ist das Wetter bei Ihnen?",
        "Es schüttet, seit Tagen schon, man kommt gar nicht mehr raus.",
    ),
    (
        "Alles in Ordnung zu Hause?",
        "Ja, so weit schon, nur der Nachbar bohrt seit einer Woche, das nervt halt.",
    ),
    (
        "Haben Sie das Spiel gesehen?",
        "Hören Sie mir auf mit dem Spiel, da krieg ich gleich schlechte Laune.",
    ),
    ("Sie klingen ein bisschen erkältet.", "Ja, so ein kleiner Schnupfen, das geht schon wieder."),
    ("Wie war der Verkehr heute?", "Furchtbar, eine halbe Stunde Stau auf der A3, wie immer."),
    ("Und die Arbeit, alles gut?", "Ach, wie immer, viel zu tun und zu wenig Leute."),
    (
        "Die Verbindung ist etwas schlecht.",
        "Ja, ich bin gerade unterwegs, Entschuldigung, jetzt besser?",
    ),
    ("Schon Pläne für den Sommer?", "Noch nicht, mal sehen, wir sind da immer spät dran."),
    (
        "Wie läuft die Woche so?",
        "Stressig, ehrlich gesagt, tausend Sachen, aber na ja, man kommt durch.",
    ),
]
OWN = [
    ("Sagen Sie mal, bis wann haben Sie heute auf?", "Heute sind wir bis acht Uhr erreichbar."),
    (
        "Kann ich den Beitrag eigentlich auch per Lastschrift zahlen?",
        "Ja, das geht per Lastschrift.",
    ),
    ("Ist der Beitrag dieses Jahr gleich geblieben?", "Ja, der ist gleich geblieben."),
    ("Ist der Parkplatz eigentlich wieder offen?", "Ja, der Parkplatz ist wieder offen."),
]
HUBS = [
    "Ich wollte nur sichergehen, dass alles in Ordnung ist, Sie kennen mich ja.",
    "Sie sind immer so hilfsbereit, wirklich.",
    "Na ja, das Übliche, ich will halt nichts verpassen.",
]
PROMPTS = [
    "Erzählen Sie.",
    "Was gibt's Neues?",
    "Soll ich noch etwas notieren?",
    "Und zu Hause, alles gut?",
    "Ich höre.",
    "Gibt es seit dem letzten Mal etwas Neues?",
]
ACKS = [
    "Gut, notiert.",
    "Alles klar.",
    "Verstehe.",
    "Ah, schön.",
    "Oh je.",
    "Ach, wirklich?",
    "Sehr gut.",
]
CLOSE = ["Kann ich sonst noch etwas für Sie tun?", "Noch etwas?"]
BYE = [
    "Nein, das war's, danke, Jana. Tschüss!",
    "Nein, alles gut, vielen Dank. Schönen Tag noch!",
    "Das war alles. Tschüss, tschüss.",
]
FILL_PRE = ["Also, ", "Ähm, ", "Na ja, ", "Ja, also, ", "Genau, ", "Tja, "]
FILL_POST = [" Na ja.", " Genau.", " So ist das halt.", " Ne?"]
JOIN = ["Und noch was: ", "Ach, und ", "Übrigens, "]
TITLE = "Mitgliederanruf"
SUMMARIES = [
    "{first} hat angerufen.",
    "Anruf von {first}; nichts Besonderes.",
    "{first} hat sich gemeldet, allgemeines Gespräch.",
]

# ---------------------------------------------------------------- values

PETS = [
    ("Bello", "unser Hund", "ein Dackel", "einen Dackel", "Dackel"),
    ("Minka", "unsere Katze", "eine Perserkatze", "eine Perserkatze", "Perserkatze"),
    ("Rex", "unser Hund", "ein Schäferhund", "einen Schäferhund", "Schäferhund"),
    (
        "Luna",
        "unsere Hündin",
        "ein Golden Retriever",
        "einen Golden Retriever",
        "Golden Retriever",
    ),
    ("Karlo", "unser Kater", "ein Maine Coon", "einen Maine Coon", "Maine Coon"),
    ("Struppi", "unser Hund", "ein Terrier", "einen Terrier", "Terrier"),
    ("Frieda", "unsere Hündin", "ein Labrador", "einen Labrador", "Labrador"),
    ("Mucki", "unsere Katze", "eine Siamkatze", "eine Siamkatze", "Siamkatze"),
    (
        "Balu",
        "unser Hund",
        "ein Berner Sennenhund",
        "einen Berner Sennenhund",
        "Berner Sennenhund",
    ),
    ("Krümel", "unser Hund", "ein Mops", "einen Mops", "Mops"),
    ("Tiger", "unser Kater", "ein Norweger", "einen Norweger", "Norweger"),
    ("Lotte", "unsere Hündin", "ein Pudel", "einen Pudel", "Pudel"),
]
VETS = [
    ("Dr. Albrecht", "Albrecht"),
    ("der Tierklinik am Stadtpark", "Tierklinik Stadtpark"),
    ("Frau Dr. Yilmaz", "Yilmaz"),
    ("der Praxis Pfotenglück", "Pfotenglück"),
    ("Dr. Lindner in der Bahnhofstraße", "Lindner"),
    ("der Tierarztpraxis Sonnenhof", "Sonnenhof"),
    ("Dr. Kaiser", "Kaiser"),
    ("der Kleintierpraxis Westend", "Westend"),
    ("Frau Dr. Hartmann", "Hartmann"),
    ("der Tierklinik Nord", "Tierklinik Nord"),
]
CHILDREN = {
    "f": ["Lena", "Mia", "Emma", "Hannah", "Lea", "Marie", "Clara"],
    "m": ["Jonas", "Paul", "Tim", "Leon", "Max", "Finn", "Noah"],
}
MY_CHILD = {"f": "meine Tochter", "m": "mein Sohn"}
ALLERGENS = {
    "peanut": ("ist allergisch gegen Erdnüsse", "allergisch Erdnüsse"),
    "shellfish": (
        "hat eine Allergie gegen Meeresfrüchte, vor allem Garnelen",
        "Allergie Meeresfrüchte Garnelen",
    ),
    "lactose": (
        "hat eine Laktoseintoleranz, ähm, Milch geht gar nicht",
        "Laktoseintoleranz Milch",
    ),
    "gluten": ("hat Zöliakie, also nichts mit Gluten", "Zöliakie Gluten"),
    "egg": ("ist allergisch gegen Ei, sogar gebacken", "allergisch Ei"),
    "kiwi": ("reagiert allergisch auf Kiwi und Ananas", "allergisch Kiwi Ananas"),
    "nuts": ("ist allergisch gegen Nüsse, besonders Walnüsse", "allergisch Nüsse Walnüsse"),
}
ACTIVITIES = [
    ("Schwimmen", "Schwimmen"),
    ("Judo", "Judo"),
    ("Gitarrenunterricht", "Gitarrenunterricht"),
    ("Ballett", "Ballett"),
    ("Basketball", "Basketball"),
    ("Robotik", "Robotik"),
    ("Theater", "Theater"),
    ("Eiskunstlauf", "Eiskunstlauf"),
]
PARTNERS = {
    "f": ["Claudia", "Monika", "Katrin", "Birgit", "Silke"],
    "m": ["Frank", "Michael", "Uwe", "Jörg", "Ralf"],
}
MY_PARTNER = {"f": "mein Mann", "m": "meine Frau"}
WORKPLACES = [
    ("in der Bäckerei an der Ecke", "Bäckerei"),
    ("bei Rewe in der Hauptstraße", "Rewe"),
    ("in einem Steuerbüro in der Innenstadt", "Steuerbüro"),
    ("im Klinikum Nord", "Klinikum Nord"),
    ("bei einer Umzugsfirma", "Umzugsfirma"),
    ("bei der Stadtverwaltung", "Stadtverwaltung"),
    ("in einer Druckerei im Gewerbegebiet", "Druckerei Gewerbegebiet"),
    ("in einer Autowerkstatt", "Autowerkstatt"),
    ("in der Stadtbibliothek", "Stadtbibliothek"),
    ("in einer Sprachschule", "Sprachschule"),
]
JOBS = [
    "Krankenpfleger[in|]",
    "Lehrer[in|] an einer Realschule",
    "Buchhalter[in|]",
    "[Köchin|Koch]",
    "Physiotherapeut[in|]",
    "Architekt[in|]",
    "Busfahrer[in|]",
    "Apotheker[in|]",
    "Friseur[in|]",
    "Programmierer[in|]",
    "[Anwältin|Anwalt]",
    "Briefträger[in|]",
    "Verkäufer[in|] in einer Buchhandlung",
    "Erzieher[in|]",
]
HOMES = [
    "in der Goethestraße",
    "in der Lindenallee",
    "am Kirchplatz",
    "in Sachsenhausen, in der Schweizer Straße",
    "in der Bergstraße",
    "in Bornheim",
    "am Mühlenweg",
    "in der Schillerstraße",
    "in Bockenheim, in der Leipziger Straße",
    "am Rosenhang",
    "in der Gartenstraße",
]
CONTACTS = [
    "nachmittags, nach fünf Uhr",
    "morgens, vor zehn",
    "in der Mittagspause, zwischen eins und zwei",
    "abends ab acht",
    "samstags vormittags",
    "so gegen elf am Vormittag",
]
HOBBIES = [
    ("ich singe im Chor", "singt im Chor", "Chor"),
    ("ich töpfere", "töpfert", "töpfere"),
    ("ich spiele Schach im Verein", "spielt Schach im Verein", "Schach Verein"),
    ("ich hab einen Schrebergarten", "hat einen Schrebergarten", "Schrebergarten"),
    ("ich geh zum Salsa", "geht zum Salsa", "Salsa"),
    ("ich mach Pilates", "macht Pilates", "Pilates"),
    ("ich bin in einem Lesekreis", "ist in einem Lesekreis", "Lesekreis"),
    ("ich fahr mit einer Gruppe Rennrad", "fährt mit einer Gruppe Rennrad", "Rennrad"),
    ("ich male Aquarelle", "malt Aquarelle", "Aquarelle"),
    ("ich spiele Tennis", "spielt Tennis", "Tennis"),
]
FOODS = [
    ("japanisches Essen, vor allem Sushi", "japanisches Sushi"),
    ("Schweinebraten mit Knödeln", "Schweinebraten Knödeln"),
    ("mexikanisch, je schärfer, desto besser", "mexikanisch schärfer"),
    ("Fisch, einfach gebraten", "Fisch gebraten"),
    ("Pasta, egal welche", "Pasta"),
    ("indisches Curry", "indisches Curry"),
    ("Spätzle mit Soße", "Spätzle"),
    ("Flammkuchen", "Flammkuchen"),
    ("thailändisch", "thailändisch"),
    ("Rouladen wie bei meiner Oma", "Rouladen"),
]
CHANNELS = [
    ("per WhatsApp", "WhatsApp"),
    ("per E-Mail", "E-Mail"),
    ("auf Papier, per Post", "Papier Post"),
    ("per SMS", "SMS"),
    ("über Signal", "Signal"),
]
DIETS = {
    "vegetarian": (
        "ich esse seit Januar kein Fleisch mehr, bin Vegetarier[in|]",
        "Fleisch Vegetarier[in|]",
    ),
    "diabetic": ("ich hab Diabetes, also kein Zucker", "Diabetes Zucker"),
    "no_alcohol": ("ich trinke gar keinen Alkohol mehr, nicht mal ein Bier", "Alkohol Bier"),
    "vegan": ("ich lebe vegan, also nichts Tierisches", "vegan Tierisches"),
    "lowsalt": ("der Arzt hat mir das Salz gestrichen, wegen dem Blutdruck", "Salz Blutdruck"),
}
DIET_OTHERS = {
    "vegetarian": "meine Nichte ist jetzt Vegetarierin",
    "diabetic": "mein Vater hat Diabetes",
    "no_alcohol": "mein Bruder trinkt keinen Tropfen mehr",
    "vegan": "meine Große will jetzt vegan leben",
    "lowsalt": "meine Mutter darf kein Salz mehr",
}
HEALTH = {
    "knee": ("ich bin im Februar am Knie operiert worden und geh noch an Krücken", "Knie Krücken"),
    "flying": ("mich kriegen Sie in kein Flugzeug, ich hab Flugangst", "Flugzeug Flugangst"),
    "back": (
        "ich hab einen Bandscheibenvorfall, ähm, ich darf nichts Schweres heben",
        "Bandscheibenvorfall heben",
    ),
    "hearing": ("auf dem linken Ohr hör ich fast nichts", "linken Ohr"),
    "vertigo": ("ich hab Höhenangst, ich geh nicht mal auf den Balkon", "Höhenangst Balkon"),
    "night": (
        "nachts fahr ich kein Auto mehr, die Scheinwerfer blenden mich",
        "nachts Auto Scheinwerfer",
    ),
}
HEALTH_OTHERS = {
    "knee": "meine Mutter wird im Juni am Knie operiert",
    "flying": "mein Bruder steigt in kein Flugzeug",
    "back": "mein Vater hat's ganz schlimm mit dem Rücken",
    "hearing": "meine Oma hört kaum noch was",
    "vertigo": "meine Schwägerin hat Höhenangst",
    "night": "mein Schwiegervater fährt nachts nicht mehr",
}
APPOINTMENTS = {
    "dentist": ("einen Zahnarzttermin", "Zahnarzttermin"),
    "itv": ("TÜV mit dem Auto", "TÜV Auto"),
    "school": ("Elternabend in der Schule", "Elternabend Schule"),
    "hair": ("einen Friseurtermin", "Friseurtermin"),
    "physio": ("Physiotherapie", "Physiotherapie"),
    "blood": ("Blutabnehmen beim Hausarzt", "Blutabnehmen Hausarzt"),
    "bank": ("einen Termin bei der Bank wegen der Baufinanzierung", "Bank Baufinanzierung"),
}
CITIES = [
    "Lissabon",
    "Wien",
    "Rom",
    "Hamburg",
    "Sylt",
    "Prag",
    "Amsterdam",
    "Kopenhagen",
    "Dresden",
    "Zürich",
    "Barcelona",
    "Paris",
]

# ---------------------------------------------------------------- how each fact is told

FACTS = {
    "pet": {
        "prompt": [
            "Haben Sie Haustiere?",
            "Was ist denn das für ein Geräusch im Hintergrund?",
            "Und wie geht's allen zu Hause?",
        ],
        "tell": [
            "{Mine} heißt {pet}, {breed}.",
            "Bei uns ist immer was los, {pet}, {mine}, {breed}, hat heute Morgen die Blumenvase umgeworfen.",
            "Wir haben ja {breed_acc}, {pet}, das ist quasi unser drittes Kind.",
            "Nein, das im Hintergrund ist {pet}, {mine}, {breed}, die Ruhe selbst ist was anderes.",
        ],
        "other": [
            "Meine Schwester hat jetzt auch {obreed_acc}, {opet}, die zwei spielen den ganzen Tag.",
            "Das Tier von der Nachbarin, {opet}, {obreed}, büxt ständig aus, ähm, und dann sucht die ganze Straße.",
            "Mein Schwager hat {obreed_acc}, {opet}, und im August dürfen wir aufpassen, na toll.",
        ],
    },
    "vet": {
        "prompt": ["Gibt's was Neues?", "Wie war die Woche?"],
        "tell": [
            "Gestern war ich mit {pet} bei {vet}, ähm, wegen dem Bein, aber nichts Schlimmes, zum Glück.",
            "Also, {pet} ist jetzt geimpft, wir waren bei {vet}, alles bestens.",
            "Und {pet} hat so einen kleinen Knubbel am Ohr, aber bei {vet} haben sie gesagt, das ist harmlos.",
        ],
        "other": [
            "Meine Schwester geht mit {opet} immer zu {ovet}, aber ich weiß nicht.",
            "Eine Freundin schwört ja auf die Leute bei {ovet}.",
        ],
    },
    "allergy": {
        "prompt": [
            "Gibt es etwas, das wir für den Ausflug wissen sollten?",
            "Soll ich noch etwas notieren?",
        ],
        "tell": [
            "Ach, und noch was, {my_child} {child} {pred}, falls es beim Ausflug was zu essen gibt.",
            "Bitte notieren Sie: {child}, {my_child}, {pred}, das ist wichtig.",
            "Also, {my_child} {child} {pred}, deshalb nehm ich auf Geburtstage immer eine Dose mit.",
        ],
        "other": [
            "Der Sohn von meiner Nachbarin {opred_m}, der Arme.",
            "Meine Nichte {opred_f}, da kochen wir an Weihnachten immer extra.",
        ],
    },
    "activity": {
        "prompt": ["Und die Kinder, alles gut?", "Wie läuft das neue Schuljahr?"],
        "tell": [
            "{child} hat jetzt {wd} {activity}, ähm, deshalb muss ich da immer pünktlich raus.",
            "Und {child} hat mit {activity} angefangen, {wd}, und ist total begeistert.",
        ],
        "other": ["Mein Neffe macht {oactivity} und findet das das Größte."],
    },
    "partner": {
        "prompt": ["Wie geht's zu Hause?", "Sind Sie heute allein?"],
        "tell": [
            "{partner}, {my_partner}, lässt übrigens schön grüßen.",
            "Moment, {my_partner}, {partner}, sagt gerade was… ach nichts, nur Grüße.",
            "Also, {my_partner} {partner} und ich überlegen, ob wir ein neues Auto kaufen, mal sehen.",
        ],
    },
    "work": {
        "prompt": ["Und der Familie geht's gut?", "Alles gut bei Ihnen?"],
        "tell": [
            "{partner} hat jetzt angefangen, {workplace}, ähm, endlich, nach Monaten Suche.",
            "{partner} ist ja immer noch {workplace}, Nachtschicht, <die Arme|der Arme>.",
            "{partner} arbeitet seit Kurzem {workplace} und ist ganz zufrieden.",
        ],
        "other": [
            "Mein Schwager arbeitet {oworkplace}, der sagt, die suchen Leute.",
            "Eine Freundin hat gerade {oworkplace} angefangen.",
        ],
    },
    "job": {
        "prompt": ["Wie läuft's bei der Arbeit?", "Wie geht's sonst so?"],
        "tell": [
            "Ich bin ja {job}, da können Sie sich die Arbeitszeiten vorstellen.",
            "Als {job} hat man halt Wochen, da geht gar nichts.",
            "Ich arbeite jetzt seit zwölf Jahren als {job}, das muss man sich mal vorstellen.",
        ],
        "change": [
            "Also, Neuigkeit: Ich bin nicht mehr {old}, ich arbeite jetzt als {new}, wer hätte das gedacht!",
            "Ich hab ja gewechselt, ähm, von {old} zu {new}, seit diesem Monat.",
            "Stellen Sie sich vor, ich hab gekündigt, also nicht mehr {old}, jetzt bin ich {new}.",
        ],
        "other": [
            "Meine Schwägerin ist {ojob_f}, die ist auch total im Stress.",
            "Der Nachbar gegenüber ist {ojob_m}, übrigens, total nett.",
        ],
    },
    "home": {
        "prompt": ["Haben wir Ihre Adresse noch richtig?", "Gibt's was Neues zu Hause?"],
        "tell": [
            "Wir wohnen {v}, ähm, im zweiten Stock.",
            "Also, wir sind ja immer noch {v}, seit fünfzehn Jahren schon.",
        ],
        "change": [
            "Wir sind jetzt in der neuen Wohnung, ähm, {new}, überall noch Kisten.",
            "Wir sind umgezogen, wissen Sie? Nicht mehr {old}, jetzt wohnen wir {new}.",
        ],
        "other": [
            "Meine Eltern wohnen {ov}, falls das mal wichtig ist.",
            "Meine Schwester wohnt jetzt auch {ov}, lustig, oder?",
        ],
    },
    "contact": {
        "prompt": [
            "Ist es in Ordnung, wenn wir Sie zur Bestätigung anrufen?",
            "Wann passt es Ihnen für einen Rückruf?",
        ],
        "tell": [
            "Ja, rufen Sie mich am besten {v} an.",
            "Lieber {v}, ähm, sonst bin ich bei der Arbeit und kann nicht rangehen.",
            "Mir passt es eigentlich immer {v} am besten, ja?",
        ],
        "change": [
            "Ach, übrigens, das mit dem Anrufen {old}, das geht nicht mehr, ich hab andere Schichten; jetzt lieber {new}.",
            "Kleine Änderung bei den Anrufen: nicht mehr {old}, sondern {new}, ja?",
        ],
        "other": [
            "Und {my_partner} geht übrigens nur {ov} ans Telefon, sonst erreicht man da keinen."
        ],
    },
    "number": {
        "prompt": [
            "Können Sie mir bitte Ihre Mitgliedsnummer sagen?",
            "Für die Akte, Ihre Mitgliedsnummer?",
        ],
        "tell": [
            "Meine Mitgliedsnummer ist {digits}.",
            "Ja, die Mitgliedsnummer, Moment, ich hab sie hier… {digits}, genau.",
            "Schreiben Sie: {digits}, das ist meine Mitgliedsnummer.",
        ],
    },
    "hobby": {
        "prompt": ["Wie sieht Ihre Woche aus?", "Passt Ihnen ein Termin am Nachmittag?"],
        "tell": [
            "Also {wd} geht bei mir nicht, da hab ich mein Hobby, {hobby}, das ist heilig.",
            "Wissen Sie, {hobby}, immer {wd}, das ist so meine Auszeit.",
            "Seit ein paar Monaten, ähm, {hobby}, und das macht mir total Spaß.",
        ],
        "other": ["Meine Freundin Gabi {ohobby} und will mich unbedingt mitnehmen."],
    },
    "food": {
        "prompt": ["Wie war Ihr Wochenende?", "Und, wie war die Feier?"],
        "tell": [
            "Also, am liebsten esse ich {food}, ähm, das könnte ich jeden Tag essen.",
            "Wenn Sie mich fragen, was ich mag: {food}, ganz klar.",
            "Am Samstag haben wir gefeiert und es gab, wie immer, {food}, das ist einfach mein Ding.",
        ],
        "other": [
            "Also {my_partner} liebt ja {ofood}, ich find's nur so mittel.",
            "Meine Mutter macht sonntags immer {ofood}, da müssen wir hin.",
        ],
    },
    "channel": {
        "prompt": [
            "Soll ich Ihnen die Bestätigung wie immer schicken?",
            "Soll ich noch etwas notieren?",
        ],
        "tell": [
            "Rechnungen und so, bitte {v}, das lese ich wenigstens.",
            "Schicken Sie mir die Sachen lieber {v}, ja? Sonst geht das bei mir unter.",
            "Die Unterlagen bitte {v}, sonst krieg ich das nicht mit.",
        ],
        "other": ["Mein Vater will ja alles {ochannel}, aber ich nicht."],
    },
    "diet": {
        "prompt": [
            "Soll ich Sie für das Mitgliederessen eintragen?",
            "Wie geht es Ihnen gesundheitlich?",
        ],
        "tell": [
            "Ach, und übrigens, {pred}, falls Sie mal ein Essen organisieren.",
            "Also, {pred}, und ehrlich gesagt geht's mir viel besser.",
            "Tja, {pred}, bei Firmenessen bring ich mir jetzt was mit.",
        ],
        "other": ["Und {opred}, ähm, bei uns isst jeder was anderes."],
    },
    "health": {
        "prompt": ["Wie geht es Ihnen gesundheitlich?", "Und sonst, alles gesund?"],
        "tell": [
            "Sie wissen ja, {pred}, aber na ja, man lebt damit.",
            "Also, {pred}, da können Sie sich's vorstellen.",
            "Bei mir ist es halt so, {pred}, daran ändert sich nichts.",
        ],
        "other": ["Und dazu kommt, {opred}, also wir sind gut bedient."],
    },
    "appointment": {
        "prompt": ["Wie sieht Ihre Woche aus?", "Haben Sie in den nächsten Tagen Zeit?"],
        "tell": [
            "Und {when} hab ich {event}, ähm, da bin ich also nicht erreichbar.",
            "Ach, bevor ich's vergesse, {when} hab ich {event}, toll, oder?",
            "Nein, {when} geht nicht, da hab ich {event}.",
        ],
        "other": [
            "Meine Mutter hat {owhen} {oevent}, da muss ich sie natürlich hinfahren.",
            "Mein Vater hat {owhen} {oevent}, mal sehen, ob ich mitkomme.",
        ],
    },
    "trip": {
        "prompt": ["Haben Sie was vor in nächster Zeit?", "Sind Sie die nächsten Wochen da?"],
        "tell": [
            "Wir fahren {when} nach {city}, ähm, ein paar Tage, mal abschalten.",
            "Ach, und {when} fahr ich nach {city}, eine Freundin besuchen, die Bahntickets hab ich schon.",
            "Und {when} geht's endlich los nach {city}, das haben wir uns verdient.",
        ],
        "other": [
            "Meine Cousine fährt {owhen} nach {ocity}, da wohnt ihr Freund.",
            "Freunde von uns fahren {owhen} nach {ocity} und wollten, dass wir mitkommen, aber das geht nicht.",
        ],
    },
}

# ---------------------------------------------------------------- questions asked in German

CHILD_REL = {
    ("f", "f"): "ihre Tochter",
    ("f", "m"): "ihr Sohn",
    ("m", "f"): "seine Tochter",
    ("m", "m"): "sein Sohn",
}
PARTNER_REL = {"f": "ihr Mann", "m": "seine Frau"}
ASK = {
    "pet": [
        "Welches Haustier hat [sie|er]?",
        "Hat [sie|er] Tiere zu Hause?",
        "Wie heißt [ihr|sein] Haustier?",
    ],
    "allergy": [
        "Wogegen ist {child} allergisch?",
        "Gibt es etwas, das {child} nicht essen darf?",
        "Hat {child} eine Lebensmittelunverträglichkeit?",
    ],
    "vet": [
        "Zu welchem Tierarzt geht [sie|er] mit [ihrem|seinem] Tier?",
        "Wer behandelt [ihr|sein] Haustier, wenn es krank ist?",
    ],
    "partner_work": ["Wo arbeitet {partner_rel}?", "Wo ist {partner_rel} beschäftigt?"],
    "activity": [
        "Welchen Freizeitkurs besucht {child_rel}?",
        "Was macht {child_rel} nachmittags nach der Schule?",
    ],
    "job": [
        "Was macht [sie|er] beruflich?",
        "Was ist [ihr|sein] Beruf?",
        "Womit verdient [sie|er] [ihr|sein] Geld?",
    ],
    "job_now": ["Was macht [sie|er] jetzt beruflich?", "Was ist [ihr|sein] aktueller Job?"],
    "home": ["Wo wohnt [sie|er]?", "Wie lautet [ihre|seine] Adresse?"],
    "home_now": ["Wo wohnt [sie|er] jetzt?", "Wie ist [ihre|seine] aktuelle Adresse?"],
    "number": ["Wie lautet [ihre|seine] Kundennummer?", "Welche Kundennummer hat [sie|er]?"],
    "hobby": ["Was macht [sie|er] in [ihrer|seiner] Freizeit?", "Hat [sie|er] ein Hobby?"],
    "contact": [
        "Wann erreicht man [sie|ihn] am besten?",
        "Zu welcher Tageszeit sollen wir [sie|ihn] anrufen?",
    ],
    "contact_now": [
        "Wann sollen wir [sie|ihn] inzwischen anrufen?",
        "Wann ist [sie|er] jetzt am besten telefonisch erreichbar?",
    ],
    "food": ["Was ist [ihr|sein] Lieblingsessen?", "Welches Gericht mag [sie|er] besonders?"],
    "channel": [
        "Wie sollen wir [ihr|ihm] Unterlagen schicken?",
        "Auf welchem Weg möchte [sie|er] Rechnungen bekommen?",
    ],
    "trip_when": ["Wann verreist [sie|er]?", "Wann beginnt [ihre|seine] Reise?"],
    "on_date": [
        "Was hatte [sie|er] für {date} geplant?",
        "Was stand bei [ihr|ihm] für {date} an?",
    ],
}
ASK_APPT = {
    "dentist": [
        "Wann hat [sie|er] die Zahnkontrolle?",
        "An welchem Tag muss [sie|er] zur Zahnärztin?",
    ],
    "itv": [
        "Wann ist die Hauptuntersuchung für [ihr|sein] Fahrzeug?",
        "An welchem Tag muss der Wagen zur Prüfung?",
    ],
    "school": [
        "Wann ist das Gespräch mit den Lehrern?",
        "An welchem Tag ist die Elternversammlung?",
    ],
    "hair": [
        "Wann lässt [sie|er] sich die Haare schneiden?",
        "An welchem Tag ist [ihr|sein] Haarschnitt?",
    ],
    "physio": ["Wann hat [sie|er] Krankengymnastik?", "An welchem Tag ist die Therapiestunde?"],
    "blood": ["Wann wird [ihr|ihm] Blut abgenommen?", "An welchem Tag ist die Blutuntersuchung?"],
    "bank": [
        "Wann hat [sie|er] den Termin wegen des Immobilienkredits?",
        "An welchem Tag geht es um die Hypothek?",
    ],
}
ASK_ALLERGY = {
    "peanut": [
        "Darf {child} Erdnussflips essen?",
        "Können wir {child} ein Brot mit Erdnussbutter geben?",
    ],
    "shellfish": [
        "Können wir für {child} eine Paella mit Krabben bestellen?",
        "Darf {child} beim Weihnachtsessen Hummer essen?",
    ],
    "lactose": [
        "Können wir {child} ein Glas Kakao mit Keksen geben?",
        "Darf {child} ein Sahneeis essen?",
    ],
    "gluten": [
        "Kann {child} auf der Party normale Pizza essen?",
        "Sollen wir {child} Croissants vom Bäcker kaufen?",
    ],
    "egg": [
        "Sollen wir {child} ein Omelett machen?",
        "Darf {child} selbstgemachte Mayonnaise essen?",
    ],
    "kiwi": [
        "Können wir {child} einen tropischen Obstsalat geben?",
        "Ist ein exotischer Fruchtsaft in Ordnung für {child}?",
    ],
    "nuts": ["Können wir {child} Mandelnougat schenken?", "Darf {child} Mandelkuchen essen?"],
}
ASK_DIET = {
    "vegetarian": [
        "Sollen wir für [ihren|seinen] Geburtstag einen Tisch im Steakhaus reservieren?",
        "Bestellen wir [ihr|ihm] beim Firmenessen ein Rinderfilet?",
    ],
    "diabetic": [
        "Sollen wir [ihr|ihm] eine Schachtel Pralinen schicken?",
        "Können wir [ihr|ihm] bei der Besprechung Schokoladentorte anbieten?",
    ],
    "no_alcohol": [
        "Ist eine Flasche Wein ein gutes Geschenk für [sie|ihn]?",
        "Stoßen wir mit Sekt an, wenn [sie|er] kommt?",
    ],
    "vegan": [
        "Würde [ihr|ihm] eine Käse- und Wurstplatte schmecken?",
        "Machen wir [ihr|ihm] ein Frühstück mit Rührei und Speck?",
    ],
    "lowsalt": [
        "Darf [sie|er] Chips und Oliven knabbern?",
        "Ist ein Teller Schinken und Sardellen okay für [sie|ihn]?",
    ],
}
ASK_HEALTH = {
    "knee": [
        "Schafft [sie|er] eine ganztägige Bergwanderung?",
        "Passt eine Wohnung im vierten Stock ohne Aufzug für [sie|ihn]?",
    ],
    "flying": [
        "Sollen wir [ihr|ihm] einen Flug für den Urlaub buchen?",
        "Besorgen wir [ihr|ihm] Tickets für die Maschine auf die Kanaren?",
    ],
    "back": [
        "Kann [sie|er] beim Tragen der Kisten helfen?",
        "Können wir [sie|ihn] bitten, die Wasserkästen in den Keller zu tragen?",
    ],
    "hearing": [
        "Worauf sollte man achten, wenn man mit [ihr|ihm] telefoniert?",
        "Von welcher Seite sollte man mit [ihr|ihm] sprechen?",
    ],
    "vertigo": [
        "Hätte [sie|er] Spaß an der Aussichtsplattform ganz oben auf dem Turm?",
        "Sollen wir [ihr|ihm] ein Zimmer im vierzigsten Stock mit Terrasse buchen?",
    ],
    "night": [
        "Kann [sie|er] selbst zum Abendessen um zehn fahren?",
        "Können wir [sie|ihn] bitten, um Mitternacht Gäste abzuholen?",
    ],
}
