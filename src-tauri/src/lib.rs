//! Family Voice's desktop shell: a window, the commands it may call, and nothing else. Every
//! rule about prompts, the contribution or the PDF lives in the `family_voice` core.

mod commands;
#[cfg(feature = "e2e-hooks")]
mod memory_probe;
mod open_drafts;
mod privacy;
mod session;

use tauri::{Builder, Manager, Runtime, WebviewWindowBuilder};

/// Every block is wiped as it is freed, so that after Lock what the family typed does not linger
/// in freed memory (the copies made on the way in and out of the page, serde's buffers, the
/// model's strings); `tests/e2e/tests/privacy.rs` reads the process's memory to check. mimalloc
/// underneath: making a PDF allocates many small, short-lived pieces, and glibc's allocator kept
/// handing memory back to the system and asking for it again, a third of a long PDF's time
/// (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: secmem_alloc::zeroizing_alloc::ZeroizeAlloc<mimalloc::MiMalloc> =
    secmem_alloc::zeroizing_alloc::ZeroizeAlloc::new(mimalloc::MiMalloc);

/// Adds the app's plugins, state and commands to a builder. Generic over the runtime so a test
/// can build the app with `tauri::test::mock_builder()`.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        // First, so a second launch only brings this window forward and never opens the drafts.
        .plugin(tauri_plugin_single_instance::init(|app, _, _| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        // Opens a saved PDF in the family's reader; links in the page never open a browser.
        .plugin(tauri_plugin_opener::Builder::new().open_js_links_on_click(false).build())
        .setup(|app| {
            #[cfg(feature = "e2e-hooks")]
            if let Some(folder) = std::env::var_os("FAMILY_VOICE_E2E_MEMORY_PROBE") {
                memory_probe::serve(folder.into());
            }
            let folders = own_folders(app.handle())?;
            // The drafts live in the app's own data folder, never beside files the family chose.
            app.manage(open_drafts::Drafts::new(folders.drafts()));
            // Settings and interpreters' reviews hold no family data: plain files in the config folder.
            let config = folders.config.clone();
            let session = session::Session::new(config.join("settings.json"), config.join("reviews"));
            app.manage(family_voice::review::Store::new(session.reviews.clone()));
            app.manage(session);
            // Where the fonts are, noted between runs so the first PDF need not search them all.
            family_voice::pdf::keep_font_index_at(folders.cache.join("fonts.json"));
            // The sound of the app's own wordings, read aloud once and kept; never the family's words.
            app.manage(commands::Speech::new(folders.cache.join("speech")));
            // The window is made here rather than from the configuration alone, so that it can
            // refuse to leave the app's own pages.
            if let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main") {
                WebviewWindowBuilder::from_config(app, config)?
                    .on_navigation(privacy::is_own_page)
                    .incognito(privacy::INCOGNITO)
                    .build()?;
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
}

/// The app's folders by the core's rule for each system (`family_voice::system`, tested there
/// for Linux, Windows and macOS with made-up environments), or Tauri's own where the
/// environment names none (no HOME, no APPDATA).
fn own_folders<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<family_voice::system::AppFolders> {
    if let Some(folders) = family_voice::system::AppFolders::here(&app.config().identifier) {
        return Ok(folders);
    }
    let path = app.path();
    Ok(family_voice::system::AppFolders {
        data: path.app_data_dir()?,
        local_data: path.app_local_data_dir()?,
        config: path.app_config_dir()?,
        cache: path.app_cache_dir()?,
    })
}

/// Every folder the app or its window writes in, for "delete everything": the data folder
/// (drafts, and the window's own storage), configuration (settings, reviews) and cache (the
/// fonts note, the sound of wordings read aloud), as the core names them and as Tauri does (the
/// window's storage is where Tauri puts it), each once. A folder the system cannot name is left out.
pub(crate) fn app_folders<R: Runtime>(app: &tauri::AppHandle<R>) -> Vec<std::path::PathBuf> {
    let path = app.path();
    let mut folders: Vec<std::path::PathBuf> = own_folders(app)
        .map(|own| own.all().into_iter().map(std::path::Path::to_path_buf).collect())
        .unwrap_or_default();
    for folder in [path.app_data_dir(), path.app_local_data_dir(), path.app_config_dir(), path.app_cache_dir()]
        .into_iter()
        .flatten()
    {
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    folders
}

/// Starts the app.
pub fn run() {
    privacy::wipe_memory_as_freed();
    privacy::keep_process_private();
    let context = tauri::generate_context!();
    keep_shader_cache_in_own_folder(&context.config().identifier);
    // Without a window there is no screen to explain anything on and nothing else to do: the
    // message goes to the terminal and the app stops, before any draft is open.
    builder(Builder::default()).run(context).expect("the Family Voice window could not be opened");
}

/// The window's GL driver (Mesa, on Linux) keeps compiled shaders in the user's cache folder,
/// shared by every program. The app's own go in its own cache folder instead, which "delete
/// everything" removes, so nothing of the app is left behind; kept between runs, as turning
/// the cache off delays every first paint. Set before any thread or window starts.
fn keep_shader_cache_in_own_folder(identifier: &str) {
    #[cfg(target_os = "linux")]
    {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(std::path::PathBuf::from)
            .filter(|dir| dir.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".cache")));
        if let Some(cache) = cache {
            // Mesa makes only the last folder of the path; the app's own folders are owner-only.
            let folder = cache.join(identifier).join("mesa_shader_cache");
            let mut builder = std::fs::DirBuilder::new();
            std::os::unix::fs::DirBuilderExt::mode(builder.recursive(true), 0o700);
            if builder.create(&folder).is_ok() {
                std::env::set_var("MESA_SHADER_CACHE_DIR", folder);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = identifier;
}
