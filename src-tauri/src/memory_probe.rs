//! End-to-end test builds only: where in this process's memory a text is, split into the app's
//! own heap (everything Rust allocates, through mimalloc, and wipes as it frees) and the rest
//! (WebKit's and GLib's memory, which the app cannot wipe). `tests/e2e/tests/lock.rs` asks after
//! Lock, to prove the app's side holds nothing of what was typed and to measure the rest.
//!
//! Asked through files, not a command, so that release builds carry no trace of it: with
//! `FAMILY_VOICE_E2E_MEMORY_PROBE` set to a folder, the test writes the text there, reversed, as
//! `request` (reversed, so that asking leaves no copy of the text itself); the app answers in
//! `answer` with "<in the app's heap> <elsewhere>".

use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Starts answering requests in `folder`, on a thread of its own, for as long as the app runs.
pub fn serve(folder: PathBuf) {
    std::thread::spawn(move || loop {
        if let Ok(reversed) = std::fs::read_to_string(folder.join("request")) {
            let _ = std::fs::remove_file(folder.join("request"));
            let (in_heap, elsewhere) = find(&reversed);
            let _ = std::fs::write(folder.join("answer.part"), format!("{in_heap} {elsewhere}"));
            let _ = std::fs::rename(folder.join("answer.part"), folder.join("answer"));
        }
        std::thread::sleep(Duration::from_millis(100));
    });
}

/// Counts the places the text `reversed` turned round is found, as UTF-8 or UTF-16, leaving out
/// the copies this search makes itself.
fn find(reversed: &str) -> (usize, usize) {
    let text: String = reversed.chars().rev().collect();
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let needles = [text.as_bytes(), &utf16[..]];
    const CHUNK: usize = 1 << 20;
    let mut buffer = vec![0u8; CHUNK + utf16.len()];
    let own = [span(text.as_bytes()), span(&utf16), span(&buffer)];
    let (mut in_heap, mut elsewhere) = (0, 0);
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return (0, 0) };
    let Ok(mem) = std::fs::File::open(Path::new("/proc/self/mem")) else { return (0, 0) };
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        let name = fields.nth(3).unwrap_or("");
        if !perms.starts_with("rw") || name.starts_with("[v") {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else { continue };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else { continue };
        let mut at = start;
        while at < end {
            let len = (end - at).min(CHUNK + utf16.len() - 1);
            let Ok(read) = mem.read_at(&mut buffer[..len], at as u64) else { break };
            for needle in needles {
                for i in memchr::memmem::find_iter(&buffer[..read], needle).filter(|&i| i < CHUNK) {
                    let address = at + i;
                    if own.iter().any(|(s, e)| (*s..*e).contains(&address)) {
                        continue;
                    }
                    // SAFETY: only asks mimalloc whether the address lies in memory it reserved.
                    if unsafe { libmimalloc_sys::mi_is_in_heap_region(address as *const _) } {
                        in_heap += 1;
                    } else {
                        elsewhere += 1;
                    }
                }
            }
            if read < len {
                break;
            }
            at += CHUNK;
        }
    }
    (in_heap, elsewhere)
}

/// The addresses a buffer covers.
fn span(bytes: &[u8]) -> (usize, usize) {
    let start = bytes.as_ptr() as usize;
    (start, start + bytes.len())
}
