"""Import: preview and import off the GUI thread.
"""
