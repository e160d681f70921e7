"""AVG/GDPR: consent, access export and erasure (`rights`, `dump`, `pdf`), the retention purge,
encryption at rest (`encryption`) and formula-safe spreadsheet cells (`safe_cells`).
"""
