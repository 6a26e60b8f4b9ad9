"""A caller's statement said inside a question's frame, kept as the statement it is: told
as news to the agent ("Did I mention we moved?", "Have I told you my GP is Dr Patel now?"),
as a riddle ("Guess who got a new job at Brightwater Bank?"), with a tag ("I told you the
dentist moved me to the 30th, didn't I?") or with a request to note it ("We had to rehome
her, can you note that?"). Without the frame the sentence is what the caller states, not a
question they asked. English only, one sentence at a time (omem.memory.extract.sentences).
"""

from __future__ import annotations

import re

# "Did I mention …?", "Have I told you …?", "Would you believe …?": news, not a question;
# never "Did I mention the party?" (nothing told) nor "Have I told you about our cat?"
_TOLD = re.compile(
    r"^(?:(?:so|oh|and|but|also),? )?(?:did I (?:mention|tell you|say)|have I (?:told you|"
    r"mentioned|said)|did you know|would you believe|you'll never guess)(?: that)?,? "
    r"(?P<rest>(?!about\b|to\b|the wrong\b|the \w+\?$|it\?$|that\?$|(?:where|what|who|when|"
    r"which|how|why|if|whether)\b)\S+(?: \S+)+?)\?$",
    re.IGNORECASE,
)
# "Did I give you my address?" before the address: the topic the next sentence answers
# ("My address? It's 88 Harbor View Road." is one memory, omem.memory.extract.segments)
_GAVE = re.compile(
    r"^(?:did I (?:give|tell) you|have I (?:given|told) you|do you have|have you got) "
    r"(?:(?P<x>(?:my|our) (?:(?!on\b)\w+ ){0,2}\w+?)|an? (?P<y>(?:phone |mobile |contact |home )?"
    r"(?:number|mobile|email|address)) for me)(?: on (?:file|record|your system))?\?$",
    re.IGNORECASE,
)
# … "a number for me" only when the caller answers it themselves: "It's 5557723."
_IN_THEIR_VOICE = re.compile(r"^(?:it's|it is|that's|my|mine|I'm on)\b|^\d", re.IGNORECASE)
# Leave asked to do what the caller wants: "Is it alright if you call me Bea from now on?",
# "Any chance you could swap 14 Birch Lane for 42 Cedar Avenue on my file?"
_LEAVE = re.compile(
    r"^(?:(?:is|would) it be |is it )?(?:alright|all right|ok|okay|fine) (?:if|for) you (?:to )?"
    r"(?P<rest>(?:call|text|email|ring|phone|put|swap|change|update|just) "
    r"(?![^?]*\b(?:this week|for now|today|tonight|while|until)\b).+)\?$"
    r"|^(?:any chance|is there any chance) (?:you could|you can|of you) "
    r"(?P<also>(?:call|text|email|ring|phone|put|swap|change|update|just) "
    r"(?![^?]*\b(?:this week|for now|today|tonight|while|until)\b).+)\?$",
    re.IGNORECASE,
)
# a statement, never a question asked: "Who's calling, did I say?"
_NOT_ASKED = r"(?!(?:who|what|where|when|which|how|why)\b)"
# … or told with a tag after it: "Pottery's on Monday now, did I not say?", "I'm at 14 Birch
# Lane now, aren't I, did I say?"; and what the caller told before: "I told you …"
_TAG = re.compile(
    # never a tag that asks to be told ("I live at 14 Birch Lane, don't I?")
    rf"^{_NOT_ASKED}(?P<rest>.+?),? (?:(?:didn't I (?:say|tell you|mention)|did I not say|"
    r"(?:(?:aren't|don't|haven't|didn't) I,? )?(?:did I say|did I tell you|did I mention))"
    r"(?:,? (?:did I (?:say|tell you|mention)))?)\?$",
    re.IGNORECASE,
)
# "I told you the dentist moved me to the 30th, didn't I?": the telling is what is confirmed
_I_TOLD_YOU = r"^I (?:told|said to) you(?: that)?,? "
_TOLD_YOU = re.compile(rf"{_I_TOLD_YOU}(?P<rest>\S+(?: \S+)+?),? didn't I\?$", re.IGNORECASE)
_TOLD_BEFORE = re.compile(rf"{_I_TOLD_YOU}(?=\S+ \S+)", re.IGNORECASE)
# … or with a request to note it: "We had to rehome her, can you note that?"
_NOTE_IT = re.compile(
    rf"^{_NOT_ASKED}(?P<rest>.+?),? (?:so )?(?:can|could|would|will) you (?:please )?"
    r"(?:note|put|write|jot|change|update|pop|add|mark|fix|amend|sort) (?:that|it|this)"
    r"(?: down| in| on| on (?:my|the) (?:file|notes|records?|account|system))?(?: for me)?"
    r"(?:,? please)?\?$",
    re.IGNORECASE,
)
# "Guess who got a new job at Brightwater Bank?" (answered "Me!"), "Guess whose favourite tea
# is rooibos these days?"
_GUESS = re.compile(
    r"^guess who(?P<aux>'s| has| is)? (?P<rest>\S+(?: \S+){1,}?)\?$", re.IGNORECASE
)
_GUESS_WHOSE = re.compile(r"^guess whose (?P<rest>\S+(?: \S+){1,}?)\?$", re.IGNORECASE)
# the caller's answer to their own riddle: "Me!", "Mine!", "Yours truly", "I'm …"
_ME = re.compile(r"^(?:me|mine|yours truly|this one|moi|I|I'm|I've)\b", re.IGNORECASE)
# what follows "Guess who's": done ("stopped", "got", "moved") says "I've"; else "I'm"
_DONE = re.compile(r"^(?:\w+ed|got|gone|been|taken|given|made|left|quit|found|bought)\b")


def unframed(sentence: str, after: str = "") -> str:
    """`sentence` as the statement inside its frame, or unchanged when it has none; `after`
    is the sentence said next (a riddle is the caller's only when they answer it: "Me!")."""
    if not sentence.endswith("?"):
        return sentence
    if told := _TOLD.match(sentence) or _TOLD_YOU.match(sentence):
        return _statement(told.group("rest"))
    if (gave := _GAVE.match(sentence)) and (gave.group("x") or _IN_THEIR_VOICE.match(after)):
        topic = gave.group("x") or f"my {gave.group('y')}"  # "a number for me" is theirs
        return topic[:1].upper() + topic[1:] + "?"
    if leave := _LEAVE.match(sentence):
        return _statement(leave.group("rest") or leave.group("also"))
    if (guess := _GUESS.match(sentence)) and _ME.match(after):
        rest = guess.group("rest")
        aux = (guess.group("aux") or "").strip().lower()
        if aux in ("'s", "has", "is"):
            said = "I've" if aux != "is" and _DONE.match(rest) else "I'm"
            if aux == "has":
                said = "I've"
            return f"{said} {rest}."
        return f"I {rest}."
    if (whose := _GUESS_WHOSE.match(sentence)) and _ME.match(after):
        return f"My {whose.group('rest')}."
    for frame in (_TAG, _NOTE_IT):
        if framed := frame.match(sentence):
            rest = framed.group("rest")
            if not rest.rstrip().endswith("?"):
                return _statement(rest)
    return sentence


def _statement(rest: str) -> str:
    said = _TOLD_BEFORE.sub("", rest.strip().rstrip(",")).strip()
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!")) else ".")
