"""PostgreSQL: group roles, per-person logins and row-level security (SQLite: nothing)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 12:00:00.000000

On PostgreSQL (docs/architecture.md §11):

* group roles ``<prefix>_user`` and one per application role, NOLOGIN, marked as this
  database's by a comment (the prefix comes from the database's name,
  ``arco_desk.store.pg_names``); table and sequence grants per group;
* functions: who is connected (``arco_current_login``, ``arco_current_staff_id``,
  ``arco_current_department_id``, ``arco_current_department_staff``), the complaints
  matching a search that the person may see (``arco_complaints_matching``: the trigram
  indexes, which a policy keeps a search from using), and the
  SECURITY DEFINER functions an administrator's login provisions logins with
  (``arco_provision_login``, ``arco_sync_login``, ``arco_set_login_password``) and
  everyone changes their own password with (``arco_change_own_password``);
* a ``last_writer`` column on the records handed from person to person (memos,
  complaints, appointments, visits, outbound visits), set by a trigger to the sign-in
  name of the person whose login wrote the row last (NULL for the owner's writes), so a
  record just passed on stays visible to who passed it;
* indexes on what the policies filter on, and row-level security with the policies.

Every statement may run again on a database that has it all (a re-run changes
nothing). The migration needs a role that may create roles (CREATEROLE, or a superuser);
without it, it stops with a message saying so. On SQLite it does nothing: one PC, the
services hold the permissions.
"""
from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

from arco_desk.store.pg_names import GROUPS, LOGIN_INFIX, role_prefix

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

USER, DESK, STAFF, LEAD, ADMIN, OFFICER = ("user", "desk", "staff", "lead", "admin",
                                           "privacy_officer")
assert set(GROUPS) == {USER, DESK, STAFF, LEAD, ADMIN, OFFICER}
HANDLERS = (DESK, STAFF, LEAD)  # take memos, register complaints (TAKE_MEMOS, REGISTER_…)

PRESENCE_COLUMNS = "presence, presence_note, back_at, stand_in_id, version, updated_by, updated_at"
OWN_ACCOUNT_COLUMNS = ("password_hash, must_change_password, failures, last_failure_at, "
                       "signed_in_at, version, updated_by, updated_at")

# (privileges, table, groups). SELECT on the tables with row-level security goes to every
# login: the policies decide the rows, and a role with none reads nothing.
GRANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SELECT", "alembic_version", (USER,)),
    ("SELECT", "department", (USER,)),
    ("INSERT, UPDATE, DELETE", "department", (ADMIN,)),
    ("SELECT", "staff", (USER,)),
    ("INSERT, UPDATE, DELETE", "staff", (ADMIN,)),
    (f"UPDATE ({PRESENCE_COLUMNS})", "staff", HANDLERS),
    ("SELECT", "memo_reason", (USER,)),
    ("INSERT, UPDATE", "memo_reason", (ADMIN,)),
    ("SELECT", "calendar_override", (USER,)),
    ("INSERT, UPDATE, DELETE", "calendar_override", (ADMIN,)),
    ("SELECT", "setting", (USER,)),
    ("INSERT, UPDATE", "setting", (ADMIN, OFFICER)),
    ("SELECT, INSERT, UPDATE, DELETE", "submission", (USER,)),
    ("SELECT, INSERT", "change_event", (USER,)),
    ("INSERT", "audit_log", (USER,)),
    ("SELECT", "audit_log", (ADMIN, OFFICER)),
    ("INSERT", "access_record", (USER,)),
    ("SELECT", "access_record", (OFFICER,)),
    ("SELECT, INSERT", "destruction_ledger", (OFFICER,)),
    ("SELECT", "account", (USER,)),
    (f"UPDATE ({OWN_ACCOUNT_COLUMNS})", "account", (USER,)),
    ("INSERT, UPDATE", "account", (ADMIN,)),
    ("SELECT", "account_role", (USER,)),
    ("INSERT, DELETE", "account_role", (ADMIN,)),
    ("INSERT", "transfer_log", HANDLERS),
    ("SELECT", "transfer_log", (DESK,)),
    ("SELECT", "phone_memo", (USER,)),
    ("INSERT, UPDATE", "phone_memo", HANDLERS),
    ("SELECT", "phone_memo_event", (USER,)),
    ("INSERT", "phone_memo_event", HANDLERS),
    ("SELECT", "phone_memo_reason", (USER,)),
    ("INSERT", "phone_memo_reason", HANDLERS),
    ("SELECT", "complaint", (USER,)),
    ("INSERT", "complaint", HANDLERS),
    ("UPDATE", "complaint", (*HANDLERS, ADMIN)),
    ("SELECT", "complaint_event", (USER,)),
    ("INSERT", "complaint_event", (*HANDLERS, ADMIN)),
    ("SELECT", "complaint_attachment", (USER,)),
    ("INSERT", "complaint_attachment", HANDLERS),
    ("SELECT", "visitor", (USER,)),
    ("INSERT, UPDATE", "visitor", (DESK, OFFICER)),
    ("DELETE", "visitor", (OFFICER,)),
    ("SELECT", "appointment", (USER,)),
    ("INSERT", "appointment", (DESK,)),
    ("UPDATE", "appointment", (DESK, STAFF, LEAD, OFFICER)),
    ("DELETE", "appointment", (OFFICER,)),
    ("SELECT", "visit", (USER,)),
    ("INSERT", "visit", (DESK,)),
    ("UPDATE", "visit", (DESK, STAFF, LEAD, OFFICER)),
    ("DELETE", "visit", (OFFICER,)),
    ("SELECT", "outbound_visit", (USER,)),
    ("INSERT", "outbound_visit", HANDLERS),
    ("UPDATE, DELETE", "outbound_visit", (*HANDLERS, OFFICER)),
)

# --- who is connected, as the policies use it (InitPlans: worked out once a query) -----

ME = "(SELECT arco_current_staff_id())"
DEPT = "(SELECT arco_current_department_id())"
# The cast makes ANY take the array (an InitPlan), not the rows of a subquery.
DEPT_STAFF = "(SELECT arco_current_department_staff())::integer[]"
LOGIN = "(SELECT arco_current_login())"
WROTE_LAST = f"last_writer = {LOGIN}"
ALL = "true"

# The people a memo or a visit is for, as one array with a GIN index on it: one indexed
# condition instead of four, whose selectivity the planner estimates low (it cannot know
# whose id the InitPlan will give), so a person's rows are found through the index.
MEMO_PEOPLE = "ARRAY[target_staff_id, asked_for_id, escalated_to_id, taken_by_id]"
VISIT_PEOPLE = "ARRAY[host_id, routed_to_id, follow_up_owner_id]"
MEMO_OWN = (f"{MEMO_PEOPLE} @> ARRAY[{ME}] "
            f"OR (target_staff_id IS NULL AND target_department_id = {DEPT}) OR {WROTE_LAST}")
MEMO_DEPARTMENT = f"target_department_id = {DEPT} OR {MEMO_OWN}"
MEMO_SEEN = "memo_id IN (SELECT id FROM phone_memo)"
COMPLAINT_OWN = (f"assignee_id = {ME} OR (assignee_id IS NULL AND department_id = {DEPT}) "
                 f"OR {WROTE_LAST}")
COMPLAINT_DEPARTMENT = f"department_id = {DEPT} OR {COMPLAINT_OWN}"
COMPLAINT_SEEN = "complaint_id IN (SELECT id FROM complaint)"
APPOINTMENT_OWN = f"host_id = {ME} OR {WROTE_LAST}"
APPOINTMENT_DEPARTMENT = f"host_id = ANY ({DEPT_STAFF}) OR {APPOINTMENT_OWN}"
VISIT_OWN = f"{VISIT_PEOPLE} @> ARRAY[{ME}] OR {WROTE_LAST}"
VISIT_DEPARTMENT = f"{VISIT_PEOPLE} && {DEPT_STAFF} OR {VISIT_OWN}"
VISITOR_SEEN = ("id IN (SELECT visitor_id FROM appointment) "
                "OR id IN (SELECT visitor_id FROM visit)")
OUTBOUND_OWN = f"staff_id = {ME} OR {WROTE_LAST}"
OUTBOUND_DEPARTMENT = f"department_id = {DEPT} OR staff_id = ANY ({DEPT_STAFF}) OR {OUTBOUND_OWN}"
# Change records carry ids only. Everyone hears what concerns everyone (the directory,
# the calendar, settings, memo reasons, a purge) and what is addressed to them or, with
# nobody named, to their department.
EVERYONE_HEARS = ("staff_changed", "department_changed", "calendar_changed",
                  "settings_changed", "memo_reasons_changed", "visitor_data_purged")
CHANGE_MINE = (f"staff_id = {ME} "
               f"OR (staff_id IS NULL AND (department_id IS NULL OR department_id = {DEPT})) "
               f"OR kind IN ({', '.join(repr(kind) for kind in EVERYONE_HEARS)})")
CHANGE_DEPARTMENT = f"department_id = {DEPT} OR {CHANGE_MINE}"
ACCOUNT_OWN = f"login = {LOGIN}"

# (table, command, group, USING, WITH CHECK). Permissive: a login gets the union of its
# groups' policies. USING true is the whole agency (ROLE_GRANTS' Reach.AGENCY); a
# table without a policy for a group shows that group nothing. UPDATE's check is true: a
# record may be passed on to anyone (its ``last_writer`` keeps it in sight of the sender).
POLICIES: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    ("phone_memo", "SELECT", DESK, ALL, None),
    ("phone_memo", "SELECT", STAFF, MEMO_OWN, None),
    ("phone_memo", "SELECT", LEAD, MEMO_DEPARTMENT, None),
    ("phone_memo", "INSERT", DESK, None, f"taken_by_id = {ME}"),
    ("phone_memo", "INSERT", STAFF, None, f"taken_by_id = {ME}"),
    ("phone_memo", "INSERT", LEAD, None, f"taken_by_id = {ME}"),
    ("phone_memo", "UPDATE", DESK, ALL, ALL),
    ("phone_memo", "UPDATE", STAFF, MEMO_OWN, ALL),
    ("phone_memo", "UPDATE", LEAD, MEMO_DEPARTMENT, ALL),
    ("phone_memo_event", "SELECT", DESK, ALL, None),
    ("phone_memo_event", "SELECT", STAFF, MEMO_SEEN, None),
    ("phone_memo_event", "SELECT", LEAD, MEMO_SEEN, None),
    ("phone_memo_event", "INSERT", DESK, None, ALL),
    ("phone_memo_event", "INSERT", STAFF, None, MEMO_SEEN),
    ("phone_memo_event", "INSERT", LEAD, None, MEMO_SEEN),
    ("phone_memo_reason", "SELECT", DESK, ALL, None),
    ("phone_memo_reason", "SELECT", STAFF, MEMO_SEEN, None),
    ("phone_memo_reason", "SELECT", LEAD, MEMO_SEEN, None),
    ("phone_memo_reason", "INSERT", DESK, None, ALL),
    ("phone_memo_reason", "INSERT", STAFF, None, MEMO_SEEN),
    ("phone_memo_reason", "INSERT", LEAD, None, MEMO_SEEN),
    ("complaint", "SELECT", DESK, ALL, None),
    ("complaint", "SELECT", ADMIN, ALL, None),
    ("complaint", "SELECT", STAFF, COMPLAINT_OWN, None),
    ("complaint", "SELECT", LEAD, COMPLAINT_DEPARTMENT, None),
    ("complaint", "INSERT", DESK, None, ALL),
    ("complaint", "INSERT", STAFF, None, ALL),
    ("complaint", "INSERT", LEAD, None, ALL),
    ("complaint", "UPDATE", ADMIN, ALL, ALL),
    ("complaint", "UPDATE", DESK, COMPLAINT_OWN, ALL),
    ("complaint", "UPDATE", STAFF, COMPLAINT_OWN, ALL),
    ("complaint", "UPDATE", LEAD, COMPLAINT_DEPARTMENT, ALL),
    ("complaint_event", "SELECT", DESK, ALL, None),
    ("complaint_event", "SELECT", ADMIN, ALL, None),
    ("complaint_event", "SELECT", STAFF, COMPLAINT_SEEN, None),
    ("complaint_event", "SELECT", LEAD, COMPLAINT_SEEN, None),
    ("complaint_event", "INSERT", DESK, None, ALL),
    ("complaint_event", "INSERT", ADMIN, None, ALL),
    ("complaint_event", "INSERT", STAFF, None, COMPLAINT_SEEN),
    ("complaint_event", "INSERT", LEAD, None, COMPLAINT_SEEN),
    ("complaint_attachment", "SELECT", DESK, ALL, None),
    ("complaint_attachment", "SELECT", ADMIN, ALL, None),
    ("complaint_attachment", "SELECT", STAFF, COMPLAINT_SEEN, None),
    ("complaint_attachment", "SELECT", LEAD, COMPLAINT_SEEN, None),
    ("complaint_attachment", "INSERT", DESK, None, ALL),
    ("complaint_attachment", "INSERT", STAFF, None, COMPLAINT_SEEN),
    ("complaint_attachment", "INSERT", LEAD, None, COMPLAINT_SEEN),
    ("visitor", "SELECT", DESK, ALL, None),
    ("visitor", "SELECT", OFFICER, ALL, None),
    ("visitor", "SELECT", STAFF, VISITOR_SEEN, None),
    ("visitor", "SELECT", LEAD, VISITOR_SEEN, None),
    ("visitor", "INSERT", DESK, None, ALL),
    ("visitor", "INSERT", OFFICER, None, ALL),
    ("visitor", "UPDATE", DESK, ALL, ALL),
    ("visitor", "UPDATE", OFFICER, ALL, ALL),
    ("visitor", "DELETE", OFFICER, ALL, None),
    ("appointment", "SELECT", DESK, ALL, None),
    ("appointment", "SELECT", OFFICER, ALL, None),
    ("appointment", "SELECT", STAFF, APPOINTMENT_OWN, None),
    ("appointment", "SELECT", LEAD, APPOINTMENT_DEPARTMENT, None),
    ("appointment", "INSERT", DESK, None, ALL),
    ("appointment", "UPDATE", DESK, ALL, ALL),
    ("appointment", "UPDATE", OFFICER, ALL, ALL),
    ("appointment", "UPDATE", STAFF, APPOINTMENT_OWN, ALL),
    ("appointment", "UPDATE", LEAD, APPOINTMENT_DEPARTMENT, ALL),
    ("appointment", "DELETE", OFFICER, ALL, None),
    ("visit", "SELECT", DESK, ALL, None),
    ("visit", "SELECT", OFFICER, ALL, None),
    ("visit", "SELECT", STAFF, VISIT_OWN, None),
    ("visit", "SELECT", LEAD, VISIT_DEPARTMENT, None),
    ("visit", "INSERT", DESK, None, ALL),
    ("visit", "UPDATE", DESK, ALL, ALL),
    ("visit", "UPDATE", OFFICER, ALL, ALL),
    ("visit", "UPDATE", STAFF, VISIT_OWN, ALL),
    ("visit", "UPDATE", LEAD, VISIT_DEPARTMENT, ALL),
    ("visit", "DELETE", OFFICER, ALL, None),
    ("outbound_visit", "SELECT", DESK, ALL, None),
    ("outbound_visit", "SELECT", OFFICER, ALL, None),
    ("outbound_visit", "SELECT", STAFF, OUTBOUND_OWN, None),
    ("outbound_visit", "SELECT", LEAD, OUTBOUND_DEPARTMENT, None),
    ("outbound_visit", "INSERT", DESK, None, ALL),
    ("outbound_visit", "INSERT", STAFF, None, f"staff_id = {ME}"),
    ("outbound_visit", "INSERT", LEAD, None, f"staff_id = ANY ({DEPT_STAFF}) OR staff_id = {ME}"),
    ("outbound_visit", "UPDATE", DESK, ALL, ALL),
    ("outbound_visit", "UPDATE", OFFICER, ALL, ALL),
    ("outbound_visit", "UPDATE", STAFF, OUTBOUND_OWN, ALL),
    ("outbound_visit", "UPDATE", LEAD, OUTBOUND_DEPARTMENT, ALL),
    ("outbound_visit", "DELETE", DESK, ALL, None),
    ("outbound_visit", "DELETE", OFFICER, ALL, None),
    ("outbound_visit", "DELETE", STAFF, OUTBOUND_OWN, None),
    ("outbound_visit", "DELETE", LEAD, OUTBOUND_DEPARTMENT, None),
    ("change_event", "SELECT", DESK, ALL, None),
    ("change_event", "SELECT", ADMIN, ALL, None),
    ("change_event", "SELECT", USER, CHANGE_MINE, None),
    ("change_event", "SELECT", LEAD, CHANGE_DEPARTMENT, None),
    ("change_event", "INSERT", USER, None, ALL),
    ("access_record", "SELECT", OFFICER, ALL, None),
    ("access_record", "INSERT", USER, None, f"account = {LOGIN}"),
    ("account", "SELECT", ADMIN, ALL, None),
    ("account", "SELECT", USER, ACCOUNT_OWN, None),
    ("account", "INSERT", ADMIN, None, ALL),
    ("account", "UPDATE", ADMIN, ALL, ALL),
    ("account", "UPDATE", USER, ACCOUNT_OWN, ACCOUNT_OWN),
    ("account_role", "SELECT", ADMIN, ALL, None),
    ("account_role", "SELECT", USER, "account_id IN (SELECT id FROM account)", None),
    ("account_role", "INSERT", ADMIN, None, ALL),
    ("account_role", "DELETE", ADMIN, ALL, None),
)
SECURED = tuple(dict.fromkeys(table for table, *_ in POLICIES))
HANDED_ON = ("phone_memo", "complaint", "appointment", "visit", "outbound_visit")
# What the policies filter on and no earlier revision indexed: (name, table, how).
# ``last_writer`` is NULL but for rows a person wrote, so its index holds those only.
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("ix_phone_memo_people", "phone_memo", f"USING gin (({MEMO_PEOPLE}))"),
    ("ix_phone_memo_asked_for_id", "phone_memo", "(asked_for_id)"),
    ("ix_complaint_department_id", "complaint", "(department_id)"),
    ("ix_appointment_host_id", "appointment", "(host_id)"),
    ("ix_visit_people", "visit", f"USING gin (({VISIT_PEOPLE}))"),
    ("ix_visit_host_id", "visit", "(host_id)"),
    ("ix_visit_routed_to_id", "visit", "(routed_to_id)"),
    ("ix_outbound_visit_staff_id", "outbound_visit", "(staff_id)"),
    ("ix_outbound_visit_department_id", "outbound_visit", "(department_id)"),
    *((f"ix_{table}_last_writer", table, "(last_writer) WHERE last_writer IS NOT NULL")
      for table in HANDED_ON),
)

# --- functions ----------------------------------------------------------------------------
# @PREFIX@, @SCHEMA@ and the markers are filled in below; the prefix is [a-z0-9_] only.

DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, @SCHEMA@, pg_temp"
LOGIN_RULE = "^[a-z][a-z0-9._-]{2,29}$"
VERIFIER_RULE = (r"^SCRAM-SHA-256\$[1-9][0-9]{0,6}:[A-Za-z0-9+/]+={0,2}"
                 r"\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$")

FUNCTIONS: tuple[tuple[str, str], ...] = (
    ("arco_login_role(text)", """
CREATE OR REPLACE FUNCTION arco_login_role(p_login text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT '@PREFIX@@INFIX@' || p_login $fn$"""),
    ("arco_current_login()", """
CREATE OR REPLACE FUNCTION arco_current_login() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
SELECT CASE WHEN starts_with(session_user::text, '@PREFIX@@INFIX@')
            THEN substr(session_user::text, length('@PREFIX@@INFIX@') + 1) END
$fn$"""),
    ("arco_current_staff_id()", """
CREATE OR REPLACE FUNCTION arco_current_staff_id() RETURNS integer
LANGUAGE sql STABLE @DEFINER@
AS $fn$ SELECT a.staff_id FROM account a WHERE a.login = arco_current_login() AND a.active $fn$"""),
    ("arco_current_department_id()", """
CREATE OR REPLACE FUNCTION arco_current_department_id() RETURNS integer
LANGUAGE sql STABLE @DEFINER@
AS $fn$
SELECT s.department_id FROM account a JOIN staff s ON s.id = a.staff_id
WHERE a.login = arco_current_login() AND a.active
$fn$"""),
    ("arco_current_department_staff()", """
CREATE OR REPLACE FUNCTION arco_current_department_staff() RETURNS integer[]
LANGUAGE sql STABLE @DEFINER@
AS $fn$
SELECT coalesce(array_agg(s.id ORDER BY s.id), ARRAY[]::integer[]) FROM staff s
WHERE s.department_id = arco_current_department_id()
$fn$"""),
    ("arco_stamp_last_writer()", """
CREATE OR REPLACE FUNCTION arco_stamp_last_writer() RETURNS trigger
LANGUAGE plpgsql @DEFINER@
AS $fn$
BEGIN
    NEW.last_writer := arco_current_login();  -- NULL for the owner, a DBA, a migration
    RETURN NEW;
END
$fn$"""),
    ("arco_complaints_matching(text)", """
CREATE OR REPLACE FUNCTION arco_complaints_matching(p_pattern text) RETURNS SETOF integer
LANGUAGE plpgsql STABLE @DEFINER@ ROWS 100
AS $fn$
DECLARE
    -- The complaint policies again (POLICIES: complaint, SELECT), for the person
    -- connected; the owner's connection (no policy) gets every match.
    v_login text := arco_current_login();
    v_all boolean := v_login IS NULL
        OR pg_has_role(session_user, '@PREFIX@_desk', 'USAGE')
        OR pg_has_role(session_user, '@PREFIX@_admin', 'USAGE');
    v_lead boolean := pg_has_role(session_user, '@PREFIX@_lead', 'USAGE');
    v_own boolean := v_lead OR pg_has_role(session_user, '@PREFIX@_staff', 'USAGE');
    v_me integer := arco_current_staff_id();
    v_department integer := arco_current_department_id();
BEGIN
    RETURN QUERY
    SELECT c.id FROM complaint c
    WHERE (c.title ILIKE p_pattern OR c.citizen_name ILIKE p_pattern
           OR c.content ILIKE p_pattern)
      AND (v_all
           OR (v_lead AND c.department_id = v_department)
           OR (v_own AND (c.assignee_id = v_me
                          OR (c.assignee_id IS NULL AND c.department_id = v_department)
                          OR c.last_writer = v_login)));
END
$fn$"""),
    ("arco_checked_login_role(text)", """
CREATE OR REPLACE FUNCTION arco_checked_login_role(p_login text) RETURNS text
LANGUAGE plpgsql STABLE @DEFINER@
AS $fn$
BEGIN
    IF p_login IS NULL OR p_login !~ '@LOGIN_RULE@' THEN
        RAISE EXCEPTION 'not a sign-in name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM account WHERE login = p_login) THEN
        RAISE EXCEPTION 'no account signs in as %', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN arco_login_role(p_login);
END
$fn$"""),
    ("arco_checked_verifier(text)", """
CREATE OR REPLACE FUNCTION arco_checked_verifier(p_verifier text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $fn$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '@VERIFIER_RULE@' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN p_verifier;
END
$fn$"""),
    ("arco_login_is_ours(text)", """
CREATE OR REPLACE FUNCTION arco_login_is_ours(p_role text) RETURNS boolean
LANGUAGE sql STABLE @DEFINER@
AS $fn$
SELECT EXISTS (
    SELECT 1 FROM pg_roles r
    WHERE r.rolname = p_role AND shobj_description(r.oid, 'pg_authid') = '@LOGIN_MARKER@'
      AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
               OR r.rolbypassrls))
$fn$"""),
    ("arco_apply_account(text)", """
CREATE OR REPLACE FUNCTION arco_apply_account(p_login text) RETURNS void
LANGUAGE plpgsql @DEFINER@
AS $fn$
DECLARE
    v_role text := arco_login_role(p_login);
    v_active boolean;
    v_roles text[];
    v_group text;
    v_wanted boolean;
    v_held boolean;
BEGIN
    SELECT a.active, ARRAY(SELECT r.role FROM account_role r WHERE r.account_id = a.id)
      INTO v_active, v_roles FROM account a WHERE a.login = p_login;
    EXECUTE format('ALTER ROLE %I %s', v_role,
                   CASE WHEN v_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH v_group IN ARRAY ARRAY[@GROUPS@] LOOP
        v_wanted := v_active AND (v_group = 'user' OR v_group = ANY (v_roles));
        v_held := EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
            WHERE g.rolname = '@PREFIX@_' || v_group AND u.rolname = v_role);
        IF v_wanted AND NOT v_held THEN
            EXECUTE format('GRANT %I TO %I', '@PREFIX@_' || v_group, v_role);
        ELSIF v_held AND NOT v_wanted THEN
            EXECUTE format('REVOKE %I FROM %I', '@PREFIX@_' || v_group, v_role);
        END IF;
    END LOOP;
END
$fn$"""),
    ("arco_provision_login(text, text)", """
CREATE OR REPLACE FUNCTION arco_provision_login(p_login text, p_verifier text) RETURNS text
LANGUAGE plpgsql @DEFINER@
AS $fn$
DECLARE
    v_role text := arco_checked_login_role(p_login);
    v_verifier text := arco_checked_verifier(p_verifier);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
        EXECUTE format('COMMENT ON ROLE %I IS %L', v_role, '@LOGIN_MARKER@');
    ELSIF NOT arco_login_is_ours(v_role) THEN
        RAISE EXCEPTION 'role % exists and is not an ARCO Desk login of this database',
            v_role USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, v_verifier);
    PERFORM arco_sync_login(p_login);
    RETURN v_role;
END
$fn$"""),
    ("arco_sync_login(text)", """
CREATE OR REPLACE FUNCTION arco_sync_login(p_login text) RETURNS void
LANGUAGE plpgsql @DEFINER@
AS $fn$
DECLARE
    v_role text := arco_checked_login_role(p_login);
BEGIN
    IF NOT arco_login_is_ours(v_role) THEN
        RAISE EXCEPTION 'no ARCO Desk login for %', p_login USING ERRCODE = 'undefined_object';
    END IF;
    IF p_login = arco_current_login() AND NOT EXISTS (
            SELECT 1 FROM account a JOIN account_role r ON r.account_id = a.id
            WHERE a.login = p_login AND a.active AND r.role = 'admin') THEN
        RAISE EXCEPTION 'an administrator keeps their own login and role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM arco_apply_account(p_login);
END
$fn$"""),
    ("arco_set_login_password(text, text)", """
CREATE OR REPLACE FUNCTION arco_set_login_password(p_login text, p_verifier text)
RETURNS void
LANGUAGE plpgsql @DEFINER@
AS $fn$
DECLARE
    v_role text := arco_checked_login_role(p_login);
    v_verifier text := arco_checked_verifier(p_verifier);
BEGIN
    IF NOT arco_login_is_ours(v_role) THEN
        RAISE EXCEPTION 'no ARCO Desk login for %', p_login USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, v_verifier);
END
$fn$"""),
    ("arco_change_own_password(text)", """
CREATE OR REPLACE FUNCTION arco_change_own_password(p_verifier text) RETURNS void
LANGUAGE plpgsql @DEFINER@
AS $fn$
DECLARE
    v_verifier text := arco_checked_verifier(p_verifier);
BEGIN
    IF arco_current_login() IS NULL OR NOT arco_login_is_ours(session_user) THEN
        RAISE EXCEPTION 'not an ARCO Desk login' USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, v_verifier);
END
$fn$"""),
)
EXECUTE_GRANTS: dict[str, tuple[str, ...]] = {
    "arco_login_role(text)": (USER,),
    "arco_current_login()": (USER,),
    "arco_current_staff_id()": (USER,),
    "arco_current_department_id()": (USER,),
    "arco_current_department_staff()": (USER,),
    "arco_change_own_password(text)": (USER,),
    "arco_complaints_matching(text)": (USER,),
    "arco_provision_login(text, text)": (ADMIN,),
    "arco_sync_login(text)": (ADMIN,),
    "arco_set_login_password(text, text)": (ADMIN,),
}


class Names:
    """This database's role names and markers."""

    def __init__(self, bind: sa.Connection) -> None:
        self.database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
        self.schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
        self.prefix = role_prefix(self.database)
        self.login_marker = f"ARCO Desk login ({self.prefix})"
        self.quote = bind.dialect.identifier_preparer.quote

    def group(self, name: str) -> str:
        return self.quote(f"{self.prefix}_{name}")

    def groups(self, names: Iterable[str]) -> str:
        return ", ".join(self.group(name) for name in names)

    def group_marker(self, name: str) -> str:
        return f"ARCO Desk group {name} ({self.prefix})"

    def fill(self, template: str) -> str:
        groups = ", ".join(f"'{group}'" for group in GROUPS)
        for key, value in (("@DEFINER@", DEFINER), ("@SCHEMA@", self.quote(self.schema)),
                           ("@PREFIX@", self.prefix), ("@INFIX@", LOGIN_INFIX),
                           ("@LOGIN_MARKER@", self.login_marker), ("@GROUPS@", groups),
                           ("@LOGIN_RULE@", LOGIN_RULE), ("@VERIFIER_RULE@", VERIFIER_RULE)):
            template = template.replace(key, value)
        return template


def _run(bind: sa.Connection, statement: str) -> None:
    # Straight to the driver: the function bodies hold % and colons, which are not bind
    # parameters; there are none.
    bind.exec_driver_sql(statement.replace("%", "%%"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # one PC: the services hold the permissions (docs/architecture.md §11)
    names = Names(bind)
    _require_role_rights(bind)
    _create_groups(bind, names)
    for _, template in FUNCTIONS:
        _run(bind, names.fill(template))
    for table in HANDED_ON:
        _run(bind, f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS last_writer text")
        _run(bind, f"DROP TRIGGER IF EXISTS {table}_last_writer ON {table}")
        _run(bind, f"CREATE TRIGGER {table}_last_writer BEFORE INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION arco_stamp_last_writer()")
    for name, table, how in INDEXES:
        _run(bind, f"CREATE INDEX IF NOT EXISTS {name} ON {table} {how}")
    _grant(bind, names)
    for table in SECURED:
        _run(bind, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _drop_policies(bind, table)
    for table, command, group, using, check in POLICIES:
        clauses = (f" USING ({using})" if using else "") + (
            f" WITH CHECK ({check})" if check else "")
        _run(bind, f"CREATE POLICY {table}_{command.lower()}_{group} ON {table} "
                   f"FOR {command} TO {names.group(group)}{clauses}")


def _require_role_rights(bind: sa.Connection) -> None:
    may = bind.execute(sa.text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    )).scalar()
    if not may:
        raise RuntimeError(
            "ARCO Desk's migration 0010 creates PostgreSQL roles (a login per person and "
            "the role groups): the database owner it runs as needs CREATEROLE. As a "
            "superuser: ALTER ROLE <owner> CREATEROLE; then start ARCO Desk again.")


def _create_groups(bind: sa.Connection, names: Names) -> None:
    for group in GROUPS:
        name = f"{names.prefix}_{group}"
        found = bind.execute(sa.text(
            "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name"
        ), {"name": name}).first()
        if found is None:
            _run(bind, f"CREATE ROLE {names.group(group)} NOLOGIN")
            _run(bind, f"COMMENT ON ROLE {names.group(group)} IS "
                       f"'{names.group_marker(group)}'")
        elif found[0] != names.group_marker(group):
            raise RuntimeError(
                f"the role {name} exists and is not ARCO Desk's for the database "
                f"{names.database}: rename or remove it, then start ARCO Desk again")


def _grant(bind: sa.Connection, names: Names) -> None:
    database = names.quote(names.database)
    owns_database = bind.execute(sa.text(
        "SELECT has_database_privilege(current_database(), 'CONNECT WITH GRANT OPTION')"
    )).scalar()
    if owns_database:
        _run(bind, f"GRANT CONNECT ON DATABASE {database} TO {names.group(USER)}")
    _run(bind, f"GRANT USAGE ON SCHEMA {names.quote(names.schema)} TO {names.group(USER)}")
    for privileges, table, groups in GRANTS:
        _run(bind, f"GRANT {privileges} ON {table} TO {names.groups(groups)}")
        if "INSERT" in privileges:
            sequence = bind.execute(sa.text(
                "SELECT pg_get_serial_sequence(:t, 'id') FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = :t "
                "AND column_name = 'id'"), {"t": table}).scalar()
            if sequence:
                _run(bind, f"GRANT USAGE ON SEQUENCE {sequence} TO {names.groups(groups)}")
    for signature, _ in FUNCTIONS:
        _run(bind, f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for signature, groups in EXECUTE_GRANTS.items():
        _run(bind, f"GRANT EXECUTE ON FUNCTION {signature} TO {names.groups(groups)}")


def _drop_policies(bind: sa.Connection, table: str) -> None:
    found = bind.execute(sa.text(
        "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
        "AND tablename = :table"), {"table": table}).scalars().all()
    quote = bind.dialect.identifier_preparer.quote
    for policy in found:
        _run(bind, f"DROP POLICY {quote(policy)} ON {table}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    names = Names(bind)
    for table in SECURED:
        _drop_policies(bind, table)
        _run(bind, f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for name, _, _ in INDEXES:
        _run(bind, f"DROP INDEX IF EXISTS {name}")
    for table in HANDED_ON:
        _run(bind, f"DROP TRIGGER IF EXISTS {table}_last_writer ON {table}")
        _run(bind, f"ALTER TABLE {table} DROP COLUMN IF EXISTS last_writer")
    for signature, _ in reversed(FUNCTIONS):
        _run(bind, f"DROP FUNCTION IF EXISTS {signature}")
    logins = bind.execute(sa.text(
        "SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = :marker"
    ), {"marker": names.login_marker}).scalars().all()
    for login in logins:
        _run(bind, f"DROP ROLE {names.quote(login)}")
    schema = names.quote(names.schema)
    for group in GROUPS:
        exists = bind.execute(sa.text(
            "SELECT 1 FROM pg_roles WHERE rolname = :name AND "
            "shobj_description(oid, 'pg_authid') = :marker"),
            {"name": f"{names.prefix}_{group}", "marker": names.group_marker(group)}).first()
        if exists is None:
            continue
        role = names.group(group)
        _run(bind, f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}")
        _run(bind, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}")
        # Later revisions' functions too (0014's searches), when only 0010 is undone.
        _run(bind, f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM {role}")
        _run(bind, f"REVOKE ALL ON SCHEMA {schema} FROM {role}")
        _run(bind, f"REVOKE ALL ON DATABASE {names.quote(names.database)} FROM {role}")
        _run(bind, f"DROP ROLE {role}")
