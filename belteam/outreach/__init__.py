"""Follow-up (signalering): the four flag rules (`rules`, facts read by `facts`), cases and their
outcomes (`cases`), the staff's queue (`queue`) and the stored texts (`texts`).
"""
