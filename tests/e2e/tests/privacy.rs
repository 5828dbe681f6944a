//! The app keeps to itself on a shared computer, in the real window: whatever a page tries, the
//! window never leaves the app's own pages or opens another; and every file and folder the app
//! and its window leave behind is readable by their owner only.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use family_voice_e2e::{output_dir, App, Folders};

/// Every file and folder under `dir`, `dir` itself left out, with its permission bits.
fn modes_under(dir: &Path, found: &mut Vec<(PathBuf, u32)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(meta) = entry.path().symlink_metadata() else { continue };
        found.push((entry.path(), meta.permissions().mode() & 0o777));
        if meta.is_dir() {
            modes_under(&entry.path(), found);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_stays_on_the_apps_own_pages_and_leaves_only_owner_only_files() {
    let out = output_dir("privacy");
    let folders = Folders::new(&out);
    let app = App::launch(&folders.env(&[]), out.clone()).await;
    app.start_draft("Mum").await;
    app.type_into("#f-writerName", "Joanna").await;
    let home = app.client.current_url().await.unwrap();
    assert_eq!(home.scheme(), "tauri", "the app's own page: {home}");

    // A page sent elsewhere stays where it is, with what was typed.
    for elsewhere in ["https://example.org/", "file:///etc/passwd", "data:text/html,away", "http://localhost:9/"] {
        app.client.execute("window.location.href = arguments[0];", vec![elsewhere.into()]).await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert_eq!(app.client.current_url().await.unwrap(), home, "{elsewhere}");
    }
    // A link that asks for a new window, and a script that opens one, open nothing.
    app.client
        .execute(
            "const a = document.createElement('a'); a.href = 'https://example.org/'; a.target = '_blank'; \
             document.body.append(a); a.click(); a.remove(); window.open('https://example.org/');",
            vec![],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(app.client.windows().await.unwrap().len(), 1, "no second window");
    assert_eq!(app.client.current_url().await.unwrap(), home);
    app.wait_for_screen("about").await;
    app.click("#nav-drafts").await;
    app.wait_for_text("main#screen", "Last saved").await;
    app.close().await;

    let mut found = Vec::new();
    for root in [&folders.data, &folders.cache, &folders.config] {
        modes_under(root, &mut found);
    }
    assert!(found.iter().any(|(path, _)| path.ends_with("drafts")), "the test saw the app's folders: {found:?}");
    let open_to_others: Vec<_> = found.iter().filter(|(_, mode)| mode & 0o077 != 0).collect();
    assert!(open_to_others.is_empty(), "readable by others: {open_to_others:#?}");
}
