"""The database: the connection proxy (`db`), column types (`fields`), the tables (`models`), the
migration ladder with its frozen early schemas (`migrations`, `schema_v1`, `schema_v3`) and the
query helpers every feature shares (`queries`: periods, running on a day, not erased).
Only belteam's own packages use it; the window never does.
"""
