"""The offline extractor's words for Spanish, German and French: filler, discourse openers,
titles that do not end a sentence, sector cues, what raises salience, instructions aimed at
the agent, stopwords, and relative dates ("el martes que viene", "vor zwei Wochen", "demain").

English keeps its own rules in omem.memory.extract and omem.memory.dates (they also rewrite
into the third person). In these languages the caller's words are kept as said: a rewrite
needs the verb's person, which regexes cannot get right, and a half-rewritten sentence
("prefiero que the caller llamen") is worse than a quote. A relative date gains the date it
means, written in the same language, in parentheses after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's word lists and patterns (all matched case-insensitively)."""

    language: str
    filler: frozenset[str]  # whole sentences that say nothing ("Vale, gracias.")
    leading: re.Pattern[str]  # discourse openers stripped off a sentence ("Bueno, ...")
    sentence: re.Pattern[str]  # where a turn splits into sentences
    sector_cues: tuple[tuple[str, re.Pattern[str]], ...]
    people: re.Pattern[str]
    preference: re.Pattern[str]
    important: re.Pattern[str]
    instruction: re.Pattern[str]
    stopwords: frozenset[str]
    weekdays: tuple[str, ...]  # Monday first, lower case
    months: tuple[str, ...]  # January first, lower case
    dates: tuple[tuple[re.Pattern[str], str], ...]  # pattern, kind (see `anchor`)
    numbers: dict[str, int]
    # That something no longer holds ("ya no", "nicht mehr", "ne … plus"): a value beside it
    # closes the caller's earlier statements of it (omem.memory.supersede.retracted).
    gone: re.Pattern[str] = re.compile(r"(?!)")
    # A change from one value to another ("cambié de trabajo: de enfermera a …"): `old`.
    from_to: re.Pattern[str] = re.compile(r"(?!)")

    @property
    def filler_words(self) -> frozenset[str]:
        """Words that are filler on their own ("vale", "genau"); not the words of filler
        phrases, or "c'est Claire" would be "c'est ça" said to Claire."""
        return frozenset(phrase for phrase in self.filler if " " not in phrase)

    def format_day(self, day: dt.date) -> str:
        month = self.months[day.month - 1]
        if self.language == "es":
            return f"{day.day} de {month} de {day.year}"
        if self.language == "de":
            return f"{day.day}. {month.capitalize()} {day.year}"
        return f"{day.day} {month} {day.year}"

    def format_month(self, day: dt.date) -> str:
        month = self.months[day.month - 1]
        if self.language == "es":
            return f"{month} de {day.year}"
        return f"{month.capitalize() if self.language == 'de' else month} {day.year}"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


def _split(titles: str) -> re.Pattern[str]:
    behind = "".join(rf"(?<!\b{title}\.)" for title in titles.split())
    return re.compile(rf"{behind}(?<=[.!?])\s+")


SPANISH = Words(
    language="es",
    filler=frozenset(
        {
            "sí",
            "no",
            "vale",
            "gracias",
            "muchas gracias",
            "muchísimas gracias",
            "de nada",
            "hola",
            "buenas",
            "buenos días",
            "buenas tardes",
            "buenas noches",
            "adiós",
            "hasta luego",
            "hasta pronto",
            "chao",
            "claro",
            "claro que sí",
            "perfecto",
            "genial",
            "bien",
            "muy bien",
            "de acuerdo",
            "entendido",
            "exacto",
            "eso es",
            "nada más",
            "eso es todo",
            "ya está",
            "bueno",
            "pues vale",
            "sí claro",
            "ajá",
            "mmm",
            "eh",
            "ok",
            "okay",
            "venga",
            "vale gracias",
            "no gracias",
            "sí gracias",
            "gracias a ti",
            "igualmente",
            "nada",
        }
    ),  # fmt: skip
    leading=re.compile(
        r"^(?:(?:sí|si|no|bueno|pues|vale|mira|oye|eh+|em+|este|claro|vamos|a ver|hola|"
        r"y|pero|o sea|entonces|ah|ay|venga|ok|okay)\b[\s,.!¡¿-]*)+",
        re.IGNORECASE,
    ),
    sentence=_split("Sr Sra Srta Dr Dra Dña Lic"),
    sector_cues=(
        (
            "reflective",
            _cue(
                r"me di cuenta|aprendí|creo que debería|pensándolo bien|"
                r"mirando atrás|he estado pensando|me hizo pensar"
            ),
        ),
        (
            "emotional",
            _cue(
                r"me siento|siento|sentí|feliz|triste|enfadad[oa]|preocupad[oa]|"
                r"nervios[oa]|ansios[oa]|estresad[oa]|content[oa]|asustad[oa]|"
                r"agradecid[oa]|frustrad[oa]|odio|me encanta|me alegra|"
                r"me da miedo|aliviad[oa]"
            ),
        ),
        (
            "procedural",
            _cue(
                r"prefiero que|llámenme|llamadme|por correo|por teléfono|"
                r"por mensaje|siempre|cada (?:mañana|día|semana|vez)|"
                r"normalmente|el código es|la contraseña|recuérdame|"
                r"primero|después de las"
            ),
        ),
        (
            "episodic",
            _cue(
                r"ayer|hoy|mañana|anoche|la semana (?:pasada|que viene)|"
                r"el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|"
                r"hace \w+ (?:días|semanas|meses|años)|fui|tuve|compré|"
                r"me mudé|visité|reservé|empecé|cita|viaje|vuelo|reunión|"
                r"cumpleaños|boda|voy a|vamos a"
            ),
        ),
    ),
    people=_cue(
        r"espos[oa]|marido|mujer|pareja|hij[oa]s?|madre|mamá|padre|papá|"
        r"herman[oa]s?|amig[oa]s?|jef[ea]|compañer[oa]|vecin[oa]|abuel[oa]s?|"
        r"niet[oa]s?|tí[oa]|prim[oa]|niños|bebé|perr[oa]|gat[oa]|cuñad[oa]s?|suegr[oa]s?|"
        r"sobrin[oa]s?|novi[oa]"
    ),
    preference=_cue(
        r"prefiero|preferid[oa]|favorit[oa]|me gusta|me encanta|"
        r"no me gusta|odio"
    ),
    important=_cue(
        r"recuerda|recuerde|importante|no olvides|no olvide|nunca|siempre|"
        r"alérgic[oa]|alergia"
    ),
    instruction=_cue(
        r"ignora(?:r)? (?:todas |las |tus )*(?:instrucciones|reglas)|"
        r"olvida(?:r)? (?:todas |las |tus )*(?:instrucciones|reglas)|"
        r"a partir de ahora (?:eres|serás)|ahora eres|prompt del sistema|"
        r"nuevas instrucciones|actúa como|finge que eres"
    ),
    stopwords=_words(
        """de la que el en y a los del se las por un para con una su al lo como más pero
        sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay
        donde quien desde todo nos durante todos uno les ni contra otros ese eso ante
        ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho
        quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te
        ti tu tus ellas nosotras vosotros vosotras os mío mía míos mías tuyo tuya suyo
        suya nuestro nuestra vuestro vuestra es son está están era fue ser soy estoy he
        has ha hemos han tengo tiene tienen tenía pues vale bueno así sea cómo cuál dónde
        llamo llama"""
    ),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    months=(
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
    ),  # fmt: skip
    dates=(
        (_cue(r"anteayer|antes de ayer"), "d-2"),
        (_cue(r"pasado mañana"), "d+2"),
        (_cue(r"ayer|anoche"), "d-1"),
        (_cue(r"mañana(?! por la| temprano)(?=\s|[,.!?]|$)(?<!por la mañana)"), "d+1"),
        (_cue(r"hoy|esta (?:mañana|tarde|noche)"), "d0"),
        (
            re.compile(
                r"\b(el|este) (lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
                r"(?: (que viene|próximo|pasado))?\b",
                re.IGNORECASE,
            ),
            "wd",
        ),
        (
            re.compile(
                r"\b(?:el )?(próximo) (lunes|martes|miércoles|jueves|viernes|sábado|"
                r"domingo)\b",
                re.IGNORECASE,
            ),
            "wd-pre",
        ),
        (
            re.compile(
                r"\bhace (\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
                r"unos|unas) ?(?:pocos|pocas)? (día|días|semana|semanas|mes|meses|año|"
                r"años)\b",
                re.IGNORECASE,
            ),
            "ago",
        ),
        (
            re.compile(
                r"\bla semana (que viene|pasada|próxima)\b|\bla (próxima|pasada) "
                r"semana\b",
                re.IGNORECASE,
            ),
            "week",
        ),
    ),  # fmt: skip
    gone=_cue(
        r"ya no (?:me )?(?:va|viene bien|sirve|funciona|vale)|"
        r"ya no|antes (?:era|estaba|vivía|trabajaba)|he dejado(?: lo de)?|dejé(?: lo de)?|"
        r"ha dejado|se acabó|se terminó|nunca más|no \w+ más"
    ),
    from_to=re.compile(
        r"\b(?:cambi\w*|pas[éeó]\w*)\b[^.]*?\bde (?P<old>[^,.;:]+?) a ", re.IGNORECASE
    ),
    numbers={
        "un": 1,
        "una": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "unos": 3,
        "unas": 3,
    },  # fmt: skip
)

GERMAN = Words(
    language="de",
    filler=frozenset(
        {
            "ja",
            "nein",
            "ok",
            "okay",
            "danke",
            "danke schön",
            "dankeschön",
            "vielen dank",
            "bitte",
            "bitte schön",
            "gern",
            "gerne",
            "gern geschehen",
            "hallo",
            "guten tag",
            "guten morgen",
            "guten abend",
            "tschüss",
            "tschüs",
            "auf wiederhören",
            "auf wiedersehen",
            "bis dann",
            "bis bald",
            "genau",
            "richtig",
            "stimmt",
            "gut",
            "sehr gut",
            "super",
            "prima",
            "alles klar",
            "in ordnung",
            "klar",
            "natürlich",
            "ach so",
            "aha",
            "hm",
            "hmm",
            "äh",
            "ähm",
            "das wars",
            "das war's",
            "das ist alles",
            "nichts weiter",
            "ja genau",
            "ja danke",
            "nein danke",
            "ebenso",
            "gleichfalls",
        }
    ),  # fmt: skip
    leading=re.compile(
        r"^(?:(?:ja|nein|also|na ja|naja|na|gut|genau|äh+m*|ähm|hm+|okay|ok|hallo|"
        r"und|aber|ach|ach so|tja|klar|sicher|stimmt)\b[\s,.!-]*)+",
        re.IGNORECASE,
    ),
    sentence=_split("Dr Hr Fr Prof Nr Str bzw ca"),
    sector_cues=(
        (
            "reflective",
            _cue(
                r"mir (?:ist|wurde) klar|ich habe gelernt|im nachhinein|"
                r"rückblickend|ich denke,? ich sollte|hat mich nachdenken"
            ),
        ),
        (
            "emotional",
            _cue(
                r"ich fühle|fühle mich|froh|glücklich|traurig|wütend|besorgt|"
                r"nervös|ängstlich|gestresst|aufgeregt|enttäuscht|erleichtert|"
                r"dankbar|einsam|überfordert|ich hasse|ich liebe es|sauer"
            ),
        ),
        (
            "procedural",
            _cue(
                r"lieber (?:per|am|nach|vor)|am liebsten|ruf(?:en sie)? mich|"
                r"per e-?mail|per telefon|per sms|immer|jeden (?:morgen|tag|"
                r"abend)|jede woche|normalerweise|der code (?:ist|lautet)|"
                r"das passwort|erinnern sie mich|zuerst"
            ),
        ),
        (
            "episodic",
            _cue(
                r"gestern|heute|morgen|vorgestern|übermorgen|letzte woche|"
                r"nächste woche|(?:am|nächsten|letzten) (?:montag|dienstag|"
                r"mittwoch|donnerstag|freitag|samstag|sonntag)|vor \w+ "
                r"(?:tagen|wochen|monaten|jahren)|war|hatte|habe .{0,40}gekauft|"
                r"umgezogen|termin|reise|flug|treffen|geburtstag|hochzeit|werde|"
                r"werden"
            ),
        ),
    ),
    people=_cue(
        r"frau|mann|ehefrau|ehemann|partner(?:in)?|tochter|töchter|sohn|söhne|"
        r"mutter|mama|vater|papa|bruder|brüder|schwester|freund(?:in)?|chef(?:in)?|"
        r"kolleg(?:e|in)|nachbar(?:in)?|oma|opa|enkel(?:in)?|tante|onkel|"
        r"kinder|kind|baby|hund|katze|schwager|schwägerin|schwieger\w*|neffe|nichte"
    ),
    preference=_cue(
        r"lieber|am liebsten|lieblings\w*|mag|mögen|gefällt|liebe|"
        r"mag (?:ich )?nicht|hasse"
    ),
    important=_cue(
        r"denken sie daran|merken sie sich|wichtig|nicht vergessen|nie|niemals|"
        r"immer|allergisch|allergie"
    ),
    instruction=_cue(
        r"ignorier(?:e|en sie)? (?:alle |die |deine |ihre |vorherigen )*"
        r"(?:anweisungen|regeln)|vergiss (?:alle |die |deine )*"
        r"(?:anweisungen|regeln)|ab jetzt bist du|du bist jetzt|systemprompt|"
        r"neue anweisungen|tu so,? als"
    ),
    stopwords=_words(
        """aber alle allem allen aller alles als also am an ander andere anderem anderen
        anderer anderes anders auch auf aus bei bin bis bist da damit dann das dass dasselbe
        dazu dein deine deinem deinen deiner dem demselben den denn denselben der derer
        derselbe derselben des desselben dessen dich dir du dies diese dieselbe dieselben
        diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig
        einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem
        euren eurer eures für gegen gewesen hab habe haben hatte hatten hier hin hinter
        ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem
        jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen
        keiner keines können könnte machen mein meine meinem meinen meiner meines mich
        mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
        seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher
        solches soll sollte sondern sonst über um und uns unsere unserem unseren unser
        unseres unter viel vom von vor während war waren warst weg weil weiter welche
        welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst
        wo wollen wollte würde würden zu zum zur zwar zwischen heißt heiße"""
    ),
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    months=(
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),  # fmt: skip
    dates=(
        (_cue(r"vorgestern"), "d-2"),
        (_cue(r"übermorgen"), "d+2"),
        (_cue(r"gestern(?: abend)?"), "d-1"),
        (
            re.compile(
                r"(?<!\bam )(?<!\bden )\bmorgen\b(?! früh\b)|\bmorgen früh\b", re.IGNORECASE
            ),
            "d+1",
        ),
        (_cue(r"heute(?: (?:morgen|abend|nachmittag))?"), "d0"),
        (
            re.compile(
                r"\b(nächsten|kommenden|letzten|diesen|am) (montag|dienstag|mittwoch|"
                r"donnerstag|freitag|samstag|sonntag)\b",
                re.IGNORECASE,
            ),
            "wd",
        ),
        (
            re.compile(
                r"\bvor (\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
                r"zehn|ein paar) (tag|tagen|woche|wochen|monat|monaten|jahr|jahren)\b",
                re.IGNORECASE,
            ),
            "ago",
        ),
        (re.compile(r"\b(nächste|letzte|kommende|diese) woche\b", re.IGNORECASE), "week"),
    ),  # fmt: skip
    gone=_cue(
        r"(?:das )?(?:geht|klappt|passt|funktioniert) (?:\w+ )?nicht mehr|"
        r"nicht mehr|früher war ich|kein\w* \w+ mehr|nicht länger|aufgehört|gekündigt|"
        r"ist vorbei|sind vorbei|verkauft"
    ),
    from_to=re.compile(
        r"\b(?:gewechselt|umgestiegen|umgezogen)\b[^.]*?\bvon (?P<old>[^,.;:]+?) "
        r"(?:zu|nach|auf) ",
        re.IGNORECASE,
    ),
    numbers={
        "einem": 1,
        "einer": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "ein paar": 3,
    },  # fmt: skip
)

FRENCH = Words(
    language="fr",
    filler=frozenset(
        {
            "oui",
            "non",
            "ok",
            "okay",
            "d'accord",
            "merci",
            "merci beaucoup",
            "merci bien",
            "de rien",
            "bonjour",
            "bonsoir",
            "salut",
            "au revoir",
            "à bientôt",
            "à plus",
            "bonne journée",
            "bonne soirée",
            "parfait",
            "super",
            "génial",
            "très bien",
            "bien",
            "bien sûr",
            "exactement",
            "voilà",
            "c'est ça",
            "c'est tout",
            "rien d'autre",
            "euh",
            "hum",
            "ah",
            "oh",
            "ben",
            "bah",
            "ouais",
            "oui merci",
            "non merci",
            "entendu",
            "pareillement",
            "vous aussi",
            "toi aussi",
            "c'est bon",
        }
    ),  # fmt: skip
    leading=re.compile(
        r"^(?:(?:oui|non|alors|bon|ben|bah|euh+|hum+|eh bien|enfin|voilà|ok|okay|"
        r"d'accord|bonjour|salut|et|mais|donc|ah|oh|ouais|écoutez|écoute|bref)\b[\s,.!-]*)+",
        re.IGNORECASE,
    ),
    sentence=_split("M Mme Mlle Dr Pr St Ste"),
    sector_cues=(
        (
            "reflective",
            _cue(
                r"j'ai réalisé|je me suis rendu compte|j'ai appris|"
                r"avec le recul|en y repensant|je pense que j'aurais dû|"
                r"ça m'a fait réfléchir"
            ),
        ),
        (
            "emotional",
            _cue(
                r"je me sens|je suis (?:content|contente|triste|inquiet|inquiète|"
                r"stressé|stressée|nerveux|nerveuse|déçu|déçue|soulagé|soulagée|"
                r"fâché|fâchée|heureux|heureuse)|heureux|heureuse|triste|inquiet|"
                r"inquiète|angoissé|angoissée|stressé|stressée|déçu|déçue|"
                r"soulagé|soulagée|reconnaissant|reconnaissante|je déteste|"
                r"j'adore|peur"
            ),
        ),
        (
            "procedural",
            _cue(
                r"je préfère qu'on|appelez-moi|rappelez-moi|par e-?mail|"
                r"par courriel|par téléphone|par sms|toujours|chaque (?:matin|"
                r"jour|semaine|fois)|d'habitude|normalement|le code est|"
                r"le mot de passe|d'abord|après \d+ ?h"
            ),
        ),
        (
            "episodic",
            _cue(
                r"hier|aujourd'hui|demain|avant-hier|après-demain|"
                r"la semaine (?:dernière|prochaine)|(?:lundi|mardi|mercredi|jeudi|"
                r"vendredi|samedi|dimanche) (?:prochain|dernier)|il y a \w+ "
                r"(?:jours|semaines|mois|ans)|je suis allée?|j'ai eu|j'ai acheté|"
                r"on a déménagé|j'ai déménagé|rendez-vous|voyage|vol|réunion|"
                r"anniversaire|mariage|je vais|on va"
            ),
        ),
    ),
    people=_cue(
        r"femme|mari|époux|épouse|conjoint(?:e)?|compagnon|compagne|fille|filles|"
        r"fils|mère|maman|père|papa|frère|frères|sœur|soeur|sœurs|ami|amie|amis|"
        r"patron(?:ne)?|collègue|voisin(?:e)?|grand-mère|grand-père|petit-fils|"
        r"petite-fille|tante|oncle|cousin(?:e)?|enfants?|bébé|chien(?:ne)?|"
        r"chat(?:te)?|beau-frère|belle-sœur|belle-soeur|beau-père|belle-mère|neveu|nièce"
    ),
    preference=_cue(
        r"je préfère|préféré|préférée|favori|favorite|j'aime|j'adore|"
        r"je n'aime pas|je déteste"
    ),
    important=_cue(
        r"rappelez-vous|souvenez-vous|important|n'oubliez pas|jamais|toujours|"
        r"allergique|allergie"
    ),
    instruction=_cue(
        r"ignore[rz]? (?:toutes |les |tes |vos |précédentes )*"
        r"(?:instructions|règles|consignes)|oublie[rz]? (?:toutes |les |tes |"
        r"vos )*(?:instructions|règles|consignes)|à partir de maintenant,? tu|"
        r"tu es maintenant|prompt système|nouvelles instructions|"
        r"fais comme si"
    ),
    stopwords=_words(
        """au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma
        mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses
        son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée
        étées étés étant suis es est sommes êtes sont serai sera étais était étions étiez
        étaient fus fut avons avez ont ai as avais avait avions aviez avaient eu ceci cela
        celà cet cette ici ils les leurs quel quels quelle quelles sans soi c'est j'ai
        aussi alors donc très plus tout tous toute toutes bien comme où quand comment
        appelle appelles"""
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    months=(
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
    ),  # fmt: skip
    dates=(
        (_cue(r"avant-hier"), "d-2"),
        (_cue(r"après-demain"), "d+2"),
        (_cue(r"hier(?: soir)?"), "d-1"),
        (_cue(r"demain(?: matin| soir)?"), "d+1"),
        (_cue(r"aujourd'hui|ce (?:matin|soir)|cet après-midi"), "d0"),
        (
            re.compile(
                r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) "
                r"(prochain|dernier)\b",
                re.IGNORECASE,
            ),
            "wd-post",
        ),
        (
            re.compile(
                r"\bil y a (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                r"quelques) (jour|jours|semaine|semaines|mois|an|ans|année|années)\b",
                re.IGNORECASE,
            ),
            "ago",
        ),
        (re.compile(r"\bla semaine (prochaine|dernière)\b", re.IGNORECASE), "week"),
    ),  # fmt: skip
    gone=_cue(
        r"(?:ça|cela) ne (?:va|marche|convient|me convient) plus|"
        r"^plus|suis plus|fini|avant j'étais|avant j’étais|ne \w+ plus|n'\w+ plus|n’\w+ plus|"
        r"plus jamais|j'ai arrêté|j’ai arrêté|arrêté|quitté|c'est fini|c’est fini|vendu"
    ),
    from_to=re.compile(
        r"\b(?:chang\w*|pass[ée]\w*)\b[^.]*?\bde (?P<old>[^,.;:]+?) à ", re.IGNORECASE
    ),
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "quelques": 3,
    },  # fmt: skip
)

BY_LANGUAGE = {words.language: words for words in (SPANISH, GERMAN, FRENCH)}

_UNIT_DAYS = {
    "día": 1, "días": 1, "semana": 7, "semanas": 7, "mes": 30, "meses": 30, "año": 365,
    "años": 365, "tag": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": 30, "monaten": 30,
    "jahr": 365, "jahren": 365, "jour": 1, "jours": 1, "semaine": 7, "semaines": 7,
    "mois": 30, "an": 365, "ans": 365, "année": 365, "années": 365,
}  # fmt: skip
_LAST = {"pasado", "pasada", "letzten", "letzte", "dernier", "dernière"}
_NEXT = {
    "que viene", "próximo", "próxima", "nächsten", "nächste", "kommenden", "kommende",
    "prochain", "prochaine",
}  # fmt: skip


def _weekday(words: Words, name: str, which: str, today: dt.date) -> dt.date:
    delta = words.weekdays.index(name.lower()) - today.weekday()
    if which in _LAST:
        delta = delta - 7 if delta >= 0 else delta
    elif which in _NEXT:
        delta = delta + 7 if delta <= 0 else delta
    elif delta < 0:  # "el martes", "am Dienstag": the coming one
        delta += 7
    return today + dt.timedelta(days=delta)


def _resolve(words: Words, kind: str, match: re.Match[str], today: dt.date) -> str | None:
    """What the expression means, written in `words`' language, or None."""
    if kind.startswith("d") and kind[1:].lstrip("+-").isdigit():
        return words.format_day(today + dt.timedelta(days=int(kind[1:])))
    if kind == "wd":  # es: "el martes (que viene)"; de: "nächsten Dienstag"
        if words.language == "es":
            which, name = (match.group(3) or "").lower(), match.group(2)
        else:
            which, name = match.group(1).lower(), match.group(2)
        return words.format_day(_weekday(words, name, which, today))
    if kind == "wd-pre":  # es: "el próximo martes"
        return words.format_day(_weekday(words, match.group(2), "próximo", today))
    if kind == "wd-post":  # fr: "mardi prochain"
        return words.format_day(_weekday(words, match.group(1), match.group(2).lower(), today))
    if kind == "ago":
        count_word, unit = match.group(1).lower(), match.group(2).lower()
        count = int(count_word) if count_word.isdigit() else words.numbers.get(count_word, 1)
        day = today - dt.timedelta(days=count * _UNIT_DAYS[unit])
        if _UNIT_DAYS[unit] >= 30:
            return words.format_month(day)
        return words.format_day(day)
    if kind == "week":
        text = match.group(0).lower()
        step = -1 if any(word in text for word in _LAST) else 1
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
        return _week_of(words, monday)
    return None


def _week_of(words: Words, monday: dt.date) -> str:
    day = words.format_day(monday)
    return {"es": f"semana del {day}", "de": f"Woche ab {day}", "fr": f"semaine du {day}"}[
        words.language
    ]


def anchor(sentence: str, today: dt.date, words: Words) -> str:
    """The sentence with the date its first relative expression means, in parentheses after
    the expression ("Me operan el martes que viene (14 de enero de 2025)")."""
    for pattern, kind in words.dates:
        match = pattern.search(sentence)
        if match is None:
            continue
        meaning = _resolve(words, kind, match, today)
        if meaning is None:
            return sentence
        return f"{sentence[: match.end()]} ({meaning}){sentence[match.end() :]}"
    return sentence
