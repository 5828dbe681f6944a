//! The core's integration tests, as one binary: one module per area.

mod calendar;
mod child;
mod cli;
mod contribution;
mod desktop_entry;
mod drafts;
mod fakes;
mod fonts;
mod guide;
mod languages;
mod locales;
mod meeting_ready;
mod notes;
mod outcome;
mod pdf;
mod prompts;
mod readability;
mod recovery;
mod review;
mod speech;
mod support;
mod system;
mod vault;
mod vault_keys;
mod vault_saving;
mod workflows;
