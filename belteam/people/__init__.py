"""Volunteers and residents: the service (`service`), what a volunteer may read of a resident
(`visibility`) and plain rows for JSON (`export_rows`).
"""
