"""The English template of every message the services, the store and the UI's own
refusals say, by key (the domain's are in :mod:`arco_desk.ui.common.message_catalogue`,
which joins both). The Korean wording is in resources/translations/arco_desk_ko.ts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

SERVICE_CATALOGUE: Final[Mapping[str, str]] = {
    # --- store
    "store.locked": QT_TRANSLATE_NOOP(
        "Message",
        "The database is busy with another task. Wait a moment and save again."),
    "store.unreachable": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot reach the database. Check that the server is on and the data folder exists. "
        "Save again when the connection is back."),
    "store.io": QT_TRANSLATE_NOOP("Message", "Not saved: a disk input/output error."),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Message",
        "Not saved: the disk is full. Free some space and save again."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Message",
        "The database is read-only. Check the file permissions."),
    # Said while the program runs: a damage found at start gets the recovery screen.
    "store.malformed": QT_TRANSLATE_NOOP(
        "Message",
        "The database file is damaged. What you typed stays here but cannot be saved. "
        "Restore the latest backup in Admin › Backup and restore… (ARCO Desk starts again "
        "on it), or start ARCO Desk again to have the file checked."),
    "store.deadlock": QT_TRANSLATE_NOOP(
        "Message",
        "Not saved: this PC and another PC were waiting for each other. Save again."),
    "store.serialization": QT_TRANSLATE_NOOP(
        "Message",
        "Not saved: another PC changed the same records at the same time. Save again."),
    "store.duplicate": QT_TRANSLATE_NOOP(
        "Message",
        "Not saved: another PC saved the same thing at the same moment. Look at the list "
        "and save again if it is still needed."),
    "store.outcome_unknown": QT_TRANSLATE_NOOP(
        "Message",
        "The connection was lost while saving, so it is not known yet whether it was "
        "saved. Checking as soon as the database answers; what you typed stays here."),
    "edit.changed_since": QT_TRANSLATE_NOOP("Message", "Changed meanwhile to: {value}"),
    "submission.saved": QT_TRANSLATE_NOOP(
        "Message",
        "Checked after the connection came back: it was saved. Nothing was saved twice."),
    "submission.not_saved": QT_TRANSLATE_NOOP(
        "Message",
        "Checked after the connection came back: it was not saved. What you typed is still "
        "here; save again."),
    "store.feed_lost": QT_TRANSLATE_NOOP(
        "Message",
        "The connection to the database server was lost. Reconnecting."),
    "store.migration_broken_links": QT_TRANSLATE_NOOP(
        "Message",
        "The database could not be updated: {count} records point at records that do not "
        "exist. Nothing was changed. Tell the administrator (the log names the records)."),
    "store.schema_too_new": QT_TRANSLATE_NOOP(
        "Message",
        "This database was made by a newer version of ARCO Desk (schema {revision}). Update "
        "the program to the latest version."),
    # --- backup and restore (command line)
    # --- the compliance report (issue 16)
    "report.bad_date": QT_TRANSLATE_NOOP(
        "Message",
        "{option} is not a date: '{text}'. Write it as YYYY-MM-DD, e.g. 2026-11-01."),
    "report.unknown_format": QT_TRANSLATE_NOOP(
        "Message",
        "Unknown format '{text}': choose xlsx or pdf."),
    "report.cannot_write": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write the report to {path}: {reason}."),
    "report.no_database": QT_TRANSLATE_NOOP(
        "Message",
        "There is no database at {path}. Give the data folder that holds it (--basedir) "
        "or the server's address (--db)."),
    "report.bad_database_address": QT_TRANSLATE_NOOP(
        "Message",
        "The database address (--db or ARCO_DESK_DB_URL) is not one ARCO Desk can use: it "
        "starts with postgresql+psycopg:// or sqlite:///."),
    "report.written": QT_TRANSLATE_NOOP(
        "Message",
        "Compliance report written to {path}."),
    "backup.sqlite_only": QT_TRANSLATE_NOOP(
        "Message",
        "Backup and restore work on the built-in database (SQLite) only for now. For a "
        "PostgreSQL server, use pg_dump and pg_restore."),
    "backup.no_database": QT_TRANSLATE_NOOP(
        "Message", "There is no database to back up at {path}."),
    "backup.target_exists": QT_TRANSLATE_NOOP(
        "Message", "{path} already exists. Choose another file name."),
    "backup.not_found": QT_TRANSLATE_NOOP(
        "Message", "The backup file {path} does not exist. Nothing was restored."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Message",
        "The backup file is damaged or is not a database. Nothing was restored."),
    "backup.not_arco": QT_TRANSLATE_NOOP(
        "Message", "The file is not an ARCO Desk backup. Nothing was restored."),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "Message",
        "This backup was made by a newer version of ARCO Desk (schema {revision}). Nothing "
        "was restored. Update the program first."),
    "backup.written": QT_TRANSLATE_NOOP("Message", "Backup written to {path}."),
    "backup.restored": QT_TRANSLATE_NOOP(
        "Message", "Restored from {path}. The replaced database is kept as {kept}."),
    "backup.app_running": QT_TRANSLATE_NOOP(
        "Message",
        "ARCO Desk is running on this data folder. Close it first, then restore."),
    # --- backup and restore: PostgreSQL, daily backups
    "backup.pg_tools_missing": QT_TRANSLATE_NOOP(
        "Message",
        "The PostgreSQL client tools ({tools}) were not found on this PC. Install "
        "PostgreSQL's command-line tools (the server's version or newer), then give their "
        "folder with --pg-bin or in this PC's settings (backup/pg_bin), or add it to PATH."),
    "backup.pg_tools_not_in_folder": QT_TRANSLATE_NOOP(
        "Message",
        "{tools} not found in {folder}. Give the folder that holds pg_dump and pg_restore "
        "(e.g. C:\\Program Files\\PostgreSQL\\16\\bin)."),
    "backup.pg_failed": QT_TRANSLATE_NOOP(
        "Message", "The backup was not written: {tool} reported: {detail}"),
    "backup.pg_timeout": QT_TRANSLATE_NOOP(
        "Message",
        "{tool} did not finish within {minutes} minutes and was stopped. Nothing was "
        "changed."),
    "backup.others_connected": QT_TRANSLATE_NOOP(
        "Message",
        "{count} other connections to the database are open. Close ARCO Desk on every PC "
        "first (staff PCs in the tray too), then restore. Nothing was restored."),
    "backup.pg_restore_failed": QT_TRANSLATE_NOOP(
        "Message",
        "The restore failed and was undone: the database is as it was. pg_restore "
        "reported: {detail} A copy of the database from just before is kept as {kept}."),
    "backup.pg_restore_incomplete": QT_TRANSLATE_NOOP(
        "Message",
        "The restore failed and the database could not be put back as it was. pg_restore "
        "reported: {detail} Restore the copy taken just before: {kept}."),
    "backup.is_postgres_dump": QT_TRANSLATE_NOOP(
        "Message",
        "This is a backup of a PostgreSQL server; it cannot be restored into the built-in "
        "database. Nothing was restored."),
    "backup.is_sqlite_copy": QT_TRANSLATE_NOOP(
        "Message",
        "This is a backup of the built-in database (SQLite); it cannot be restored into a "
        "PostgreSQL server. Nothing was restored."),
    "backup.keep_not_a_number": QT_TRANSLATE_NOOP(
        "Message", "Enter how many daily backups to keep, as a number."),
    "backup.keep_range": QT_TRANSLATE_NOOP(
        "Message", "Keep between {low} and {high} daily backups."),
    # --- connection
    "connection.embedded": QT_TRANSLATE_NOOP(
        "Message",
        "Left empty, this PC uses its built-in database (SQLite)."),
    "connection.malformed_url": QT_TRANSLATE_NOOP(
        "Message",
        "The database address is not well-formed. E.g. postgresql+psycopg://user@server/arco"),
    "connection.unsupported": QT_TRANSLATE_NOOP(
        "Message",
        "Only PostgreSQL or SQLite addresses can be used."),
    "connection.unusable_url": QT_TRANSLATE_NOOP(
        "Message",
        "The database address cannot be used: {reason}"),
    "connection.failed": QT_TRANSLATE_NOOP("Message", "Could not connect: {reason}"),
    "connection.empty_database": QT_TRANSLATE_NOOP(
        "Message",
        "Connected. The database is empty; its tables are made at the next start."),
    "connection.up_to_date": QT_TRANSLATE_NOOP(
        "Message",
        "Connected. The database is up to date."),
    "connection.too_new": QT_TRANSLATE_NOOP(
        "Message",
        "Connected, but the database was made by a newer ARCO Desk. Update ARCO Desk on this "
        "PC first."),
    "connection.upgrade_at_start": QT_TRANSLATE_NOOP(
        "Message",
        "Connected. The database is brought to the new version at the next start."),
    "connection.autostart_failed": QT_TRANSLATE_NOOP(
        "Message",
        "Could not save the start-at-login entry: {reason}"),
    # --- the database password (OS credential store)
    "connection.no_secure_store": QT_TRANSLATE_NOOP(
        "Message",
        "This PC has no secure place to keep the password (such as Windows Credential "
        "Manager), so it was not saved. Leave the password empty and give it in PostgreSQL's "
        "password file (pgpass.conf) or in the ARCO_DESK_DB_URL environment variable."),
    "connection.password_not_kept": QT_TRANSLATE_NOOP(
        "Message",
        "The password could not be saved in this PC's credential store ({reason}). Nothing "
        "was changed."),
    "connection.password_without_server": QT_TRANSLATE_NOOP(
        "Message",
        "A password goes with a server address, e.g. postgresql+psycopg://user@server/arco"),
    "connection.password_in_settings": QT_TRANSLATE_NOOP(
        "Message",
        "The password is still written in clear text in this PC's settings file: this PC has "
        "no secure place to keep it. Clear the password field and give it in PostgreSQL's "
        "password file (pgpass.conf) or in the ARCO_DESK_DB_URL environment variable."),
    # --- calendar
    "calendar.registered_meanwhile": QT_TRANSLATE_NOOP(
        "Message",
        "A day off was just registered elsewhere on {day}. Check again."),
    "calendar.override_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The day off to remove was not found. It may have been removed elsewhere already."),
    # --- complaint (services)
    "complaint.gone": QT_TRANSLATE_NOOP(
        "Message",
        "The complaint was not found. It may have been deleted elsewhere."),
    "standard.saved_meanwhile": QT_TRANSLATE_NOOP(
        "Message",
        "{who} saved version {version} of the standard at {at} while you were editing. "
        "What you typed is kept: close and open the editor to see their version, or save "
        "again over it."),
    "standard.kind_in_use": QT_TRANSLATE_NOOP(
        "Message",
        "The kind {kind} cannot be removed: {count} complaints have it. Rename it or give "
        "it another period instead."),
    "complaint.standard_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "The complaint kinds table (service_standard.toml) cannot be read: {reason}. Ask the "
        "administrator to fix the file."),
    "complaint.unknown_status": QT_TRANSLATE_NOOP("Message", "Unknown complaint status: {status}"),
    "complaint.period_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "This complaint's processing period ‘{period}’ cannot be read."),
    "complaint.period_not_computed": QT_TRANSLATE_NOOP(
        "Message",
        "The processing period cannot be computed: {reason}"),
    "complaint.unknown_kind": QT_TRANSLATE_NOOP("Message", "Unknown complaint kind: ‘{code}’."),
    "complaint.memo_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The phone memo was not found. It may have been deleted elsewhere."),
    "complaint.source_memo_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The original phone memo was not found. It may have been deleted elsewhere."),
    "complaint.source_visit_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The original visit record was not found. It may have been deleted elsewhere."),
    "complaint.memo_already_registered": QT_TRANSLATE_NOOP(
        "Message",
        "This phone memo was already registered as complaint #{complaint_id}."),
    "complaint.visit_already_registered": QT_TRANSLATE_NOOP(
        "Message",
        "This visit request was already registered as complaint #{complaint_id}."),
    "complaint.changed_meanwhile": QT_TRANSLATE_NOOP(
        "Message",
        "{who} recorded ‘{step}’ on this complaint at {at}, after you opened it. Check the "
        "complaint's history; save again if yours still applies."),
    "complaint.assigned_meanwhile": QT_TRANSLATE_NOOP(
        "Message",
        "{who} gave this complaint to {to} at {at}, after you opened it. Save again to "
        "reassign it anyway."),
    "complaint.attachment_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot open the attachment: {name}"),
    "complaint.attachment_too_large": QT_TRANSLATE_NOOP(
        "Message",
        "The attachment is too large: {name} (up to {limit_mb} MB)"),
    "complaint.responder_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The responder was not found in the staff list."),
    "complaint.assignee_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The assignee was not found in the staff list."),
    "complaint.department_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The department in charge was not found."),
    # --- directory (services)
    "directory.department_exists": QT_TRANSLATE_NOOP(
        "Message",
        "The department already exists: {name}"),
    "directory.staff_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The staff member was not found. It may have been deleted elsewhere."),
    "directory.department_missing": QT_TRANSLATE_NOOP("Message", "The department does not exist."),
    "directory.own_stand_in": QT_TRANSLATE_NOOP(
        "Message",
        "A person cannot be their own stand-in."),
    "directory.stand_in_missing": QT_TRANSLATE_NOOP(
        "Message",
        "The staff member named as stand-in does not exist."),
    # --- memo (services)
    "memo.gone": QT_TRANSLATE_NOOP(
        "Message",
        "The memo was not found. It may have been deleted elsewhere."),
    "memo.no_pc_staff": QT_TRANSLATE_NOOP(
        "Message",
        "This PC's staff member is not set. Choose this PC's staff member in the Admin menu, "
        "then try again."),
    "memo.already_done": QT_TRANSLATE_NOOP(
        "Message",
        "The memo is already done ({done_at:%m/%d %H:%M} {outcome})."),
    "memo.already_done_undated": QT_TRANSLATE_NOOP(
        "Message",
        "The memo is already done ({outcome})."),
    "memo.greeting_required": QT_TRANSLATE_NOOP("Message", "Enter the greeting."),
    "memo.greeting_too_long": QT_TRANSLATE_NOOP(
        "Message",
        "Keep the greeting within {limit} characters."),
    "memo.escalation_minutes": QT_TRANSLATE_NOOP(
        "Message",
        "Choose between 1 and {limit} minutes (one working day)."),
    "memo.reason_exists": QT_TRANSLATE_NOOP("Message", "The reason already exists: {label}"),
    "memo.reason_gone": QT_TRANSLATE_NOOP("Message", "The reason was not found."),
    "memo.no_number": QT_TRANSLATE_NOOP(
        "Message",
        "{name} has no direct line or extension in the staff directory. Register a number, "
        "then give it out."),
    "memo.target_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The chosen staff member was not found. Choose again."),
    "memo.no_stand_in": QT_TRANSLATE_NOOP(
        "Message",
        "{name} has no stand-in. Send it to the person or to the whole department."),
    "memo.reason_removed": QT_TRANSLATE_NOOP(
        "Message",
        "One of the chosen reasons is gone. Choose again."),
    "memo.already_yours": QT_TRANSLATE_NOOP("Message", "You have already taken this memo."),
    "memo.taken_by": QT_TRANSLATE_NOOP("Message", "{name} has already taken this memo."),
    "memo.taken_by_someone": QT_TRANSLATE_NOOP(
        "Message",
        "Another staff member has already taken this memo."),
    "memo.other_department": QT_TRANSLATE_NOOP(
        "Message",
        "A memo for another department cannot be taken. Forward it to a colleague."),
    "memo.email_invalid": QT_TRANSLATE_NOOP(
        "Message",
        "Not an e-mail address. E.g. name@example.com"),
    "memo.email_missing": QT_TRANSLATE_NOOP(
        "Message",
        "This memo has no e-mail address. Write the address you replied to."),
    "memo.forward_to_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the colleague who gets the memo."),
    "memo.forward_to_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The colleague to forward to was not found."),
    "memo.already_with": QT_TRANSLATE_NOOP("Message", "The memo is already with {name}."),
    "memo.not_yours": QT_TRANSLATE_NOOP(
        "Message",
        "This memo is now with {name}. Only they can answer it or pass it on."),
    "memo.not_yours_department": QT_TRANSLATE_NOOP(
        "Message",
        "This memo is for {department}. Only its staff can answer it or pass it on."),
    "memo.not_yours_someone": QT_TRANSLATE_NOOP(
        "Message",
        "This memo is now with another staff member. Only they can answer it or pass it on."),
    # --- outbound visit (services)
    "outbound.gone": QT_TRANSLATE_NOOP(
        "Message",
        "The outbound visit was not found. It may have been deleted elsewhere."),
    "outbound.staff_gone": QT_TRANSLATE_NOOP(
        "Message",
        "No such staff member. Search and choose again."),
    "outbound.already_called": QT_TRANSLATE_NOOP(
        "Message",
        "The call was already recorded at {called_at:%m-%d %H:%M}."),
    # --- reception (services)
    "reception.appointment_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The appointment was not found. It may have been deleted elsewhere."),
    "reception.visit_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The visit record was not found. It may have been deleted elsewhere."),
    "reception.not_editable": QT_TRANSLATE_NOOP(
        "Message",
        "An appointment that is '{status}' cannot be changed."),
    "reception.no_show_too_early": QT_TRANSLATE_NOOP(
        "Message",
        "The appointment time has not come yet; it cannot be marked as a no-show."),
    "reception.other_day": QT_TRANSLATE_NOOP(
        "Message",
        "The appointment is for {starts_at:%Y-%m-%d}. If they came today, change the "
        "appointment's date or register a walk-in."),
    "reception.host_gone": QT_TRANSLATE_NOOP("Message", "The host was not found."),
    "reception.received_by_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the staff member who received the visitor."),
    "reception.already_checked_out": QT_TRANSLATE_NOOP(
        "Message",
        "The visit is already checked out."),
    "reception.pass_after_leaving": QT_TRANSLATE_NOOP(
        "Message",
        "A visitor who has left cannot get a pass."),
    "reception.pass_held": QT_TRANSLATE_NOOP("Message", "Pass {number} was already given."),
    "reception.no_pass": QT_TRANSLATE_NOOP("Message", "No pass was given for this visit."),
    "reception.pass_returned": QT_TRANSLATE_NOOP("Message", "The pass was already returned."),
    "reception.not_arrived": QT_TRANSLATE_NOOP("Message", "The visitor has not arrived yet."),
    "reception.left_at": QT_TRANSLATE_NOOP("Message", "Already checked out at {left_at:%H:%M}."),
    "reception.staff_gone": QT_TRANSLATE_NOOP(
        "Message",
        "No such staff member. Search the staff directory and choose again."),
    "reception.pass_in_use": QT_TRANSLATE_NOOP(
        "Message",
        "Pass {number} has not been returned yet. Give another number."),
    # --- search boxes (services)
    "search.narrowed": QT_TRANSLATE_NOOP(
        "Message",
        "The search was shortened: only its first {words} words and {limit} characters "
        "are searched."),
    # --- visitors (services)
    "visitor.gone": QT_TRANSLATE_NOOP(
        "Message",
        "The visitor's details were not found. They may have been destroyed after the "
        "retention period."),
    "visitor.chosen_gone": QT_TRANSLATE_NOOP(
        "Message",
        "The chosen visitor's details are no longer there. Enter them again."),
    "visitor.purge_method_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose how the records are destroyed: deleted or anonymised."),
    "visitor.nothing_to_purge": QT_TRANSLATE_NOOP(
        "Message",
        "No visit records are past their retention period."),
    # --- staff import (services)
    "staff_import.xlsx_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot read the Excel file: {name} ({reason})"),
    "staff_import.csv_encoding": QT_TRANSLATE_NOOP(
        "Message",
        "The CSV file's character encoding is unknown: {name}"),
    "staff_import.csv_row_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot read line {line} of the CSV file {name} ({reason}). Correct that line and "
        "import again."),
    "staff_import.too_many_rows": QT_TRANSLATE_NOOP(
        "Message",
        "{name} holds more than {limit:,} staff rows; import it in parts."),
    "staff_import.unsupported": QT_TRANSLATE_NOOP(
        "Message",
        "Only CSV or XLSX files can be imported: {name}"),
    "staff_import.header_missing": QT_TRANSLATE_NOOP(
        "Message",
        "The first line needs the column names: {columns}"),
    "staff_import.empty": QT_TRANSLATE_NOOP("Message", "The file is empty: {name}"),
    "staff_import.unknown_department": QT_TRANSLATE_NOOP(
        "Message",
        "Unknown department: {department}"),
    "staff_import.field": QT_TRANSLATE_NOOP("Message", "{column}: {reason}"),
    "staff_import.duplicate_name": QT_TRANSLATE_NOOP(
        "Message",
        "Duplicate: {department} already has a staff member named {name}"),
    "staff_import.duplicate_email": QT_TRANSLATE_NOOP(
        "Message",
        "Duplicate: a staff member already uses the e-mail {email}"),
    "staff_import.write_failed": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write the file: {path} ({reason})"),
    "staff_import.column.name": QT_TRANSLATE_NOOP("Message", "Name"),
    "staff_import.column.department": QT_TRANSLATE_NOOP("Message", "Department"),
    "staff_import.column.position": QT_TRANSLATE_NOOP("Message", "Position"),
    "staff_import.column.duties": QT_TRANSLATE_NOOP("Message", "Duties"),
    "staff_import.column.extension": QT_TRANSLATE_NOOP("Message", "Extension"),
    "staff_import.column.direct_line": QT_TRANSLATE_NOOP("Message", "Direct line"),
    "staff_import.column.email": QT_TRANSLATE_NOOP("Message", "E-mail"),
    "staff_import.column.floor": QT_TRANSLATE_NOOP("Message", "Floor"),
    "staff_import.column.room": QT_TRANSLATE_NOOP("Message", "Room"),
    "staff_import.column.seat": QT_TRANSLATE_NOOP("Message", "Seat"),
    # --- staff pickers (UI)
    "picker.identity_not_chosen": QT_TRANSLATE_NOOP(
        "Message",
        "Choose someone from the suggestions, or empty the field."),
    "picker.responder_not_chosen": QT_TRANSLATE_NOOP(
        "Message",
        "Pick the responder from the suggestions."),
    "picker.assignee_not_chosen": QT_TRANSLATE_NOOP(
        "Message",
        "Pick the assignee from the suggestions, or clear the field."),
    # --- accounts
    "access.export_reason_required": QT_TRANSLATE_NOOP(
        "Message", "Say why the records are exported: the reason is kept with the export."),
    "password.not_repeated": QT_TRANSLATE_NOOP(
        "Message", "The two passwords differ. Type the same one twice."),
    "permission.denied": QT_TRANSLATE_NOOP(
        "Message", "Your role does not allow this ({permission})."),
    "permission.signed_out": QT_TRANSLATE_NOOP(
        "Message", "Nobody is signed in at this PC. Sign in first."),
    "permission.out_of_reach": QT_TRANSLATE_NOOP(
        "Message", "This record is neither yours nor your department's."),
    "handover.same_person": QT_TRANSLATE_NOOP(
        "Message", "Choose someone else: the work is already this person's."),
    "complaint.answer_in_own_name": QT_TRANSLATE_NOOP(
        "Message",
        "Answer in your own name: only a team lead records an answer a colleague gave."),
    "account.idle_not_a_number": QT_TRANSLATE_NOOP(
        "Message", "Type the minutes as a whole number (0: never lock)."),
    "account.idle_range": QT_TRANSLATE_NOOP(
        "Message", "Choose from 0 (never lock) to {high} minutes."),
    "access.retention_by_owner": QT_TRANSLATE_NOOP(
        "Message",
        "On the shared server no ARCO Desk login may delete access records: the database "
        "owner removes those past their retention."),
    "signin.wrong_password": QT_TRANSLATE_NOOP("Message", "The password is wrong."),
    "signin.server_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The database server refused your sign-in: your login there has another password "
        "or may not connect. Ask an administrator."),
    "account.first_admin_exists": QT_TRANSLATE_NOOP(
        "Message", "This database already has an administrator. Sign in instead."),
    "account.login_taken": QT_TRANSLATE_NOOP(
        "Message", "This sign-in name is taken. Choose another."),
    "account.staff_id_taken": QT_TRANSLATE_NOOP(
        "Message", "This person already has an account."),
    "account.not_found": QT_TRANSLATE_NOOP(
        "Message", "This account no longer exists."),
    "account.keep_own_admin": QT_TRANSLATE_NOOP(
        "Message",
        "You cannot take the administrator role from yourself. Ask another administrator."),
    "account.keep_own_account": QT_TRANSLATE_NOOP(
        "Message", "You cannot disable your own account."),
    "folder.shared": QT_TRANSLATE_NOOP(
        "Message",
        "The data folder {folder} can be read by others ({who}), and it holds visitors' and "
        "callers' personal data. Ask IT to remove them from the folder's permissions, or "
        "use the default data folder."),
    # --- backup and restore from the window, restore at start, a damaged database
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Message", "Cannot write {path} ({reason}). Choose another place."),
    "restore.cannot_request": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot record the restore in {path} ({reason}). Nothing will be restored."),
    "restore.request_stuck": QT_TRANSLATE_NOOP(
        "Message",
        "The restore request {path} could not be removed ({reason}), so nothing was "
        "restored. Delete that file, then restore again."),
    "restore.request_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "The restore request in the data folder could not be read. Nothing was restored."),
    "restore.other_database": QT_TRANSLATE_NOOP(
        "Message",
        "The restore was asked for another database ({database}). Nothing was restored."),
    "restore.failed": QT_TRANSLATE_NOOP(
        "Message", "Restoring {path} failed ({reason}). Tell the administrator."),
    "restore.refused_at_start": QT_TRANSLATE_NOOP(
        "Message", "Not restored from {path}: {reason} ARCO Desk opened the data it had."),
    "restore.done": QT_TRANSLATE_NOOP("Message", "Restored from {path}."),
}
