"""Residents and volunteers: lists, person dialogs, absences.
"""
