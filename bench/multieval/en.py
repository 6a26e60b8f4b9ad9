"""English: how a question about a Spanish, German or French call is asked in English (no call
is in English). The same question names as `bench.multieval.es`."""

# ruff: noqa: E501 -- the lines are sentences people say; split, they would be harder to read and edit

from __future__ import annotations

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DATE = "{day} {month}"
CHILD_REL = {
    ("f", "f"): "her daughter",
    ("f", "m"): "her son",
    ("m", "f"): "his daughter",
    ("m", "m"): "his son",
}
PARTNER_REL = {"f": "her husband", "m": "his wife"}
ASK = {
    "pet": [
        "What pet does [she|he] have?",
        "Does [she|he] have any animals at home?",
        "What's the name of [her|his] pet?",
    ],
    "allergy": [
        "What is {child} allergic to?",
        "Is there anything {child} can't eat?",
        "Does {child} have a food intolerance?",
    ],
    "vet": [
        "Which vet does [she|he] take [her|his] pet to?",
        "Who treats [her|his] animal when it's ill?",
    ],
    "partner_work": ["Where does {partner_rel} work?", "What's {partner_rel}'s workplace?"],
    "activity": [
        "What after-school activity does {child_rel} do?",
        "What does {child_rel} do after school?",
    ],
    "job": [
        "What does [she|he] do for a living?",
        "What's [her|his] job?",
        "What is [her|his] profession?",
    ],
    "job_now": ["What does [she|he] do for a living now?", "What's [her|his] current job?"],
    "home": ["Where does [she|he] live?", "What's [her|his] address?"],
    "home_now": ["Where does [she|he] live now?", "What's [her|his] current address?"],
    "number": ["What's [her|his] membership number?", "Which customer number does [she|he] have?"],
    "hobby": ["What does [she|he] do in [her|his] free time?", "Does [she|he] have a hobby?"],
    "contact": [
        "When's the best time to ring [her|him]?",
        "What time of day should we phone [her|him]?",
    ],
    "contact_now": [
        "When should we phone [her|him] these days?",
        "What's the best time to reach [her|him] now?",
    ],
    "food": ["What's [her|his] favourite food?", "What does [she|he] love to eat?"],
    "channel": [
        "How should we send [her|him] paperwork?",
        "How does [she|he] want to receive invoices?",
    ],
    "trip_when": ["When is [she|he] going away?", "When does [her|his] trip start?"],
    "on_date": [
        "What did [she|he] have planned for {date}?",
        "What was on [her|his] calendar for {date}?",
    ],
}
ASK_APPT = {
    "dentist": ["When is [her|his] dental check-up?", "What day does [she|he] see the dentist?"],
    "itv": [
        "When is [her|his] car's roadworthiness test?",
        "What day is [her|his] vehicle inspection?",
    ],
    "school": [
        "When is [her|his] parent-teacher meeting?",
        "What day does [she|he] meet the teachers?",
    ],
    "hair": ["When is [she|he] getting [her|his] hair cut?", "What day is [her|his] haircut?"],
    "physio": ["When is [her|his] physiotherapy session?", "What day does [she|he] have rehab?"],
    "blood": ["When is [her|his] blood test?", "What day are they taking [her|his] blood?"],
    "bank": [
        "When is [her|his] mortgage appointment?",
        "What day does [she|he] sign the home loan?",
    ],
}
ASK_ALLERGY = {
    "peanut": [
        "Can {child} have a peanut butter sandwich?",
        "Is a bag of salted peanuts a good snack for {child}?",
    ],
    "shellfish": [
        "Can we order a prawn paella for {child}'s birthday?",
        "Can {child} eat lobster at the Christmas dinner?",
    ],
    "lactose": [
        "Can we give {child} a glass of hot chocolate with biscuits?",
        "Can {child} have a cream ice cream?",
    ],
    "gluten": [
        "Can {child} eat a regular pizza at the party?",
        "Shall we buy {child} croissants from the bakery?",
    ],
    "egg": ["Shall we make {child} an omelette?", "Can {child} eat homemade mayonnaise?"],
    "kiwi": [
        "Can we give {child} a tropical fruit salad?",
        "Is an exotic fruit smoothie fine for {child}?",
    ],
    "nuts": ["Can we give {child} almond nougat?", "Can {child} eat an almond cake?"],
}
ASK_DIET = {
    "vegetarian": [
        "Would a steakhouse be a good place for [her|his] birthday dinner?",
        "Should we order [her|him] a T-bone steak at the company dinner?",
    ],
    "diabetic": [
        "Should we send [her|him] a box of chocolates?",
        "Can we offer [her|him] chocolate cake at the meeting?",
    ],
    "no_alcohol": [
        "Is a bottle of wine a good present for [her|him]?",
        "Shall we toast with champagne when [she|he] comes?",
    ],
    "vegan": [
        "Would [she|he] enjoy a cheese and ham platter?",
        "Shall we make [her|him] a bacon and eggs breakfast?",
    ],
    "lowsalt": [
        "Can [she|he] snack on crisps and olives?",
        "Is a plate of cured ham and anchovies fine for [her|him]?",
    ],
}
ASK_HEALTH = {
    "knee": [
        "Could [she|he] manage a full-day mountain hike?",
        "Is a fourth-floor flat with no lift fine for [her|him]?",
    ],
    "flying": [
        "Should we book [her|him] a flight for the holidays?",
        "Shall we get [her|him] plane tickets to the Canaries?",
    ],
    "back": [
        "Can [she|he] help carry the moving boxes?",
        "Can we ask [her|him] to take the water jugs up to the attic?",
    ],
    "hearing": [
        "Is there anything to keep in mind when talking to [her|him] on the phone?",
        "Which side should you speak to [her|him] from?",
    ],
    "vertigo": [
        "Would [she|he] enjoy the viewing platform at the top of the tallest tower?",
        "Shall we book [her|him] a fortieth-floor room with a terrace?",
    ],
    "night": [
        "Can [she|he] drive to the ten o'clock dinner?",
        "Can we ask [her|him] to pick up guests at midnight?",
    ],
}
