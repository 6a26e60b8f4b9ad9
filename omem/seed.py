"""Demo data for a newcomer's first look: a few callers with calls, turns and memories.

Written through the models in one transaction; running it twice adds nothing twice.
"""

from __future__ import annotations

import datetime as dt

from omem import callers
from omem.clock import utcnow
from omem.db import write
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import User

DEMO_CALLERS = [
    {
        "uid": "usr_demo_mia_parent",
        "name": "Sam Carter",
        "number": "+14155550123",
        "summary": "Calls about the family's broadband plan; prefers evening appointments.",
        "turns": [
            ("agent", "Hi, thanks for calling. How can I help?"),
            ("user", "Hi, it's Sam. My internet keeps dropping every evening."),
            ("agent", "Sorry to hear that. When did it start?"),
            ("user", "Last Tuesday. My daughter Mia needs it for her homework."),
        ],
        "memories": [
            ("The caller's daughter is called Mia.", "semantic", 0.8),
            ("The caller's internet has been dropping every evening.", "episodic", 0.7),
            ("The caller prefers technician visits in the evening.", "procedural", 0.6),
        ],
    },
    {
        "uid": "usr_demo_priya",
        "name": "Priya Nair",
        "number": "+442071838750",
        "summary": "Asked about moving her plan to a new address in Leeds.",
        "turns": [
            ("agent", "Hello, how can I help you today?"),
            ("user", "I'm moving to Leeds next month and want to keep my plan."),
        ],
        "memories": [
            ("The caller is moving to Leeds.", "episodic", 0.8),
            ("The caller felt anxious about losing service during the move.", "emotional", 0.5),
        ],
    },
]


def seed_demo(now: dt.datetime | None = None) -> int:
    """Create the demo callers that do not exist yet; returns how many were created."""
    now = now or utcnow()
    created = 0
    with write():
        for index, demo in enumerate(DEMO_CALLERS):
            if User.get_or_none(User.uid == demo["uid"]) is not None:
                continue
            started = now - dt.timedelta(days=3 + index)
            user = User.create(
                uid=demo["uid"],
                display_name=demo["name"],
                summary=demo["summary"],
                is_guest=False,
                last_call_at=started,
            )
            CallerId.create(number=demo["number"], user=user)
            callers.index_name(user.id, str(demo["name"]))
            conversation = Conversation.create(
                conversation_id=f"conv_demo_{index}",
                user=user,
                agent_id="agent_demo",
                started_at=started,
                duration_secs=30 * len(demo["turns"]),
            )
            ConversationTurn.insert_many(
                [
                    {
                        "conversation": conversation,
                        "order": order,
                        "role": role,
                        "message": message,
                        "time_in_call_secs": order * 15,
                    }
                    for order, (role, message) in enumerate(demo["turns"])
                ]
            ).execute()
            for content, sector, salience in demo["memories"]:
                memory = Memory.create(
                    user=user,
                    content=content,
                    sector=sector,
                    salience=salience,
                    occurred_at=started,
                )
                ConversationMemory.create(
                    conversation=conversation, memory=memory, source_turns="[1]"
                )
            created += 1
    return created
