"""The operator's half: the console (`/admin`: `auth.py` sign-in, sessions and CSRF;
`pages.py` the pages; `render.py` page-or-fragment), the JSON admin API (`/api/v1/admin`,
`api.py`), operator accounts (`accounts.py`) and the audit log (`audit.py`)."""
