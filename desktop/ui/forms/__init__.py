"""Modules generated from forms/*.ui by build/compile_forms.py: do not edit."""
