"""The organisation's settings, declared once with type, default, range and label (`store`).
"""
