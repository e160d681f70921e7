"""Widgets and models every screen shares: table model, filter proxy, validated form, words for
dates and plans, error text.
"""
