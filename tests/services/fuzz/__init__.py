"""Generated hostile input through every service function that takes a person's text,
numbers or dates, on SQLite and PostgreSQL at once (issue 14, "bounded, normalised
input"): ``calls_*`` say what each function is given and what it must store,
``test_fuzz_inputs`` runs them, ``test_fuzz_coverage`` keeps the list complete."""
