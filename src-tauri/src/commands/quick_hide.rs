//! The quick-hide gesture, as the core gives it for this system.

use family_voice::system::{self, QuickHide, System};

/// Which keys, pressed how many times, blank the window and lock the drafts.
#[tauri::command]
pub fn quick_hide_keys() -> QuickHide {
    system::quick_hide(System::current())
}
