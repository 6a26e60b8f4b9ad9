"""Which language a call, a memory or a question is in: ElevenLabs' word when it gives one
(`metadata.main_language` of a post-call), else a detection over the caller's own words.

Codes are ISO 639-1, lower case ("es", "de"); a regional variant ("pt-br", "es_MX") keeps its
base. Detection is py3langid's model (shipped inside the package: no download), restricted to
the languages ElevenLabs agents speak, loaded once per process on first use (about 0.5 s) and
thread-safe after that. Text too short to tell ("Sí.", "Okay") falls back to what the caller
spoke before, or English.
"""

from __future__ import annotations

import re
import threading
from typing import Any

# The offline extractor has sentence, filler, sector and date rules for these; other
# languages keep the caller's words verbatim (omem.memory.extract).
RULES = ("en", "es", "de", "fr")
DEFAULT = "en"
# What ElevenLabs' agents speak (their language list), as ISO 639-1 codes py3langid knows.
SPOKEN = (
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "fi", "fr", "hi", "hr", "hu", "id", "it",
    "ja", "ko", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sv", "ta", "tr", "uk", "vi",
    "zh",
)  # fmt: skip
NAMES = {
    "en": "English", "es": "español", "de": "Deutsch", "fr": "français", "it": "italiano",
    "pt": "português", "nl": "Nederlands", "pl": "polski", "sv": "svenska", "da": "dansk",
    "fi": "suomi", "no": "norsk", "cs": "čeština", "sk": "slovenčina", "ro": "română",
    "hu": "magyar", "el": "ελληνικά", "tr": "Türkçe", "ru": "русский", "uk": "українська",
    "bg": "български", "hr": "hrvatski", "id": "Bahasa Indonesia", "ms": "Bahasa Melayu",
    "vi": "Tiếng Việt", "ta": "தமிழ்", "hi": "हिन्दी", "ja": "日本語", "zh": "中文", "ko": "한국어",
    "ar": "العربية",
}  # fmt: skip
# Below this many letters a guess is noise ("Ja, genau." is 0.56 German, "Sí" 0.38 Spanish).
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.5
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

_lock = threading.Lock()
_identifier: dict[str, Any] = {}


def code(value: object) -> str:
    """ElevenLabs' language value as a base ISO 639-1 code ("es-ES" → "es"), or "" when it
    is missing or not a language code."""
    if not isinstance(value, str):
        return ""
    match = _CODE.match(value.strip().lower())
    return match[1] if match and len(match[1]) == 2 else ""


def _model() -> Any:
    identifier = _identifier.get("model")
    if identifier is None:
        with _lock:
            identifier = _identifier.get("model")
            if identifier is None:
                from py3langid.langid import MODEL_FILE
                from py3langid.langid import LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(list(SPOKEN))
                _identifier["model"] = identifier
    return identifier


def warm() -> None:
    """Load the model now (a worker's warm-up), not on the first memory that needs it."""
    _model()


def detect(text: str, fallback: str = DEFAULT) -> str:
    """The language `text` is in, or `fallback` when it is too short or the model unsure."""
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        return fallback
    found, confidence = _model().classify(text)
    return str(found) if confidence >= MIN_CONFIDENCE else fallback


def of_call(main_language: object, caller_turns: list[str], fallback: str = DEFAULT) -> str:
    """A call's language: ElevenLabs' `main_language` when it sent one, else detected over
    everything the caller said (a whole call is long enough to tell)."""
    given = code(main_language)
    if given:
        return given
    return detect(" ".join(caller_turns), fallback)


def has_rules(language: str) -> bool:
    return language in RULES
