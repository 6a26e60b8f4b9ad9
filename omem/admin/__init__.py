"""Operator surfaces: the JSON admin API (`/api/v1/admin`); htmx pages (`/admin`) come later."""
