"""The day's calls: due calls and their status (`schedule`, read side in `schedule_data`), logging
an attempt (`log`), who may read a confidential note (`notes`), drafts, absences, pauses and
cover (`absences`), Dutch holidays, the printed list and the calendar file.
"""
