"""Background jobs without Qt: the registry and missed-run catch-up (`runner`) and the morning
reminder (`reminders`). What runs is wired by `belteam.bootstrap`.
"""
