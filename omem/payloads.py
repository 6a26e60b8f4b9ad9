"""The ElevenLabs wire formats omem reads, as pydantic models that ignore unknown fields.

ElevenLabs adds fields often; only what omem uses is declared, with limits. The same models
validate at the webhook (before the 200) and in the worker.
"""

from __future__ import annotations

from typing import Annotated
from typing import Any

from pydantic import Field

from omem.validation import ElevenLabsSchema

MAX_TURNS = 5000
MAX_MESSAGE = 50_000
ConversationId = Annotated[str, Field(min_length=1, max_length=200)]

Scalar = str | int | float | bool | None


class InitRequest(ElevenLabsSchema):
    """Body of the conversation-initiation webhook (all optional: it must never fail)."""

    caller_id: Scalar = None
    agent_id: Scalar = None
    called_number: Scalar = None
    call_sid: Scalar = None
    conversation_id: Scalar = None
    user_id: Scalar = None


class Envelope(ElevenLabsSchema):
    type: str = Field(min_length=1, max_length=100)
    event_timestamp: int | float | str | None = None
    data: dict[str, Any]


class Turn(ElevenLabsSchema):
    role: str = Field(max_length=50)
    message: str | None = Field(default=None, max_length=MAX_MESSAGE)
    tool_calls: list[dict[str, Any]] | None = None
    tool_results: list[dict[str, Any]] | None = None
    time_in_call_secs: float | None = None


class PhoneCall(ElevenLabsSchema):
    type: str | None = None
    direction: str | None = None
    external_number: str | None = None


class Metadata(ElevenLabsSchema):
    start_time_unix_secs: float | None = None
    call_duration_secs: float | None = None
    cost: float | None = None
    termination_reason: str | None = Field(default=None, max_length=2000)
    phone_call: PhoneCall | None = None


class Analysis(ElevenLabsSchema):
    call_successful: str | None = Field(default=None, max_length=50)
    transcript_summary: str | None = Field(default=None, max_length=MAX_MESSAGE)
    call_summary_title: str | None = Field(default=None, max_length=500)
    data_collection_results: dict[str, Any] | None = None
    evaluation_criteria_results: dict[str, Any] | None = None


class InitiationData(ElevenLabsSchema):
    dynamic_variables: dict[str, Any] | None = None
    user_id: str | None = None


class Transcription(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: str | None = None
    status: str | None = Field(default=None, max_length=50)
    user_id: str | None = Field(default=None, max_length=200)
    transcript: list[Turn] | None = Field(default=None, max_length=MAX_TURNS)
    metadata: Metadata | None = None
    analysis: Analysis | None = None
    conversation_initiation_client_data: InitiationData | None = None


class Audio(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: str | None = None
    full_audio: str | None = None  # base64 MP3; omem stores it as a file, never in the events
    audio_file: str | None = None  # what omem keeps in its place


class FailureMetadata(ElevenLabsSchema):
    type: str | None = None
    body: dict[str, Any] | None = None


class InitiationFailure(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: str | None = None
    failure_reason: str | None = Field(default=None, max_length=200)
    metadata: FailureMetadata | None = None


class EventKey(ElevenLabsSchema):
    """What the ack needs of any event: the rest is validated by the worker, so a 100-turn
    transcript is not walked twice and the ack stays a few milliseconds."""

    conversation_id: ConversationId


DATA_MODELS: dict[str, type[ElevenLabsSchema]] = {
    "post_call_transcription": Transcription,
    "post_call_audio": Audio,
    "call_initiation_failure": InitiationFailure,
}
