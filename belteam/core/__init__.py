"""The ground floor: the clock (Europe/Amsterdam, pinnable), paths and config, messages for people
(`_`), actors and the permission matrix, validation, phone numbers, languages and the errors
every layer raises. Imports nothing else of belteam.
"""
