"""The shell: launch (window or command line), the application, main window, pages, session,
translations and the idle lock.
"""
