"""Pure domain logic: calendar, deadlines, the service standard, value types.

Imports neither Qt nor SQLAlchemy (a test guards this).
"""
