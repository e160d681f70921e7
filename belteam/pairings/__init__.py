"""Who calls whom, and how often: the pairing service (`service`), call plans as RRULEs (`plans`)
and the one home of "a pairing running on a day" and of whom a volunteer calls (`running`).
"""
