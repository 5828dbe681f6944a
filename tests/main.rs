//! The core's integration tests, as one binary: one module per area.

mod calendar;
mod child;
mod cli;
mod contribution;
mod drafts;
mod fonts;
mod guide;
mod languages;
mod locales;
mod pdf;
mod prompts;
mod readability;
mod recovery;
mod review;
mod support;
mod speech;
mod vault;
