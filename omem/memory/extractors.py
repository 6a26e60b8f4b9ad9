"""Which extractor the settings choose: offline (default) or the LLM."""

from __future__ import annotations

from omem.config import Settings
from omem.memory.extract import Extractor
from omem.memory.extract import OfflineExtractor
from omem.memory.llm_extract import LLMExtractor


def get_extractor(settings: Settings) -> Extractor:
    if settings.extractor == "llm":
        return LLMExtractor(settings)
    return OfflineExtractor()
