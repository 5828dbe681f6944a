//! What happens when: the conference timeline, and saving it as a calendar file.

use family_voice::outcome::Outcome;
use family_voice::timeline_view::{self as view, TimelineView};
use family_voice::{files, Contribution, Problem};
use tauri::{AppHandle, Runtime, State};

use super::explain;
use super::save::choose_path;
use crate::session::Session;

/// The timeline in words, or `None` until the family gives the conference date.
#[tauri::command]
pub fn timeline(session: State<'_, Session>, contribution: Contribution) -> Result<Option<TimelineView>, Problem> {
    view::for_screen(&contribution, &session.localizer()).map_err(|e| explain(&e, &session))
}

/// Sets the council's notice of the reports for the family's conference from what was typed;
/// the contribution with it set, or why the number cannot be used.
#[tauri::command]
pub fn timeline_set_notice(
    session: State<'_, Session>,
    mut contribution: Contribution,
    days: String,
) -> Result<Contribution, Problem> {
    view::set_notice(&mut contribution, &days).map_err(|e| explain(&e, &session))?;
    Ok(contribution)
}

/// Sets how long before the conference the Chair meets the family from the minutes typed; the
/// contribution with it set, or why the number cannot be used.
#[tauri::command]
pub fn timeline_set_chair_meeting(
    session: State<'_, Session>,
    mut contribution: Contribution,
    minutes: String,
) -> Result<Contribution, Problem> {
    view::set_chair_meeting(&mut contribution, &minutes).map_err(|e| explain(&e, &session))?;
    Ok(contribution)
}

/// Records what the conference decided; the contribution with it recorded, or why a date
/// cannot be right (before the conference, or more than a year after it).
#[tauri::command]
pub fn timeline_record_outcome(
    session: State<'_, Session>,
    mut contribution: Contribution,
    outcome: Outcome,
) -> Result<Contribution, Problem> {
    contribution.record_outcome(outcome).map_err(|e| explain(&e, &session))?;
    Ok(contribution)
}

/// Saves the dates as an .ics file. The children's first names go into the events only when
/// the family asked for it (`include_names`). Returns the file's name, or `None` if they cancelled.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    contribution: Contribution,
    include_names: bool,
) -> Result<Option<String>, Problem> {
    let Some(timeline) = view::for_contribution(&contribution).map_err(|e| explain(&e, &session))? else {
        return Ok(None);
    };
    let Some(path) = choose_path(&app, view::calendar_file_name(&timeline), "iCalendar", "ics").await else {
        return Ok(None);
    };
    let label = if include_names { view::private_label(&contribution) } else { None };
    let ics = view::calendar_file(&timeline, &session.for_files(), label.as_deref(), chrono::Utc::now());
    files::write_atomically(&path, ics.as_bytes()).map_err(|e| explain(&e, &session))?;
    Ok(path.file_name().map(|n| n.to_string_lossy().into_owned()))
}
