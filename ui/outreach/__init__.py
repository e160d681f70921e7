"""Follow-up: the staff's queue, a case, closing it, notifications.
"""
