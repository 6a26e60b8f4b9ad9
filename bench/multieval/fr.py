"""French: what the callers and the agent say, and how a question is asked in French.

The same names as `bench.multieval.es` (see there). Callers and the agent say "vous"; callers
drop the "ne" as people do on the phone ("je peux pas").
"""

# ruff: noqa: E501 -- the lines are sentences people say; split, they would be harder to read and edit

from __future__ import annotations

NAME = "French"
AGENT_ID = "agent_1701k7multieval0fr0elodie1"
COMPANY = "Conciergerie Keystone"
PHONE = "+3361255{:04d}"
CALLERS = [
    ("claire", "Claire", "Martin", "f"),
    ("julien", "Julien", "Moreau", "m"),
    ("nathalie", "Nathalie", "Girard", "f"),
    ("olivier", "Olivier", "Lambert", "m"),
    ("sophie", "Sophie", "Bonnet", "f"),
    ("pascal", "Pascal", "Fontaine", "m"),
    ("camille", "Camille", "Roux", "f"),
    ("yann", "Yann", "Le Goff", "m"),
]
PINNED: dict[str, dict[str, object]] = {}

DIGITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
HABITUAL = (
    "le lundi",
    "le mardi",
    "le mercredi",
    "le jeudi",
    "le vendredi",
    "le samedi",
    "le dimanche",
)
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DATE = "le {day} {month}"
ORDINAL_FIRST = "1er"
REL = {
    "tomorrow": ["demain", "dès demain"],
    "after_tomorrow": ["après-demain"],
    "this": ["ce {wd}", "ce {wd}-ci"],
    "next": ["{wd} prochain"],
    "next_week": ["la semaine prochaine, le {wd}", "{wd} de la semaine prochaine"],
    "two_weeks": ["dans quinze jours", "dans deux semaines"],
}
CORRECT = [
    "{wrong}… non pardon, {right}",
    "{wrong}, euh non, attendez, {right}",
    "{wrong}, enfin non, {right}",
]

# ---------------------------------------------------------------- the conversation around

GREET = [
    "Conciergerie Keystone, Élodie à l'appareil, bonjour !",
    "Bonjour, Conciergerie Keystone, je suis Élodie. À qui ai-je l'honneur ?",
    "Conciergerie Keystone, bonjour, que puis-je faire pour vous ?",
]
IDENT = [
    "Bonjour, c'est {first} {last}.",
    "Oui, bonjour, {first} {last} à l'appareil.",
    "Bonjour Élodie, c'est {first}, euh, {first} {last}.",
    "Allô, oui, bonjour, c'est {first} {last}.",
]
IDENT_ANON = [
    "Oui, bonjour, c'est encore moi.",
    "Allô ? Vous m'entendez ?",
    "Bonjour, c'est re-moi.",
]
HOW = [
    "Bonjour [Madame|Monsieur] {last}, comment allez-vous ?",
    "Ah, [Madame|Monsieur] {last}, ça fait plaisir. Tout va bien ?",
    "Bonjour [Madame|Monsieur] {last}. Comment ça va aujourd'hui ?",
]
HOW_ANON = [
    "Bonjour ! Comment allez-vous ?",
    "Oui, je vous entends. Que puis-je faire pour vous ?",
]
HOW_REPLY = [
    "Ça va, ça va, on fait aller.",
    "Bien, bien, un peu [débordée|débordé] mais bien.",
    "Bof, avec ce temps, on n'a pas trop le moral.",
    "Très bien, merci.",
    "Ah, j'ai mal dormi, mais sinon ça va.",
]
SMALL = [
    (
        "Vous avez passé un bon week-end ?",
        "Oui, tranquille, on est allés se promener en forêt, rien de spécial.",
    ),
    ("Je vous dérange pas ?", "Non, non, j'ai cinq minutes avant d'aller chercher les enfants."),
    ("Il fait quel temps chez vous ?", "Il pleut des cordes, ça fait une semaine que ça dure."),
    ("Tout va bien à la maison ?", "Oui, à part le voisin qui perce depuis une semaine, ça va."),
    ("Vous avez vu le match ?", "Ah, m'en parlez pas, ça me met de mauvaise humeur."),
    ("Vous avez la voix un peu prise.", "Oui, un petit rhume, rien de grave."),
    ("Pas trop de bouchons ce matin ?", "Ah si, une demi-heure sur le périph, comme d'hab."),
    ("Et le travail, ça va ?", "Bof, comme toujours, beaucoup de boulot et pas assez de monde."),
    ("La ligne est un peu mauvaise.", "Oui, je suis dans la rue, pardon, c'est mieux là ?"),
    ("Des projets pour l'été ?", "Pas encore, on verra, on s'y prend toujours au dernier moment."),
    (
        "Comment se passe votre semaine ?",
        "Chargée, franchement, mille trucs à faire, mais bon, on tient.",
    ),
]
OWN = [
    (
        "Dites, vous fermez à quelle heure aujourd'hui ?",
        "Aujourd'hui, on est joignables jusqu'à vingt heures.",
    ),
    ("Je peux payer la cotisation par prélèvement ?", "Oui, le prélèvement, c'est possible."),
    ("La cotisation a augmenté cette année ?", "Non, elle n'a pas bougé."),
    ("Le parking est rouvert, au fait ?", "Oui, le parking est rouvert."),
]
HUBS = [
    "Je voulais juste vérifier que tout est en ordre, vous me connaissez.",
    "Vous êtes toujours adorables avec moi, vraiment.",
    "Bon, comme d'habitude, je veux rien rater.",
]
PROMPTS = [
    "Je vous écoute.",
    "Quoi de neuf ?",
    "Autre chose à noter ?",
    "Et à la maison, tout va bien ?",
    "Dites-moi.",
    "Du nouveau depuis la dernière fois ?",
]
ACKS = [
    "C'est noté.",
    "Très bien.",
    "D'accord.",
    "Ah, super.",
    "Oh là là.",
    "Ah bon ?",
    "Parfait.",
]
CLOSE = ["Je peux faire autre chose pour vous ?", "Autre chose ?"]
BYE = [
    "Non, c'est tout, merci Élodie. Au revoir !",
    "Non, ça ira, merci beaucoup. Bonne journée !",
    "C'est tout. Allez, au revoir, au revoir.",
]
FILL_PRE = ["Euh, ", "Bon, ", "Ben, ", "Alors, ", "En fait, ", "Du coup, ", "Bah, "]
FILL_POST = [" Voilà.", " Enfin bref.", " Vous voyez ?", " Bon."]
JOIN = ["Et autre chose : ", "Ah, et ", "D'ailleurs, "]
TITLE = "Appel adhérent"
SUMMARIES = [
    "{first} a appelé la conciergerie.",
    "Appel de {first} ; rien de particulier.",
    "{first} a appelé pour faire le point.",
]

# ---------------------------------------------------------------- values

PETS = [
    ("Filou", "notre chien", "un teckel", "un teckel", "teckel"),
    ("Mimi", "notre chat", "un siamois", "un siamois", "siamois"),
    ("Rex", "notre chien", "un berger allemand", "un berger allemand", "berger allemand"),
    ("Caramel", "notre chien", "un golden retriever", "un golden retriever", "golden retriever"),
    ("Minou", "notre chat", "un chartreux", "un chartreux", "chartreux"),
    ("Oscar", "notre chien", "un beagle", "un beagle", "beagle"),
    ("Praline", "notre chienne", "une caniche", "une caniche", "caniche"),
    ("Tigrou", "notre chat", "un tigré", "un tigré", "tigré"),
    ("Vanille", "notre chat", "un persan", "un persan", "persan"),
    ("Pépette", "notre chienne", "une épagneule", "une épagneule", "épagneule"),
    ("Ulysse", "notre chien", "un labrador", "un labrador", "labrador"),
    ("Gaston", "notre chien", "un bouledogue français", "un bouledogue français", "bouledogue"),
]
VETS = [
    ("à la clinique des Tilleuls", "Tilleuls"),
    ("chez le docteur Perrin", "Perrin"),
    ("à la clinique vétérinaire du Parc", "Parc"),
    ("chez la docteure Benali", "Benali"),
    ("au cabinet Patte Blanche", "Patte Blanche"),
    ("à la clinique Saint-Roch", "Saint-Roch"),
    ("chez le docteur Marchand", "Marchand"),
    ("à la clinique des Quatre Pattes", "Quatre Pattes"),
    ("au cabinet vétérinaire Pasteur", "Pasteur"),
    ("à la clinique du Lac", "Lac"),
]
CHILDREN = {
    "f": ["Léa", "Chloé", "Manon", "Inès", "Jade", "Louise", "Zoé"],
    "m": ["Lucas", "Hugo", "Nathan", "Théo", "Jules", "Louis", "Gabriel"],
}
MY_CHILD = {"f": "ma fille", "m": "mon fils"}
ALLERGENS = {
    "peanut": ("est allergique aux cacahuètes", "allergique cacahuètes"),
    "shellfish": (
        "est allergique aux fruits de mer, les crevettes surtout",
        "allergique fruits mer crevettes",
    ),
    "lactose": ("est intolérant<e|> au lactose, le lait ça passe pas", "intolérant<e|> lactose"),
    "gluten": ("est cœliaque, zéro gluten", "cœliaque gluten"),
    "egg": ("est allergique à l'œuf, même cuit", "allergique œuf"),
    "kiwi": ("est allergique au kiwi et à l'ananas", "allergique kiwi ananas"),
    "nuts": (
        "est allergique aux fruits à coque, surtout les noix",
        "allergique fruits coque noix",
    ),
}
ACTIVITIES = [
    ("la natation", "natation"),
    ("le judo", "judo"),
    ("la guitare", "guitare"),
    ("la danse classique", "danse classique"),
    ("le basket", "basket"),
    ("la robotique", "robotique"),
    ("le théâtre", "théâtre"),
    ("le patinage", "patinage"),
]
PARTNERS = {
    "f": ["Isabelle", "Valérie", "Sandrine", "Céline", "Aurélie"],
    "m": ["Philippe", "Laurent", "Stéphane", "Nicolas", "Franck"],
}
MY_PARTNER = {"f": "mon mari", "m": "ma femme"}
WORKPLACES = [
    ("à la boulangerie du coin", "boulangerie"),
    ("au Carrefour de l'avenue", "Carrefour"),
    ("dans un cabinet comptable du centre", "cabinet comptable"),
    ("à l'hôpital Édouard-Herriot", "hôpital Herriot"),
    ("dans une boîte de déménagement", "déménagement"),
    ("à la mairie", "mairie"),
    ("dans une imprimerie de la zone industrielle", "imprimerie zone industrielle"),
    ("dans un garage", "garage"),
    ("à la médiathèque", "médiathèque"),
    ("dans une école de langues", "école langues"),
]
JOBS = [
    "infirmi[ère|er]",
    "prof de collège",
    "comptable",
    "cuisini[ère|er]",
    "kiné",
    "architecte",
    "conduct[rice|eur] de bus",
    "pharmacien[ne|]",
    "coiffeu[se|r]",
    "développeu[se|r]",
    "avocat[e|]",
    "fact[rice|eur]",
    "vendeu[se|r] dans une librairie",
    "éducat[rice|eur]",
]
HOMES = [
    "rue des Lilas",
    "avenue Jean-Jaurès",
    "place du Marché",
    "à la Croix-Rousse, rue d'Austerlitz",
    "rue Victor-Hugo",
    "à Villeurbanne",
    "boulevard des Belges",
    "rue de la République",
    "à Caluire, près de la gare",
    "impasse des Acacias",
    "quai Saint-Vincent",
]
CONTACTS = [
    "l'après-midi, après dix-sept heures",
    "le matin, avant dix heures",
    "à l'heure du déjeuner, entre midi et deux",
    "le soir, à partir de vingt heures",
    "le samedi matin",
    "en fin de matinée, vers onze heures",
]
HOBBIES = [
    ("je chante dans une chorale", "chante dans une chorale", "chorale"),
    ("je fais de la poterie", "fait de la poterie", "poterie"),
    ("je joue aux échecs au club", "joue aux échecs au club", "échecs"),
    ("j'ai un jardin partagé", "a un jardin partagé", "jardin partagé"),
    ("je prends des cours de salsa", "prend des cours de salsa", "salsa"),
    ("je fais du pilates", "fait du pilates", "pilates"),
    ("je vais à un club de lecture", "va à un club de lecture", "club lecture"),
    ("je fais du vélo avec un groupe", "fait du vélo avec un groupe", "vélo"),
    ("je peins des aquarelles", "peint des aquarelles", "aquarelles"),
    ("je joue au tennis", "joue au tennis", "tennis"),
]
FOODS = [
    ("la cuisine japonaise, surtout les sushis", "japonaise sushis"),
    ("la blanquette de veau", "blanquette veau"),
    ("la cuisine mexicaine, bien épicée", "mexicaine épicée"),
    ("le poisson grillé", "poisson grillé"),
    ("les pâtes, n'importe lesquelles", "pâtes"),
    ("le curry indien", "curry indien"),
    ("la raclette", "raclette"),
    ("le couscous de ma mère", "couscous"),
    ("la cuisine thaïe", "thaïe"),
    ("la choucroute", "choucroute"),
]
CHANNELS = [
    ("par WhatsApp", "WhatsApp"),
    ("par mail", "mail"),
    ("sur papier, par courrier", "papier courrier"),
    ("par SMS", "SMS"),
    ("sur Signal", "Signal"),
]
DIETS = {
    "vegetarian": (
        "depuis janvier je mange plus de viande, je suis devenu[e|] végétarien[ne|]",
        "viande végétarien[ne|]",
    ),
    "diabetic": ("on m'a trouvé du diabète, donc plus de sucre", "diabète sucre"),
    "no_alcohol": ("je bois plus une goutte d'alcool, même pas une bière", "alcool bière"),
    "vegan": ("je suis végan[e|], rien d'origine animale", "végan[e|] animale"),
    "lowsalt": ("le médecin m'a supprimé le sel à cause de la tension", "sel tension"),
}
DIET_OTHERS = {
    "vegetarian": "ma nièce est devenue végétarienne",
    "diabetic": "mon père a du diabète",
    "no_alcohol": "mon frère boit plus une goutte",
    "vegan": "ma grande veut devenir végane",
    "lowsalt": "ma mère a plus droit au sel",
}
HEALTH = {
    "knee": (
        "je me suis fait opérer du genou en février et je suis encore en béquilles",
        "genou béquilles",
    ),
    "flying": ("moi, vous me ferez jamais monter dans un avion, j'ai la phobie", "avion phobie"),
    "back": ("j'ai une hernie discale, euh, je peux rien porter de lourd", "hernie discale lourd"),
    "hearing": ("de l'oreille gauche j'entends presque rien", "oreille gauche"),
    "vertigo": ("j'ai le vertige, je vais même pas sur le balcon", "vertige balcon"),
    "night": ("la nuit je conduis plus, les phares m'éblouissent", "nuit conduis phares"),
}
HEALTH_OTHERS = {
    "knee": "ma mère se fait opérer du genou en juin",
    "flying": "mon frère monte jamais dans un avion",
    "back": "mon père a très mal au dos",
    "hearing": "ma grand-mère entend presque plus",
    "vertigo": "ma belle-sœur a le vertige",
    "night": "mon beau-père conduit plus la nuit",
}
APPOINTMENTS = {
    "dentist": ("rendez-vous chez le dentiste", "dentiste"),
    "itv": ("le contrôle technique de la voiture", "contrôle technique voiture"),
    "school": ("une réunion à l'école", "réunion école"),
    "hair": ("rendez-vous chez le coiffeur", "coiffeur"),
    "physio": ("une séance chez le kiné", "séance kiné"),
    "blood": ("une prise de sang", "prise sang"),
    "bank": ("rendez-vous à la banque pour le prêt immobilier", "banque prêt immobilier"),
}
CITIES = [
    "Lisbonne",
    "Barcelone",
    "Rome",
    "Biarritz",
    "Nice",
    "Annecy",
    "Bruxelles",
    "Amsterdam",
    "Marseille",
    "Berlin",
    "Porto",
    "Séville",
]

# ---------------------------------------------------------------- how each fact is told

FACTS = {
    "pet": {
        "prompt": [
            "Vous avez des animaux ?",
            "C'est quoi ce bruit derrière ?",
            "Et tout le monde va bien à la maison ?",
        ],
        "tell": [
            "Et {mine} s'appelle {pet}, c'est {breed}, adorable.",
            "Alors là, {pet}, {mine}, {breed}, a mangé une chaussure entière ce matin, euh, je vous raconte pas.",
            "À la maison on est trois, avec {pet}, {breed}, {mine} quoi.",
            "Non, ce que vous entendez derrière, c'est {pet}, {mine}, {breed} qui arrête jamais.",
        ],
        "other": [
            "Ma sœur a pris {obreed} aussi, {opet}, ils jouent toute la journée.",
            "Celui de la voisine, {opet}, {obreed}, s'échappe tout le temps, euh, et après tout le quartier le cherche.",
            "Mon beau-frère a {obreed}, {opet}, et en août c'est nous qui le gardons, super.",
        ],
    },
    "vet": {
        "prompt": ["Quoi de neuf ?", "Comment s'est passée la semaine ?"],
        "tell": [
            "Hier j'ai dû emmener {pet} {vet} pour une patte, mais rien de grave, ouf.",
            "Bon, on a fait le vaccin de {pet} {vet}, tout va bien.",
            "Et {pet} a une petite boule sur l'oreille, mais {vet} ils disent que c'est rien.",
        ],
        "other": [
            "Ma sœur emmène {opet} {ovet}, mais moi ça me dit rien.",
            "Une amie m'a dit d'aller {ovet}, apparemment ils sont super.",
        ],
    },
    "allergy": {
        "prompt": ["Il y a quelque chose à savoir pour la sortie ?", "Autre chose à noter ?"],
        "tell": [
            "Ah, et autre chose, {my_child} {child} {pred}, au cas où il y a un goûter pendant la sortie.",
            "Notez bien : {child}, {my_child}, {pred}, c'est important.",
            "Bon, {my_child} {child} {pred}, du coup aux anniversaires j'apporte toujours une boîte.",
        ],
        "other": [
            "Le fils de ma voisine {opred_m}, le pauvre.",
            "Ma nièce {opred_f}, alors à Noël on fait super attention.",
        ],
    },
    "activity": {
        "prompt": ["Et les enfants, ça va ?", "Comment se passe la rentrée ?"],
        "tell": [
            "Et {child} a commencé {activity}, {wd}, du coup ces jours-là je file du boulot.",
            "{child} adore {activity}, c'est {wd}, <elle|il> parle que de ça.",
        ],
        "other": ["Mon neveu a aussi commencé {oactivity}, il adore."],
    },
    "partner": {
        "prompt": ["Tout va bien chez vous ?", "Vous êtes [seule|seul] aujourd'hui ?"],
        "tell": [
            "{partner}, {my_partner}, vous passe le bonjour, d'ailleurs.",
            "Attendez, {my_partner}, {partner}, me dit quelque chose… non, rien, juste bonjour.",
            "Bon, {my_partner} {partner} et moi, on pense changer de voiture, je vous dirai.",
        ],
    },
    "work": {
        "prompt": ["Et la famille, ça va ?", "Tout va bien ?"],
        "tell": [
            "{partner} a commencé {workplace}, euh, enfin, après des mois à chercher.",
            "{partner} est toujours {workplace}, de nuit, <la pauvre|le pauvre>.",
            "{partner} travaille depuis peu {workplace} et c'est plutôt bien.",
        ],
        "other": [
            "Mon beau-frère travaille {oworkplace}, il dit qu'ils embauchent.",
            "Une copine vient de commencer {oworkplace}.",
        ],
    },
    "job": {
        "prompt": ["Et le boulot ?", "Comment ça se passe en ce moment ?"],
        "tell": [
            "Moi je suis {job}, alors les horaires, je vous raconte pas.",
            "Comme je suis {job}, euh, y a des semaines où je m'en sors pas.",
            "Ça fait douze ans que je suis {job}, c'est fou.",
        ],
        "change": [
            "Alors, grande nouvelle : je suis plus {old}, maintenant je suis {new}, qui l'eût cru !",
            "J'ai changé de boulot, euh, avant j'étais {old}, maintenant {new}, depuis ce mois-ci.",
            "Figurez-vous que j'ai démissionné, fini {old}, je suis {new} maintenant.",
        ],
        "other": [
            "Ma belle-sœur est {ojob_f}, elle aussi elle est débordée.",
            "Le voisin d'en face est {ojob_m}, d'ailleurs, super sympa.",
        ],
    },
    "home": {
        "prompt": ["On a toujours la bonne adresse pour vous ?", "Du nouveau à la maison ?"],
        "tell": [
            "On habite {v}, euh, au deuxième étage.",
            "Alors nous, on est toujours {v}, ça fait quinze ans.",
        ],
        "change": [
            "On est dans le nouvel appart, euh, {new}, il reste des cartons partout.",
            "On a déménagé, vous savez ? Plus {old}, maintenant on habite {new}.",
        ],
        "other": [
            "Mes parents habitent {ov}, au cas où.",
            "Ma sœur vient d'emménager {ov}, c'est drôle, non ?",
        ],
    },
    "contact": {
        "prompt": [
            "Ça vous va si on vous rappelle pour confirmer ?",
            "Quand est-ce que ça vous arrange qu'on vous rappelle ?",
        ],
        "tell": [
            "Oui, je préfère qu'on m'appelle {v}.",
            "Plutôt {v}, euh, sinon je suis au travail et je peux pas répondre.",
            "Ce qui m'arrange le mieux, c'est {v}, d'accord ?",
        ],
        "change": [
            "Ah, au fait, m'appeler {old}, c'est fini, j'ai changé d'horaires ; maintenant plutôt {new}.",
            "Petit changement pour les appels : plus {old}, mais {new}, d'accord ?",
        ],
        "other": ["Pour joindre {my_partner}, c'est différent, ça marche que {ov}."],
    },
    "number": {
        "prompt": [
            "Vous pouvez me donner votre numéro de membre, s'il vous plaît ?",
            "Pour le dossier, votre numéro de membre ?",
        ],
        "tell": [
            "Mon numéro de membre, c'est le {digits}.",
            "Oui, le numéro de membre, attendez, je l'ai là… {digits}, voilà.",
            "Notez : {digits}, c'est mon numéro de membre.",
        ],
    },
    "hobby": {
        "prompt": [
            "Votre semaine ressemble à quoi ?",
            "Un rendez-vous l'après-midi, ça vous irait ?",
        ],
        "tell": [
            "Alors {wd} c'est pas possible, {hobby}, c'est sacré.",
            "Vous savez, {hobby}, {wd}, c'est mon moment à moi.",
            "Depuis quelques mois, euh, {hobby}, et j'adore.",
        ],
        "other": ["Mon amie Sylvie {ohobby} et elle veut absolument m'emmener."],
    },
    "food": {
        "prompt": ["Vous avez passé un bon week-end ?", "Alors, cette fête ?"],
        "tell": [
            "Moi ce que j'adore, c'est {food}, euh, je pourrais en manger tous les jours.",
            "Si vous me demandez ce que j'aime, {food}, sans hésiter.",
            "Samedi on a fêté ça et, comme toujours, on a pris {food}, c'est mon truc.",
        ],
        "other": [
            "Chez nous, {my_partner} adore {ofood}, moi bof.",
            "Ma mère fait toujours {ofood} le dimanche, on est obligés d'y aller.",
        ],
    },
    "channel": {
        "prompt": ["Je vous envoie la confirmation comme d'habitude ?", "Autre chose à noter ?"],
        "tell": [
            "Les factures et tout ça, plutôt {v}, c'est ce que je regarde.",
            "Envoyez-moi les documents {v}, d'accord ? Sinon je les perds.",
            "Les papiers, {v} s'il vous plaît, sinon je vois rien passer.",
        ],
        "other": ["Mon père veut tout {ochannel}, mais pas moi."],
    },
    "diet": {
        "prompt": ["Je vous inscris pour le dîner des adhérents ?", "Comment va la santé ?"],
        "tell": [
            "Ah, et au fait, {pred}, si jamais vous organisez un repas.",
            "Bon, {pred}, et franchement je me sens beaucoup mieux.",
            "Bref, {pred}, aux repas de boulot j'apporte mon truc maintenant.",
        ],
        "other": ["Et {opred}, euh, chez nous chacun mange un truc différent."],
    },
    "health": {
        "prompt": ["Comment va la santé ?", "Et sinon, vous allez bien ?"],
        "tell": [
            "Vous savez, {pred}, mais bon, on fait avec.",
            "Alors, {pred}, je vous laisse imaginer.",
            "Chez moi c'est comme ça, {pred}, ça changera pas.",
        ],
        "other": ["Et en plus {opred}, alors on est gâtés."],
    },
    "appointment": {
        "prompt": ["Votre semaine ressemble à quoi ?", "Vous êtes disponible ces jours-ci ?"],
        "tell": [
            "Et {when} j'ai {event}, euh, donc ce jour-là je suis pas joignable.",
            "Ah, avant que j'oublie, {when} j'ai {event}, la joie.",
            "Non, {when} je peux pas, j'ai {event}.",
        ],
        "other": [
            "Ma mère a {oevent} {owhen}, et c'est moi qui l'emmène, évidemment.",
            "Mon père a {oevent} {owhen}, je vais peut-être l'accompagner.",
        ],
    },
    "trip": {
        "prompt": [
            "Vous avez des projets ces temps-ci ?",
            "Vous êtes là ces prochaines semaines ?",
        ],
        "tell": [
            "On part à {city} {when}, euh, quelques jours, pour décrocher.",
            "Et {when} je vais à {city} voir une copine, j'ai déjà les billets de train.",
            "Et {when} on part enfin pour {city}, on l'a bien mérité.",
        ],
        "other": [
            "Ma cousine part à {ocity} {owhen}, son copain vit là-bas.",
            "Des amis partent à {ocity} {owhen} et voulaient qu'on vienne, mais c'est pas possible.",
        ],
    },
}

# ---------------------------------------------------------------- questions asked in French

CHILD_REL = {
    ("f", "f"): "sa fille",
    ("f", "m"): "son fils",
    ("m", "f"): "sa fille",
    ("m", "m"): "son fils",
}
PARTNER_REL = {"f": "son mari", "m": "sa femme"}
ASK = {
    "pet": [
        "Quel animal de compagnie a-t-[elle|il] ?",
        "Est-ce qu'[elle|il] a des animaux à la maison ?",
        "Comment s'appelle son animal ?",
    ],
    "allergy": [
        "À quoi {child} est-<elle|il> allergique ?",
        "Y a-t-il quelque chose que {child} ne peut pas manger ?",
        "{child} a-t-<elle|il> une intolérance alimentaire ?",
    ],
    "vet": [
        "Chez quel vétérinaire emmène-t-[elle|il] son animal ?",
        "Qui soigne son animal quand il est malade ?",
    ],
    "partner_work": [
        "Où travaille {partner_rel} ?",
        "Quel est le lieu de travail de {partner_rel} ?",
    ],
    "activity": [
        "Quelle activité extrascolaire fait {child_rel} ?",
        "Qu'est-ce que fait {child_rel} après l'école ?",
    ],
    "job": [
        "Qu'est-ce qu'[elle|il] fait dans la vie ?",
        "Quel est son métier ?",
        "Quelle est sa profession ?",
    ],
    "job_now": [
        "Qu'est-ce qu'[elle|il] fait comme travail maintenant ?",
        "Quel est son emploi actuel ?",
    ],
    "home": ["Où habite-t-[elle|il] ?", "Quelle est son adresse ?"],
    "home_now": ["Où habite-t-[elle|il] maintenant ?", "Quelle est son adresse actuelle ?"],
    "number": ["Quel est son numéro d'adhérent ?", "Quel numéro de client a-t-[elle|il] ?"],
    "hobby": ["Que fait-[elle|il] pendant son temps libre ?", "A-t-[elle|il] un loisir ?"],
    "contact": [
        "Quel est le meilleur moment pour [la|le] joindre ?",
        "À quelle heure faut-il [la|le] contacter par téléphone ?",
    ],
    "contact_now": [
        "Quand faut-il [la|le] joindre désormais ?",
        "À quel moment peut-on [la|le] contacter maintenant ?",
    ],
    "food": ["Quel est son plat préféré ?", "Qu'est-ce qu'[elle|il] aime manger ?"],
    "channel": [
        "Comment lui envoyer ses documents ?",
        "Par quel moyen veut-[elle|il] recevoir ses factures ?",
    ],
    "trip_when": ["Quand part-[elle|il] en voyage ?", "À quelle date commence son séjour ?"],
    "on_date": [
        "Qu'est-ce qu'[elle|il] avait de prévu {date} ?",
        "Quel était son programme {date} ?",
    ],
}
ASK_APPT = {
    "dentist": [
        "Quand a-t-[elle|il] son contrôle dentaire ?",
        "Quel jour voit-[elle|il] son dentiste ?",
    ],
    "itv": [
        "Quand son véhicule passe-t-il l'inspection ?",
        "Quel jour doit-[elle|il] faire vérifier son auto ?",
    ],
    "school": [
        "Quand a lieu la rencontre avec les enseignants ?",
        "Quel jour doit-[elle|il] voir les professeurs ?",
    ],
    "hair": ["Quand se fait-[elle|il] couper les cheveux ?", "Quel jour a-t-[elle|il] sa coupe ?"],
    "physio": [
        "Quand a-t-[elle|il] sa rééducation ?",
        "Quel jour est sa séance de physiothérapie ?",
    ],
    "blood": [
        "Quand a-t-[elle|il] son bilan sanguin ?",
        "Quel jour doit-[elle|il] faire son analyse de sang ?",
    ],
    "bank": [
        "Quand a-t-[elle|il] son rendez-vous pour le crédit de la maison ?",
        "Quel jour signe-t-[elle|il] son emprunt ?",
    ],
}
ASK_ALLERGY = {
    "peanut": [
        "Est-ce que {child} peut manger des M&M's aux arachides ?",
        "On peut donner à {child} une tartine de beurre d'arachide ?",
    ],
    "shellfish": [
        "On peut commander une paella aux gambas pour l'anniversaire de {child} ?",
        "{child} peut manger des langoustines au réveillon ?",
    ],
    "lactose": [
        "On peut donner à {child} un verre de chocolat chaud avec des biscuits ?",
        "{child} peut prendre une glace à la crème ?",
    ],
    "gluten": [
        "{child} peut manger une pizza normale à la fête ?",
        "On achète des croissants à la boulangerie pour {child} ?",
    ],
    "egg": [
        "On fait une omelette pour {child} ?",
        "{child} peut manger de la mayonnaise maison ?",
    ],
    "kiwi": [
        "On peut donner à {child} une salade de fruits exotiques ?",
        "Un smoothie tropical, ça va pour {child} ?",
    ],
    "nuts": [
        "On peut offrir du nougat aux amandes à {child} ?",
        "{child} peut manger un gâteau aux amandes ?",
    ],
}
ASK_DIET = {
    "vegetarian": [
        "On lui réserve une table dans une rôtisserie pour son anniversaire ?",
        "On lui commande une côte de bœuf au repas d'entreprise ?",
    ],
    "diabetic": [
        "On peut lui offrir une boîte de chocolats ?",
        "On lui propose du gâteau au chocolat à la réunion ?",
    ],
    "no_alcohol": [
        "Une bouteille de vin, ce serait un bon cadeau pour [elle|lui] ?",
        "On trinque au champagne quand [elle|il] vient ?",
    ],
    "vegan": [
        "Un plateau de fromages et de charcuterie, ça lui plairait ?",
        "On lui prépare des œufs au bacon pour le petit-déjeuner ?",
    ],
    "lowsalt": [
        "Est-ce qu'[elle|il] peut grignoter des chips et des olives ?",
        "Une assiette de jambon cru et d'anchois, ça lui va ?",
    ],
}
ASK_HEALTH = {
    "knee": [
        "Est-ce qu'[elle|il] peut faire une randonnée d'une journée en montagne ?",
        "Un appartement au quatrième sans ascenseur, ça lui convient ?",
    ],
    "flying": [
        "On lui réserve un vol pour les vacances ?",
        "On lui prend des billets pour les Canaries en première classe sur Air France ?",
    ],
    "back": [
        "Est-ce qu'[elle|il] peut aider à déménager les cartons ?",
        "On peut lui demander de monter les packs d'eau au grenier ?",
    ],
    "hearing": [
        "À quoi faut-il faire attention quand on lui parle au téléphone ?",
        "De quel côté vaut-il mieux lui parler ?",
    ],
    "vertigo": [
        "Est-ce qu'[elle|il] aimerait monter au sommet de la tour panoramique ?",
        "On lui réserve une chambre au quarantième étage avec terrasse ?",
    ],
    "night": [
        "Est-ce qu'[elle|il] peut venir en voiture au dîner de vingt-deux heures ?",
        "On peut lui demander d'aller chercher des invités à minuit ?",
    ],
}
