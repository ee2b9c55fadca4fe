"""PostgreSQL: the searches through a person's login read in the list's order and stop when
it is full (SQLite: nothing)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-10 00:00:00.000000

Through a person's login (row security on) PostgreSQL plans a search without the
columns' statistics: a substring operator is not leakproof, so the planner may not look
at the values a policy could hide, and it guesses how many rows a word finds (a few
hundred, whatever the word). It then reads every trigram match of a two-letter word and
sorts them (a Korean given name in 2,000,000 memos: 3 s), or walks two million memos
for a piece of a number the trigram index finds at once (3 s). The owner's connection,
which plans with the statistics, takes milliseconds for both (docs/architecture.md §17).

Two functions run the search as the owner, with the statistics, in the list's order and
only as far as the list shows, and return the ids of the rows the connected person may
see (the SELECT policies of revision 0010, written once more inside them, as in
``arco_complaints_matching``; a test holds them equal):

* ``arco_complaints_newest(words, digits, status, limit)``: the newest complaints
  (received_at DESC, id DESC, the "all" and "closed" lists) where every word is in the
  title, the citizen's name or the content, or (a word of digits) in the citizen's
  number digits;
* ``arco_memos_first(words, numbers, statuses, limit)``: the memos of those statuses by
  callback deadline (callback_due_at, id, the history's two reads) where every word is
  in the caller's name, organisation or message, or (a number) in the number's digits.

Words are LIKE patterns (``\\`` escaping), matched by LIKE when they have no letter with a
case, else ILIKE (``store/pg_search.contains``). Each search is planned afresh with its
words as literals (``EXECUTE``), never as a generic plan. Only functions are made.
"""
from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp"

# The word conditions, one per word, built the same way in both functions: LIKE for a
# pattern with no cased letter, else ILIKE.
WORDS = """
    FOR i IN 1 .. coalesce(array_length(p_words, 1), 0) LOOP
        v_op := CASE WHEN lower(p_words[i]) = upper(p_words[i]) THEN 'LIKE' ELSE 'ILIKE' END;
        v_where := v_where || ' AND (' || {match} || ')';
    END LOOP;"""

COMPLAINTS = """
CREATE OR REPLACE FUNCTION arco_complaints_newest(
    p_words text[], p_digits text[], p_status text, p_limit integer)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE @DEFINER@ ROWS 1000
AS $fn$
DECLARE
    -- The complaint policies again (revision 0010, complaint, SELECT).
    v_login text := arco_current_login();
    v_all boolean := v_login IS NULL
        OR pg_has_role(session_user, '@PREFIX@_desk', 'USAGE')
        OR pg_has_role(session_user, '@PREFIX@_admin', 'USAGE');
    v_lead boolean := pg_has_role(session_user, '@PREFIX@_lead', 'USAGE');
    v_own boolean := v_lead OR pg_has_role(session_user, '@PREFIX@_staff', 'USAGE');
    v_me integer := arco_current_staff_id();
    v_department integer := arco_current_department_id();
    v_where text := '';
    v_op text;
BEGIN
    IF NOT v_all THEN
        v_where := ' AND (false'
            || CASE WHEN v_lead THEN format(' OR c.department_id = %L', v_department) ELSE '' END
            || CASE WHEN v_own THEN format(
                ' OR c.assignee_id = %L OR (c.assignee_id IS NULL AND c.department_id = %L)'
                ' OR c.last_writer = %L', v_me, v_department, v_login) ELSE '' END
            || ')';
    END IF;
    IF p_status IS NOT NULL THEN
        v_where := v_where || format(' AND c.status = %L', p_status);
    END IF;
@WORDS_COMPLAINT@
    RETURN QUERY EXECUTE 'SELECT c.id FROM complaint c WHERE true' || v_where
        || ' ORDER BY c.received_at DESC, c.id DESC LIMIT ' || greatest(p_limit, 0);
END
$fn$"""
COMPLAINT_MATCH = (
    "format('c.title %1$s %2$L OR c.citizen_name %1$s %2$L OR c.content %1$s %2$L', "
    "v_op, p_words[i]) || CASE WHEN coalesce(p_digits[i], '') <> '' THEN "
    "format(' OR c.citizen_phone_digits LIKE %L', p_digits[i]) ELSE '' END")

MEMOS = """
CREATE OR REPLACE FUNCTION arco_memos_first(
    p_words text[], p_numbers boolean[], p_statuses text[], p_limit integer)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE @DEFINER@ ROWS 1000
AS $fn$
DECLARE
    -- The memo policies again (revision 0010, phone_memo, SELECT).
    v_login text := arco_current_login();
    v_all boolean := v_login IS NULL
        OR pg_has_role(session_user, '@PREFIX@_desk', 'USAGE');
    v_lead boolean := pg_has_role(session_user, '@PREFIX@_lead', 'USAGE');
    v_own boolean := v_lead OR pg_has_role(session_user, '@PREFIX@_staff', 'USAGE');
    v_me integer := arco_current_staff_id();
    v_department integer := arco_current_department_id();
    v_where text := format(' AND m.status = ANY (%L::text[])', p_statuses);
    v_op text;
BEGIN
    IF NOT v_all THEN
        v_where := v_where || ' AND (false'
            || CASE WHEN v_lead THEN format(' OR m.target_department_id = %L', v_department)
                    ELSE '' END
            || CASE WHEN v_own THEN format(
                ' OR ARRAY[m.target_staff_id, m.asked_for_id, m.escalated_to_id, m.taken_by_id]'
                ' @> ARRAY[%L::integer]'
                ' OR (m.target_staff_id IS NULL AND m.target_department_id = %L)'
                ' OR m.last_writer = %L', v_me, v_department, v_login) ELSE '' END
            || ')';
    END IF;
@WORDS_MEMO@
    RETURN QUERY EXECUTE 'SELECT m.id FROM phone_memo m WHERE true' || v_where
        || ' ORDER BY m.callback_due_at, m.id LIMIT ' || greatest(p_limit, 0);
END
$fn$"""
MEMO_MATCH = (
    "CASE WHEN coalesce(p_numbers[i], false) "
    "THEN format('m.caller_phone_digits LIKE %L', p_words[i]) "
    "ELSE format('m.caller_name %1$s %2$L OR m.caller_org %1$s %2$L OR m.message %1$s %2$L', "
    "v_op, p_words[i]) END")

SIGNATURES = ("arco_complaints_newest(text[], text[], text, integer)",
              "arco_memos_first(text[], boolean[], text[], integer)")


def _fill(template: str, schema: str, prefix: str) -> str:
    return (template
            .replace("@WORDS_COMPLAINT@", WORDS.format(match=COMPLAINT_MATCH))
            .replace("@WORDS_MEMO@", WORDS.format(match=MEMO_MATCH))
            .replace("@DEFINER@", DEFINER.format(schema=schema))
            .replace("@PREFIX@", prefix))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # one PC: no row security (docs/architecture.md §11)
    from arco_desk.store.pg_names import role_prefix

    database = bind.exec_driver_sql("SELECT current_database()").scalar_one()
    schema = bind.dialect.identifier_preparer.quote(
        bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    prefix = role_prefix(database)
    user = bind.dialect.identifier_preparer.quote(f"{prefix}_user")
    for template in (COMPLAINTS, MEMOS):
        # Straight to the driver: the bodies hold % and no bind parameter.
        bind.exec_driver_sql(_fill(template, schema, prefix).replace("%", "%%"))
    for signature in SIGNATURES:
        bind.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        bind.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {user}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for signature in SIGNATURES:
        bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature}")
