"""SQLAlchemy models, engine, unit of work and migrations."""
