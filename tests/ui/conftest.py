"""Window tests: their shared helpers (today_helpers) live in this folder."""
