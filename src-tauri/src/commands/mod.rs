//! The commands the window calls, one module per area; each is a few lines that call the core.

mod child;
mod contribution;
mod drafts;
mod guide;
#[cfg(test)]
mod lists_agree;
mod notes;
mod pdf;
mod quick_hide;
mod review;
mod save;
mod speech;
mod text;
mod timeline;

pub use speech::Speech;

use family_voice::{Explain, Problem};
use tauri::Runtime;

use crate::session::Session;

/// The handler for every command. Keep in step with `COMMANDS` in `build.rs`.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        text::screen_text,
        text::set_language,
        text::journey,
        quick_hide::quick_hide_keys,
        guide::guide,
        speech::read_aloud_support,
        speech::read_aloud,
        contribution::check_contribution,
        contribution::summary,
        contribution::meeting_checklist,
        pdf::make_pdf,
        pdf::printable_note,
        pdf::open_pdf,
        pdf::save_recovery_sheet,
        notes::notes_view,
        notes::make_notes_pdf,
        timeline::timeline,
        timeline::timeline_set_notice,
        timeline::timeline_set_chair_meeting,
        timeline::timeline_record_outcome,
        timeline::export_calendar,
        drafts::drafts_start,
        drafts::drafts_asking,
        drafts::erase_everything,
        drafts::drafts_lock,
        drafts::drafts_passphrase,
        drafts::drafts_spare_passphrase,
        drafts::drafts_choose_way,
        drafts::passphrase_strength,
        drafts::drafts_ask_every_time,
        drafts::drafts_open_without_asking,
        drafts::drafts_recover,
        drafts::drafts_start_again,
        drafts::draft_new,
        drafts::draft_new_child,
        drafts::draft_save_child,
        child::child_steps,
        child::child_shareable,
        child::make_child_pdf,
        drafts::draft_prepare_review,
        drafts::draft_open,
        drafts::draft_save,
        drafts::draft_rename,
        drafts::draft_delete,
        review::review_languages,
        review::review_open,
        review::review_set_reviewer,
        review::review_decide,
        review::review_undo,
        review::review_sign_off,
        review::review_export_pdf,
        review::review_export_suggestions,
    ]
}

/// Explains a core error in the screens' language, for the page to show.
fn explain(error: &dyn Explain, session: &Session) -> Problem {
    Problem::explain(error, &session.localizer())
}
