//! What the family is told when something goes wrong: a stable code for programs and tests,
//! and a message in their language. Never the text of an io error, which can carry file paths.

use serde::Serialize;

use crate::i18n::Localizer;

/// An error that can be explained to the family.
pub trait Explain: std::error::Error {
    /// A stable code (`pdf.font-missing`) that tests and the UI can rely on.
    fn code(&self) -> &'static str;
    /// The Fluent id of the message that explains it in plain words.
    fn message_id(&self) -> &'static str;
    /// Arguments for the message, if it has any.
    fn args(&self) -> fluent_bundle::FluentArgs<'static> {
        fluent_bundle::FluentArgs::new()
    }
    /// Arguments that need words in the family's language (a script's name); by default
    /// [`Explain::args`].
    fn args_in(&self, _loc: &Localizer) -> fluent_bundle::FluentArgs<'static> {
        self.args()
    }
}

/// An explained error, ready to cross to the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The stable code.
    pub code: &'static str,
    /// The Fluent id of the message.
    pub message_id: &'static str,
    /// The message in the family's language.
    pub message: String,
}

impl Problem {
    /// Something the family can do nothing about but try again (a request the app itself got
    /// wrong). Says that what they wrote is still there.
    pub fn unexpected(loc: &Localizer) -> Self {
        Self { code: "app.unexpected", message_id: "error-unexpected", message: loc.msg("error-unexpected") }
    }

    /// Explains an error in the localizer's language.
    pub fn explain(error: &dyn Explain, loc: &Localizer) -> Self {
        Self {
            code: error.code(),
            message_id: error.message_id(),
            message: loc.msg_with(error.message_id(), &error.args_in(loc)),
        }
    }
}
