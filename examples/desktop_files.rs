//! Writes the menu entry and the AppStream metainfo that `./dev package` puts in the .deb and the
//! .rpm (`src/desktop_entry.rs`), in every language of the Fluent files as they are now.
//! `cargo run --example desktop_files -- OUT_DIR VERSION YYYY-MM-DD DESKTOP_FILE_NAME`

use family_voice::desktop_entry::{desktop_entry, metainfo, APP_ID};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, version, date, desktop_file] = args.as_slice() else {
        eprintln!("usage: desktop_files OUT_DIR VERSION YYYY-MM-DD DESKTOP_FILE_NAME");
        std::process::exit(2);
    };
    let out = std::path::Path::new(out);
    std::fs::create_dir_all(out).expect("the output folder can be made");
    std::fs::write(out.join("family-voice.desktop"), desktop_entry()).expect("the desktop entry is written");
    std::fs::write(out.join(format!("{APP_ID}.metainfo.xml")), metainfo(version, date, desktop_file))
        .expect("the metainfo is written");
}
