"""Spanish (Spain): what the callers and the agent say, and how a question is asked in Spanish.

Every language module defines the same names (this one is the reference). In templates,
`[female|male]` follows the caller's gender and `<female|male>` the other person's (a child,
a partner); `{…}` are filled by `bench.multieval.generate`. Callers use "tú"/"vosotros" with
the agent, the agent "usted".
"""

# ruff: noqa: E501 -- the lines are sentences people say; split, they would be harder to read and edit

from __future__ import annotations

NAME = "Spanish"
AGENT_ID = "agent_1701k7multieval0es0paula01"
COMPANY = "Conserjería Keystone"
PHONE = "+34612555{:03d}"
CALLERS = [
    ("marta", "Marta", "Gil Herrero", "f"),
    ("javier", "Javier", "Morales", "m"),
    ("rocio", "Rocío", "Fernández", "f"),
    ("alberto", "Alberto", "Sanz", "m"),
    ("nuria", "Nuria", "Castells", "f"),
    ("manuel", "Manuel", "Ortega", "m"),
    ("ines", "Inés", "Navarro", "f"),
    ("ramon", "Ramón", "Iglesias", "m"),
]
# Marta's first call is the one issue 17 quotes.
PINNED = {
    "marta": {
        "values": {
            "pet": ("Toby", "mi perro", "un labrador", "un labrador", "labrador"),
            "child": ("Lucía", "f"),
            "allergen": "peanut",
            "contact": "por la tarde, después de las cinco",
        },
        "changes": ("job", "home"),
        "script": [
            (
                "Conserjería Keystone, le atiende Paula, ¿en qué puedo ayudarle?",
                "Hola, soy Marta. Mi hija Lucía es alérgica a los cacahuetes.",
                ("allergy",),
            ),
            (
                "Gracias por avisar, Marta, lo apunto en la ficha. ¿Le parece bien que la "
                "llamemos para confirmar lo del cumpleaños?",
                "Sí, prefiero que me llamen por la tarde, después de las cinco.",
                ("contact",),
            ),
            (
                "Perfecto, por la tarde. ¿Algo más que debamos saber?",
                "Y mi perro se llama Toby… es un labrador, eh, más bueno que el pan, pero le "
                "ladra a todo el que entra por la puerta.",
                ("pet",),
            ),
        ],
        "asks": {
            "pet": ("es", "¿Qué mascota tiene?"),
            "contact": ("es", "¿Cuándo prefiere que la llamemos?"),
            "allergy-inference": ("en", "Can Lucía have a peanut butter sandwich?"),
        },
    },
}

DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
HABITUAL = (
    "los lunes",
    "los martes",
    "los miércoles",
    "los jueves",
    "los viernes",
    "los sábados",
    "los domingos",
)
MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
DATE = "el {day} de {month}"
REL = {
    "tomorrow": ["mañana", "mañana mismo"],
    "after_tomorrow": ["pasado mañana"],
    "this": ["este {wd}", "este mismo {wd}"],
    "next": ["el {wd} que viene"],
    "next_week": ["el {wd} de la semana que viene", "la semana que viene, el {wd}"],
    "two_weeks": ["dentro de dos semanas", "de aquí a dos semanas"],
}
CORRECT = [
    "{wrong}… no, perdona, {right}",
    "{wrong}, no, espera, que me lío, {right}",
    "{wrong}, digo, {right}",
]

# ---------------------------------------------------------------- the conversation around

GREET = [
    "Conserjería Keystone, le atiende Paula, ¿en qué puedo ayudarle?",
    "Buenas, Conserjería Keystone, soy Paula. ¿Con quién hablo?",
    "Keystone, buenos días, le atiende Paula.",
]
IDENT = [
    "Hola, soy {first}.",
    "Hola Paula, buenas, soy {first}, eh, {first} {last}.",
    "Buenas, soy {first} otra vez.",
    "Hola, hola, ¿qué tal? Soy {first}.",
    "Sí, hola, mira, soy {first} {last}.",
]
IDENT_ANON = [
    "Hola, buenas, soy yo otra vez.",
    "Sí, hola, buenas tardes, ¿me oyes?",
    "Hola Paula, ¿qué tal?",
]
HOW = [
    "¡Hola, {first}! ¿Qué tal está?",
    "Hola, {first}, ¿cómo le va?",
    "Buenas, {first}. ¿Qué tal todo?",
]
HOW_ANON = ["Hola, buenas. ¿Cómo está?", "Sí, se le oye bien. ¿En qué puedo ayudarle?"]
HOW_REPLY = [
    "Bien, bien, aquí vamos, tirando.",
    "Pues mira, bien, un poco [liada|liado] pero bien.",
    "Bueno, ahí andamos, con este calor no hay quien duerma.",
    "Muy bien, gracias.",
    "Pues regular, eh, que he dormido fatal, pero bueno.",
]
SMALL = [
    (
        "¿Qué tal el fin de semana?",
        "Bien, tranquilo, eh, fuimos a dar una vuelta por el campo y poco más.",
    ),
    ("¿Le pillo en buen momento?", "Sí, sí, tengo un ratito antes de ir a recoger a los críos."),
    ("¿Qué tal el tiempo por ahí?", "Uf, llueve a cántaros, llevamos toda la semana igual."),
    (
        "¿Todo bien por casa?",
        "Sí, todo bien, bueno, con la obra del vecino, que no para de taladrar.",
    ),
    ("¿Vio el partido?", "¡Calla, calla! No me hables del partido, que me pongo de mal humor."),
    ("Le noto la voz un poco tomada.", "Sí, eh, un catarro de nada, ya se me pasa."),
    (
        "¿Qué tal el tráfico esta mañana?",
        "Horrible, media hora [parada|parado] en la rotonda, como siempre.",
    ),
    ("¿Y el trabajo, bien?", "Bueno, ahí, como siempre, mucho jaleo y poca gente."),
    (
        "Se le oye un poco entrecortado.",
        "Sí, eh, es que estoy en la calle, perdona, ¿ahora mejor?",
    ),
    (
        "¿Tiene ya planes para el verano?",
        "Todavía no, a ver, que siempre lo dejamos todo para el final.",
    ),
    ("¿Cómo va la semana?", "Pues liada, la verdad, con mil cosas, pero bueno, aquí estamos."),
]
OWN = [
    ("Oye, ¿hasta qué hora estáis hoy?", "Hoy estamos hasta las ocho."),
    ("¿Me puedes recordar cuánto es la cuota?", "La cuota sigue igual que el año pasado."),
    ("¿Se puede pagar con Bizum?", "Sí, con Bizum sin problema."),
    ("Por cierto, ¿el parking sigue cerrado?", "No, el parking ya vuelve a estar abierto."),
]
HUBS = [
    "Nada, que quería comprobar que todo está en orden, ya sabes cómo soy.",
    "Es que siempre me atendéis muy bien, de verdad.",
    "Bueno, lo de siempre, que no quiero que se me pase nada.",
]
PROMPTS = [
    "Cuénteme.",
    "¿Qué más?",
    "¿Algo más que deba apuntar?",
    "¿Y en casa, todo bien?",
    "Dígame.",
    "¿Alguna novedad desde la última vez?",
]
ACKS = [
    "Vale, apuntado.",
    "Perfecto.",
    "Entendido.",
    "Ah, qué bien.",
    "Vaya.",
    "Anda, no me diga.",
    "Muy bien.",
]
CLOSE = ["¿Puedo ayudarle en algo más?", "¿Alguna cosa más?"]
BYE = [
    "No, nada más, gracias Paula. ¡Hasta luego!",
    "Nada más, muchas gracias, un beso.",
    "Eso es todo. Venga, adiós, adiós.",
]
FILL_PRE = ["Eh, ", "Bueno, ", "Pues ", "Pues mira, ", "A ver, ", "O sea, ", "Mmm, "]
FILL_POST = [" Bueno, eso.", " En fin.", " ¿Sabes?", " Y nada, eso era."]
JOIN = ["Y otra cosa: ", "Ah, y ", "Por cierto, "]
TITLE = "Llamada de socio"
SUMMARIES = [
    "{first} llamó a la conserjería.",
    "Llamada de {first}; sin incidencias.",
    "{first} llamó para ponerse al día.",
]

# ---------------------------------------------------------------- values

# (name, "my <species>", breed with article, the same after a verb, breed as a word)
PETS = [
    ("Toby", "mi perro", "un labrador", "un labrador", "labrador"),
    ("Luna", "mi gata", "una siamesa", "una siamesa", "siamesa"),
    ("Coco", "mi perrito", "un caniche", "un caniche", "caniche"),
    ("Rufo", "mi perro", "un pastor alemán", "un pastor alemán", "pastor alemán"),
    ("Nala", "mi perra", "una galga", "una galga", "galga"),
    ("Misi", "mi gato", "un persa", "un persa", "persa"),
    ("Pipo", "mi perro", "un beagle", "un beagle", "beagle"),
    ("Chispa", "mi gata", "una atigrada", "una atigrada", "atigrada"),
    ("Bruno", "mi perro", "un bóxer", "un bóxer", "bóxer"),
    ("Kira", "mi perra", "una border collie", "una border collie", "border collie"),
    ("Tango", "mi gato", "un bengalí", "un bengalí", "bengalí"),
    ("Lola", "mi perrita", "una yorkshire", "una yorkshire", "yorkshire"),
]
VETS = [
    ("la clínica Los Olivos", "Olivos"),
    ("el doctor Salcedo, el de la plaza", "Salcedo"),
    ("la clínica Arca", "Arca"),
    ("la veterinaria Huellas", "Huellas"),
    ("el doctor Ibarra", "Ibarra"),
    ("la clínica San Antón", "San Antón"),
    ("el centro Cuatro Patas", "Cuatro Patas"),
    ("la doctora Robles", "Robles"),
    ("la clínica Mascotas Sur", "Mascotas Sur"),
    ("el hospital veterinario Retiro", "Retiro"),
]
CHILDREN = {
    "f": ["Lucía", "Martina", "Sofía", "Alba", "Daniela", "Carla", "Vega"],
    "m": ["Hugo", "Pablo", "Mateo", "Álvaro", "Diego", "Leo", "Marcos"],
}
MY_CHILD = {"f": "mi hija", "m": "mi hijo"}
# id: (what is said of the child, the answer's words); <a|o> is the child's gender
ALLERGENS = {
    "peanut": ("es alérgic<a|o> a los cacahuetes", "alérgic<a|o> cacahuetes"),
    "shellfish": (
        "es alérgic<a|o> al marisco, a las gambas y todo eso",
        "alérgic<a|o> marisco gambas",
    ),
    "lactose": ("no puede tomar nada con lactosa, le sienta fatal", "lactosa"),
    "gluten": ("es celíac<a|o>, nada de gluten", "celíac<a|o> gluten"),
    "egg": ("tiene alergia al huevo, incluso cocinado", "alergia huevo"),
    "kiwi": ("es alérgic<a|o> al kiwi y a la piña", "alérgic<a|o> kiwi piña"),
    "nuts": (
        "es alérgic<a|o> a los frutos secos, a las nueces sobre todo",
        "alérgic<a|o> frutos secos nueces",
    ),
}
ACTIVITIES = [
    ("natación", "natación"),
    ("judo", "judo"),
    ("clases de guitarra", "guitarra"),
    ("ballet", "ballet"),
    ("baloncesto", "baloncesto"),
    ("robótica", "robótica"),
    ("teatro", "teatro"),
    ("patinaje", "patinaje"),
]
PARTNERS = {
    "f": ["Carmen", "Elena", "Pilar", "Beatriz", "Susana"],
    "m": ["Andrés", "Luis", "Raúl", "Sergio", "Íñigo"],
}
MY_PARTNER = {"f": "mi marido", "m": "mi mujer"}  # by the caller's gender
WORKPLACES = [
    ("la panadería de la esquina", "panadería"),
    ("el Mercadona de la avenida", "Mercadona"),
    ("una gestoría del centro", "gestoría"),
    ("el hospital de La Paz", "hospital Paz"),
    ("una empresa de mudanzas", "mudanzas"),
    ("el ayuntamiento", "ayuntamiento"),
    ("una imprenta del polígono", "imprenta polígono"),
    ("un taller mecánico", "taller mecánico"),
    ("la biblioteca municipal", "biblioteca"),
    ("una academia de idiomas", "academia idiomas"),
]
JOBS = [
    "enfermer[a|o]",
    "profesor[a|] de instituto",
    "contable",
    "cociner[a|o]",
    "fisioterapeuta",
    "arquitect[a|o]",
    "conductor[a|] de autobús",
    "farmacéutic[a|o]",
    "peluquer[a|o]",
    "programador[a|]",
    "abogad[a|o]",
    "carter[a|o]",
    "dependient[a|e] en una librería",
    "administrativ[a|o]",
]
HOMES = [
    "en la calle Alcalá",
    "en la calle del Pez",
    "en Carabanchel, en la calle Oca",
    "en la avenida de Asturias",
    "en la plaza de la Paja",
    "en Getafe, al lado de la estación",
    "en la calle Toledo",
    "en Alcobendas",
    "en la calle Embajadores",
    "en Vallecas, junto al bulevar",
    "en Chamberí, en la calle Trafalgar",
]
CONTACTS = [
    "por la tarde, después de las cinco",
    "por las mañanas, antes de las diez",
    "a la hora de comer, entre las dos y las tres",
    "por la noche, a partir de las ocho",
    "los sábados por la mañana",
    "a media mañana, sobre las once",
]
# (said by the caller, said of someone else, the answer's words)
HOBBIES = [
    ("canto en un coro", "canta en un coro", "coro"),
    ("hago cerámica", "hace cerámica", "cerámica"),
    (
        "juego al ajedrez en el club del barrio",
        "juega al ajedrez en el club del barrio",
        "ajedrez",
    ),
    ("cuido un huerto urbano", "cuida un huerto urbano", "huerto"),
    ("voy a clases de salsa", "va a clases de salsa", "salsa"),
    ("hago pilates", "hace pilates", "pilates"),
    ("voy a un club de lectura", "va a un club de lectura", "club lectura"),
    ("salgo en bici con un grupo", "sale en bici con un grupo", "bici"),
    ("pinto acuarelas", "pinta acuarelas", "acuarelas"),
    ("juego al pádel", "juega al pádel", "pádel"),
]
FOODS = [
    ("la comida japonesa, el sushi sobre todo", "japonesa sushi"),
    ("el cocido madrileño", "cocido"),
    ("la comida mexicana, cuanto más picante mejor", "mexicana picante"),
    ("el pescado a la plancha", "pescado plancha"),
    ("la pasta, cualquier pasta", "pasta"),
    ("la comida india, el curry", "india curry"),
    ("las croquetas caseras", "croquetas"),
    ("la tortilla de patatas con cebolla", "tortilla cebolla"),
    ("la comida tailandesa", "tailandesa"),
    ("los arroces, una buena paella", "arroces paella"),
]
CHANNELS = [
    ("por WhatsApp", "WhatsApp"),
    ("por correo electrónico", "correo electrónico"),
    ("en papel, por carta", "papel carta"),
    ("por SMS", "SMS"),
    ("por Telegram", "Telegram"),
]
DIETS = {
    "vegetarian": (
        "desde enero no como carne, me he hecho vegetarian[a|o]",
        "carne vegetarian[a|o]",
    ),
    "diabetic": ("me han detectado diabetes, así que nada de azúcar", "diabetes azúcar"),
    "no_alcohol": ("ya no bebo nada de alcohol, ni una caña", "alcohol caña"),
    "vegan": ("soy vegan[a|o], nada que venga de animales", "vegan[a|o] animales"),
    "lowsalt": ("el médico me ha quitado la sal por la tensión", "sal tensión"),
}
DIET_OTHERS = {
    "vegetarian": "mi sobrina se ha hecho vegetariana",
    "diabetic": "mi padre tiene diabetes y no puede ver un dulce",
    "no_alcohol": "mi hermano ha dejado la bebida del todo",
    "vegan": "mi hija mayor dice que se hace vegana",
    "lowsalt": "a mi madre le han quitado la sal",
}
HEALTH = {
    "knee": ("me operaron de la rodilla en febrero y todavía voy con muleta", "rodilla muleta"),
    "flying": ("a mí no me subes a un avión ni loc[a|o], me da pánico", "avión pánico"),
    "back": ("tengo una hernia discal, eh, no puedo coger nada de peso", "hernia discal peso"),
    "hearing": ("del oído izquierdo no oigo casi nada", "oído izquierdo"),
    "vertigo": ("tengo vértigo, no me asomo ni al balcón", "vértigo balcón"),
    "night": ("de noche ya no conduzco, con los faros no veo bien", "noche conduzco faros"),
}
HEALTH_OTHERS = {
    "knee": "a mi madre la operan de la rodilla en junio",
    "flying": "mi hermano no se sube a un avión ni atado",
    "back": "mi padre anda fatal de la espalda",
    "hearing": "mi abuela ya no oye casi nada",
    "vertigo": "mi cuñada tiene vértigo",
    "night": "mi suegro ya no conduce de noche",
}
APPOINTMENTS = {
    "dentist": ("cita con el dentista", "dentista"),
    "itv": ("la ITV del coche", "ITV coche"),
    "school": ("reunión en el colegio", "reunión colegio"),
    "hair": ("hora en la peluquería", "peluquería"),
    "physio": ("sesión con el fisio", "sesión fisio"),
    "blood": ("análisis de sangre", "análisis sangre"),
    "bank": ("cita en el banco por lo de la hipoteca", "banco hipoteca"),
}
CITIES = [
    "Lisboa",
    "Oporto",
    "Roma",
    "Santander",
    "Menorca",
    "Cádiz",
    "París",
    "Granada",
    "Berlín",
    "Asturias",
    "Valencia",
    "Sevilla",
]

# ---------------------------------------------------------------- how each fact is told

FACTS = {
    "pet": {
        "prompt": [
            "¿Tiene animales en casa?",
            "¿Qué es ese ruido de fondo?",
            "¿Y qué tal todos por casa?",
        ],
        "tell": [
            "Y {mine} se llama {pet}, es {breed}, más bueno que el pan.",
            "Pues aquí [liada|liado], eh, que {pet}, {mine}, que es {breed}, se ha comido una zapatilla entera esta mañana.",
            "Bueno, en casa somos tres, contando a {pet}, que es {breed}, eh, {mine}, vamos.",
            "No, nada, es que se oye a {pet} de fondo, {mine}, {breed} que no se calla ni debajo del agua.",
        ],
        "other": [
            "Mi hermana se ha traído a {opet}, que es {obreed}, y están todo el día jugando.",
            "El de mi vecina, {opet}, que es {obreed}, se escapa cada dos por tres, eh, y luego todo el barrio buscando.",
            "Mi cuñado tiene {obreed}, {opet}, y en agosto nos toca hacer de canguros, madre mía.",
        ],
    },
    "vet": {
        "prompt": ["¿Alguna novedad?", "¿Qué tal la semana?"],
        "tell": [
            "Ayer tuve que llevar a {pet} a {vet}, eh, que cojeaba un poco, pero nada, un susto.",
            "Bueno, que fuimos con {pet} a {vet} para la vacuna y todo perfecto, eh, ni se enteró.",
            "Y a {pet} le ha salido un bultito en la oreja, pero en {vet} dicen que no es nada, menos mal.",
        ],
        "other": [
            "Mi hermana lleva a {opet} a {ovet}, pero a mí no me convence nada.",
            "Una amiga me ha recomendado {ovet}, dice que son muy majos.",
        ],
    },
    "allergy": {
        "prompt": [
            "¿Hay algo que debamos saber para la excursión?",
            "¿Algo más que deba apuntar?",
        ],
        "tell": [
            "Ah, y otra cosa, eh, que {my_child}, {child}, {pred}, por si hay merienda en la excursión.",
            "Lo de {child}, {my_child}, que {pred}, eso tenedlo muy en cuenta, ¿vale?",
            "Bueno, {my_child} {child} {pred}, así que en los cumpleaños voy siempre con el táper.",
        ],
        "other": [
            "El hijo de mi vecina {opred_m}, pobrecito, lo pasan fatal.",
            "Mi sobrina {opred_f}, así que en Navidad cocinamos con mil ojos.",
        ],
    },
    "activity": {
        "prompt": ["¿Y los niños, qué tal?", "¿Qué tal el nuevo curso?"],
        "tell": [
            "Y {child} se ha apuntado a {activity}, eh, {wd}, así que esos días salgo corriendo del trabajo.",
            "Pues {child} está encantad<a|o> con {activity}, va {wd} y no habla de otra cosa.",
        ],
        "other": ["Mi sobrino hace {oactivity} y dice que es lo mejor del mundo."],
    },
    "partner": {
        "prompt": ["¿Qué tal todo por casa?", "¿Está [sola|solo] hoy?"],
        "tell": [
            "Estoy aquí con {partner}, {my_partner}, que os manda saludos.",
            "Espera, que {partner}, {my_partner}, me está diciendo algo… nada, que saludéis de su parte.",
            "Bueno, {my_partner} {partner} y yo estamos pensando en cambiar de coche, ya te contaré.",
        ],
    },
    "work": {
        "prompt": ["¿Y la familia, bien?", "¿Qué tal todo?"],
        "tell": [
            "{partner} ha empezado en {workplace}, eh, por fin, después de meses buscando.",
            "Pues {partner} sigue en {workplace}, con turno de noche, pobre, que no le veo el pelo.",
            "Hoy {partner} sale tarde de {workplace}, así que ceno [sola|solo].",
        ],
        "other": [
            "Mi cuñado trabaja en {oworkplace}, y dice que están buscando gente.",
            "Una amiga ha entrado en {oworkplace}, mira qué bien.",
        ],
    },
    "job": {
        "prompt": ["¿Qué tal el trabajo?", "¿Cómo va todo?"],
        "tell": [
            "Pues yo soy {job}, así que imagínate los horarios.",
            "Como soy {job}, eh, hay semanas que no me da la vida.",
            "Llevo ya doce años de {job}, que se dice pronto.",
        ],
        "change": [
            "Bueno, novedad, eh: he dejado lo de {old} y ahora trabajo de {new}, ¡quién me lo iba a decir!",
            "Ya no soy {old}, ¿eh? Desde este mes estoy de {new}, cambio total.",
            "Pues mira, al final cambié de trabajo: de {old} a {new}, y estoy muy content[a|o].",
        ],
        "other": [
            "Mi cuñada es {ojob_f}, y dice que está hasta arriba.",
            "El vecino de enfrente es {ojob_m}, por cierto, majísimo.",
        ],
    },
    "home": {
        "prompt": ["¿Seguimos teniendo bien su dirección?", "¿Alguna novedad en casa?"],
        "tell": [
            "Nosotros vivimos {v}, eh, en un segundo.",
            "Sí, seguimos {v}, que ya son quince años allí.",
        ],
        "change": [
            "Ya estamos en la casa nueva, eh, {new}, todavía con cajas por todas partes.",
            "Nos hemos mudado, ¿sabes? Ya no estamos {old}, ahora vivimos {new}.",
        ],
        "other": [
            "Mi hermano se muda {ov} dentro de poco, a ver si le ayudamos.",
            "Mis padres viven {ov}, por si alguna vez hace falta.",
        ],
    },
    "contact": {
        "prompt": [
            "¿Le parece bien que [la|lo] llamemos para confirmar?",
            "¿Cuándo le viene mejor que [la|lo] llamemos?",
        ],
        "tell": [
            "Sí, prefiero que me llamen {v}.",
            "Mejor llamadme {v}, eh, que si no estoy [liada|liado] con el trabajo.",
            "A mí lo que mejor me viene es que me llaméis {v}, ¿vale?",
        ],
        "change": [
            "Oye, una cosa, lo de llamarme {old}, ya no, eh, que me han cambiado el turno; ahora mejor {new}.",
            "Cambio de planes con las llamadas: ya no {old}, sino {new}, ¿vale?",
        ],
        "other": [
            "Y si alguna vez necesitáis hablar con {my_partner}, que sea {ov}, que si no no lo coge.",
        ],
    },
    "number": {
        "prompt": [
            "¿Me dice su número de socio, por favor?",
            "Para la ficha, ¿su número de socio?",
        ],
        "tell": [
            "Mi número de socio es el {digits}.",
            "Sí, el número de socio… a ver, que lo tengo aquí… {digits}, eso.",
            "Apunta: {digits}, ese es mi número de socio.",
        ],
    },
    "hobby": {
        "prompt": ["¿Qué tal tiene la semana?", "¿Le viene bien que quedemos una tarde?"],
        "tell": [
            "Pues {wd} por la tarde {hobby}, eh, es mi rato para mí, que no me lo toque nadie.",
            "Ahora que tengo un poco más de tiempo {hobby}, y mira, me encanta.",
            "No, {wd} no puedo, que {hobby}, eso es sagrado.",
        ],
        "other": ["Mi amiga Pili {ohobby} y me quiere liar, pero no sé yo."],
    },
    "food": {
        "prompt": ["¿Qué tal el fin de semana?", "¿Y qué tal la celebración?"],
        "tell": [
            "A mí lo que me vuelve loc[a|o] es {food}, eh, podría vivir de eso.",
            "Si me preguntas qué me gusta, {food}, sin duda, eso de toda la vida.",
            "El sábado celebramos lo del cumple y, como siempre, pedí {food}, que es lo mío.",
        ],
        "other": [
            "A {my_partner} le encanta {ofood}, pero a mí ni fu ni fa.",
            "Mi madre siempre hace {ofood} los domingos, eh, y tenemos que ir sí o sí.",
        ],
    },
    "channel": {
        "prompt": ["¿Le mando la confirmación como siempre?", "¿Algo más que deba apuntar?"],
        "tell": [
            "Y las facturas y eso, mejor mandádmelas {v}, que es lo que miro.",
            "Prefiero que me mandéis las cosas {v}, ¿vale?, que lo otro se me pierde.",
            "Lo de los papeles, {v}, por favor, que si no no me entero.",
        ],
        "other": ["Mi padre lo quiere todo {ochannel}, eh, pero yo no."],
    },
    "diet": {
        "prompt": ["¿Le apunto para la cena de socios?", "¿Qué tal se encuentra?"],
        "tell": [
            "Ah, y te cuento, {pred}, eh, por si organizáis alguna cena.",
            "Pues {pred}, y la verdad es que me encuentro mucho mejor.",
            "Nada, que {pred}, así que en las comidas de empresa voy con lo mío.",
        ],
        "other": ["Y {opred}, eh, que en casa cada uno come una cosa."],
    },
    "health": {
        "prompt": ["¿Qué tal se encuentra?", "¿Cómo va esa salud?"],
        "tell": [
            "Ya sabes que {pred}, eh, pero bueno, se lleva.",
            "Pues mira, {pred}, así que imagínate.",
            "Lo mío es que {pred}, y eso no hay quien lo cambie.",
        ],
        "other": ["Y encima {opred}, eh, así que estamos buenos."],
    },
    "appointment": {
        "prompt": ["¿Qué tal tiene la semana?", "¿Tiene algún hueco estos días?"],
        "tell": [
            "Y {when} tengo {event}, eh, así que ese día ando [liada|liado].",
            "Ay, que se me olvidaba, {when} tengo {event}, fíjate qué plan.",
            "No, {when} no puedo, que tengo {event}.",
        ],
        "other": [
            "Mi madre tiene {oevent} {owhen}, y la tengo que llevar yo, claro.",
            "A mi padre le han dado {oevent} para {owhen}, a ver si le acompaño.",
        ],
    },
    "trip": {
        "prompt": ["¿Tiene algún plan a la vista?", "¿Va a estar por aquí estas semanas?"],
        "tell": [
            "Nos vamos a {city} {when}, eh, unos días, a ver si desconectamos.",
            "Ah, y {when} me voy a {city} a ver a una amiga, ya tengo el billete.",
            "Que {when} salimos para {city}, por fin, que nos lo merecemos.",
        ],
        "other": [
            "Mi prima se va a {ocity} {owhen}, que tiene allí un novio.",
            "Unos amigos se van a {ocity} {owhen} y nos han dicho de ir, pero no puede ser.",
        ],
    },
}

# ---------------------------------------------------------------- questions asked in Spanish

CHILD_REL = {
    ("f", "f"): "su hija",
    ("f", "m"): "su hijo",
    ("m", "f"): "su hija",
    ("m", "m"): "su hijo",
}
PARTNER_REL = {"f": "su marido", "m": "su mujer"}
ASK = {
    "pet": [
        "¿Qué mascota tiene?",
        "¿Tiene algún animal en casa?",
        "¿Cómo se llama su animal de compañía?",
    ],
    "allergy": [
        "¿Qué alergia tiene {child}?",
        "¿Hay algo que {child} no pueda comer?",
        "¿Tiene {child} alguna intolerancia alimentaria?",
    ],
    "vet": [
        "¿A qué veterinario lleva a su mascota?",
        "¿Quién atiende a su animal cuando se pone malo?",
    ],
    "partner_work": [
        "¿Dónde trabaja {partner_rel}?",
        "¿Cuál es el lugar de trabajo de {partner_rel}?",
    ],
    "activity": [
        "¿Qué actividad extraescolar hace {child_rel}?",
        "¿A qué va {child_rel} por las tardes?",
    ],
    "job": ["¿A qué se dedica?", "¿En qué trabaja?", "¿Cuál es su profesión?"],
    "job_now": [
        "¿A qué se dedica ahora?",
        "¿Cuál es su trabajo actual?",
        "¿En qué trabaja hoy en día?",
    ],
    "home": ["¿Dónde vive?", "¿Cuál es su domicilio?", "¿En qué zona tiene la casa?"],
    "home_now": [
        "¿Dónde vive ahora?",
        "¿Cuál es su domicilio actual?",
        "¿Qué dirección tenemos que usar ahora?",
    ],
    "number": ["¿Cuál es su número de cliente?", "¿Qué número de abonad[a|o] tiene?"],
    "hobby": [
        "¿Qué hace en su tiempo libre?",
        "¿Tiene alguna afición?",
        "¿A qué dedica los ratos libres?",
    ],
    "contact": [
        "¿Cuándo es mejor llamar[la|lo]?",
        "¿A qué hora le viene bien que le telefoneemos?",
        "¿En qué franja horaria prefiere las llamadas?",
    ],
    "contact_now": [
        "¿A qué hora hay que llamar[la|lo] ahora?",
        "¿Cuándo prefiere ahora que le telefoneemos?",
    ],
    "food": [
        "¿Cuál es su comida favorita?",
        "¿Qué plato le gusta más?",
        "Si [la|lo] invitamos a cenar, ¿qué le apetecería?",
    ],
    "channel": [
        "¿Cómo le enviamos los documentos?",
        "¿Por qué vía prefiere recibir las facturas?",
    ],
    "trip_when": [
        "¿Cuándo se va de viaje?",
        "¿Qué día sale de vacaciones?",
        "¿Para cuándo tiene la escapada?",
    ],
    "on_date": ["¿Qué tenía previsto para {date}?", "¿Qué planes tenía {date}?"],
}
ASK_APPT = {
    "dentist": ["¿Cuándo tiene la revisión dental?", "¿Qué día va al odontólogo?"],
    "itv": [
        "¿Cuándo tiene que pasar la inspección técnica del vehículo?",
        "¿Qué día lleva el coche a la inspección?",
    ],
    "school": [
        "¿Cuándo tiene la tutoría con los profesores?",
        "¿Qué día tiene que hablar con los profesores?",
    ],
    "hair": ["¿Cuándo va a cortarse el pelo?", "¿Qué día tiene hora para arreglarse el pelo?"],
    "physio": ["¿Cuándo tiene la rehabilitación?", "¿Qué día le toca fisioterapia?"],
    "blood": ["¿Cuándo le sacan sangre?", "¿Qué día tiene la analítica?"],
    "bank": [
        "¿Cuándo tiene que ir a la sucursal por el préstamo de la casa?",
        "¿Qué día firma lo del préstamo hipotecario?",
    ],
}
ASK_ALLERGY = {
    "peanut": [
        "¿Podemos darle a {child} una bolsa de maní para la excursión?",
        "¿Le sentaría bien a {child} un sándwich de crema de cacahuete?",
    ],
    "shellfish": [
        "¿Podemos pedir una paella de langostinos para el cumple de {child}?",
        "¿Puede {child} comer cigalas en la cena de Navidad?",
    ],
    "lactose": [
        "¿Le damos a {child} un vaso de leche con galletas?",
        "¿Puede {child} tomarse un helado de nata?",
    ],
    "gluten": [
        "¿Puede {child} comer una pizza normal en la fiesta?",
        "¿Le compramos a {child} unos cruasanes de la panadería?",
    ],
    "egg": [
        "¿Le preparamos a {child} una tortilla francesa?",
        "¿Puede {child} comer mayonesa casera?",
    ],
    "kiwi": [
        "¿Le ponemos a {child} macedonia de frutas tropicales?",
        "¿Le damos a {child} un zumo de frutas exóticas?",
    ],
    "nuts": [
        "¿Le podemos regalar a {child} turrón de almendra?",
        "¿Puede {child} comer un bizcocho con almendras?",
    ],
}
ASK_DIET = {
    "vegetarian": [
        "¿Le reservamos mesa en un asador para su cumpleaños?",
        "¿Le apetecería un chuletón en la cena de empresa?",
    ],
    "diabetic": [
        "¿Le mandamos una caja de bombones por su santo?",
        "¿Le ofrecemos tarta de chocolate en la reunión?",
    ],
    "no_alcohol": [
        "¿Le regalamos una botella de vino por Navidad?",
        "¿Brindamos con cava cuando venga?",
    ],
    "vegan": [
        "¿Le preparamos una tabla de quesos y embutidos?",
        "¿Le gustaría un desayuno con huevos y beicon?",
    ],
    "lowsalt": [
        "¿Puede picar patatas fritas de bolsa y aceitunas sin problema?",
        "¿Le va bien un plato de jamón y anchoas?",
    ],
}
ASK_HEALTH = {
    "knee": [
        "¿Podría hacer una excursión de montaña de todo el día?",
        "¿Le viene bien un cuarto piso sin ascensor?",
    ],
    "flying": [
        "¿Le reservamos un vuelo para las vacaciones?",
        "¿Le buscamos billete a Canarias en el primer vuelo?",
    ],
    "back": [
        "¿Puede ayudarnos a cargar las cajas grandes?",
        "¿Le pedimos que suba las garrafas de agua al trastero?",
    ],
    "hearing": [
        "¿Hay algo a tener en cuenta al hablar con [ella|él] por teléfono?",
        "¿Por qué lado conviene hablarle?",
    ],
    "vertigo": [
        "¿Le apetecería subir al mirador de la torre más alta?",
        "¿Le reservamos una habitación en la planta cuarenta con terraza?",
    ],
    "night": [
        "¿Puede venir en coche a la cena de las diez?",
        "¿Le pedimos que recoja a los invitados en coche a medianoche?",
    ],
}
