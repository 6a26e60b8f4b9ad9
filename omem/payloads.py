"""The ElevenLabs wire formats omem reads, as pydantic models that ignore unknown fields.

ElevenLabs adds fields often; only what omem uses is declared, with limits. The ack checks
the envelope and the conversation id (`EventKey`) before the 200; the worker validates the
rest. There every field is `Lenient`: a value that does not fit (a time of 1e309, a role of
null, a transcript that is not a list) is dropped with a logged warning naming the field, and
the rest of the call is stored. An acknowledged call is never lost to one bad field.
"""

from __future__ import annotations

from typing import Annotated
from typing import Any
from typing import TypeVar

import structlog
from pydantic import Field
from pydantic import ValidationError
from pydantic import ValidationInfo
from pydantic import ValidatorFunctionWrapHandler
from pydantic import WrapValidator

from omem.validation import ID_PATTERN
from omem.validation import ElevenLabsSchema

log = structlog.get_logger("omem.payloads")

MAX_MESSAGE = 50_000  # what extraction reads of one turn; the turn is stored whole
MAX_UNIX_SECS = 253_402_300_799  # 9999-12-31T23:59:59Z, the last second a datetime holds
MAX_CALL_SECS = 10_000_000  # 115 days
ConversationId = Annotated[str, Field(min_length=1, max_length=200)]

Scalar = str | int | float | bool | None
T = TypeVar("T")


def _drop_invalid(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    try:
        return handler(value)
    except ValidationError as exc:
        problem = exc.errors(include_url=False, include_input=False)[0]
        log.warning(
            "payload_field_dropped",
            field=info.field_name or "(item)",
            problem=problem["type"],
        )
        return None


# A field the worker drops (None) rather than fail the whole call over.
Lenient = Annotated[T | None, WrapValidator(_drop_invalid)]
Seconds = Annotated[float, Field(ge=0, le=MAX_CALL_SECS, allow_inf_nan=False)]
Text = Annotated[str, Field(max_length=2000)]


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
    role: Lenient[Annotated[str, Field(max_length=50)]] = None
    message: Lenient[str] = None
    tool_calls: Lenient[list[dict[str, Any]]] = None
    tool_results: Lenient[list[dict[str, Any]]] = None
    time_in_call_secs: Lenient[Seconds] = None


class PhoneCall(ElevenLabsSchema):
    type: Lenient[Text] = None
    direction: Lenient[Text] = None
    external_number: Lenient[Annotated[str, Field(max_length=64)]] = None


class Metadata(ElevenLabsSchema):
    start_time_unix_secs: Lenient[
        Annotated[float, Field(ge=0, le=MAX_UNIX_SECS, allow_inf_nan=False)]
    ] = None
    call_duration_secs: Lenient[Seconds] = None
    cost: Lenient[Annotated[float, Field(ge=-1e12, le=1e12, allow_inf_nan=False)]] = None
    termination_reason: Lenient[Text] = None
    phone_call: Lenient[PhoneCall] = None
    main_language: Lenient[Annotated[str, Field(max_length=35)]] = None


class Analysis(ElevenLabsSchema):
    call_successful: Lenient[Annotated[str, Field(max_length=50)]] = None
    transcript_summary: Lenient[Annotated[str, Field(max_length=MAX_MESSAGE)]] = None
    call_summary_title: Lenient[Annotated[str, Field(max_length=500)]] = None
    data_collection_results: Lenient[dict[str, Any]] = None
    evaluation_criteria_results: Lenient[dict[str, Any]] = None


class InitiationData(ElevenLabsSchema):
    dynamic_variables: Lenient[dict[str, Any]] = None
    user_id: Lenient[Annotated[str, Field(max_length=200, pattern=ID_PATTERN)]] = None


class Transcription(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: Lenient[Annotated[str, Field(max_length=200)]] = None
    status: Lenient[Annotated[str, Field(max_length=50)]] = None
    user_id: Lenient[Annotated[str, Field(max_length=200, pattern=ID_PATTERN)]] = None
    transcript: Lenient[list[Lenient[Turn]]] = None  # an unreadable turn is None
    metadata: Lenient[Metadata] = None
    analysis: Lenient[Analysis] = None
    conversation_initiation_client_data: Lenient[InitiationData] = None


class Audio(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: Lenient[Annotated[str, Field(max_length=200)]] = None
    full_audio: Lenient[str] = None  # base64 MP3; omem stores it as a file, never in the events
    audio_file: Lenient[Annotated[str, Field(max_length=300)]] = None  # kept in its place


class FailureMetadata(ElevenLabsSchema):
    type: Lenient[Text] = None
    body: Lenient[dict[str, Any]] = None


class InitiationFailure(ElevenLabsSchema):
    conversation_id: ConversationId
    agent_id: Lenient[Annotated[str, Field(max_length=200)]] = None
    failure_reason: Lenient[Annotated[str, Field(max_length=200)]] = None
    metadata: Lenient[FailureMetadata] = None


class EventKey(ElevenLabsSchema):
    """What the ack needs of any event: the rest is validated by the worker, so a 100-turn
    transcript is not walked twice and the ack stays a few milliseconds."""

    conversation_id: ConversationId


DATA_MODELS: dict[str, type[ElevenLabsSchema]] = {
    "post_call_transcription": Transcription,
    "post_call_audio": Audio,
    "call_initiation_failure": InitiationFailure,
}
