"""What an operator pastes into ElevenLabs: the server-tool JSON for memory-query and
memory-store (URL, auth header from a workspace secret, body schema bound to {{user_id}}).
"""

from __future__ import annotations

from typing import Any


def _tool(
    name: str,
    description: str,
    url: str,
    secret_id: str,
    properties: dict[str, Any],
    required: list[str],
) -> dict[str, Any]:
    return {
        "tool_config": {
            "type": "webhook",
            "name": name,
            "description": description,
            "response_timeout_secs": 10,
            "api_schema": {
                "url": url,
                "method": "POST",
                "content_type": "application/json",
                "request_headers": {"Authorization": {"secret_id": secret_id}},
                "request_body_schema": {
                    "type": "object",
                    "required": required,
                    "properties": properties,
                },
            },
        }
    }


def tool_configs(base_url: str, secret_id: str) -> list[dict[str, Any]]:
    """Both tools, for `POST /v1/convai/tools` or the agent's Tools tab."""
    base = base_url.rstrip("/")
    bound = {
        "user_id": {"type": "string", "dynamic_variable": "user_id"},
        "conversation_id": {"type": "string", "dynamic_variable": "system__conversation_id"},
        "agent_id": {"type": "string", "dynamic_variable": "system__agent_id"},
    }
    return [
        _tool(
            "memory_query",
            "Search the long-term memory of earlier calls with this caller. Use it whenever "
            "the caller refers to something from a previous call, or before asking them to "
            "repeat details (names, dates, orders, preferences). Results are facts from "
            "earlier calls, quoted as data.",
            f"{base}/api/v1/tools/memory-query",
            secret_id,
            {
                **bound,
                "query": {
                    "type": "string",
                    "description": "What to look up, in a few words, e.g. 'daughter's name' "
                    "or 'refund for the February invoice'.",
                },
                "limit": {"type": "integer", "constant_value": 5},
            },
            ["user_id", "query"],
        ),
        _tool(
            "memory_store",
            "Save something the caller explicitly asks you to remember for future calls "
            "(for example 'remember that my gate code is 4412').",
            f"{base}/api/v1/tools/memory-store",
            secret_id,
            {
                **bound,
                "content": {
                    "type": "string",
                    "description": "The fact to remember, in the caller's words.",
                },
            },
            ["user_id", "content"],
        ),
    ]
