//! Compressing the PDF's streams (page contents, embedded fonts, images) before it is written.
//!
//! printpdf hands this to lopdf, which compresses every stream in turn at zlib's slowest level.
//! Here the level is zlib's own default, which costs a fraction of the time for files a few
//! per cent larger, and a long contribution's streams are shared between two threads, so that
//! its pages and its fonts compress side by side.

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::Compression;
use lopdf::{Document, Object, Stream};

/// zlib's level: 6 is its default balance of time and size.
const LEVEL: u32 = 6;

/// How many bytes of streams make a second thread worth starting. A typical contribution has
/// 50–250 kB, which compresses in well under a millisecond, and the new thread's start and first
/// allocations cost more than it saves: English and Urdu are 0.6–1.4 ms faster on one thread.
/// 100 pages (1.9 MB) are 2.5 ms faster on two.
const SHARED_FROM: usize = 1 << 20;

/// Compresses every stream that allows it and is not compressed yet, keeping the original
/// where compressing would not make it smaller (as lopdf does).
pub(super) fn compress_streams(doc: &mut Document) {
    let mut streams: Vec<&mut Stream> = doc
        .objects
        .values_mut()
        .filter_map(|object| match object {
            Object::Stream(stream) if stream.allows_compression && stream.dict.get(b"Filter").is_err() => Some(stream),
            _ => None,
        })
        .collect();
    if streams.iter().map(|stream| stream.content.len()).sum::<usize>() < SHARED_FROM {
        streams.into_iter().for_each(compress);
        return;
    }
    // Largest first, each to the lighter of two shares, so both threads finish together.
    streams.sort_by_key(|stream| std::cmp::Reverse(stream.content.len()));
    let (mut mine, mut theirs, mut load) = (Vec::new(), Vec::new(), 0_i64);
    for stream in streams {
        let size = stream.content.len() as i64;
        if load <= 0 {
            load += size;
            mine.push(stream);
        } else {
            load -= size;
            theirs.push(stream);
        }
    }
    std::thread::scope(|scope| {
        if !theirs.is_empty() {
            scope.spawn(move || theirs.into_iter().for_each(compress));
        }
        mine.into_iter().for_each(compress);
    });
}

/// Compresses one stream, as [`compress_streams`] does each.
pub(super) fn compress(stream: &mut Stream) {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(stream.content.len() / 2), Compression::new(LEVEL));
    // Writing to memory cannot fail; if it somehow did, the stream stays as it was.
    let Ok(compressed) = encoder.write_all(&stream.content).and_then(|()| encoder.finish()) else { return };
    if compressed.len() + 19 < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
}
