"""The database: the connection proxy (`db`), column types (`fields`), the tables (`models`), the
migration ladder with the frozen tables of early versions (`migrations`) and the
query helpers every feature shares (`queries`: periods, running on a day, not erased).
Only belteam's own packages use it; the window never does.
"""
