//! Declares the app's commands so Tauri generates a permission for each; a command that is not
//! listed here and granted in `capabilities/` cannot be called from the window.

/// Every command the window may call. Keep in step with `commands::handler()`.
const COMMANDS: &[&str] = &[
    "screen_text",
    "set_language",
    "journey",
    "guide",
    "read_aloud_support",
    "read_aloud",
    "check_contribution",
    "summary",
    "meeting_checklist",
    "make_pdf",
    "printable_note",
    "open_pdf",
    "notes_view",
    "make_notes_pdf",
    "timeline",
    "timeline_set_notice",
    "timeline_set_chair_meeting",
    "export_calendar",
    "drafts_start",
    "drafts_asking",
    "erase_everything",
    "drafts_lock",
    "drafts_passphrase",
    "drafts_spare_passphrase",
    "drafts_choose_way",
    "passphrase_strength",
    "drafts_ask_every_time",
    "drafts_open_without_asking",
    "drafts_recover",
    "save_recovery_sheet",
    "drafts_start_again",
    "draft_new",
    "draft_new_child",
    "draft_save_child",
    "child_steps",
    "make_child_pdf",
    "draft_open",
    "draft_save",
    "draft_rename",
    "draft_delete",
    "review_languages",
    "review_open",
    "review_set_reviewer",
    "review_decide",
    "review_undo",
    "review_sign_off",
    "review_export_pdf",
    "review_export_suggestions",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri configuration and capabilities are valid");
}
