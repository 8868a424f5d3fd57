"""Interactive widgets: a thin layer over the pure functions and plots.

A widget only collects choices (a target, a threshold, a filter) and calls the
same helper functions the static cells call; it never computes analysis itself.
"""
