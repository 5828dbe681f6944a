//! The colours every PDF the app makes shares, so the parent's and the child's pages look like
//! one family of documents.

/// Body text.
pub const INK: [f32; 3] = [0.08, 0.09, 0.11];
/// Labels, the English under each question, headers and footers.
pub const MUTED: [f32; 3] = [0.33, 0.35, 0.38];
/// Headings: the app's teal.
pub const ACCENT: [f32; 3] = [0.05, 0.33, 0.36];
/// Rules under headings and in the header.
pub const HAIRLINE: [f32; 3] = [0.72, 0.74, 0.76];
