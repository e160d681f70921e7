"""The append-only audit log: who did what, when, to whose record (never note text).
"""
