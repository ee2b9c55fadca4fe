"""Use cases: take and return plain dataclasses, raise user-readable errors."""
