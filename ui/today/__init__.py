"""The volunteer's day: the Today list, logging a call, history, hand-over and reminders.
"""
