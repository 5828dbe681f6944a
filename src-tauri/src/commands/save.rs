//! Where a file the family makes goes: the system's save dialog, or in end-to-end test builds a
//! folder the test chose (native dialogs cannot be driven through WebDriver).

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Asks where to save a file, offering `suggested` as its name. `None` when the dialog is closed.
pub async fn choose_path<R: Runtime>(
    app: &AppHandle<R>,
    suggested: String,
    filter_name: &str,
    extension: &str,
) -> Option<PathBuf> {
    #[cfg(feature = "e2e-hooks")]
    if let Some(dir) = std::env::var_os("FAMILY_VOICE_E2E_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(suggested));
    }
    let dialog = app.dialog().file().add_filter(filter_name, &[extension]).set_file_name(suggested);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.ok()??;
    chosen.into_path().ok()
}
